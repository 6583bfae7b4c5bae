/**
 * Takes a newer edition of the municipal register, in the columns of the
 * project's three tables (`laender.csv`, `kreise.csv`, `gemeinden.csv`, see
 * `SOURCE.md`), checks it and returns the tables to write, the source note
 * with its edition and row counts updated, and what changed: the keys that
 * vanished (candidates for `aenderungen.csv`, see `key-changes.ts`) and the
 * keys that appeared. Nothing here writes a file; `scripts/import-register.ts`
 * does, and only when the edition has no problem.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { say, type Localized } from '../validate/report/messages.ts';
import type { KeyChange } from './key-changes.ts';

/** The register's tables. */
export const REGISTER_TABLES = ['laender', 'kreise', 'gemeinden'] as const;
export type RegisterTable = (typeof REGISTER_TABLES)[number];

/**
 * Every column of each table, in the order the files have them: the ones the
 * library reads (`REGISTRY_LAYOUT.register.tables`) and the ones it keeps
 * for others (area, postcode, position).
 */
export const REGISTER_COLUMNS: Record<RegisterTable, readonly string[]> = {
	laender: ['ags', 'code', 'iso', 'name'],
	kreise: ['ags', 'name', 'land', 'art'],
	gemeinden: ['ags', 'name', 'land', 'kreis', 'art', 'einwohner', 'flaeche_km2', 'plz', 'lat', 'lon'],
};

/** The digits of a key in each table. */
const KEY_DIGITS: Record<RegisterTable, number> = { laender: 2, kreise: 5, gemeinden: 8 };

/** The three tables as text. */
export type RegisterTexts = Record<RegisterTable, string>;

/** A key of the register with its name. */
export interface NamedKey {
	ags: string;
	name: string;
}

/** What an import found. */
export interface RegisterImport {
	/** Problems of the edition, each with its file and line; nothing may be written while there are any. */
	problems: { file: RegisterTable; line: number; message: Localized }[];
	/** The tables to write: the edition's rows in its order, in the project's columns and line endings. */
	tables: RegisterTexts;
	/** Rows per table. */
	counts: Record<RegisterTable, number>;
	/** Kreise and Gemeinden of the current register that the edition no longer has, and whether `aenderungen.csv` records them. */
	vanished: (NamedKey & { recorded: boolean })[];
	/** Kreise and Gemeinden the current register did not have. */
	appeared: NamedKey[];
}

type Row = Record<string, string>;

