/**
 * Runs the library's own validation before Astro reads any content, so that a
 * broken document fails the build with located, readable diagnostics instead
 * of a stack trace — and is never skipped silently.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, summarize } from '../lib/validate/report/diagnostics.ts';
import { MESSAGE_LANGUAGES, type MessageLanguage } from '../lib/validate/report/messages.ts';
import { UNGUARDED_FOR_TESTS } from '../lib/validate/body/guard-plugin.ts';
import { validateLibraryParallel } from '../lib/validate/run/validate-library.ts';

/**
 * The integration. In `astro dev` problems are logged; in `astro build` errors
 * stop the build. Messages are German unless `DREIKLANG_LANG=en`.
 */
export function validateContent(): AstroIntegration {
	return {
		name: 'dreiklang:validate-content',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				if (command === 'preview') return;
				if (process.env[UNGUARDED_FOR_TESTS] === '1') {
					logger.warn(`${UNGUARDED_FOR_TESTS}=1: content is NOT validated – for the test of the output guard only, never for a site.`);
					return;
				}
				const lang: MessageLanguage = MESSAGE_LANGUAGES.find((l) => l === process.env.DREIKLANG_LANG) ?? 'de';
				const started = performance.now();
				const today = process.env.DREIKLANG_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
				const report = await validateLibraryParallel(fileURLToPath(config.root), { today });
				const errors = report.diagnostics.filter((d) => d.severity === 'error');
				for (const d of report.diagnostics) (d.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(d, lang));
				logger.info(`${summarize(report.diagnostics, report.files, lang)} (${Math.round(performance.now() - started)} ms)`);
				if (errors.length > 0 && command === 'build') {
					const error = new Error(lang === 'de' ? `Die Bibliothek enthält ${errors.length} Fehler (siehe oben); der Build wurde abgebrochen.` : `The library has ${errors.length} content error(s), listed above; the build stopped.`);
					error.stack = error.message; // a contributor needs the list above, not our call stack
					throw error;
				}
			},
		},
	};
}
