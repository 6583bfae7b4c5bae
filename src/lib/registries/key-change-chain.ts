/**
 * Following key changes of the municipal register (`aenderungen.csv`) to
 * the key of today. Pure, without the CSV reader (`key-changes.ts`), so that
 * the forms' browser code, which resolves organizations too, can import it.
 */
import type { Gemeindeverzeichnis } from './gemeindeverzeichnis.ts';
import { placeName } from './organization-names.ts';
import { say, type Localized } from '../validate/report/messages.ts';

/** What happened to the body of the old key. */
export const KEY_CHANGE_KINDS = ['fusion', 'kreiswechsel'] as const;
export type KeyChangeKind = (typeof KEY_CHANGE_KINDS)[number];

/** One row of `aenderungen.csv`. */
export interface KeyChange {
	/** The old key, e.g. `16056000`. */
	alt: string;
	/** The key that replaced it, e.g. `16063105`. */
	neu: string;
	/** The day the change took effect, `YYYY-MM-DD`. */
	datum: string;
	/** `fusion` (default) or `kreiswechsel`. */
	art: KeyChangeKind;
	/** The old body's name, e.g. `Eisenach, Stadt`. */
	name: string;
	/** The row's line in the file, for messages. */
	line: number;
}

/** At most this many steps are followed from one key: a longer chain is a mistake, and the walk stays bounded. */
export const MAX_CHAIN = 32;

/** The steps from `ags`, bounded: where a loop closes, or whether the chain is too long. */
export function walk(
	changes: ReadonlyMap<string, KeyChange>,
	ags: string,
): { steps: KeyChange[]; loop?: string; tooLong?: boolean } {
	const steps: KeyChange[] = [];
	const seen = new Set<string>();
	let key = ags;
	for (let change = changes.get(key); change; change = changes.get(key)) {
		if (seen.has(key)) return { steps, loop: key };
		if (steps.length === MAX_CHAIN) return { steps, tooLong: true };
		seen.add(key);
		steps.push(change);
		key = change.neu;
	}
	return { steps };
}

/**
 * The key an old key resolves to today, with the steps that led there (first
 * the change of `ags` itself); `undefined` where `ags` was never changed.
 * The registry was checked on loading, so every chain in it ends in the register.
 *
 * @example currentKey(changes, '16056000') // { ags: '16063105', steps: [{ alt: '16056000', … }] }
 */
export function currentKey(
	changes: ReadonlyMap<string, KeyChange> | undefined,
	ags: string,
): { ags: string; steps: KeyChange[] } | undefined {
	if (!changes?.has(ags)) return undefined;
	const walked = walk(changes, ags);
	return { ags: walked.steps.at(-1)!.neu, steps: walked.steps };
}

/** The name of a key as readers see it, for messages: `Landkreis Göttingen (Niedersachsen)`. */
export function placeLabel(register: Gemeindeverzeichnis, ags: string): string {
	return placeName(register, ags)?.full ?? ags;
}

/**
 * What validation says of a reference `written` (`ags:16056000`) at `where`
 * (a field path or a file name) that names a former key: a notice of rule
 * `former-key`, since the key was right when the document was written.
 * `undefined` for any other reference.
 */
export function formerKeyMessage(written: string, where: string, register: Gemeindeverzeichnis): Localized | undefined {
	const changed = written.startsWith('ags:') ? currentKey(register.changes, written.slice(4)) : undefined;
	if (!changed) return undefined;
	const first = changed.steps[0]!;
	const today = `\`ags:${changed.ags}\`, ${placeLabel(register, changed.ags)}`;
	const via = changed.steps.length > 1 ? changed.steps.slice(1).map((s) => `\`${s.alt}\``) : [];
	const chain = `${via.length > 0 ? `${via.join(' → ')} → ` : ''}${today}`;
	const kreiswechsel = first.art === 'kreiswechsel';
	return say(
		`${quoteKey(written)} in ${where} ist ein früherer Schlüssel: ${first.name} ${kreiswechsel ? `hat seit ${first.datum} den Schlüssel` : `ist seit ${first.datum} Teil von`} ${chain}; der Verweis gilt dieser Stelle, die Seite nennt den früheren Namen. Nichts zu tun – in neuen Dokumenten den neuen Schlüssel verwenden`,
		`Former key ${quoteKey(written)} in ${where}: ${first.name} ${kreiswechsel ? 'has the key' : 'is part of'} ${chain} since ${first.datum}; the reference means that body, and the page names the former one. Nothing to do – use the new key in new documents`,
	);
}

const quoteKey = (key: string) => `\`${key}\``;
