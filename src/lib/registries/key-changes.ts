/**
 * The registry of key changes (`gemeindeverzeichnis/aenderungen.csv`): when
 * municipalities merge or a municipality moves to another Kreis, its official
 * key (AGS) vanishes from the register. A document written before kept the
 * old key, which was right then; this registry lets it resolve to the body
 * that carries on, with a note, instead of failing.
 *
 * One row per old key: `alt` (the old key, 8 digits for a Gemeinde or 5 for a
 * Kreis), `neu` (the key that replaced it, of the same length), `datum`
 * (`YYYY-MM-DD`, the day the change took effect), `art` (`fusion`, the
 * default: the old body became part of the new one; `kreiswechsel`: the same
 * municipality under a new key, as a Gemeinde's key begins with its Kreis) and
 * `name` (the old body's name as the register called it, since the register
 * no longer does). Chains (a → b → c) resolve to their last key.
 */
import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../validate/report/diagnostics.ts';
import { rule } from '../validate/report/rules.ts';
import { say, type Localized } from '../validate/report/messages.ts';
import type { Gemeindeverzeichnis } from './gemeindeverzeichnis.ts';
import {
	KEY_CHANGE_KINDS,
	MAX_CHAIN,
	placeLabel,
	walk,
	type KeyChange,
	type KeyChangeKind,
} from './key-change-chain.ts';

export {
	currentKey,
	formerKeyMessage,
	KEY_CHANGE_KINDS,
	MAX_CHAIN,
	type KeyChange,
	type KeyChangeKind,
} from './key-change-chain.ts';

/** The columns of `aenderungen.csv`; `art` may be left empty. */
export const KEY_CHANGE_COLUMNS = ['alt', 'neu', 'datum', 'art', 'name'] as const;

