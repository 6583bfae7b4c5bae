/**
 * `npm run import-register -- <folder> --edition "<Ausgabe>"`: reads a newer
 * edition of the municipal register from `<folder>` (its `laender.csv`,
 * `kreise.csv`, `gemeinden.csv`), checks it (`import-register.ts`) and, only
 * if it has no problem, writes the library's three tables and `SOURCE.md`.
 * Returns what to print and the exit code, so that tests run it on a
 * temporary library: 0 written, 1 a problem of the edition (nothing written),
 * 2 a wrong call.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { MESSAGE_LANGUAGES, type MessageLanguage } from '../validate/report/messages.ts';
import { importRegister, REGISTER_TABLES, updateSourceNote, type RegisterTexts } from './import-register.ts';
import { loadRegistries } from './load-registries.ts';
import { REGISTRY_DIRECTORY, REGISTRY_LAYOUT } from './registry-layout.ts';

/** What a run prints and how it ends. */
export interface ImportRun {
	stdout: string[];
	stderr: string[];
	exitCode: 0 | 1 | 2;
}

const HELP = `Aufruf: npm run import-register -- <Ordner> --edition "<Ausgabe>" [--details "<Angaben>"] [--lang de|en]

Liest eine neuere Ausgabe des Gemeindeverzeichnisses aus <Ordner> (laender.csv,
kreise.csv, gemeinden.csv in den Spalten der Dateien in
content/registry/gemeindeverzeichnis/), prüft sie und schreibt die drei Tabellen
und SOURCE.md (Ausgabe, Quellenangabe, Zeilenzahlen). Nennt die Schlüssel, die
wegfallen (Kandidaten für aenderungen.csv) und die neu sind.

  --edition   die Ausgabe, wie die Quellenangabe sie nennt, z. B. "2. Quartal 2025"
  --details   Gebietsstand, Stand der Einwohnerzahlen, Abrufdatum
  --lang      Sprache der Meldungen: de (Standard) oder en

Exit-Code: 0 geschrieben, 1 Fehler in der Ausgabe (nichts geschrieben), 2 falscher Aufruf.`;

/** Runs the import with command-line `argv` on the library at `root`. */
export function runImport(argv: string[], root: string): ImportRun {
	const out: ImportRun = { stdout: [], stderr: [], exitCode: 0 };
	let args;
	try {
		args = parseArgs({
			args: argv,
			options: {
				edition: { type: 'string' },
				details: { type: 'string' },
				lang: { type: 'string' },
				help: { type: 'boolean' },
			},
			allowPositionals: true,
		});
	} catch (error) {
		return { ...out, stderr: [(error as Error).message, '', HELP], exitCode: 2 };
	}
	if (args.values.help) return { ...out, stdout: [HELP] };
	const lang = (args.values.lang ?? 'de') as MessageLanguage;
	const folder = args.positionals[0];
	const edition = args.values.edition?.trim();
	if (args.positionals.length !== 1 || !folder || !edition || !MESSAGE_LANGUAGES.includes(lang))
		return { ...out, stderr: [HELP], exitCode: 2 };
	const de = lang === 'de';

	const register = posix.join(REGISTRY_DIRECTORY, REGISTRY_LAYOUT.register.folder);
	const read = (dir: string, table: string) => readFileSync(join(dir, `${table}.csv`), 'utf8');
	let current: RegisterTexts;
	let next: RegisterTexts;
	try {
		current = Object.fromEntries(REGISTER_TABLES.map((t) => [t, read(join(root, register), t)])) as RegisterTexts;
		next = Object.fromEntries(REGISTER_TABLES.map((t) => [t, read(folder, t)])) as RegisterTexts;
	} catch (error) {
		const reason = (error as Error).message;
		return { ...out, stderr: [de ? `Nicht lesbar: ${reason}` : `Cannot read: ${reason}`], exitCode: 2 };
	}
	const changes = loadRegistries(root).registries.register.changes;
	const result = importRegister(current, next, changes);
	if (result.problems.length > 0) {
		for (const p of result.problems) out.stderr.push(`${join(folder, `${p.file}.csv`)}:${p.line}  ${p.message[lang]}`);
		out.stderr.push(
			de
				? `${result.problems.length} Fehler in der neuen Ausgabe; nichts geschrieben. Beheben und erneut aufrufen.`
				: `${result.problems.length} problems in the new edition; nothing written. Fix them and run the import again.`,
		);
		return { ...out, exitCode: 1 };
	}
	const sourceFile = join(root, register, 'SOURCE.md');
	const source = updateSourceNote(readFileSync(sourceFile, 'utf8'), edition, args.values.details, result.counts);
	if (source === undefined)
		return {
			...out,
			stderr: [
				de
					? `${register}/SOURCE.md hat keine Zeile „Edition: …“ oder keine Quellenangabe „… GV-ISys, <Ausgabe>"“; nichts geschrieben.`
					: `${register}/SOURCE.md has no line "Edition: …" or no attribution "… GV-ISys, <edition>"; nothing written.`,
			],
			exitCode: 1,
		};
	for (const table of REGISTER_TABLES) writeFileSync(join(root, register, `${table}.csv`), result.tables[table]);
	writeFileSync(sourceFile, source);

	const { laender, kreise, gemeinden } = result.counts;
	out.stdout.push(
		de
			? `Geschrieben: ${laender} Länder, ${kreise} Kreise, ${gemeinden} Gemeinden (${edition}).`
			: `Written: ${laender} Länder, ${kreise} Kreise, ${gemeinden} Gemeinden (${edition}).`,
	);
	const open = result.vanished.filter((v) => !v.recorded);
	out.stdout.push(
		de
			? `Weggefallen: ${result.vanished.length} Schlüssel, davon ${open.length} nicht in aenderungen.csv.`
			: `Vanished: ${result.vanished.length} keys, ${open.length} of them not in aenderungen.csv.`,
	);
	if (open.length > 0) {
		out.stdout.push(
			de
				? `Zeilen für ${register}/aenderungen.csv – \`neu\` und \`datum\` aus den Gebietsänderungen von Destatis ergänzen:`
				: `Rows for ${register}/aenderungen.csv – fill in \`neu\` and \`datum\` from Destatis' territorial changes:`,
		);
		out.stdout.push(stringify(open.map((v) => [v.ags, '', '', '', v.name])).trimEnd());
	}
	out.stdout.push(
		de ? `Neu: ${result.appeared.length} Schlüssel.` : `Appeared: ${result.appeared.length} keys.`,
		...result.appeared.map((a) => `  ${a.ags}  ${a.name}`),
		de
			? 'Danach: die Quellenangabe der Seiten (`footer.attribution` in src/i18n/*.json, src/views/TextView.astro) auf die neue Ausgabe setzen und `npm run validate` aufrufen.'
			: 'Then: set the attribution of the pages (`footer.attribution` in src/i18n/*.json, src/views/TextView.astro) to the new edition and run `npm run validate`.',
	);
	return out;
}
