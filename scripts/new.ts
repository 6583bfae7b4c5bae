#!/usr/bin/env node
/**
 * `npm run new -- <kind> "<Titel>"` — writes a new position paper, lesson or
 * guide with every front-matter field and the standard sections, never over
 * an existing file. Exit code: 0 written, 1 the file exists, 2 usage or
 * internal error.
 */
import { newDocument } from '../src/lib/scaffold/new-document.ts';

/** The contributor's calendar day, not UTC's: a document started at 00:30 in Berlin is dated that day. */
function localDay(date: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

try {
	// The library is the folder the command runs in: this repository, or an instance.
	const root = process.cwd();
	const result = newDocument(process.argv.slice(2), { root, today: localDay(new Date()) });
	for (const line of result.stdout) console.log(line);
	for (const line of result.stderr) console.error(line);
	process.exitCode = result.exitCode;
} catch (error) {
	console.error(`Interner Fehler: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}
