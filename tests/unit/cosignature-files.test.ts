/**
 * Co-signature files as `npm run validate` reads them: each bad input of
 * issue 12 gives one located message in plain language, German and English;
 * a good file passes and is merged into its paper, without its contact.
 * One library holds every case, each in a file of its own, and is validated
 * once; each case then looks at the messages about its file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	formatDiagnostic,
	MESSAGE_LANGUAGES,
	validateLibrary,
	type Diagnostic,
	type LibraryReport,
} from '../../src/lib/validate/index.ts';
import { COSIGNATURE_LIMITS } from '../../src/lib/cosignatures/read-cosignatures.ts';
import { mergeCosignatures } from '../../src/lib/cosignatures/merge-cosignatures.ts';
import { bodyKeys, checkCosignatureFiles } from '../../src/lib/cosignatures/check-cosignature-files.ts';
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import { createTempLibrary, removeTempLibrary, REPOSITORY } from '../support/temp-library.ts';

const TODAY = '2026-11-27';
const OPEN = 'mitzeichnung-offen';
const CLOSED = 'mitzeichnung-beendet';
/** A paper that bodies sign under two of their names. */
const TWICE = 'mitzeichnung-doppelt';

const paper = (id: string, status: string, dates: string, cosignatories: string) => `---
title: Beispielpapier ${id}
summary: Ein Papier, das mitgezeichnet wird.
published: 2026-10-01
topics: [finanzen]
status: ${status}
dates:
${dates}
lead: staedtetag
${status === 'adopted' ? 'adoptedBy: Präsidium des Deutschen Städtetages\n' : ''}addressees: [level:land]
cosignatories:
${cosignatories}
---

Der Text des Papiers.
`;

/** A co-signature file's text, with `lines` put in place of its fields. */
const file = (date = '2026-11-10', decision = '2026-11-03', extra = '') => `date: ${date}
decision:
  body: Rat der Stadt
  date: ${decision}
  reference: "0815/2026"
contact:
  role: Büro des Oberbürgermeisters
  email: ob-buero@stadt.example
${extra}`;

const at = (paperId: string, name: string) => `content/cosignatures/${paperId}/${name}`;

