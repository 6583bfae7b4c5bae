import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/validate/report/diagnostics.ts';
import { readDocument } from '../../src/lib/validate/read/read-document.ts';

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
			  "content/positions/test.md:7:9  error  Unexpected status \`angenommen\`, expected one of “Draft” (\`draft\`), “Open for co-signature” (\`consultation\`), “Adopted” (\`adopted\`), “Replaced” (\`superseded\`), “Withdrawn” (\`withdrawn\`)  [schema]",
			  "content/positions/test.md:6:1  error  Unexpected key \`stauts\` – did you mean \`status\`?  [schema]",
			]
		`);
	});

	it('points at the line of a nested field', () => {
		const source = valid.replace('  drafted: 2024-01-10', '  drafted: 10.01.2024');
		expect(lines('positions', 'content/positions/test.md', source)).toMatchInlineSnapshot(`
			[
			  "content/positions/test.md:8:12  error  Unexpected \`10.01.2024\` in \`dates.drafted\`, expected a date as \`YYYY-MM-DD\`, e.g. \`2026-03-01\`  [schema]",
			]
		`);
	});

	it('reports broken YAML with its line and column', () => {
		const source = valid.replace('topics: [finanzen]', 'topics: [finanzen');
		expect(lines('positions', 'content/positions/test.md', source)).toMatchInlineSnapshot(`
			[
			  "content/positions/test.md:6:1  error  Broken YAML in front matter: unexpected indentation, expected fields of one level exactly below each other, and lists and brackets complete  [yaml]",
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
