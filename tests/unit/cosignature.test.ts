/**
 * The co-signature file's names and its check against the paper: the pure
 * parts the CLI and the browser form share.
 */
import { describe, expect, it } from 'vitest';
import {
	cosignatureDecisionSchema,
	cosignaturePath,
	cosignatureSchema,
	signatoryFileName,
	signatoryOfFileName,
} from '../../src/schemas/cosignature.ts';
import { checkCosignature, type PaperFacts } from '../../src/lib/cosignatures/check-cosignature.ts';
import { decisionSchema } from '../../src/schemas/position.ts';

const paper: PaperFacts = {
	id: 'waermeplanung-finanzierung-2026',
	kind: 'positions',
	lead: 'staedtetag',
	status: 'consultation',
	consultationStart: '2026-11-02',
	consultationEnd: '2027-01-29',
};
const TODAY = '2026-12-02';
const signature = { date: '2026-11-20', decision: { body: 'Stadtrat', date: '2026-11-18', reference: '0123/2026' } };

describe('file names of signatories', () => {
	it.each([
		['ags:05911000', 'ags-05911000'],
		['ags:09162', 'ags-09162'],
		['BY', 'land-by'],
		['staedtetag', 'staedtetag'],
	])('%s ↔ %s', (ref, name) => {
		expect(signatoryFileName(ref)).toBe(name);
		expect(signatoryOfFileName(name)).toBe(ref);
	});

	it.each(['AGS-05911000', 'ags-0591100', 'ags-123', 'land-xx', 'Staedtetag', 'staedte tag', '', 'a--b'])(
		'%j names no signatory',
		(name) => expect(signatoryOfFileName(name)).toBeUndefined(),
	);

	it('places the file under its paper', () => {
		expect(cosignaturePath(paper.id, 'ags:08421000')).toBe(
			'content/cosignatures/waermeplanung-finanzierung-2026/ags-08421000.yaml',
		);
	});
});

describe('the schema', () => {
	const valid = { ...signature, contact: { role: 'Hauptamt', email: 'hauptamt@ulm.de' } };
	it('takes a signature with a decision and an office mailbox', () => {
		expect(cosignatureSchema.safeParse(valid).success).toBe(true);
	});
	it('wants a Drucksache or a link to the decision', () => {
		const { reference: _, ...decision } = valid.decision;
		expect(cosignatureSchema.safeParse({ ...valid, decision }).success).toBe(false);
		expect(
			cosignatureSchema.safeParse({ ...valid, decision: { ...decision, url: 'https://ratsinfo.ulm.de/x' } }).success,
		).toBe(true);
	});
	it('refuses a link that is no web address', () => {
		const decision = { ...valid.decision, url: 'javascript:alert(1)' };
		expect(cosignatureSchema.safeParse({ ...valid, decision }).success).toBe(false);
	});
	it('refuses a private mailbox at a free mail provider', () => {
		const result = cosignatureSchema.safeParse({ ...valid, contact: { role: 'Hauptamt', email: 'max@GMX.de' } });
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('privater Mail-Anbieter');
	});
});

describe('checkCosignature', () => {
	const rules = (problems: ReturnType<typeof checkCosignature>) => problems.map((p) => `${p.rule}@${p.path.join('.')}`);

	it('passes a signature within the consultation', () => {
		expect(checkCosignature('ags:08421000', paper.id, signature, paper, TODAY)).toEqual([]);
	});
	it('accepts the first and the last day', () => {
		for (const date of ['2026-11-02', '2027-01-29'])
			expect(
				checkCosignature(
					'ags:08421000',
					paper.id,
					{ ...signature, date, decision: { ...signature.decision, date: '2026-11-01' } },
					paper,
					'2027-02-10',
				),
			).toEqual([]);
	});
	it('stays valid after adoption', () => {
		expect(
			checkCosignature('ags:08421000', paper.id, signature, { ...paper, status: 'adopted' }, '2027-06-01'),
		).toEqual([]);
	});
	it('names an unknown paper', () => {
		const [problem] = checkCosignature('ags:08421000', 'gibt-es-nicht', signature, undefined, TODAY);
		expect(problem?.rule).toBe('cosignature-paper');
		expect(problem?.message.de).toContain('Unbekanntes Papier `gibt-es-nicht`');
	});
	it('refuses other kinds of document', () => {
		expect(rules(checkCosignature('x', 'l', signature, { ...paper, kind: 'lessons' }, TODAY))).toEqual([
			'cosignature-paper@',
		]);
	});
	it('refuses a draft and a paper without consultation', () => {
		const draft = { ...paper, status: 'draft', consultationStart: undefined, consultationEnd: undefined };
		expect(checkCosignature('x', paper.id, signature, draft, TODAY)[0]?.message.de).toContain('noch ein Entwurf');
		expect(checkCosignature('x', paper.id, signature, { ...draft, status: 'adopted' }, TODAY)[0]?.message.de).toContain(
			'hatte keine Mitzeichnung',
		);
	});
	it('refuses a signature before the start and after the end', () => {
		const before = { ...signature, date: '2026-11-01', decision: { ...signature.decision, date: '2026-10-30' } };
		expect(rules(checkCosignature('x', paper.id, before, paper, TODAY))).toEqual(['cosignature-window@date']);
		const after = checkCosignature('x', paper.id, { ...signature, date: '2027-01-30' }, paper, '2027-02-01');
		expect(rules(after)).toEqual(['cosignature-window@date']);
		expect(after[0]!.message.de).toContain('endete am 29. Januar 2027');
		expect(after[0]!.message.en).toContain('ended on 29 January 2027');
	});
	it('refuses the lead body', () => {
		expect(rules(checkCosignature('staedtetag', paper.id, signature, paper, TODAY))).toEqual(['lead-cosignatory@']);
	});
	it('refuses dates in the future and a decision after the signature', () => {
		const future = { date: '2026-12-03', decision: { body: 'Stadtrat', date: '2026-12-05' } };
		expect(rules(checkCosignature('x', paper.id, future, paper, TODAY))).toEqual([
			'date-order@date',
			'date-order@decision.date',
		]);
		const late = { ...signature, decision: { ...signature.decision, date: '2026-11-25' } };
		expect(rules(checkCosignature('x', paper.id, late, paper, TODAY))).toEqual(['date-order@decision.date']);
	});
});

