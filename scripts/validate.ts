#!/usr/bin/env node
/**
 * `npm run validate [paths…]` — checks documents and registries exactly as the
 * site build does and prints one located message per problem.
 * Exit code: 0 clean, 1 content errors (or warnings with --strict), 2 usage or internal error.
 */
import { parseArgs } from 'node:util';
import { buildDate } from '../src/lib/build-date.ts';
import { readBase } from '../src/lib/history/base-branch.ts';
import { loadSiteConfig } from '../src/lib/registries/load-site-config.ts';
import { fileUrl } from '../src/lib/routes/repository-links.ts';
import {
	MESSAGE_LANGUAGES,
	REPORT_FORMATS,
	renderReport,
	validateLibraryParallel,
	type MessageLanguage,
	type ReportFormat,
} from '../src/lib/validate/index.ts';

const HELP = `Prüft Dokumente und Register der Bibliothek – wie der Build der Website.
Checks the library's documents and registries – as the site build does.

Aufruf / usage: npm run validate -- [Optionen] [Pfade…]

  Pfade             Dateien oder Ordner, deren Meldungen gezeigt werden (Standard: alle)
  --format FORMAT   text (Standard), github (Workflow-Annotationen),
                    gitlab (Code-Quality-Bericht, JSON), json
  --lang de|en      Sprache der Meldungen (Standard: de)
  --base REF        vergleicht mit dem veröffentlichten Stand REF (z. B. origin/main):
                    veröffentlichte Adressen bleiben erreichbar, geänderte beschlossene
                    Papiere brauchen einen Änderungshinweis
  --strict          auch Warnungen (z. B. überfällige Prüfung) lassen die Prüfung scheitern
  --help            diese Hilfe

Exit-Code: 0 ohne Fehler, 1 bei Inhaltsfehlern, 2 bei falschem Aufruf oder internem Fehler.`;

function usage(message: string): never {
	console.error(`${message}\n\n${HELP}`);
	process.exit(2);
}

let args: ReturnType<
	typeof parseArgs<{
		options: {
			format: { type: 'string' };
			lang: { type: 'string' };
			strict: { type: 'boolean' };
			base: { type: 'string' };
			help: { type: 'boolean' };
		};
		allowPositionals: true;
	}>
>;
try {
	args = parseArgs({
		options: {
			format: { type: 'string' },
			lang: { type: 'string' },
			strict: { type: 'boolean' },
			base: { type: 'string' },
			help: { type: 'boolean' },
		},
		allowPositionals: true,
	});
} catch (error) {
	usage((error as Error).message);
}
if (args.values.help) {
	console.log(HELP);
	process.exit(0);
}
const format = (args.values.format ?? 'text') as ReportFormat;
if (!REPORT_FORMATS.includes(format))
	usage(`Unbekanntes Format \`${format}\` / unknown format, erlaubt / expected: ${REPORT_FORMATS.join(', ')}`);
const lang = (args.values.lang ?? 'de') as MessageLanguage;
if (!MESSAGE_LANGUAGES.includes(lang))
	usage(`Unbekannte Sprache \`${lang}\` / unknown language, erlaubt / expected: de, en`);
const strict = args.values.strict ?? false;
const base = args.values.base === undefined ? undefined : readBase(process.cwd(), args.values.base);
if (base && 'problem' in base) usage(`${base.problem.de}\n${base.problem.en}`);

/**
 * Rule documentation as an address on the library's forge (from
 * `site.config.yaml`), so that annotations in a pull request link somewhere;
 * a configuration that cannot be read leaves the repository paths.
 */
function documentationLink(): ((path: string) => string) | undefined {
	try {
		// The logo and video are reported with the other problems; the links need only the address.
		const { repository } = loadSiteConfig(process.cwd(), { checkFiles: false });
		return (path) => fileUrl(repository, path);
	} catch {
		return undefined;
	}
}

try {
	const today = buildDate();
	const paths = args.positionals;
	const report = await validateLibraryParallel(process.cwd(), {
		today,
		...(paths.length ? { only: paths } : {}),
		...(base ? { base } : {}),
	});
	console.log(
		renderReport(format, report.diagnostics, { lang, files: report.files, strict, link: documentationLink() }),
	);
	const failed = report.diagnostics.some((d) => d.severity === 'error' || strict);
	process.exitCode = failed ? 1 : 0;
} catch (error) {
	// Bad content never lands here: it is reported above. This is a bug or a broken setup.
	console.error(
		`${lang === 'de' ? 'Interner Fehler' : 'Internal error'}: ${error instanceof Error ? error.message : String(error)}`,
	);
	process.exitCode = 2;
}