/** Reads one table; a broken one is a problem at the line csv-parse names. */
function readRows(table: RegisterTable, text: string, problems: RegisterImport['problems']): Row[] {
	try {
		const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Row[];
		const header = rows.length > 0 ? Object.keys(rows[0]!) : [];
		const lacking = REGISTER_COLUMNS[table].filter((c) => !header.includes(c));
		if (rows.length === 0 || lacking.length > 0) {
			problems.push({
				file: table,
				line: 1,
				message: say(
					`Fehlende Spalte oder Zeilen (${lacking.map((c) => `\`${c}\``).join(', ') || 'keine Zeilen'}); erwartet: die Spalten ${REGISTER_COLUMNS[table].map((c) => `\`${c}\``).join(', ')} und mindestens eine Zeile`,
					`Missing columns or rows (${lacking.map((c) => `\`${c}\``).join(', ') || 'no rows'}), expected the columns ${REGISTER_COLUMNS[table].map((c) => `\`${c}\``).join(', ')} and at least one row`,
				),
			});
			return [];
		}
		return rows;
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		problems.push({
			file: table,
			line: Number(/line (\d+)/.exec(reason)?.[1] ?? 1),
			message: say(`Fehlerhafte CSV-Tabelle: ${reason}`, `Broken CSV table: ${reason}`),
		});
		return [];
	}
}

/** The keys and names of the Kreise and Gemeinden of a register. */
function places(texts: RegisterTexts): Map<string, string> {
	const out = new Map<string, string>();
	for (const table of ['kreise', 'gemeinden'] as const) {
		for (const row of parse(texts[table], { columns: true, skip_empty_lines: true, bom: true }) as Row[])
			out.set(row.ags!, row.name!);
	}
	return out;
}

/**
 * Checks `edition` (the newer tables) and compares it with `current` (the
 * tables of the library today); `changes` are the key changes recorded so far.
 */
export function importRegister(
	current: RegisterTexts,
	edition: RegisterTexts,
	changes: ReadonlyMap<string, KeyChange> = new Map(),
): RegisterImport {
	const problems: RegisterImport['problems'] = [];
	const rows = Object.fromEntries(REGISTER_TABLES.map((t) => [t, readRows(t, edition[t], problems)])) as Record<
		RegisterTable,
		Row[]
	>;
	const keys = Object.fromEntries(REGISTER_TABLES.map((t) => [t, new Set<string>()])) as Record<
		RegisterTable,
		Set<string>
	>;
	const codes = new Set(rows.laender.map((r) => r.code));
	for (const table of REGISTER_TABLES) {
		rows[table].forEach((row, i) => {
			// The header is line 1; rows have no line breaks in the register.
			const line = i + 2;
			const problem = (de: string, en: string) => problems.push({ file: table, line, message: say(de, en) });
			const ags = row.ags!;
			if (!new RegExp(`^\\d{${KEY_DIGITS[table]}}$`).test(ags))
				problem(
					`Unerwarteter Schlüssel \`${ags}\`; erwartet: ${KEY_DIGITS[table]} Ziffern`,
					`Unexpected key \`${ags}\`, expected ${KEY_DIGITS[table]} digits`,
				);
			else if (keys[table].has(ags))
				problem(`Der Schlüssel \`${ags}\` steht doppelt`, `Unexpected key \`${ags}\` twice, expected each key once`);
			keys[table].add(ags);
			if (!row.name) problem(`Fehlender Name für \`${ags}\``, `Missing name for \`${ags}\``);
			if (table !== 'laender' && !codes.has(row.land))
				problem(
					`Unbekanntes Land \`${row.land}\` für \`${ags}\`; erwartet: ein Kürzel aus \`laender.csv\``,
					`Unknown Land \`${row.land}\` for \`${ags}\`, expected a code of \`laender.csv\``,
				);
			// A gemeindefreies Gebiet of a coast or border may lie outside any Kreis (`13000999`, Küstengewässer).
			const outside = row.art?.startsWith('gemeindefrei');
			if (table === 'gemeinden' && (row.kreis !== ags.slice(0, 5) || !(outside || keys.kreise.has(row.kreis!))))
				problem(
					`Unerwarteter Kreis \`${row.kreis}\` für \`${ags}\`; erwartet: die ersten fünf Ziffern des Schlüssels, ein Kreis aus \`kreise.csv\``,
					`Unexpected Kreis \`${row.kreis}\` for \`${ags}\`, expected the first five digits of the key, a Kreis of \`kreise.csv\``,
				);
			if (table === 'gemeinden' && !/^\d+$/.test(row.einwohner ?? ''))
				problem(
					`Unerwartete Einwohnerzahl \`${row.einwohner}\` für \`${ags}\`; erwartet: eine ganze Zahl ohne Tausenderpunkte`,
					`Unexpected population \`${row.einwohner}\` for \`${ags}\`, expected a whole number without thousands separators`,
				);
		});
	}
	const tables = Object.fromEntries(
		REGISTER_TABLES.map((t) => [
			t,
			stringify(rows[t], { header: true, columns: [...REGISTER_COLUMNS[t]], record_delimiter: 'windows' }),
		]),
	) as RegisterTexts;
	const before = places(current);
	const after = new Map([...rows.kreise, ...rows.gemeinden].map((r) => [r.ags!, r.name!]));
	return {
		problems,
		tables,
		counts: Object.fromEntries(REGISTER_TABLES.map((t) => [t, rows[t].length])) as RegisterImport['counts'],
		vanished: [...before]
			.filter(([ags]) => !after.has(ags))
			.map(([ags, name]) => ({ ags, name, recorded: changes.has(ags) })),
		appeared: [...after].filter(([ags]) => !before.has(ags)).map(([ags, name]) => ({ ags, name })),
	};
}

/** The line of `SOURCE.md` that names the edition; the import rewrites it. */
const EDITION_LINE = /^Edition: .*$/m;
/** The edition in the required attribution: `GV-ISys, 4. Quartal 2020"`. */
const ATTRIBUTION = /(Gemeindeverzeichnis\s+GV-ISys,\s+)[^"]+"/;

/**
 * `SOURCE.md` for an imported edition: its `Edition:` line, the edition in
 * the attribution and the row counts of its table. `undefined` where the note
 * lacks the edition line or attribution, so that no edition is left unnamed.
 *
 * @example updateSourceNote(text, '2. Quartal 2025', 'Gebietsstand 30.06.2025', counts)
 */
export function updateSourceNote(
	text: string,
	edition: string,
	details: string | undefined,
	counts: Record<RegisterTable, number>,
): string | undefined {
	if (!EDITION_LINE.test(text) || !ATTRIBUTION.test(text)) return undefined;
	// One line each, without the quote that ends the attribution; written as given (a `$&` is no pattern here).
	const oneLine = (value: string) => value.replace(/\s+/g, ' ').replaceAll('"', "'").trim();
	const [name, more] = [oneLine(edition), details && oneLine(details)];
	let out = text
		.replace(EDITION_LINE, () => `Edition: ${name}${more ? ` (${more})` : ''}.`)
		.replace(ATTRIBUTION, (_, before: string) => `${before}${name}"`);
	for (const table of REGISTER_TABLES)
		out = out.replace(
			new RegExp(`^(\\| ${table}\\.csv \\| )[\\d,]+( \\|)`, 'm'),
			(_, a: string, b: string) => `${a}${counts[table].toLocaleString('en-GB')}${b}`,
		);
	return out;
}