const KEY = /^(\d{5}|\d{8})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `day` is a real calendar day `YYYY-MM-DD` (`2016-13-01` is no date at all, and must not throw). */
function isDay(day: string): boolean {
	if (!DAY.test(day)) return false;
	const date = new Date(`${day}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/** Where the place of a key exists in the register (a Gemeinde for 8 digits, a Kreis for 5). */
const inRegister = (register: Gemeindeverzeichnis, ags: string) =>
	ags.length === 8 ? register.gemeinden.has(ags) : register.kreise.has(ags);

/**
 * Reads `aenderungen.csv` and checks it against the register: every old key
 * gone from it, every row's new key of the same length and either in the
 * register or itself changed further, no key changed twice, no loop, and
 * every chain ending at a key of the register. Rows with a problem are left
 * out, so that no reference resolves through them; each problem is a
 * located diagnostic of rule `key-change`.
 */
export function readKeyChanges(
	text: string,
	file: string,
	register: Gemeindeverzeichnis,
): { changes: Map<string, KeyChange>; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const problem = (line: number, message: Localized) =>
		diagnostics.push({ file, line, column: 1, ...rule('key-change'), message });
	const changes = new Map<string, KeyChange>();
	let records: { record: Record<string, string>; info: { lines: number } }[];
	try {
		records = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true, info: true });
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		problem(
			Number(/line (\d+)/.exec(reason)?.[1] ?? 1),
			say(`Fehlerhafte CSV-Tabelle: ${reason}`, `Broken CSV table: ${reason}`),
		);
		return { changes, diagnostics };
	}
	for (const { record, info } of records) {
		const line = info.lines;
		const [alt, neu, datum, art, name] = KEY_CHANGE_COLUMNS.map((c) => record[c] ?? '');
		const kind = (art || 'fusion') as KeyChangeKind;
		if (!KEY.test(alt!) || !KEY.test(neu!) || alt!.length !== neu!.length) {
			problem(
				line,
				say(
					`Unerwartete Schlüssel \`${alt}\` → \`${neu}\`; erwartet: zwei Gemeindeschlüssel (8 Ziffern) oder zwei Kreisschlüssel (5 Ziffern)`,
					`Unexpected keys \`${alt}\` → \`${neu}\`, expected two municipal keys (8 digits) or two Kreis keys (5 digits)`,
				),
			);
		} else if (!isDay(datum!)) {
			problem(
				line,
				say(
					`Unerwartetes Datum \`${datum}\` für \`${alt}\`; erwartet: der Tag der Änderung als \`JJJJ-MM-TT\``,
					`Unexpected date \`${datum}\` for \`${alt}\`, expected the day of the change as \`YYYY-MM-DD\``,
				),
			);
		} else if (!(KEY_CHANGE_KINDS as readonly string[]).includes(kind)) {
			problem(
				line,
				say(
					`Unerwartete Art \`${art}\` für \`${alt}\`; erwartet: \`fusion\` (oder leer) oder \`kreiswechsel\``,
					`Unexpected kind \`${art}\` for \`${alt}\`, expected \`fusion\` (or empty) or \`kreiswechsel\``,
				),
			);
		} else if (!name) {
			problem(
				line,
				say(
					`Fehlender Name für \`${alt}\`; erwartet: der frühere Name, wie ihn das Gemeindeverzeichnis führte`,
					`Missing name for \`${alt}\`, expected the former name as the register gave it`,
				),
			);
		} else if (changes.has(alt!)) {
			problem(
				line,
				say(
					`\`${alt}\` steht schon in Zeile ${changes.get(alt!)!.line}; erwartet: jeder alte Schlüssel einmal – eine der Zeilen entfernen`,
					`Unexpected second change of \`${alt}\`, already in line ${changes.get(alt!)!.line}, expected each old key once – remove one of the rows`,
				),
			);
		} else if (inRegister(register, alt!)) {
			// The body of the key is still there: references to it mean it, and must not be redirected.
			problem(
				line,
				say(
					`\`${alt}\` steht noch im Gemeindeverzeichnis (${placeLabel(register, alt!)}); erwartet: ein Schlüssel, den es nicht mehr gibt – erst die neue Ausgabe einlesen (\`npm run import-register\`), dann die Änderung eintragen`,
					`Unexpected change of \`${alt}\`, which the register still lists (${placeLabel(register, alt!)}), expected a key that no longer exists – import the newer edition first (\`npm run import-register\`), then record the change`,
				),
			);
		} else changes.set(alt!, { alt: alt!, neu: neu!, datum: datum!, art: kind, name: name!, line });
	}
	// Chains: each must end in the register, without a loop, and each step later than the one before.
	for (const change of [...changes.values()]) {
		const walked = walk(changes, change.alt);
		const end = walked.steps.at(-1)!;
		const message = walked.loop
			? say(
					`Die Änderungen von \`${change.alt}\` führen im Kreis (${walked.steps.map((s) => `\`${s.alt}\``).join(' → ')} → \`${walked.loop}\`); erwartet: eine Kette, die bei einem Schlüssel des Gemeindeverzeichnisses endet`,
					`Unexpected loop of changes from \`${change.alt}\` (${walked.steps.map((s) => `\`${s.alt}\``).join(' → ')} → \`${walked.loop}\`), expected a chain that ends at a key of the register`,
				)
			: walked.tooLong
				? say(
						`Die Änderungen von \`${change.alt}\` bilden eine Kette von mehr als ${MAX_CHAIN} Schritten; erwartet: eine kürzere Kette`,
						`Unexpected chain of more than ${MAX_CHAIN} changes from \`${change.alt}\`, expected a shorter chain`,
					)
				: !inRegister(register, end.neu)
					? say(
							`Unbekannter neuer Schlüssel \`${end.neu}\`${end === change ? '' : ` (über ${walked.steps.map((s) => `\`${s.alt}\``).join(' → ')})`}; erwartet: ein Schlüssel des Gemeindeverzeichnisses – Tippfehler beheben oder die neue Ausgabe einlesen`,
							`Unknown new key \`${end.neu}\`${end === change ? '' : ` (via ${walked.steps.map((s) => `\`${s.alt}\``).join(' → ')})`}, expected a key of the register – fix the typo or import the newer edition`,
						)
					: undefined;
		const next = changes.get(change.neu);
		const order =
			next && next.datum < change.datum
				? say(
						`\`${change.neu}\` wurde am ${next.datum} geändert (Zeile ${next.line}), vor der Änderung von \`${change.alt}\` am ${change.datum}; erwartet: die Schritte einer Kette in der Reihenfolge ihrer Daten`,
						`Unexpected change of \`${change.neu}\` on ${next.datum} (line ${next.line}), before the change of \`${change.alt}\` on ${change.datum}, expected the steps of a chain in date order`,
					)
				: undefined;
		// A loop is named once, at its first row; a row that only leads into it is named too.
		const laterInLoop = walked.loop === change.alt && walked.steps.some((step) => step.line < change.line);
		if (message && !laterInLoop) problem(change.line, message);
		if (order) problem(change.line, order);
	}
	for (const change of [...changes.values()]) {
		const walked = walk(changes, change.alt);
		if (walked.loop || walked.tooLong || !inRegister(register, walked.steps.at(-1)!.neu)) changes.delete(change.alt);
	}
	return { changes, diagnostics };
}
