import { describe, expect, it, vi } from 'vitest';
import { formatDiagnostic } from '../../src/lib/validate/report/diagnostics.ts';
import { parseDocument, YAMLParseError } from 'yaml';
import { readDocument } from '../../src/lib/validate/read/read-document.ts';
import { describeYamlError } from '../../src/lib/validate/read/yaml-errors.ts';

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

	it('reports an unclosed quote where it was opened, in German and English, not where the parser gave up', () => {
		const source = valid.replace('summary: Eine Zusammenfassung.', 'summary: "Eine Zusammenfassung.');
		const found = readDocument('positions', 'content/positions/test.md', source).diagnostics;
		expect(found.flatMap((d) => [formatDiagnostic(d, 'de'), formatDiagnostic(d, 'en')])).toMatchInlineSnapshot(`
			[
			  "content/positions/test.md:3:10  Fehler  Fehlerhaftes YAML im Front Matter: das Anführungszeichen \`"\` wird hier geöffnet und nicht geschlossen; erwartet: ein \`"\` am Ende des Werts (ein \`"\` im Text als \`\\"\` schreiben)  [yaml]",
			  "content/positions/test.md:3:10  error  Broken YAML in front matter: unexpected unclosed \`"\` opened here, expected a \`"\` at the end of the value (write a \`"\` inside the text as \`\\"\`)  [yaml]",
			]
		`);
	});

	it("words YAML errors by their code, and marks the parser's own text where a code has no words of ours", () => {
		const doc = parseDocument('a: 1\n');
		const known = describeYamlError(
			new YAMLParseError([0, 1], 'TAB_AS_INDENT', 'Tabs are not allowed as indentation'),
			doc,
		);
		expect(known.reason.de).not.toMatch(/Tabs are not/);
		const unknown = describeYamlError(new YAMLParseError([0, 1], 'IMPOSSIBLE', 'Something odd'), doc);
		expect(unknown.reason).toMatchInlineSnapshot(`
			{
			  "de": "nicht lesbar (Meldung des YAML-Lesers, englisch: „Something odd“)",
			  "en": "unreadable (the YAML reader says: “Something odd”)",
			}
		`);
	});

	it('words a missing character by what is missing: a line without its colon is not an open bracket', () => {
		const reason = (yaml: string) => {
			const doc = parseDocument(yaml);
			return describeYamlError(doc.errors[0]!, doc).reason.en;
		};
		expect(['title: Papier\nsummary\n', 'related: ["a" "b"]\n', 'topics: [a, b\n', '%YAML 1.1\n'].map(reason))
			.toMatchInlineSnapshot(`
			[
			  "unexpected line without \`key: value\`, expected a colon and a space after each field name – is the colon missing, or does the line belong, indented, to the text above?",
			  "unexpected items without a comma (or a colon without a space) inside \`[ … ]\` or \`{ … }\`, expected \`[a, b]\` and \`{ key: value, key: value }\`",
			  "unexpected indentation, expected fields of one level exactly below each other, and lists and brackets complete",
			  "unreadable (the YAML reader says: “Missing directives-end indicator line”)",
			]
		`);
	});

	it("reports a list written as a field name, without a Node warning on the contributor's terminal", () => {
		const warning = vi.spyOn(process, 'emitWarning');
		const found = lines(
			'positions',
			'content/positions/test.md',
			valid.replace('title: Test', 'title: Test\n? [zzz]\n: x'),
		);
		expect(warning).not.toHaveBeenCalled();
		warning.mockRestore();
		expect(found.join('\n')).toMatch(/\[ zzz \].*\[yaml\]/);
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
