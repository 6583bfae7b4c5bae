import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDiagnostic } from '../../src/lib/validate/report/diagnostics.ts';
import { validateLibrary } from '../../src/lib/validate/run/validate-library.ts';
import { validationCacheFile } from '../../src/lib/validate/run/validation-cache.ts';

const TODAY = '2026-11-27';
let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** A library with the real registries and the given documents. */
function library(files: Record<string, string>) {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-refs-'));
	cpSync('content/registry', join(root, 'content/registry'), { recursive: true });
	for (const dir of ['positions', 'lessons', 'guides']) mkdirSync(join(root, 'content', dir), { recursive: true });
	for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
	return validateLibrary(root, { today: TODAY }).diagnostics.map((d) => formatDiagnostic(d));
}

const paper = (fields: string) => `---
title: Papier
summary: Kurz.
published: 2024-01-01
topics: [finanzen]
dates: { drafted: 2024-01-01, adopted: 2024-02-01 }
adoptedBy: Präsidium
lead: staedtetag
addressees: [level:bund]
${fields}
---
Text.
`;

const lesson = `---
title: Bericht
summary: Kurz.
published: 2024-01-01
topics: [kultur]
crisis: covid-19
phase: response
period: { from: 2020-03-20 }
organization: ags:07312000
outcome: mixed
transferability: { rating: medium, conditions: [Technik vorhanden] }
contact: { role: Kulturreferat, email: kultur@example.org }
---
Text.
`;

