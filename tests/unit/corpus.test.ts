/**
 * Real Markdown that nobody on this project wrote (see
 * `../shared/corpora/README.md`): raw HTML, Hugo shortcodes, kramdown
 * attributes, footnotes, long legal texts, broken front matter. A sample of it,
 * wrapped into documents of this library, must validate or get clear, located
 * diagnostics — and must never crash the validator.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/validate/report/diagnostics.ts';
import { validateLibrary, type LibraryReport } from '../../src/lib/validate/run/validate-library.ts';
import type { DocumentKind } from '../../src/schemas/kinds.ts';
import { RULE_IDS } from '../../src/lib/validate/index.ts';
import { createTempLibrary, kindDirectory, removeTempLibrary } from '../support/temp-library.ts';

/** In CI a copy sits next to the repository. */
const CORPORA = join(process.cwd(), '..', 'shared', 'corpora');
/** Every n-th file of a sub-corpus; small ones are sampled more densely so that each gives a few files. */
const STRIDE = 10;
const PER_CORPUS = { min: 5, max: 30 };

/**
 * Files whose own front matter is kept as it is: two with a key written twice
 * (broken YAML, as found in the wild) and one with valid YAML that is not our
 * schema. Everything else gets a valid front matter of ours.
 */
const KEEP_FRONT_MATTER = new Set([
	'codefor-de/content/blog/2017-11-08-mrmcd-2017-ulmer-reisebericht.md',
	'codefor-de/content/projekte/2015-02-21-hn-klickde.md',
	'krisenmanagement-oegd/chapter_10.md',
]);

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[^\n]*(?:\n|$)/;

/** The deterministic sample: sorted paths, every n-th, capped per sub-corpus. */
function sample(): string[] {
	const out: string[] = [];
	const corpora = readdirSync(CORPORA, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
	for (const corpus of corpora) {
		const files = (readdirSync(join(CORPORA, corpus), { recursive: true, encoding: 'utf8' }) as string[])
			.filter((f) => f.endsWith('.md'))
			.sort();
		const stride = Math.max(1, Math.min(STRIDE, Math.floor(files.length / PER_CORPUS.min)));
		out.push(
			...files
				.filter((_, i) => i % stride === 0)
				.slice(0, PER_CORPUS.max)
				.map((f) => `${corpus}/${f}`),
		);
	}
	for (const kept of KEEP_FRONT_MATTER) if (!out.includes(kept)) out.push(kept);
	return out;
}

/** A title for the wrapped document: the source's own, its first heading, or its path. */
function titleOf(text: string, path: string): string {
	const own = FRONT_MATTER.exec(text)?.[0]
		.match(/^title:[ \t]*(.+)$/im)?.[1]
		?.trim();
	const heading = text.match(/^#{1,6}[ \t]+(.+)$/m)?.[1]?.trim();
	return own || heading || path;
}

/** Our front matter for a lesson or a position; the body stays the corpus text. */
function wrap(kind: DocumentKind, path: string, text: string): string {
	const title = JSON.stringify(titleOf(text, path));
	const summary = JSON.stringify(`Text aus dem Korpus: ${path}`);
	const fields =
		kind === 'lessons'
			? [
					'crisis: covid-19',
					'phase: response',
					'period: { from: 2020-03-16 }',
					'organization: ags:08421000',
					'outcome: mixed',
					'transferability: { rating: medium, conditions: [Fremder Text für Tests] }',
					'contact: { role: Redaktion, email: redaktion@example.org }',
				]
			: ['status: draft', 'dates: { drafted: 2024-01-10 }', 'lead: staedtetag', 'addressees: [level:kommune]'];
	const head = [
		'---',
		`title: ${title}`,
		`summary: ${summary}`,
		'published: 2024-01-15',
		'topics: [verwaltungsdigitalisierung]',
		...fields,
		'---',
		'',
	].join('\n');
	return head + text.replace(FRONT_MATTER, '');
}

const missing = !existsSync(CORPORA);

describe.skipIf(missing)(`real third-party Markdown${missing ? ` – skipped: no corpora at ${CORPORA}` : ''}`, () => {
	let root: string;
	let report: LibraryReport;
	let failure: unknown;
	/** Written file → its lines. */
	const lines = new Map<string, string[]>();
	const files: string[] = [];

	beforeAll(() => {
		root = createTempLibrary();
		sample().forEach((path, i) => {
			const kind: DocumentKind = i % 2 === 0 ? 'lessons' : 'positions';
			const source = readFileSync(join(CORPORA, path), 'utf8');
			const text = KEEP_FRONT_MATTER.has(path) ? source : wrap(kind, path, source);
			const name = `${path.split('/')[0]}-${String(i).padStart(3, '0')}.md`;
			writeFileSync(join(kindDirectory(root, kind), name), text);
			const file = `content/${kind}/${name}`;
			files.push(file);
			lines.set(file, text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
		});
		try {
			report = validateLibrary(root, { today: '2026-11-27' });
		} catch (error) {
			failure = error;
		}
	});
	afterAll(() => removeTempLibrary(root));

	it('takes a sample of every sub-corpus', () => {
		expect(files.length).toBeGreaterThanOrEqual(60);
		expect(files.length).toBeLessThanOrEqual(90);
		expect(new Set(files.map((f) => f.split('/')[2]!.replace(/-\d{3}\.md$/, ''))).size).toBe(
			readdirSync(CORPORA, { withFileTypes: true }).filter((d) => d.isDirectory()).length,
		);
	});

	it('never crashes', () => {
		expect(failure).toBeUndefined();
		expect(report.files).toBe(files.length);
	});

	it('gives every problem a place inside its file, words in both languages and a known rule', () => {
		const inside = (d: Diagnostic) => {
			const line = lines.get(d.file)?.[d.line - 1];
			return line !== undefined && d.column >= 1 && d.column <= line.length + 1;
		};
		const misplaced = (d: Diagnostic) =>
			!inside(d) || !d.message.de.trim() || !d.message.en.trim() || !(RULE_IDS as readonly string[]).includes(d.ruleId);
		expect(report.diagnostics.filter(misplaced)).toEqual([]);
	});

	it('reads broken front matter as a located YAML problem', () => {
		const yaml = report.diagnostics.filter((d) => d.ruleId === 'yaml');
		expect(yaml.map((d) => `${d.file}:${d.line}:${d.column} ${d.message.en}`)).toMatchInlineSnapshot(`
			[
			  "content/lessons/codefor-de-078.md:9:1 Broken YAML in front matter: unexpected second \`topic\`, expected each key once – delete one",
			  "content/positions/codefor-de-079.md:21:1 Broken YAML in front matter: unexpected second \`collaborators\`, expected each key once – delete one",
			]
		`);
	});

	it('reports the same problems as before (counts per rule)', () => {
		const counts: Record<string, number> = {};
		for (const d of report.diagnostics) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
		const affected = new Set(report.diagnostics.map((d) => d.file)).size;
		expect({
			files: files.length,
			clean: files.length - affected,
			withDiagnostics: affected,
			...Object.fromEntries(Object.entries(counts).sort()),
		}).toMatchInlineSnapshot(`
			{
			  "clean": 13,
			  "files": 81,
			  "heading-order": 69,
			  "image": 33,
			  "link": 19,
			  "link-text": 3,
			  "schema": 12,
			  "table-header": 3,
			  "unsafe-attribute": 65,
			  "unsafe-html": 4,
			  "unsafe-url": 42,
			  "withDiagnostics": 68,
			  "yaml": 2,
			}
		`);
	});
});
