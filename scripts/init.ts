#!/usr/bin/env node
/**
 * `npx dreiklang init <Ordner>` (in this repository: `npm run init -- <Ordner>`)
 * — creates a new library from `templates/instance/`, asking for the operator
 * data. `--answers <Datei.yaml>` gives answers beforehand, shaped like
 * `site.config.yaml`; `--package <Angabe>` is what the new `package.json`
 * depends on (default: this version from the registry; `file:…tgz` for a
 * tarball of `npm pack`). Exit code: 0 created, 1 a problem (nothing
 * written), 2 usage or internal error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { buildDate } from '../src/lib/build-date.ts';
import { createInstance, type Ask } from '../src/lib/instance/create-instance.ts';

const USAGE = 'Aufruf: dreiklang init <Ordner> [--answers <Datei.yaml>] [--package <Angabe>]';

/** The command's options, or `undefined` (with the usage printed) when they do not parse. */
function readArguments() {
	try {
		return parseArgs({
			options: { answers: { type: 'string' }, package: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true,
		});
	} catch {
		return undefined;
	}
}

/** The answers file, or a plain message naming it. */
function readAnswers(file: string): { ok: true; answers: Record<string, unknown> } | { ok: false; message: string } {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return {
			ok: false,
			message: `Die Antwortdatei ${file} lässt sich nicht lesen; erwartet: eine YAML-Datei wie site.config.yaml.`,
		};
	}
	const document = parseDocument(text);
	const [broken] = document.errors;
	if (broken) {
		const at = broken.linePos?.[0];
		return {
			ok: false,
			message: `${file}${at ? `:${at.line}:${at.col}` : ''}: kein gültiges YAML (${broken.message.split('\n')[0]}).`,
		};
	}
	const answers: unknown = document.toJS();
	if (answers === null || typeof answers !== 'object' || Array.isArray(answers))
		return { ok: false, message: `${file}: erwartet: Felder wie in site.config.yaml (name:, url:, operator: …).` };
	return { ok: true, answers: answers as Record<string, unknown> };
}

try {
	const parsed = readArguments();
	const values = parsed?.values ?? {};
	const positionals = parsed?.positionals ?? [];
	const given = values.answers === undefined ? undefined : readAnswers(values.answers);
	if (!parsed || values.help || positionals.length !== 1) {
		console.log(USAGE);
		process.exitCode = values.help ? 0 : 2;
	} else if (given && !given.ok) {
		console.error(given.message);
		process.exitCode = 1;
	} else {
		const packageRoot = fileURLToPath(new URL('..', import.meta.url));
		const { version } = JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')) as { version: string };
		// Lines are read as they come, typed or piped, and each question takes the next one.
		const input = createInterface({ input: process.stdin, terminal: false });
		const lines = input[Symbol.asyncIterator]();
		const ask: Ask = async (prompt) => {
			process.stdout.write(prompt);
			const next = await lines.next();
			return next.done ? undefined : next.value;
		};
		console.log(
			'Neue Dreiklang-Bibliothek: bitte die Angaben des Betreibers (Impressum, Datenschutz, Barrierefreiheit).',
		);
		const result = await createInstance({
			target: resolve(positionals[0]!),
			packageRoot,
			packageSpec: values.package ?? `^${version}`,
			today: buildDate(),
			...(given?.ok ? { given: given.answers } : {}),
			ask,
			tell: (line) => console.log(line),
		});
		input.close();
		for (const line of result.lines) (result.exitCode === 0 ? console.log : console.error)(line);
		process.exitCode = result.exitCode;
	}
} catch (error) {
	console.error(`Interner Fehler: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 2;
}
