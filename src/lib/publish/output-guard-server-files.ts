/**
 * Files a web server reads as its own configuration from the folder it
 * serves (`.htaccess`, `web.config`, `_headers` …) can change what it serves
 * and how: the build publishes exactly the ready file of `templates/hosting/`
 * for `hosting.kind`, at the root (`src/lib/hosting/server-files.ts`), and
 * anything else of such a name, anywhere, or a copy that differs, is a finding.
 */
import { basename, sep } from 'node:path';
import { SERVER_FILE_NAMES, type ServerFile } from '../hosting/server-files.ts';
import type { PageFinding } from './output-guard.ts';

/**
 * Checks the built files (`files`, paths relative to the output folder, as
 * `readdirSync(…, { recursive: true })` gives them) against the server files
 * `expected` for this kind; `read` gives a file's text and `template` a ready
 * file's.
 */
export function checkServerFiles(
	files: readonly string[],
	expected: readonly ServerFile[],
	read: (file: string) => string,
	template: (path: string) => string,
): PageFinding[] {
	const findings: PageFinding[] = [];
	for (const file of files) {
		if (!SERVER_FILE_NAMES.includes(basename(file))) continue;
		const path = `/${file.split(sep).join('/')}`;
		const own = expected.find((f) => f.name === file);
		if (!own)
			findings.push({
				page: path,
				element: basename(file),
				problem: 'a web server configuration file the build does not write for this hosting.kind',
			});
		else if (read(file) !== template(own.template))
			findings.push({
				page: path,
				element: basename(file),
				problem: `not the ready file templates/hosting/${own.template}`,
			});
	}
	for (const file of expected)
		if (!files.includes(file.name))
			findings.push({
				page: `/${file.name}`,
				element: file.name,
				problem: 'the server file for this hosting.kind is missing',
			});
	return findings;
}