describe('references', () => {
	it('accepts the shipped library as it is', () => {
		const report = validateLibrary(process.cwd(), { today: TODAY });
		expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d))).toEqual([]);
		// The one overdue guide is on purpose: it shows the overdue notice.
		expect(report.diagnostics.map((d) => d.ruleId)).toEqual(['review-overdue']);
		expect(report.files).toBeGreaterThanOrEqual(26);
	});

	it('resolves registry ids, Gemeinden, Kreise and Länder, and names what does not resolve', () => {
		expect(
			library({
				'content/positions/a.md': paper(`status: adopted
related: [gibt-es-nicht]
cosignatories:
  - { organization: ags:07312000, date: 2024-02-02 }
  - { organization: ags:06411, date: 2024-02-02 }
  - { organization: BY, date: 2024-02-02 }
  - { organization: ags:07312999, date: 2024-02-02 }
  - { organization: staedtetg, date: 2024-02-02 }
demands:
  - { text: Mehr Geld, addressee: level:bund, status: open, since: 2024-02-01 }
  - { text: Weniger Bürokratie, addressee: XX, status: open, since: 2024-02-01 }`).replace(
					'topics: [finanzen]',
					'topics: [finanzen, finanz]',
				),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/positions/a.md:5:20  error  Unknown \`finanz\` in \`topics[1]\`, expected a topic id from \`content/registry/topics.yaml\` (or add it there) – did you mean \`finanzen\` (Kommunalfinanzen)?  [reference]",
			  "content/positions/a.md:11:11  error  Unknown \`gibt-es-nicht\` in \`related[0]\`, expected the id (file name) of another document in \`content/\`  [reference]",
			  "content/positions/a.md:16:21  error  Unknown \`ags:07312999\` in \`cosignatories[3].organization\`, expected an organization id from \`content/registry/organizations/\`, \`ags:\` with a key from the municipal register, or a Land code  [reference]",
			  "content/positions/a.md:17:21  error  Unknown \`staedtetg\` in \`cosignatories[4].organization\`, expected an organization id from \`content/registry/organizations/\`, \`ags:\` with a key from the municipal register, or a Land code – did you mean \`staedtetag\` (Deutscher Städtetag)?  [reference]",
			  "content/positions/a.md:20:44  error  Unknown \`XX\` in \`demands[1].addressee\`, expected \`level:bund\`, \`level:land\`, \`level:kommune\`, \`level:eu\`, or an organization  [reference]",
			]
		`);
	});

	it('reports a schema error, an unknown reference and a body problem of one file in one run', () => {
		const diagnostics = library({
			'content/positions/a.md': paper('status: angenommen')
				.replace('topics: [finanzen]', 'topics: [finanz]')
				.replace('Text.', 'Text mit <script>alert(1)</script>.'),
		});
		expect(diagnostics).toMatchInlineSnapshot(`
			[
			  "content/positions/a.md:5:10  error  Unknown \`finanz\` in \`topics[0]\`, expected a topic id from \`content/registry/topics.yaml\` (or add it there) – did you mean \`finanzen\` (Kommunalfinanzen)?  [reference]",
			  "content/positions/a.md:10:9  error  Unexpected status \`angenommen\`, expected one of “Draft” (\`draft\`), “Open for co-signature” (\`consultation\`), “Adopted” (\`adopted\`), “Replaced” (\`superseded\`), “Withdrawn” (\`withdrawn\`)  [schema]",
			  "content/positions/a.md:12:10  error  Unexpected HTML element \`<script>\`, expected text mark-up only (paragraphs, lists, tables, emphasis, links, images from the document's folder) – no scripts, styles, frames, forms, media, SVG or MathML. Remove it or write it as Markdown  [unsafe-html]",
			]
		`);
	});

	it('suggests the id where a name (of an association, a Land, a Kommune) was written, once, in place of the schema message', () => {
		expect(
			library({
				'content/positions/a.md': paper('status: adopted').replace('lead: staedtetag', 'lead: Deutscher Städtetag'),
				'content/positions/b.md': paper('status: adopted').replace('lead: staedtetag', 'lead: Bayern'),
				'content/positions/c.md': paper('status: adopted').replace('lead: staedtetag', 'lead: Ulm'),
				'content/positions/d.md': paper('status: adopted').replace('lead: staedtetag', 'lead: stadtetag'),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/positions/a.md:8:7  error  Unexpected name \`Deutscher Städtetag\` in \`lead\`, expected an id – did you mean \`staedtetag\` (Deutscher Städtetag)?  [reference]",
			  "content/positions/b.md:8:7  error  Unexpected name \`Bayern\` in \`lead\`, expected an id – did you mean \`BY\` (Bayern)?  [reference]",
			  "content/positions/c.md:8:7  error  Unexpected name \`Ulm\` in \`lead\`, expected an id – did you mean \`ags:08421\` (Ulm, Stadtkreis) or \`ags:08421000\` (Ulm, Universitätsstadt)?  [reference]",
			  "content/positions/d.md:8:7  error  Unknown \`stadtetag\` in \`lead\`, expected an organization id from \`content/registry/organizations/\`, \`ags:\` with a key from the municipal register, or a Land code – did you mean \`staedtetag\` (Deutscher Städtetag)?  [reference]",
			]
		`);
	});

	it('quotes at most 80 characters of a hostile value, and guesses the id meant for the first 100 unknown references of a kind only', () => {
		const long = 'x'.repeat(500);
		const cosignatories = Array.from({ length: 150 }, (_, i) => `{ organization: staedtetag${i}, date: 2024-01-01 }`);
		const diagnostics = library({
			'content/positions/a.md': paper(`status: adopted\ncosignatories: [${cosignatories.join(', ')}]\n${long}: 1`)
				.replace('lead: staedtetag', `lead: ${long}`)
				.replace('topics: [finanzen]', 'topics: [finanz, { a: 1 }]'),
		});
		// One line a person can read: the value named, not repeated in full.
		expect(diagnostics.every((line) => line.length < 400)).toBe(true);
		expect(diagnostics.find((line) => line.includes('`lead`'))).toContain(`\`${'x'.repeat(80)}…\``);
		expect(diagnostics.find((line) => line.includes('Unexpected key'))).toContain(`\`${'x'.repeat(80)}…\``);
		const guesses = diagnostics.filter((line) => line.includes('did you mean `staedtetag`'));
		// The first hundred organization references (the lead, then 99 co-signatories) are compared with every organization.
		expect(guesses).toHaveLength(99);
		expect(guesses[0]).toContain('`cosignatories[0].organization`');
		// The topic's guess is not used up by the organizations'.
		expect(diagnostics.find((line) => line.includes('`topics[0]`'))).toContain('did you mean `finanzen`');
	});

	it('checks supersession: a successor for every superseded paper, one successor each, no loops', () => {
		expect(
			library({
				'content/positions/alt.md': paper('status: superseded'),
				'content/positions/neu.md': paper('status: adopted\nsupersedes: noch-aelter'),
				'content/positions/noch-aelter.md': paper('status: adopted\nsupersedes: neu'),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/positions/alt.md:10:9  error  Unexpected status \`superseded\` without a successor, expected a newer paper whose \`supersedes\` names this one  [supersession]",
			  "content/positions/neu.md:11:13  error  Unexpected \`supersedes: noch-aelter\` whose status is \`adopted\`, expected the older paper to have status \`superseded\`  [supersession]",
			  "content/positions/neu.md:11:13  error  Unexpected supersession loop through \`neu\`, expected a chain from newer to older papers  [supersession]",
			  "content/positions/noch-aelter.md:11:13  error  Unexpected \`supersedes: neu\` whose status is \`adopted\`, expected the older paper to have status \`superseded\`  [supersession]",
			  "content/positions/noch-aelter.md:11:13  error  Unexpected supersession loop through \`noch-aelter\`, expected a chain from newer to older papers  [supersession]",
			]
		`);
	});

	it('rejects the same id in two kinds and dates in the future', () => {
		expect(
			library({
				'content/positions/doppelt.md': paper('status: adopted').replace(
					'published: 2024-01-01',
					'published: 2027-01-01',
				),
				'content/lessons/doppelt.md': lesson,
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/lessons/doppelt.md:1:1  error  Unexpected id \`doppelt\`, already used by \`content/positions/doppelt.md\`; expected each file name once across all kinds – rename the file  [duplicate-id]",
			  "content/positions/doppelt.md:4:12  error  Unexpected \`published\` 2027-01-01 after today (2026-11-27), expected a day that has passed  [future-date]",
			]
		`);
	});
});

describe('parallel validation', () => {
	it('reports exactly what the single-threaded run reports', async () => {
		const { validateLibraryParallel } = await import('../../src/lib/validate/run/validate-library.ts');
		const single = validateLibrary(process.cwd(), { today: TODAY });
		// Without the cache, which a build may have filled: the threads must do the work.
		const parallel = await validateLibraryParallel(process.cwd(), {
			today: TODAY,
			threads: 2,
			threshold: 2,
			cache: false,
		});
		expect(parallel.files).toBe(single.files);
		expect(parallel.documents.map((d) => d.id)).toEqual(single.documents.map((d) => d.id));
		expect(parallel.diagnostics).toEqual(single.diagnostics);
	});

	it('reads back from the cache what the threads wrote, and checks changed files again in threads', async () => {
		const { validateLibraryParallel } = await import('../../src/lib/validate/run/validate-library.ts');
		const { readdirSync, readFileSync: read } = await import('node:fs');
		root = mkdtempSync(join(tmpdir(), 'dreiklang-refs-'));
		cpSync('content', join(root, 'content'), { recursive: true });
		const fields = (report: { documents: object[] }) => report.documents.map((d) => ({ ...d, locate: undefined }));
		const single = validateLibrary(root, { today: TODAY });
		const options = { today: TODAY, threads: 2, threshold: 2 };
		// The cache is never used in CI; this test is about its use elsewhere.
		vi.stubEnv('CI', '');
		for (const report of [await validateLibraryParallel(root, options), await validateLibraryParallel(root, options)]) {
			expect(report.diagnostics).toEqual(single.diagnostics);
			expect(fields(report)).toEqual(fields(single));
		}
		// Read back, not checked again: a result planted in the cache is what the next run reports.
		const cacheFile = validationCacheFile(root)!;
		const written = read(cacheFile, 'utf8');
		const stored = JSON.parse(written);
		const planted =
			'content/lessons/' + readdirSync(join(root, 'content/lessons')).find((name) => name.endsWith('.md'));
		stored.entries[planted].result.document.data.title = 'Aus dem Cache';
		writeFileSync(cacheFile, JSON.stringify(stored));
		expect(
			(await validateLibraryParallel(root, options)).documents.find((d) => d.file === planted)?.data['title'],
		).toBe('Aus dem Cache');
		writeFileSync(cacheFile, written);
		const papers = readdirSync(join(root, 'content/positions'))
			.filter((name) => name.endsWith('.md'))
			.slice(0, 2);
		expect(papers).toHaveLength(2);
		for (const name of papers) {
			const path = join(root, 'content/positions', name);
			writeFileSync(path, read(path, 'utf8').replace(/^summary:/m, 'summry:'));
		}
		const changed = await validateLibraryParallel(root, options);
		expect(changed.diagnostics.filter((d) => d.ruleId === 'schema').map((d) => d.file)).toEqual(
			expect.arrayContaining(papers.map((name) => `content/positions/${name}`)),
		);
		expect(changed.diagnostics).toEqual(validateLibrary(root, { today: TODAY }).diagnostics);
	});
});

describe('validation cache', () => {
	it('reuses results of unchanged files and checks changed ones again', async () => {
		const { validateLibraryParallel } = await import('../../src/lib/validate/run/validate-library.ts');
		const { existsSync, writeFileSync: write, readFileSync: read } = await import('node:fs');
		// The cache is never used in CI (a forged one could switch checks off); this test is about its use elsewhere.
		vi.stubEnv('CI', '');
		library({ 'content/positions/a.md': paper('status: adopted') });
		const first = await validateLibraryParallel(root!, { today: TODAY });
		expect(first.diagnostics).toEqual([]);
		expect(existsSync(validationCacheFile(root!)!)).toBe(true);
		// Unchanged: served from the cache, same report; a title planted in the cache shows that it was not checked again.
		const cacheFile = validationCacheFile(root!)!;
		const stored = JSON.parse(read(cacheFile, 'utf8'));
		stored.entries['content/positions/a.md'].result.document.data.title = 'Aus dem Cache';
		write(cacheFile, JSON.stringify(stored));
		const cached = await validateLibraryParallel(root!, { today: TODAY });
		expect(cached.diagnostics).toEqual([]);
		expect(cached.documents.map((d) => d.data['title'])).toEqual(['Aus dem Cache']);
		// Changed: checked again, the new problem is found.
		write(
			join(root!, 'content/positions/a.md'),
			read(join(root!, 'content/positions/a.md'), 'utf8').replace('status: adopted', 'status: angenommen'),
		);
		const changed = await validateLibraryParallel(root!, { today: TODAY });
		expect(changed.diagnostics.map((d) => d.ruleId)).toEqual(['schema']);
		// Another day is another check: dates are compared with it.
		write(join(root!, 'content/positions/a.md'), paper('status: adopted'));
		expect((await validateLibraryParallel(root!, { today: TODAY })).diagnostics).toEqual([]);
		const earlier = await validateLibraryParallel(root!, { today: '2023-01-01' });
		expect(new Set(earlier.diagnostics.map((d) => d.ruleId))).toEqual(new Set(['future-date']));
	});
});
