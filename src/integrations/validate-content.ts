/**
 * Runs the library's own validation before Astro reads any content, so that a
 * broken document fails the build with located, readable diagnostics instead
 * of a stack trace — and is never skipped silently.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, summarize } from '../lib/diagnostics.ts';
import { validateLibrary } from '../lib/validate-library.ts';

/** The integration. In `astro dev` problems are logged; in `astro build` they stop the build. */
export function validateContent(): AstroIntegration {
	return {
		name: 'dreiklang:validate-content',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				if (command === 'preview') return;
				const started = performance.now();
				const today = new Date().toISOString().slice(0, 10);
				const report = validateLibrary(fileURLToPath(config.root), { today });
				const errors = report.diagnostics.filter((d) => d.severity === 'error');
				for (const d of report.diagnostics) (d.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(d));
				logger.info(`${report.files} documents validated in ${Math.round(performance.now() - started)} ms. ${summarize(report.diagnostics)}`);
				if (errors.length > 0 && command === 'build') {
					const error = new Error(`The library has ${errors.length} content error(s); see the list above. Fix them and build again.`);
					error.stack = error.message; // a contributor needs the list above, not our call stack
					throw error;
				}
			},
		},
	};
}