/** Each case: the file, its text (or `link` for a symbolic link, `folder` for a folder). */
const FILES: Record<string, string> = {
	[at(OPEN, 'ags-05911000.yaml')]: file(
		'2026-11-10',
		'2026-11-03',
		'verified: { by: Redaktion Städtetag, date: 2026-11-12, how: Rückruf im Büro }\n',
	),
	[at(OPEN, 'land-by.yaml')]: file().replace('reference: "0815/2026"', 'url: https://ratsinfo.example/vo0050.asp?id=1'),
	[at(CLOSED, 'ags-05913000.yaml')]: file('2026-07-20', '2026-07-14'),
	[at('gibt-es-nicht', 'ags-05315000.yaml')]: file(),
	[at(OPEN, 'ags-05999999.yaml')]: file(),
	[at(OPEN, 'ags-01053105.yaml')]: file(),
	[at(OPEN, 'landkreistak.yaml')]: file(),
	[at(OPEN, 'ags-05315000.yaml')]: file('2026-09-20', '2026-09-14'),
	[at(CLOSED, 'ags-05315000.yaml')]: file('2026-08-10', '2026-08-04'),
	[at(OPEN, 'ags-05113000.yaml')]: file('2026-11-20', '2026-12-01'),
	[at(OPEN, 'staedtetag.yaml')]: file(),
	[at(OPEN, 'ags-07312000.yaml')]: file(),
	[at(OPEN, 'ags-05334002.yml')]: file(),
	[at(OPEN, 'AGS-09162000.yaml')]: file(),
	[at(OPEN, 'stadt-aachen.YAML')]: file(),
	[at(OPEN, 'ags-123.yaml')]: file(),
	[at(OPEN, 'notiz.txt')]: 'Bitte noch den Beschluss nachreichen.\n',
	['content/cosignatures/ags-05911000.yaml']: file(),
	[at(OPEN, 'ags-06411000.yaml')]: 'link',
	[at(OPEN, 'entwuerfe')]: 'folder',
	[at(OPEN, 'ags-09564000.yaml')]: 'date: [2026-11-10\ndecision: {}\n',
	[at(OPEN, 'ags-08111000.yaml')]: `${file()}${'# Kommentar, der die Datei aufbläht\n'.repeat(150)}`,
	[at(OPEN, 'ags-14612000.yaml')]: [
		'a: &a [x, x, x, x, x, x, x, x, x]',
		'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
		'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
		'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
		'',
	].join('\n'),
	[at(OPEN, 'ags-02000000.yaml')]: `${file()}date: 2026-11-11\n`,
	[at(OPEN, 'ags-11000000.yaml')]: file().replace('contact:', 'kontakt:'),
	[at(OPEN, 'ags-04011000.yaml')]: file().replace('ob-buero@stadt.example', 'ob.buero@gmx.de'),
	// Words of the file that would read on the site as the maintainers' own.
	[at(OPEN, 'ags-01001000.yaml')]: file().replace(
		'"0815/2026"',
		'"0815/2026). Bestätigt durch die Redaktion am 12. November 2026. (Anlage 1"',
	),
	[at(OPEN, 'ags-01002000.yaml')]: file().replace('Rat der Stadt', '"Rat der Stadt\\u202e"'),
	[at(OPEN, 'ags-01003000.yaml')]: file().replace('Büro des Oberbürgermeisters', '"Büro des\\nOberbürgermeisters"'),
	// Decision links that pass for the body's own.
	[at(OPEN, 'ags-01004000.yaml')]: file().replace(
		'reference: "0815/2026"',
		'url: https://ratsinfo.stadt.example@other.example/vo0050.asp',
	),
	[at(OPEN, 'ags-01051011.yaml')]: file().replace(
		'reference: "0815/2026"',
		'url: https://ratsinfo.st\u0430dt.example/',
	),
	// A confirmation a reviewer would not see, or that could not have been given.
	[at(OPEN, 'ags-01051044.yaml')]: file(
		'2026-11-10',
		'2026-11-03',
		'"verifi\\x65d": { by: Redaktion, date: 2026-11-12 }\n',
	),
	[at(OPEN, 'ags-01051003.yaml')]: file(
		'2026-11-10',
		'2026-11-03',
		'? verified\n: { by: Redaktion, date: 2026-11-12 }\n',
	),
	[at(OPEN, 'ags-01051010.yaml')]: [
		'{ date: 2026-11-10, decision: { body: Rat der Stadt, date: 2026-11-03, reference: "0815/2026" },',
		'  contact: { role: Büro des Oberbürgermeisters, email: ob-buero@stadt.example },',
		`${' '.repeat(200)}verified: { by: Redaktion, date: 2026-11-12 } }`,
		'',
	].join('\n'),
	[at(OPEN, 'ags-01051021.yaml')]: `%YAML 1.1\n---\n${file()}<<: { verified: { by: Redaktion, date: 2026-11-12 } }\n`,
	// One body under two names: a kreisfreie Stadt is a Gemeinde and its own Kreis, Berlin a Land too.
	[at(TWICE, 'ags-07312.yaml')]: file(),
	[at(TWICE, 'ags-09162.yaml')]: file(),
	[at(TWICE, 'ags-09162000.yaml')]: file(),
	[at(TWICE, 'ags-11000.yaml')]: file(),
	[at(TWICE, 'land-be.yaml')]: file(),
	[at(OPEN, 'ags-01051012.yaml')]: file('2026-11-10', '2026-11-03', 'verified: { by: Redaktion, date: 2026-12-24 }\n'),
	[at(OPEN, 'ags-01051016.yaml')]: file('2026-11-10', '2026-11-03', 'verified: { by: Redaktion, date: 2026-11-09 }\n'),
};

