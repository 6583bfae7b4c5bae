/** Reads and validates `site.config.yaml`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { siteConfigSchema, type SiteConfig } from '../../schemas/site-config.ts';
import { formatDiagnostic, parseWithDiagnostics } from '../validate/report/diagnostics.ts';
import { yamlLocator } from '../validate/read/yaml-locate.ts';

/** The configuration file, relative to the project root. */
export const SITE_CONFIG_FILE = 'site.config.yaml';

/** Loads the configuration; throws one readable message listing every problem. */
export function loadSiteConfig(root: string): SiteConfig {
	const source = readFileSync(join(root, SITE_CONFIG_FILE), 'utf8');
	// One parse gives the data and the places of its keys; broken YAML throws, as `yaml`'s `parse` would.
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter });
	if (doc.errors[0]) throw doc.errors[0];
	for (const warning of doc.warnings) process.emitWarning(warning);
	const result = parseWithDiagnostics(
		siteConfigSchema,
		doc.toJS(),
		SITE_CONFIG_FILE,
		yamlLocator({ doc, lineCounter }),
	);
	if (result.success) return result.data;
	const lines = result.diagnostics.map((d) => formatDiagnostic(d));
	throw new Error(`The site configuration has problems:\n${lines.join('\n')}`);
}
