/**
 * The import of a newer register edition (`npm run import-register`), run on
 * a temporary library built from the small editions in
 * `tests/fixtures/register/`: the real register files are never touched.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	importRegister,
	REGISTER_TABLES,
	updateSourceNote,
	type RegisterTexts,
} from '../../src/lib/registries/import-register.ts';
import { runImport } from '../../src/lib/registries/run-import.ts';
import { REPOSITORY } from '../support/temp-library.ts';

const FIXTURES = join(REPOSITORY, 'tests/fixtures/register');
const REAL = join(REPOSITORY, 'content/registry/gemeindeverzeichnis');
const tables = (dir: string) =>
	Object.fromEntries(REGISTER_TABLES.map((t) => [t, readFileSync(join(dir, `${t}.csv`), 'utf8')])) as RegisterTexts;

let root: string | undefined;
afterEach(() => {
	if (root) rmSync(root, { recursive: true, force: true });
	root = undefined;
});

/** A library whose register is `current/`, with the real `SOURCE.md` and a key change of `aenderungen`. */
function library(aenderungen = 'alt,neu,datum,art,name\n'): string {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-register-'));
	const register = join(root, 'content/registry/gemeindeverzeichnis');
	mkdirSync(register, { recursive: true });
	cpSync(join(FIXTURES, 'current'), register, { recursive: true });
	cpSync(join(REAL, 'SOURCE.md'), join(register, 'SOURCE.md'));
	writeFileSync(join(register, 'aenderungen.csv'), aenderungen);
	return register;
}