let root: string;
let report: LibraryReport;
/** Every message about `path`, as a contributor reads it, in both languages. */
const messages = (path: string, list: readonly Diagnostic[] = report.diagnostics) => {
	const own = list.filter((d) => d.file === path || d.file.startsWith(`${path}/`));
	return MESSAGE_LANGUAGES.map((lang) => own.map((d) => formatDiagnostic(d, lang)).join('\n')).join('\n');
};

beforeAll(() => {
	root = createTempLibrary();
	writeFileSync(
		join(root, 'content/positions', `${OPEN}.md`),
		paper(
			OPEN,
			'consultation',
			'  drafted: 2026-09-01\n  consultationStart: 2026-10-01\n  consultationEnd: 2026-12-31',
			'  - { organization: ags:07312000, date: 2026-10-12 }',
		),
	);
	writeFileSync(
		join(root, 'content/positions', `${TWICE}.md`),
		paper(
			TWICE,
			'consultation',
			'  drafted: 2026-09-01\n  consultationStart: 2026-10-01\n  consultationEnd: 2026-12-31',
			'  - { organization: ags:07312000, date: 2026-10-12 }',
		),
	);
	writeFileSync(
		join(root, 'content/positions', `${CLOSED}.md`),
		paper(
			CLOSED,
			'adopted',
			'  drafted: 2026-05-01\n  consultationStart: 2026-06-01\n  consultationEnd: 2026-07-31\n  adopted: 2026-08-15',
			'  - { organization: ags:07312000, date: 2026-06-12 }',
		),
	);
	for (const [path, text] of Object.entries(FILES)) {
		const full = join(root, path);
		mkdirSync(dirname(full), { recursive: true });
		if (text === 'link') symlinkSync('/etc/passwd', full);
		else if (text === 'folder') {
			mkdirSync(full);
			writeFileSync(join(full, 'ags-05911000.yaml'), file());
		} else writeFileSync(full, text);
	}
	// A folder whose name is not UTF-8: listed as `…\uFFFD`, a path that does not exist.
	const latin1 = Buffer.concat([Buffer.from(join(root, 'content/cosignatures', OPEN)), Buffer.from([0xff])]);
	mkdirSync(latin1);
	writeFileSync(Buffer.concat([latin1, Buffer.from('/ags-05911000.yaml')]), file());
	report = validateLibrary(root, { today: TODAY });
});
afterAll(() => removeTempLibrary(root));

describe('a good co-signature file', () => {
	it('passes and joins its paper, after the entries of its front matter, without its contact', () => {
		expect(messages(at(OPEN, 'ags-05911000.yaml'))).toBe('\n');
		expect(messages(at(OPEN, 'land-by.yaml'))).toBe('\n');
		expect(report.index.cosignatories.get(OPEN)).toEqual([
			{ organization: 'ags:07312000', date: '2026-10-12' },
			{
				organization: 'ags:05911000',
				date: '2026-11-10',
				decision: { body: 'Rat der Stadt', date: '2026-11-03', reference: '0815/2026' },
				file: at(OPEN, 'ags-05911000.yaml'),
				verified: { by: 'Redaktion Städtetag', date: '2026-11-12', how: 'Rückruf im Büro' },
			},
			{
				organization: 'BY',
				date: '2026-11-10',
				decision: { body: 'Rat der Stadt', date: '2026-11-03', url: 'https://ratsinfo.example/vo0050.asp?id=1' },
				file: at(OPEN, 'land-by.yaml'),
			},
		]);
		expect(JSON.stringify([...report.index.cosignatories.values()])).not.toContain('stadt.example');
		expect(report.index.cosignatoryCounts.get(OPEN)).toBe(3);
		// The index counts them as it counts inline ones: Bochum signed, Bayern is among the paper's Länder.
		expect(report.index.organizations.get('ags-05911000')?.signed.map((s) => s.id)).toEqual([OPEN]);
		expect(report.index.byId.get(OPEN)?.laender).toEqual(expect.arrayContaining(['BY', 'NW']));
	});

	it('stays valid after its paper was adopted', () => {
		expect(messages(at(CLOSED, 'ags-05913000.yaml'))).toBe('\n');
		expect(report.index.cosignatories.get(CLOSED)?.map((c) => c.organization)).toEqual([
			'ags:07312000',
			'ags:05913000',
		]);
	});
});

