/**
 * Runs the library's own validation before Astro reads any content, so that a
 * broken document fails the build with located, readable diagnostics instead
 * of a stack trace — and is never skipped silently. In `astro dev` it keeps
 * checking while files are edited (`watch-library.ts`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../lib/build-date.ts';
import { handOverLibrary } from '../lib/library/library-handoff.ts';
import {
	formatDiagnostic,
	MESSAGE_LANGUAGES,
	summarize,
	UNGUARDED_FOR_TESTS,
	validateLibraryParallel,
	type Diagnostic,
	type MessageLanguage,
} from '../lib/validate/index.ts';
import { watchLibrary } from './watch-library.ts';

/**
 * The integration. In `astro build` errors stop the build. In `astro dev`
 * problems are reported – in the terminal and in the browser's overlay – and
 * the server starts all the same: the person who broke the library needs the
 * running site to see the messages and to check the fix. Messages are German
 * unless `DREIKLANG_LANG=en`.
 */
export function validateContent(): AstroIntegration {
	const lang: MessageLanguage = MESSAGE_LANGUAGES.find((l) => l === process.env.DREIKLANG_LANG) ?? 'de';
	let root: string | undefined;
	/** The errors found when the dev server started, shown in the overlay until fixed. */
	let errors: Diagnostic[] = [];
	return {
		name: 'dreiklang:validate-content',
		hooks: {
			'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
				if (command === 'preview') return;
				// Whether pages are served while files are edited: the pages' loader is lenient there only
				// (`NODE_ENV`, and with it `import.meta.env.DEV`, is set by whatever runs the build).
				updateConfig({
					vite: { define: { 'import.meta.env.DREIKLANG_DEV_SERVER': JSON.stringify(command === 'dev') } },
				});
				handOverLibrary(undefined); // nothing an earlier run validated reaches this build's pages
				if (process.env[UNGUARDED_FOR_TESTS] === '1') {
					logger.warn(
						`${UNGUARDED_FOR_TESTS}=1: content is NOT validated – for the test of the output guard only, never for a site.`,
					);
					return;
				}
				const started = performance.now();
				const today = buildDate();
				root = fileURLToPath(config.root);
				const report = await validateLibraryParallel(root, { today });
				errors = report.diagnostics.filter((d) => d.severity === 'error');
				for (const d of report.diagnostics)
					(d.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(d, lang));
				logger.info(
					`${summarize(report.diagnostics, report.files, lang)} (${Math.round(performance.now() - started)} ms)`,
				);
				if (errors.length > 0 && command === 'build') {
					const error = new Error(
						lang === 'de'
							? `Die Bibliothek enthält ${errors.length} Fehler (siehe oben); der Build wurde abgebrochen.`
							: `The library has ${errors.length} content error(s), listed above; the build stopped.`,
					);
					error.stack = error.message; // a contributor needs the list above, not our call stack
					throw error;
				}
				// The pages of this build render the index validation computed (not in dev, where files change).
				if (command === 'build') handOverLibrary({ root, today, index: report.index });
			},
			'astro:server:setup': ({ server, logger }) => {
				// Unset when validation is switched off for the output guard's test.
				if (root) watchLibrary({ server, logger, root, lang, errors });
			},
		},
	};
}
