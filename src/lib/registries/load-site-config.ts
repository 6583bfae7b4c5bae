/** Reads and validates `site.config.yaml`, and the operator's files it names. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { siteConfigSchema, type SiteConfig } from '../../schemas/site-config.ts';
import { hostingDiagnostics } from '../hosting/host-kinds.ts';
import { checkSiteFiles, type SiteFile } from '../operator/site-files.ts';
import { formatDiagnostic, parseWithDiagnostics, type Diagnostic } from '../validate/report/diagnostics.ts';
import { say } from '../validate/report/messages.ts';
import { rule } from '../validate/report/rules.ts';
import { yamlLocator } from '../validate/read/yaml-locate.ts';

/** The configuration file, relative to the project root. */
export const SITE_CONFIG_FILE = 'site.config.yaml';

/**
 * What reading the configuration found: the configuration, its files and the
 * warnings that do not stop a build (a host that others cannot search), or
 * the problems.
 */
export type SiteConfigReading =
	| { ok: true; config: SiteConfig; files: SiteFile[]; warnings: Diagnostic[] }
	| { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads the configuration under `root` and checks the files it names (unless
 * `checkFiles` is false); every problem is a located diagnostic.
 * `npm run validate` reports them, the build (`loadSiteConfig`) stops on
 * them: the same reading for both.
 */
export function readSiteConfig(root: string, checkFiles = true): SiteConfigReading {
	const source = readFileSync(join(root, SITE_CONFIG_FILE), 'utf8');
	// One parse gives the data and the places of its keys.
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, logLevel: 'error' });
	const [broken] = doc.errors;
	if (broken) {
		const [line, column] = broken.linePos?.[0] ? [broken.linePos[0].line, broken.linePos[0].col] : [1, 1];
		const reason = broken.message.split('\n')[0]!;
		return {
			ok: false,
			diagnostics: [
				{
					file: SITE_CONFIG_FILE,
					line,
					column,
					...rule('yaml'),
					message: say(`Ungültiges YAML: ${reason}`, `Invalid YAML: ${reason}`),
				},
			],
		};
	}
	for (const warning of doc.warnings) process.emitWarning(warning);
	const locate = yamlLocator({ doc, lineCounter });
	const result = parseWithDiagnostics(siteConfigSchema, doc.toJS(), SITE_CONFIG_FILE, locate);
	if (!result.success) return { ok: false, diagnostics: result.diagnostics };
	const warnings = hostingDiagnostics(result.data, SITE_CONFIG_FILE, locate);
	if (!checkFiles) return { ok: true, config: result.data, files: [], warnings };
	const { files, diagnostics } = checkSiteFiles(root, result.data, SITE_CONFIG_FILE, locate);
	return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, config: result.data, files, warnings };
}

/**
 * The problems and warnings of the configuration under `root`, for `npm run
 * validate` and the validation that starts every build; none when the
 * library has no configuration file (a library of documents only, as the
 * validator's own tests use).
 */
export function siteConfigDiagnostics(root: string): Diagnostic[] {
	if (!existsSync(join(root, SITE_CONFIG_FILE))) return [];
	const reading = readSiteConfig(root);
	return reading.ok ? reading.warnings : reading.diagnostics;
}

/** Loads the configuration and its files; throws one readable message listing every problem. */
export function loadSiteConfigWithFiles(root: string): { config: SiteConfig; files: SiteFile[] } {
	const reading = readSiteConfig(root);
	if (reading.ok) return { config: reading.config, files: reading.files };
	const lines = reading.diagnostics.map((d) => `${formatDiagnostic(d, 'de')}\n${formatDiagnostic(d, 'en')}`);
	const error = new Error(`The site configuration has problems:\n${lines.join('\n')}`);
	// The messages say where and what; a stack trace would only bury them.
	error.stack = error.message;
	throw error;
}

/**
 * Loads the configuration and checks its files; throws one readable message
 * listing every problem. With `checkFiles: false` only the configuration
 * itself is checked, for a caller that needs a setting (the repository's
 * address) whatever state the logo is in.
 */
export function loadSiteConfig(root: string, { checkFiles = true } = {}): SiteConfig {
	if (checkFiles) return loadSiteConfigWithFiles(root).config;
	const reading = readSiteConfig(root, false);
	if (reading.ok) return reading.config;
	throw new Error(
		`The site configuration has problems:\n${reading.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`,
	);
}
