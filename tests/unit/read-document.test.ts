import matter from 'gray-matter';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { readDocument, splitFrontMatter } from '../../src/lib/read-document.ts';
import { REPOSITORY } from './temp-library.ts';

const lines = (kind: 'positions' | 'lessons' | 'guides', file: string, source: string) =>
	readDocument(kind, file, source).diagnostics.map((d) => formatDiagnostic(d));

const valid = `---
title: Test
summary: Eine Zusammenfassung.
published: 2024-03-01
topics: [finanzen]
status: draft
dates:
  drafted: 2024-01-10
lead: staedtetag
addressees: [level:bund]
---
Text.
`;

describe('readDocument', () => {
	it('reads a valid document, accepting a BOM and CRLF line ends', () => {
		const result = readDocument('positions', 'content/positions/test.md', `\uFEFF${valid.replace(/\n/g, '\r\n')}`);
		expect(result.diagnostics).toEqual([]);
		expect(result.document?.id).toBe('test');
		expect(result.document?.data.published).toBe('2024-03-01');
	});

	it('points at the line of an unknown key and of a wrong value', () => {
		const source = valid.replace('status: draft', 'stauts: draft\nstatus: angenommen');
		expect(lines('positions', 'content/positions/test.md', source)).toMatchInlineSnapshot(`
			[
			  "content/positions/test.md:7:9  error  Unexpected status \`angenommen\`, expected one of \`draft\`, \`consultation\`, \`adopted\`, \`superseded\`, \`withdrawn\`  [schema]",
			  "content/positions/test.md:6:1  error  Unexpected key \`stauts\`, expected only the fields the schema defines (check the spelling)  [schema]",
			]
		`);
	});

	it('points at the line of a nested field', () => {
		const source = valid.replace('  drafted: 2024-01-10', '  drafted: 10.01.2024');
		expect(lines('positions', 'content/positions/test.md', source)).toMatchInlineSnapshot(`
			[
			  "content/positions/test.md:8:12  error  Unexpected \`10.01.2024\` in \`dates.drafted\`, expected a date as \`YYYY-MM-DD\`  [schema]",
			]
		`);
	});

	it('reports broken YAML with its line and column', () => {
		const source = valid.replace('topics: [finanzen]', 'topics: [finanzen');
		expect(lines('positions', 'content/positions/test.md', source)).toMatchInlineSnapshot(`
			[
			  "content/positions/test.md:6:1  error  Broken YAML in front matter: missed comma between flow collection entries  [yaml]",
			]
		`);
	});

	it('reports an empty file and missing front matter', () => {
		expect(lines('lessons', 'content/lessons/leer.md', '\n\n')).toMatchInlineSnapshot(`
			[
			  "content/lessons/leer.md:1:1  error  Unexpected empty file, expected front matter between \`---\` lines and a body  [empty-file]",
			]
		`);
		expect(lines('lessons', 'content/lessons/ohne.md', '# Nur Text\n')).toMatchInlineSnapshot(`
			[
			  "content/lessons/ohne.md:1:1  error  Missing front matter, expected the file to start with a \`---\` line  [frontmatter]",
			]
		`);
	});

	it('rejects a file name that is not a slug', () => {
		expect(lines('positions', 'content/positions/Grundsteuer Reform.md', valid)).toMatchInlineSnapshot(`
			[
			  "content/positions/Grundsteuer Reform.md:1:1  error  Unexpected file name \`Grundsteuer Reform.md\`, expected lower-case letters, digits and hyphens (ä→ae, ö→oe, ü→ue, ß→ss)  [file-name]",
			]
		`);
	});
});

describe('splitFrontMatter', () => {
	// The reader used to let gray-matter cut the file; the cut must stay where it was.
	const grayMatter = (text: string) => {
		const file = matter(text, { engines: { yaml: () => ({}) } });
		return { matter: file.matter, content: file.content };
	};
	/** Texts as the reader hands them over: BOM gone, `\n` line ends, opened and closed by `---` lines. */
	const cuttable = (source: string) => {
		const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
		return text.startsWith('---\n') && text.includes('\n---', 3) ? [text] : [];
	};

	it('cuts where gray-matter cuts, in edge cases', () => {
		const texts = ['---\n---\nText', '---\na: 1\n---', '---\na: 1\n----x\nText', '---\na: 1\n--- \nText', '---\na: 1\n---\n---\nText', '---\n# nur Kommentar\n---\n\n\nText', '---\n\n---\n', '---\na: 1\n---\r\nText', '---\na: 1\n---\r\rText'];
		for (const text of texts) expect(splitFrontMatter(text), JSON.stringify(text)).toEqual(grayMatter(text));
	});

	it('cuts where gray-matter cuts, in every rule fixture and every file of the real corpora', () => {
		const dirs = [join(REPOSITORY, 'tests/fixtures/rules'), join(REPOSITORY, '..', 'shared', 'corpora')].filter((dir) => existsSync(dir));
		let cut = 0;
		for (const dir of dirs) {
			for (const name of (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.mdx?$/.test(f))) {
				for (const text of cuttable(readFileSync(join(dir, name), 'utf8'))) {
					expect(splitFrontMatter(text), name).toEqual(grayMatter(text));
					cut++;
				}
			}
		}
		expect(cut).toBeGreaterThan(50);
	});

	it('reads front matter of only comments, or of YAML that is null, as empty', () => {
		for (const front of ['# nur ein Kommentar', '~', 'null']) {
			expect(lines('positions', 'content/positions/test.md', `---\n${front}\n---\nText.\n`)).toEqual([
				'content/positions/test.md:1:1  error  Unexpected empty front matter, expected the fields of the document kind  [frontmatter]',
			]);
		}
	});
});
