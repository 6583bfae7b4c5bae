#!/usr/bin/env node
/**
 * `npm run import-register -- <folder> --edition "2. Quartal 2025"` — takes a
 * newer edition of the municipal register in the columns of the project's
 * three tables and writes them with `SOURCE.md` (see `run-import.ts` and the
 * register's `SOURCE.md`). Exit code: 0 written, 1 a problem of the edition
 * (nothing written), 2 usage or internal error.
 */
import { runImport } from '../src/lib/registries/run-import.ts';

try {
	// The library is the folder the command runs in: this repository, or an instance.
	const root = process.cwd();
	const result = runImport(process.argv.slice(2), root);
	for (const line of result.stdout) console.log(line);
	for (const line of result.stderr) console.error(line);
	process.exitCode = result.exitCode;
} catch (error) {
	console.error(`Interner Fehler: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}
