#!/usr/bin/env node
/**
 * `npm run validate [paths…]` — checks documents and registries the way the
 * site build does, and prints one located diagnostic per problem.
 * Exit code: 0 clean, 1 content errors, 2 usage or internal error.
 */
import { formatDiagnostic, summarize } from '../src/lib/diagnostics.ts';
import { validateLibrary } from '../src/lib/validate-library.ts';

try {
	const paths = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
	const today = new Date().toISOString().slice(0, 10);
	const report = validateLibrary(process.cwd(), { today, ...(paths.length ? { only: paths } : {}) });
	for (const d of report.diagnostics) console.log(formatDiagnostic(d));
	console.log(`${report.files} documents checked. ${summarize(report.diagnostics)}`);
	process.exitCode = report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
} catch (error) {
	console.error(`Internal error: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}
