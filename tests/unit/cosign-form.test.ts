/**
 * The "Mitzeichnen" form without the page: the file it writes reads back as
 * the entries, and bad entries get the words of the CLI's checks, at the
 * field they belong to.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCosignature, type PaperFacts } from '../../src/lib/cosignatures/check-cosignature.ts';
import { checkCosignForm, cosignFormFields } from '../../src/lib/cosignatures/cosign-form.ts';
import { cosignatureFile } from '../../src/lib/cosignatures/cosignature-file.ts';
import { cosignatureSizeProblem } from '../../src/lib/cosignatures/cosignature-size.ts';
import { readCosignatures } from '../../src/lib/cosignatures/read-cosignatures.ts';
import type { ReferenceData } from '../../src/lib/contribute/reference-data.ts';
import { cosignatureSchema, type CosignatureInput } from '../../src/schemas/cosignature.ts';

const paper: PaperFacts = {
	id: 'waermeplanung-finanzierung-2026',
	kind: 'positions',
	lead: 'dstgb',
	status: 'consultation',
	consultationStart: '2026-11-02',
	consultationEnd: '2027-01-29',
};
const refs: ReferenceData = {
	topics: [],
	crises: [],
	measures: [],
	documents: [paper.id],
	organizations: [
		['ags:08421000', 'Ulm, Universitätsstadt (Stadtkreis, Baden-Württemberg)'],
		['dstgb', 'Deutscher Städte- und Gemeindebund (DStGB)'],
	],
};
const TODAY = '2026-12-02';
const ulm: [string, string][] = [
	['signatory', 'ags:08421000'],
	['date', '2026-12-01'],
	['decision.body', 'Gemeinderat'],
	['decision.date', '2026-11-26'],
	['decision.reference', 'GD 123/26'],
	['decision.url', ''],
	['contact.role', 'Hauptamt'],
	['contact.email', 'hauptamt@ulm.example'],
];
const replace = (entries: [string, string][], changes: Record<string, string>) =>
	entries.map(([k, v]): [string, string] => [k, changes[k] ?? v]);
const messages = (entries: [string, string][]) => {
	const result = checkCosignForm(entries, paper, refs, TODAY);
	return result.ok ? [] : result.problems.map((p) => [p.path.join('.'), p.message.de]);
};

describe('the co-signature form', () => {
	it('asks for the body, then the file’s fields, but not for the maintainers’ confirmation', () => {
		expect(cosignFormFields().map((f) => f.key)).toEqual(['signatory', 'date', 'decision', 'contact']);
	});

	it('names each missing field of an empty decision and contact, not the group', () => {
		const empty = ulm.map(([k, v]): [string, string] => [
			k,
			k.startsWith('decision.') || k.startsWith('contact.') ? '' : v,
		]);
		const paths = messages(empty).map(([path]) => path);
		expect(paths).toEqual(expect.arrayContaining(['decision.body', 'decision.date', 'contact.role', 'contact.email']));
		expect(paths).not.toContain('decision');
		expect(paths).not.toContain('contact');
	});

	it('turns complete entries into a file whose data the schema reads back as they were entered', () => {
		const result = checkCosignForm(ulm, paper, refs, TODAY);
		expect(result).toMatchObject({
			ok: true,
			signatory: 'ags:08421000',
			path: 'content/cosignatures/waermeplanung-finanzierung-2026/ags-08421000.yaml',
		});
		if (!result.ok) return;
		const text = cosignatureFile(
			{ paperId: paper.id, paperTitle: 'Wärmeplanung', signatory: result.signatory, signatoryName: 'Ulm' },
			result.data,
		);
		expect(cosignatureSchema.parse(parse(text))).toEqual({
			date: '2026-12-01',
			decision: { body: 'Gemeinderat', date: '2026-11-26', reference: 'GD 123/26' },
			contact: { role: 'Hauptamt', email: 'hauptamt@ulm.example' },
		});
		expect(text).toMatchInlineSnapshot(`
			"# Mitzeichnung des Positionspapiers „Wärmeplanung“ (waermeplanung-finanzierung-2026)
			# durch Ulm (ags:08421000).
			# Der Kontakt erscheint nicht auf der Website, ist aber im Repository öffentlich.
			# Co-signature of the position paper waermeplanung-finanzierung-2026 by ags:08421000;
			# the contact is not shown on the site but is public in the repository.

			date: 2026-12-01
			decision:
			  body: Gemeinderat
			  date: 2026-11-26
			  reference: GD 123/26
			contact:
			  role: Hauptamt
			  email: hauptamt@ulm.example
			"
		`);
	});

	it('keeps a title or name with line breaks, quotes and YAML syntax inside the comment', () => {
		const data: CosignatureInput = {
			date: '2026-12-01',
			decision: { body: 'Rat: "A" #1', date: '2026-11-26', url: 'https://rats.example/a?b=1#c' },
			contact: { role: "Büro 'OB'", email: 'ob@stadt.example' },
		};
		const text = cosignatureFile(
			{ paperId: paper.id, paperTitle: 'Titel\nverified: { by: x }', signatory: 'BY', signatoryName: 'Bayern\r\n- x' },
			data,
		);
		expect(parse(text)).toEqual(data);
		expect(
			text
				.split('\n')
				.slice(0, 5)
				.every((line) => line.startsWith('#')),
		).toBe(true);
	});

	it('keeps the header to short plain text whatever the title and name: no control or bidi characters, within the size bound', () => {
		const data: CosignatureInput = {
			date: '2026-12-01',
			decision: { body: 'Gemeinderat', date: '2026-11-26', reference: 'GD 123/26' },
			contact: { role: 'Hauptamt', email: 'hauptamt@ulm.example' },
		};
		const text = cosignatureFile(
			{
				paperId: paper.id,
				paperTitle: `Titel\u0000\u001b[31m\u202e${'x'.repeat(5000)}`,
				signatory: 'ags:08421000',
				signatoryName: 'Ulm\u202e\u2066\ufeff\ud800',
			},
			data,
		);
		expect(parse(text)).toEqual(data);
		// Every character but the line breaks between lines is visible text.
		expect(text.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
		const header = text.split('\n').slice(0, 5);
		expect(header.every((line) => line.startsWith('#') && line.length < 300)).toBe(true);
		expect(header[1]).toBe('# durch Ulm (ags:08421000).');
		expect(cosignatureSizeProblem(text)).toBeUndefined();
	});

	it('says of entries too long for a file what npm run validate says of that file', () => {
		// Text fields are bounded; a link to the council information system is not, and may be long.
		const url = `https://ratsinfo.ulm.example/vo0050.asp?${'__kvonr=1234&'.repeat(400)}`;
		const result = checkCosignForm(replace(ulm, { 'decision.url': url }), paper, refs, TODAY);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const header = { paperId: paper.id, paperTitle: 'Wärmeplanung', signatory: result.signatory, signatoryName: 'Ulm' };
		const text = cosignatureFile(header, result.data);
		const root = mkdtempSync(join(tmpdir(), 'dreiklang-cosign-'));
		try {
			mkdirSync(dirname(join(root, result.path)), { recursive: true });
			writeFileSync(join(root, result.path), text);
			const cli = readCosignatures(root).diagnostics.map((d) => d.message);
			expect(cli).toHaveLength(1);
			expect(cosignatureSizeProblem(text)).toEqual(cli[0]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('says of the lead body, a decision in the future and a signature after the end what the CLI says', () => {
		const bad = replace(ulm, { signatory: 'dstgb', date: '2027-02-01', 'decision.date': '2027-03-01' });
		const cli = checkCosignature(
			'dstgb',
			paper.id,
			{ date: '2027-02-01', decision: { body: 'Gemeinderat', date: '2027-03-01' } },
			paper,
			TODAY,
		);
		expect(messages(bad)).toEqual([
			['signatory', cli[0]!.message.de],
			...cli.slice(1).map((p) => [p.path.join('.'), p.message.de]),
		]);
		expect(cli.map((p) => p.rule)).toEqual(['lead-cosignatory', 'cosignature-window', 'date-order', 'date-order']);
	});

	it('refuses a body that already signs in the paper’s front matter, in the words of the CLI', () => {
		const signed: PaperFacts = { ...paper, cosignatories: ['ags:08421000'] };
		const result = checkCosignForm(ulm, signed, refs, TODAY);
		const cli = checkCosignature(
			'ags:08421000',
			paper.id,
			{ date: '2026-12-01', decision: { body: 'x', date: '2026-11-26' } },
			signed,
			TODAY,
		);
		expect(cli.map((p) => p.rule)).toEqual(['duplicate-cosignatory']);
		expect(result.ok ? [] : result.problems.map((p) => [p.path.join('.'), p.message])).toEqual([
			['signatory', cli[0]!.message],
		]);
	});

	it('names an unknown body with the words of every unresolved reference, and suggests the one meant', () => {
		expect(messages(replace(ulm, { signatory: 'ulmm' }))).toMatchInlineSnapshot(`
			[
			  [
			    "signatory",
			    "Unbekannter Verweis \`ulmm\` in \`signatory\`, erwartet: eine Organisation aus dem Verzeichnis der Organisationen (Namen eintippen und auswählen) – meinten Sie \`ags:08421000\` (Ulm, Universitätsstadt)?",
			  ],
			]
		`);
	});

	it('shows every problem in one round, each once: a date the schema refuses is not checked again', () => {
		expect(messages(replace(ulm, { signatory: '', 'decision.date': '26.11.2026', 'contact.email': 'ulm@gmx.de' })))
			.toMatchInlineSnapshot(`
			[
			  [
			    "signatory",
			    "Fehlendes Feld \`signatory\`, erwartet: eine Organisation aus dem Verzeichnis der Organisationen (Namen eintippen und auswählen)",
			  ],
			  [
			    "decision.date",
			    "Ungültiger Wert \`26.11.2026\` in \`decision.date\`, erwartet: ein Datum",
			  ],
			  [
			    "contact.email",
			    "\`gmx.de\` ist ein privater Mail-Anbieter; erwartet: ein Funktionspostfach der Verwaltung auf ihrer eigenen Domain, z. B. poststelle@stadt.example",
			  ],
			]
		`);
	});
});