describe('what a decision shows on the site', () => {
	const decision = (changes: Record<string, string>) =>
		cosignatureDecisionSchema.safeParse({ body: 'Stadtrat', date: '2026-11-18', reference: '0123/2026', ...changes });
	it.each([
		'https://ratsinfo.stadt.example/vo0050.asp?__kvonr=1234',
		'https://xn--mnchen-3ya.example/ratsinfo',
		'http://ratsinfo.stadt.example/',
	])('takes the link %s', (url) => {
		expect(decision({ url }).success).toBe(true);
		// The paper's own entries share the link's rules.
		expect(decisionSchema.safeParse({ body: 'Stadtrat', date: '2026-11-18', url }).success).toBe(true);
	});
	it.each([
		'https://ratsinfo.stadt.example@other.example/',
		'https://user:secret@ratsinfo.stadt.example/',
		'https://ratsinfo.m\u00fcnchen.example/',
		'https://ratsinfo.st\u0430dt.example/',
		'https://ratsinfo.stadt.example/a b',
		'javascript:alert(1)',
		'data:text/html,<b>x</b>',
	])('refuses the link %j', (url) => {
		expect(decision({ url }).success).toBe(false);
		expect(decisionSchema.safeParse({ body: 'Stadtrat', date: '2026-11-18', url }).success).toBe(false);
	});
	it('takes a link with space around it as the link alone', () => {
		expect(decision({ url: ' https://ratsinfo.stadt.example/\n' }).data?.url).toBe('https://ratsinfo.stadt.example/');
	});
	it.each(['Ausschuss für Umwelt (AUK)', 'Rat [Sondersitzung]'])('takes the body %j, its brackets in pairs', (body) => {
		expect(decision({ body }).success).toBe(true);
	});
	it.each([
		['body', 'Rat). Bestätigt durch die Redaktion (x'],
		['reference', '0123/2026). Bestätigt durch die Redaktion am 1. Dezember 2026'],
		['reference', '0123/2026 <b>'],
		['body', 'Stadt\u202erat'],
		['body', 'Stadt\u200brat'],
		['reference', '0123/\n2026'],
		['body', 'R'.repeat(121)],
	])('refuses %s %j', (key, value) => {
		expect(decision({ [key]: value }).success).toBe(false);
	});
});

describe('a confirmation', () => {
	const verified = (date: string) => ({ ...signature, verified: { by: 'Redaktion', date } });
	it('counts on or after the signature, up to today', () => {
		expect(checkCosignature('ags:05911000', paper.id, verified('2026-11-20'), paper, TODAY)).toEqual([]);
		expect(checkCosignature('ags:05911000', paper.id, verified(TODAY), paper, TODAY)).toEqual([]);
	});
	it.each(['2026-11-19', '2026-12-03'])('is refused on %s', (date) => {
		const problems = checkCosignature('ags:05911000', paper.id, verified(date), paper, TODAY);
		expect(problems.map((p) => [p.path, p.rule])).toEqual([[['verified', 'date'], 'date-order']]);
	});
});

describe('the contact', () => {
	const contact = { role: 'Hauptamt', email: 'Hauptamt@Stadt.example' };
	it.each([
		[['decision', 'body'], { decision: { ...signature.decision, body: 'Stadtrat, hauptamt@stadt.example' } }],
		[['decision', 'reference'], { decision: { ...signature.decision, reference: '0123/2026 hauptamt@stadt.example' } }],
		[
			['decision', 'url'],
			{ decision: { ...signature.decision, url: 'https://ratsinfo.stadt.example/?von=hauptamt%40stadt.example' } },
		],
		[['verified', 'how'], { verified: { by: 'Redaktion', date: '2026-11-21', how: 'Mail an hauptamt@stadt.example' } }],
	])('is refused in %j, which the site shows', (path, changes) => {
		const result = cosignatureSchema.safeParse({ ...signature, contact, ...changes });
		expect(result.error?.issues.map((i) => i.path)).toEqual([path]);
	});
	it('stands in its own field', () => {
		expect(cosignatureSchema.safeParse({ ...signature, contact }).success).toBe(true);
	});
});
