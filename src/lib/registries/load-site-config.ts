/** Reads and validates `site.config.yaml`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteConfigSchema, type SiteConfig } from '../../schemas/site-config.ts';
import { formatDiagnostic, parseWithDiagnostics } from '../validate/report/diagnostics.ts';
import { yamlLocator } from '../validate/read/yaml-locate.ts';

/** The configuration file, relative to the project root. */
export const SITE_CONFIG_FILE = 'site.config.yaml';

/** Loads the configuration; throws one readable message listing every problem. */
export function loadSiteConfig(root: string): SiteConfig {
	const source = readFileSync(join(root, SITE_CONFIG_FILE), 'utf8');
	const result = parseWithDiagnostics(siteConfigSchema, parse(source), SITE_CONFIG_FILE, yamlLocator(source));
	if (result.success) return result.data;
	const lines = result.diagnostics.map((d) => formatDiagnostic(d));
	throw new Error(`The site configuration has problems:\n${lines.join('\n')}`);
}