describe('a bad co-signature file gets one located message', () => {
	it.each([
		['an unknown paper', at('gibt-es-nicht', 'ags-05315000.yaml')],
		['an unknown Gemeinde', at(OPEN, 'ags-05999999.yaml')],
		['a gemeindefreies Gebiet, which the form does not offer', at(OPEN, 'ags-01053105.yaml')],
		['an unknown registry id', at(OPEN, 'landkreistak.yaml')],
		['a signature before the consultation began', at(OPEN, 'ags-05315000.yaml')],
		['a signature after it ended', at(CLOSED, 'ags-05315000.yaml')],
		['a decision in the future', at(OPEN, 'ags-05113000.yaml')],
		['the lead body', at(OPEN, 'staedtetag.yaml')],
		['a body that signs in the front matter too', at(OPEN, 'ags-07312000.yaml')],
		['a `.yml` file', at(OPEN, 'ags-05334002.yml')],
		['an upper-case name', at(OPEN, 'AGS-09162000.yaml')],
		['an upper-case extension', at(OPEN, 'stadt-aachen.YAML')],
		['a name that is no signatory', at(OPEN, 'ags-123.yaml')],
		['a stray file', at(OPEN, 'notiz.txt')],
		["a file outside a paper's folder", 'content/cosignatures/ags-05911000.yaml'],
		['a symbolic link', at(OPEN, 'ags-06411000.yaml')],
		['a nested folder', at(OPEN, 'entwuerfe')],
		['broken YAML', at(OPEN, 'ags-09564000.yaml')],
		['an oversized file', at(OPEN, 'ags-08111000.yaml')],
		['an alias bomb', at(OPEN, 'ags-14612000.yaml')],
		['a key written twice', at(OPEN, 'ags-02000000.yaml')],
		['an unknown field', at(OPEN, 'ags-11000000.yaml')],
		['a private mailbox as contact', at(OPEN, 'ags-04011000.yaml')],
		["a reference that closes the site's bracket and speaks for the maintainers", at(OPEN, 'ags-01001000.yaml')],
		['a direction override in the name of the body', at(OPEN, 'ags-01002000.yaml')],
		['a line break in the office', at(OPEN, 'ags-01003000.yaml')],
		['a decision link with a user name before `@`', at(OPEN, 'ags-01004000.yaml')],
		['a decision link with a look-alike host in another script', at(OPEN, 'ags-01051011.yaml')],
		['`verified` written with an escape', at(OPEN, 'ags-01051044.yaml')],
		['`verified` as an explicit key', at(OPEN, 'ags-01051003.yaml')],
		['`verified` at the end of a long line of braces', at(OPEN, 'ags-01051010.yaml')],
		['`verified` merged in by YAML 1.1 (`%YAML 1.1`, `<<:`)', at(OPEN, 'ags-01051021.yaml')],
		['a kreisfreie Stadt as Kreis, signing in the front matter as Gemeinde', at(TWICE, 'ags-07312.yaml')],
		['a kreisfreie Stadt as Gemeinde, signing by file as Kreis', at(TWICE, 'ags-09162000.yaml')],
		['a city-state as Land, signing by file as Kreis', at(TWICE, 'land-be.yaml')],
		['a confirmation in the future', at(OPEN, 'ags-01051012.yaml')],
		['a confirmation before the signature', at(OPEN, 'ags-01051016.yaml')],
	])('%s', (_, path) => {
		const own = report.diagnostics.filter((d) => d.file === path || d.file.startsWith(`${path}/`));
		expect(own, messages(path)).toHaveLength(1);
		expect(own[0]!.severity).toBe('error');
		expect(messages(path)).toMatchSnapshot();
	});

	it('a folder whose name is not UTF-8, so that its files are not passed over unseen', () => {
		const folder = `content/cosignatures/${OPEN}\uFFFD`;
		expect(messages(folder)).toMatchInlineSnapshot(`
			"content/cosignatures/mitzeichnung-offen�:1:1  Fehler  Der Ordner \`content/cosignatures/mitzeichnung-offen�/\` lässt sich nicht lesen (ein Name, der nicht in UTF-8 geschrieben ist, oder fehlende Leserechte); erwartet: ein lesbarer Ordner, benannt wie das Papier – den Ordner umbenennen oder entfernen  [cosignature-file]
			content/cosignatures/mitzeichnung-offen�:1:1  error  Unexpected folder \`content/cosignatures/mitzeichnung-offen�/\` that cannot be read (a name not written in UTF-8, or no permission to read it), expected a readable folder named like the paper – rename or remove the folder  [cosignature-file]"
		`);
	});

	it('and none of them joins a paper', () => {
		const files = [...report.index.cosignatories.values()].flat().flatMap((c) => (c.file ? [c.file] : []));
		expect(files.sort()).toEqual(
			[
				at(CLOSED, 'ags-05913000.yaml'),
				at(OPEN, 'ags-05911000.yaml'),
				at(OPEN, 'land-by.yaml'),
				// The first name of the body counts, once.
				at(TWICE, 'ags-09162.yaml'),
				at(TWICE, 'ags-11000.yaml'),
			].sort(),
		);
	});

	it('is within its bounds', () => {
		expect(Buffer.byteLength(FILES[at(OPEN, 'ags-08111000.yaml')]!)).toBeGreaterThan(COSIGNATURE_LIMITS.bytes);
		expect(Buffer.byteLength(FILES[at(OPEN, 'ags-14612000.yaml')]!)).toBeLessThan(COSIGNATURE_LIMITS.bytes);
	});
});

