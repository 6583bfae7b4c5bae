/**
 * Key changes of the municipal register (`aenderungen.csv`): how an old key
 * resolves (also along a chain), the note a page shows beside the name, and
 * the located errors for a loop and an unknown new key. The register is the
 * rows of the made-up newer edition (`tests/fixtures/register/edition-neu/`),
 * in which Eisenach's keys are gone; the changes are made up too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyKeys } from '../../src/lib/cosignatures/check-cosignature-files.ts';
import { formerKeyNote } from '../../src/lib/registries/former-key-note.ts';
import { parseGemeindeverzeichnis } from '../../src/lib/registries/gemeindeverzeichnis.ts';
import { currentKey, formerKeyMessage, readKeyChanges } from '../../src/lib/registries/key-changes.ts';
import { resolveOrganization } from '../../src/lib/registries/organizations.ts';
import { REPOSITORY } from '../support/temp-library.ts';

const FILE = 'content/registry/gemeindeverzeichnis/aenderungen.csv';
const edition = join(REPOSITORY, 'tests/fixtures/register/edition-neu');
const table = (name: string) => readFileSync(join(edition, `${name}.csv`), 'utf8');

/** The small register with the key changes of `rows` (after the header). */
function registerWith(rows: string) {
	const register = parseGemeindeverzeichnis({
		laender: table('laender'),
		kreise: table('kreise'),
		gemeinden: table('gemeinden'),
	});
	const read = readKeyChanges(`alt,neu,datum,art,name\n${rows}`, FILE, register);
	register.changes = read.changes;
	return { register, diagnostics: read.diagnostics };
}

describe('key changes', () => {
	it('resolve an old key to the body of today, along a chain to its last key', () => {
		const { register, diagnostics } = registerWith(
			'16056000,16063900,2021-07-01,kreiswechsel,"Eisenach, Stadt"\n16063900,16063003,2024-01-01,fusion,"Eisenach, Stadt"\n',
		);
		expect(diagnostics).toEqual([]);
		expect(currentKey(register.changes, '16056000')?.ags).toBe('16063003');
		expect(currentKey(register.changes, '16063003')).toBeUndefined();
		const resolved = resolveOrganization('ags:16056000', new Map(), register)!;
		expect(resolved.ref).toBe('ags:16063003');
		expect(resolved.slug).toBe('ags-16063003');
		expect(resolved.name).toBe('Bad Salzungen, Stadt (Wartburgkreis, Thüringen)');
		expect(resolved.former?.ref).toBe('ags:16056000');
		expect(resolved.former?.steps.map((s) => s.alt)).toEqual(['16056000', '16063900']);
		// The old key and today's name one body: it cannot co-sign a paper twice under both.
		expect(bodyKeys(register)('ags:16056000')).toBe(bodyKeys(register)('ags:16063003'));
	});

	it('give a note beside the name, in both languages, with every step of a chain', () => {
		const { register } = registerWith(
			'16056,16063,2021-07-01,fusion,"Eisenach, Stadt"\n16056000,16063900,2021-07-01,kreiswechsel,"Eisenach, Stadt"\n16063900,16063003,2024-01-01,fusion,"Eisenach, Stadt"\n',
		);
		const note = (ref: string, lang: 'de' | 'en') =>
			formerKeyNote(resolveOrganization(ref, new Map(), register)!.former!, register, lang);
		expect(note('ags:16056', 'de')).toBe('früher: Eisenach, Stadt, seit 1. Juli 2021 Teil von Wartburgkreis');
		expect(note('ags:16056', 'en')).toBe('formerly Eisenach, Stadt, part of Wartburgkreis since 1 July 2021');
		expect(note('ags:16056000', 'de')).toBe(
			'früher: Eisenach, Stadt, seit 1. Juli 2021 mit dem Schlüssel 16063900, seit 1. Januar 2024 Teil von Bad Salzungen, Stadt',
		);
		expect(note('ags:16056000', 'en')).toBe(
			'formerly Eisenach, Stadt, with the key 16063900 since 1 July 2021, part of Bad Salzungen, Stadt since 1 January 2024',
		);
		expect(formerKeyMessage('ags:16056', '`lead`', register)?.en).toMatchInlineSnapshot(
			`"Former key \`ags:16056\` in \`lead\`: Eisenach, Stadt is part of \`ags:16063\`, Wartburgkreis (Thüringen) since 2021-07-01; the reference means that body, and the page names the former one. Nothing to do – use the new key in new documents"`,
		);
		expect(formerKeyMessage('ags:16063', '`lead`', register)).toBeUndefined();
	});

	it('refuse a loop, once, at its first row, and resolve nothing through it', () => {
		const { register, diagnostics } = registerWith(
			'16056000,16056001,2021-07-01,fusion,"Eisenach, Stadt"\n16056001,16056000,2021-07-01,fusion,Erfunden\n',
		);
		expect(diagnostics.map((d) => `${d.line} ${d.ruleId} ${d.severity} ${d.message.en}`)).toMatchInlineSnapshot(`
			[
			  "2 key-change error Unexpected loop of changes from \`16056000\` (\`16056000\` → \`16056001\` → \`16056000\`), expected a chain that ends at a key of the register",
			]
		`);
		expect(register.changes?.size).toBe(0);
		expect(resolveOrganization('ags:16056000', new Map(), register)).toBeUndefined();
	});

	it('refuse a new key the register does not have, at its row', () => {
		const { register, diagnostics } = registerWith('16056000,16063777,2021-07-01,fusion,"Eisenach, Stadt"\n');
		expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId} ${d.message.de}`)).toMatchInlineSnapshot(`
			[
			  "content/registry/gemeindeverzeichnis/aenderungen.csv:2 key-change Unbekannter neuer Schlüssel \`16063777\`; erwartet: ein Schlüssel des Gemeindeverzeichnisses – Tippfehler beheben oder die neue Ausgabe einlesen",
			]
		`);
		expect(resolveOrganization('ags:16056000', new Map(), register)).toBeUndefined();
	});

	it('read a broken table as a located error, never a crash', () => {
		const { diagnostics } = registerWith('16056000,"16063,2021-07-01,fusion,x\n');
		expect(diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[2, 'key-change']]);
	});
});