describe('import-register', () => {
	it('writes the real register unchanged when given it again: same columns, quotes and line endings', () => {
		const real = tables(REAL);
		const result = importRegister(real, real);
		expect(result.problems).toEqual([]);
		for (const t of REGISTER_TABLES) expect(result.tables[t] === real[t], t).toBe(true);
		expect(result.counts).toEqual({ laender: 16, kreise: 401, gemeinden: 11004 });
		expect(result.vanished).toEqual([]);
		expect(result.appeared).toEqual([]);
	});

	it('writes a newer edition and SOURCE.md, and lists the keys that vanished and appeared', () => {
		const register = library();
		const run = runImport(
			[join(FIXTURES, 'edition-neu'), '--edition', '2. Quartal 2025', '--details', 'erfunden'],
			'/dev/null',
		);
		// A folder without the register's tables is a wrong call, and nothing is written there.
		expect(run.exitCode).toBe(2);
		const done = runImport(
			[join(FIXTURES, 'edition-neu'), '--edition', '2. Quartal 2025', '--details', 'erfunden'],
			root!,
		);
		expect(done.stderr).toEqual([]);
		expect(done.exitCode).toBe(0);
		expect(done.stdout.join('\n')).toMatchInlineSnapshot(`
			"Geschrieben: 2 Länder, 2 Kreise, 4 Gemeinden (2. Quartal 2025).
			Weggefallen: 2 Schlüssel, davon 2 nicht in aenderungen.csv.
			Zeilen für content/registry/gemeindeverzeichnis/aenderungen.csv – \`neu\` und \`datum\` aus den Gebietsänderungen von Destatis ergänzen:
			16056,,,,"Eisenach, Stadt"
			16056000,,,,"Eisenach, Stadt"
			Neu: 1 Schlüssel.
			  16063999  Eisenach, Stadt
			Danach: die Quellenangabe der Seiten (\`footer.attribution\` in src/i18n/*.json, src/views/TextView.astro) auf die neue Ausgabe setzen und \`npm run validate\` aufrufen."
		`);
		expect(readFileSync(join(register, 'gemeinden.csv'), 'utf8')).toBe(
			'ags,name,land,kreis,art,einwohner,flaeche_km2,plz,lat,lon\r\n' +
				'03159001,"Adelebsen, Flecken",NI,03159,gemeinde,6200,76.09,37139,51.580221,9.756785\r\n' +
				'03159016,"Göttingen, Stadt",NI,03159,stadt,118000,117.02,37083,51.533337,9.935418\r\n' +
				'16063003,"Bad Salzungen, Stadt",TH,16063,stadt,23400,152.02,36433,50.811679,10.231992\r\n' +
				'16063999,"Eisenach, Stadt",TH,16063,stadt,42000,104.17,99817,50.977287,10.322388\r\n',
		);
		const source = readFileSync(join(register, 'SOURCE.md'), 'utf8');
		expect(source).toContain('Edition: 2. Quartal 2025 (erfunden).');
		expect(source).toContain('Gemeindeverzeichnis\nGV-ISys, 2. Quartal 2025".');
		expect(source).toContain('| gemeinden.csv | 4 |');
		expect(source).toContain('| kreise.csv | 2 |');
	});

	it('says which vanished keys aenderungen.csv records already', () => {
		library('alt,neu,datum,art,name\n');
		const result = importRegister(
			tables(join(FIXTURES, 'current')),
			tables(join(FIXTURES, 'edition-neu')),
			new Map([
				['16056', { alt: '16056', neu: '16063', datum: '2021-07-01', art: 'fusion', name: 'Eisenach, Stadt', line: 2 }],
			]),
		);
		expect(result.vanished).toEqual([
			{ ags: '16056', name: 'Eisenach, Stadt', recorded: true },
			{ ags: '16056000', name: 'Eisenach, Stadt', recorded: false },
		]);
	});

	it('refuses an edition with problems, each at its line, and writes nothing', () => {
		const register = library();
		const before = readFileSync(join(register, 'gemeinden.csv'), 'utf8');
		const run = runImport(
			[join(FIXTURES, 'edition-fehlerhaft'), '--edition', '2. Quartal 2025', '--lang', 'en'],
			root!,
		);
		expect(run.exitCode).toBe(1);
		expect(run.stderr.map((line) => line.replace(FIXTURES, '<fixtures>'))).toMatchInlineSnapshot(`
			[
			  "<fixtures>/edition-fehlerhaft/gemeinden.csv:2  Unexpected population \`6.200\` for \`03159001\`, expected a whole number without thousands separators",
			  "<fixtures>/edition-fehlerhaft/gemeinden.csv:3  Unexpected key \`03159001\` twice, expected each key once",
			  "<fixtures>/edition-fehlerhaft/gemeinden.csv:4  Unknown Land \`XX\` for \`16063003\`, expected a code of \`laender.csv\`",
			  "<fixtures>/edition-fehlerhaft/gemeinden.csv:5  Unexpected Kreis \`16056\` for \`16063999\`, expected the first five digits of the key, a Kreis of \`kreise.csv\`",
			  "4 problems in the new edition; nothing written. Fix them and run the import again.",
			]
		`);
		expect(readFileSync(join(register, 'gemeinden.csv'), 'utf8')).toBe(before);
	});

	it('is a wrong call without a folder or an edition', () => {
		expect(runImport([], REPOSITORY).exitCode).toBe(2);
		expect(runImport([join(FIXTURES, 'edition-neu')], REPOSITORY).exitCode).toBe(2);
	});
});

describe('updateSourceNote', () => {
	it('writes the edition as given, on one line, whatever it holds', () => {
		const note = readFileSync(join(REAL, 'SOURCE.md'), 'utf8');
		const counts = { laender: 16, kreise: 400, gemeinden: 10_000 };
		const source = updateSourceNote(note, '2. Quartal 2025 $& $\'\n"Ende', 'Stand\n30.06.2025', counts)!;
		expect(source).toContain("Edition: 2. Quartal 2025 $& $' 'Ende (Stand 30.06.2025).");
		expect(source).toContain("GV-ISys, 2. Quartal 2025 $& $' 'Ende\".");
		expect(updateSourceNote(source, '3. Quartal 2025', undefined, counts)).toContain('GV-ISys, 3. Quartal 2025".');
	});
});