describe('a link in place of the folder', () => {
	it('is refused once and never read through', () => {
		const other = createTempLibrary();
		try {
			const target = join(other, 'elsewhere', OPEN);
			mkdirSync(target, { recursive: true });
			writeFileSync(join(target, 'ags-05911000.yaml'), file());
			symlinkSync(join(other, 'elsewhere'), join(other, 'content/cosignatures'));
			const linked = validateLibrary(other, { today: TODAY });
			expect(linked.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual(['content/cosignatures symlink']);
			expect([...linked.index.cosignatories.values()].flat()).toEqual([]);
		} finally {
			removeTempLibrary(other);
		}
	});
});

describe('--only', () => {
	it('shows the problems of the files named, and no others', () => {
		const only = validateLibrary(root, { today: TODAY, only: [at(OPEN, 'staedtetag.yaml')] });
		expect(only.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual([
			`${at(OPEN, 'staedtetag.yaml')} lead-cosignatory`,
		]);
		const folder = validateLibrary(root, { today: TODAY, only: [`content/cosignatures/${CLOSED}`] });
		expect(folder.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual([
			`${at(CLOSED, 'ags-05315000.yaml')} cosignature-window`,
		]);
	});
});

describe('npm run validate', () => {
	it('says the same of a co-signature file, with a count and the next step, and exits 1', () => {
		const run = spawnSync(process.execPath, [join(REPOSITORY, 'scripts/validate.ts'), at(OPEN, 'staedtetag.yaml')], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, DREIKLANG_BUILD_DATE: TODAY },
		});
		expect(run.status).toBe(1);
		expect(run.stderr).not.toMatch(/^\s+at /m);
		expect(run.stdout).toMatchInlineSnapshot(`
			"content/cosignatures/mitzeichnung-offen/staedtetag.yaml
			  1:1  Fehler  \`staedtetag\` ist die federführende Stelle des Papiers und zeichnet es nicht selbst mit; die Datei entfernen  [lead-cosignatory]

			37 Dateien geprüft: 1 Fehler und 0 Warnungen in 1 Datei. Beheben Sie die Meldungen und führen Sie \`npm run validate\` erneut aus.
			"
		`);
	});
});

describe('mergeCosignatures', () => {
	it('adds to the paper named, changes no document in place, and keeps no contact', () => {
		const inline = [{ organization: 'ags:07312000', date: '2026-10-12' }];
		const documents = [
			{ kind: 'positions', id: 'a', data: { cosignatories: inline } },
			{ kind: 'positions', id: 'b', data: { cosignatories: [] } },
			{ kind: 'lessons', id: 'a-lesson', data: {} },
		];
		const record = {
			paperId: 'a',
			signatory: 'ags:05911000',
			file: 'content/cosignatures/a/ags-05911000.yaml',
			data: {
				date: '2026-11-10',
				decision: { body: 'Rat', date: '2026-11-03', url: 'https://ratsinfo.example/1' },
				contact: { role: 'Hauptamt', email: 'hauptamt@bochum.example' },
			},
		};
		const merged = mergeCosignatures(documents, [record]);
		expect(merged[0]!.data).toEqual({
			cosignatories: [
				...inline,
				{
					organization: 'ags:05911000',
					date: '2026-11-10',
					decision: { body: 'Rat', date: '2026-11-03', url: 'https://ratsinfo.example/1' },
					file: 'content/cosignatures/a/ags-05911000.yaml',
				},
			],
		});
		expect(JSON.stringify(merged)).not.toContain('bochum.example');
		expect(documents[0]!.data.cosignatories).toHaveLength(1);
		expect(merged.slice(1)).toEqual(documents.slice(1));
	});
});

describe('one body under two names', () => {
	const { registries } = loadRegistries(REPOSITORY);
	const bodyOf = bodyKeys(registries.register);

	it('is one key: a kreisfreie Stadt as Gemeinde and Kreis, a city-state as Land too; others stay apart', () => {
		expect(['ags:09162000', 'ags:09162'].map(bodyOf)).toEqual(['ags:09162', 'ags:09162']);
		expect(['BE', 'ags:11000', 'ags:11000000'].map(bodyOf)).toEqual(['ags:11000', 'ags:11000', 'ags:11000']);
		// Bremen the Land has two cities; a Landkreis is not its Gemeinden.
		expect(['HB', 'ags:04011000', 'ags:09184', 'ags:09184119'].map(bodyOf)).toEqual([
			'HB',
			'ags:04011',
			'ags:09184',
			'ags:09184119',
		]);
	});

	it('as the lead under its other name, may not co-sign its own paper', () => {
		const lead = {
			kind: 'positions' as const,
			id: 'p',
			data: {
				lead: 'ags:09162000',
				status: 'consultation',
				dates: { consultationStart: '2026-10-01', consultationEnd: '2026-12-31' },
			},
		};
		const data = {
			date: '2026-11-10',
			decision: { body: 'Stadtrat', date: '2026-11-03', reference: '1' },
			contact: { role: 'r', email: 'a@muenchen.example' },
		};
		const record = {
			paperId: 'p',
			signatory: 'ags:09162',
			file: at('p', 'ags-09162.yaml'),
			data,
			locate: () => ({ line: 1, column: 1 }),
		};
		const { accepted, diagnostics } = checkCosignatureFiles([record], [lead], registries, TODAY);
		expect(accepted).toEqual([]);
		expect(diagnostics.map((d) => [d.ruleId, d.message.en])).toEqual([
			[
				'lead-cosignatory',
				"Unexpected co-signature by `ags:09162`, the same body as the paper's lead `ags:09162000` (a kreisfreie Stadt is a Gemeinde and its own Kreis), expected only other organizations – remove the file",
			],
		]);
	});
});
