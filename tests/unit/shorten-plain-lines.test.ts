/**
 * The body check parses Markdown with its plain lines shortened
 * (`shorten-plain-lines.ts`). That is only allowed if it never changes what a
 * contributor is told: for every rule fixture, every file of the real corpora
 * (`../shared/corpora`, skipped if absent), a set of CommonMark edge cases and
 * 1,500 generated bodies, the shortened parse must find the same
 * problems and links, with the same messages at the same lines and columns,
 * as the parse of the whole text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/lib/bench/prng.ts';
import { scanBody, type BodyScan } from '../../src/lib/check-body.ts';
import { readDocument } from '../../src/lib/read-document.ts';
import { shortenPlainLines } from '../../src/lib/shorten-plain-lines.ts';
import { REPOSITORY } from './temp-library.ts';

const FILE = 'content/positions/beispiel.md';

/** What the check reports for `body`, parsed whole and parsed shortened. */
function bothWays(body: string, file = FILE, lineOffset = 0): { whole: BodyScan; shortened: BodyScan } {
	return { whole: scanBody(body, { file, lineOffset }, { whole: true }), shortened: scanBody(body, { file, lineOffset }) };
}

function expectSame(body: string, file = FILE, lineOffset = 0): BodyScan {
	const { whole, shortened } = bothWays(body, file, lineOffset);
	expect(shortened, `${file}: ${JSON.stringify(body.slice(0, 200))}`).toEqual(whole);
	return whole;
}

/** The body of a document file as the validator reads it, or the whole text where the front matter does not pass. */
function bodyOf(file: string, text: string): { body: string; lineOffset: number } {
	const document = readDocument('positions', file, text).document;
	return document ? { body: document.body, lineOffset: document.bodyLineOffset } : { body: text.replace(/\r\n?/g, '\n'), lineOffset: 0 };
}

const listFiles = (dir: string) => (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).sort();

describe('shortenPlainLines', () => {
	it('cuts prose after its first letter, keeping every line break and what decides the block', () => {
		// The indented line after it would tell if the group were emptied.
		expect(shortenPlainLines('Der Kreis prüft den Antrag.\nEr gilt weiter.\n- Erstens die Planung.\n   12. Zweitens\n> **Fett** gesagt\n\n    Code\n').text).toBe('D\nE\n- E\n   12. Z\n> **F\n\n    C\n');
	});

	it('empties groups of prose lines where nothing before is left open and nothing after can tell, and gives the blank lines around them as one', () => {
		const body = '## Ausgangslage\n\nDer Kreis prüft.\n\n- Punkt\n- Punkt\n\n    eingerückt\n\nText [a](/a/) mehr\n\nText\n\n1. Punkt\n2. Punkt\n\nText\n';
		const shortened = shortenPlainLines(body);
		expect(shortened.text).toBe('\n- P\n- P\n\n    e\n\nText [a](/a/) m\n');
		expect([1, 2, 3, 4, 5, 6, 7, 8].map((line) => shortened.sourceLine(line))).toEqual([1, 5, 6, 7, 8, 9, 10, 11]);
	});

	it('cuts a line after its last closed link destination, and keeps other lines with inline syntax whole', () => {
		expect(shortenPlainLines('Es gilt [§ 2](https://example.org/a_b) weiter so.\nEs gilt [§ 2](https://example.org/ "Titel") weiter.\n').text).toBe('Es gilt [§ 2](https://example.org/a_b) w\nEs gilt [§ 2](https://example.org/ "Titel") weiter.\n');
	});

	it('returns bodies it cannot reason about whole', () => {
		for (const body of ['Text\r\nmehr Text', 'Text\n<!-- Kommentar\n\nText -->', 'Text\n<pre>\n\nText\n</pre>', '<?php\n\nText ?>']) {
			expect(shortenPlainLines(body).text).toBe(body);
		}
	});
});

describe('the shortened parse reports what the whole parse reports', () => {
	// Each case holds something the body check reports (or must not report)
	// next to plain lines that the shortening cuts; the comment says which rule
	// of `shortenPlainLines` it guards.
	const cases: [string, string][] = [
		['plain lines around a link', 'Ein Satz.\nNoch ein Satz mit [Link](javascript:x) darin.\nLetzter Satz.'],
		['a destination on the next line', '[a](\nurl mit Rest\n)\n\n[b](\n/weg/\n)'],
		['a title over several lines', '[a](/weg/ "Titel\nüber mehrere\nZeilen")\n\n[b](javascript:x "offen\nund nie geschlossen\n\nText'],
		['text after a destination', '[a](/weg/\nzwei Wörter\n)\n\n[b](/weg/\n  Wort\n)'],
		['link text over several lines', '[Text\nüber drei\nZeilen](javascript:x)\n\n![Bild\nmit Text](/bild.png)'],
		['a code span over several lines', 'Ein `Code\nmit [a](javascript:x)\nbis hier` und [b](/weg/).\nVorher `offen\nText\nund zu` [c](/c/)'],
		['an indented code block', 'Text\n\n    [a](javascript:x)\n    Code\n\nText'],
		['a fenced code block with prose and a closing lookalike', '```\nCode\n``` Text\n[a](javascript:x)\n```\n\n~~~\nText\n~~~ Text\n[b](javascript:y)\n~~~'],
		['list indentation decides what is code', '- Punkt\n\n  Text\n\n     [x](javascript:y)\n\n1. Punkt\n\nText\n\n     [z](javascript:w)'],
		['lazy lines in quotes and lists', '> Zitat\nfaul weiter\n> [a](javascript:x)\n\n- Punkt\nfaul\n    [b](/b/)'],
		['setext underlines and thematic breaks', 'Titel\n===\n[a](/a/)\n\nText\n---\n    [b](/b/)\n\n***\nText'],
		['headings and block markers before the first letter', '## 1. Abschnitt\n> > - 12) Text\n   + **Fett** [a](/a/)\n\t* Text'],
		['hard breaks', 'Zeile mit Umbruch  \nnächste Zeile\\\n[a](javascript:x)'],
		['escapes and character references', 'Text \\[a](javascript:x) und &#91;b](javascript:y)\nText &amp; mehr\n[c](java&#115;cript:z)'],
		['raw HTML and its attributes over several lines', 'Text\n<a\nonclick="x"\nhref=javascript:y>\nText\n\n<div>\nText\n<b onclick=z>\n</div>\n\nText <https://example.org> und <javascript:q>'],
		['an HTML tag left open over a line', 'Text <a title="eins\nzwei" onclick=x> Text\n\nText'],
		['HTML blocks that run past blank lines', 'Text\n\n<!--\n\n<a\n\nonclick=x\n-->\n\n<pre\n\ntitle=x onclick=y>\n</pre>'],
		['forbidden elements', 'Text\n<iframe src="/x">\nText\n\n<style-guide>Text</style-guide>'],
		['a label over several lines where links are defined', '[außen [zwei\nWörter und\nText] ](javascript:x)\n\n[zwei Wörter und Text]: /d'],
		['definitions and footnotes', 'Text [a] und [^1].\n\n[a]: javascript:x "Titel\nüber Zeilen"\n[^1]: Fußnote\n    mit Text\n[b]:\n/weg/'],
		['images and links next to emphasis', '*Text [a](/a/) und* **mehr\nText** _[b](javascript:x)_'],
		['a list item that holds only a marker', 'Text\n-\n  Text\n\n-\n\n      [a](/a/)'],
		['paragraphs of their own after a list', '- Punkt\n\nText\n\nText\n\n     [a](javascript:x)\n\n- Punkt\n\n  Text\n\nText\n\n     [b](/b/)'],
		['paragraphs and headings of their own after a quote', '> Zitat\n\n## Titel\n\nText\n\n    [a](/a/)\n\n> Zitat\nfaul\n\nText\n\n    [b](/b/)'],
		['paragraphs of their own in a fenced code block', '```\n\nText\n\nText\n\n```\n[a](/a/)\n\n~~~\nText\n\nText\n\n[b](javascript:x)\n~~~'],
		['paragraphs that are not alone', 'Text\nText\n\nText\n- Punkt\n\nText\n\n     [a](/a/)\n\nText\n\n1. Punkt\nText\n\nText\n\n    [b](/b/)'],
		['text after a closed destination', '[a](/weg/); Text danach [b](javascript:x) und mehr\n\n[c](b\\)c d\n)\n\n[d](b`c) d`\n\n[e](foo(b)c d\n)\n\n[f](foo[b](c)x y\n)\n\n[g](b"c) d\n)\n\n```\n[h](/h/) Text\n```'],
		['lists of their own', '## Titel\n\n- Punkt eins\n- Punkt zwei\n\nText\n\n     [a](javascript:x)\n\n> Zitat\n> weiter\n\n## Titel\n\n   [b](/b/)'],
		['a list that the next group does not end', '- Punkt\n- Punkt\n\n     [a](javascript:x)\n\n- Punkt\n\n  Text\n\n     [b](/b/)\n\n1. Punkt\n\n\n   [c](/c/)'],
		['a fenced code block opened or closed in a group', 'Text\n\n~~~\nText\n\nText\n\n[a](javascript:x)\n~~~\n\n[b](/b/)\n\nText\n\n- ~~~\n  Text\n\nText [c](/c/)'],
		['Unicode letters and digits before them', 'Öffentliche Stellen\n2.000 Einwohner\n€ 12 Mio.\n[a](/a/)\nß'],
	];

	it.each(cases)('%s', (_, body) => {
		expectSame(body);
		expectSame(`${body}\n`, FILE, 7);
	});

	it('cases whose outcome depends on the cut lines are found by the whole parse too', () => {
		// These would differ if the shortening broke the rule their case guards.
		expect(bothWays('[a](\nurl mit Rest\n)').whole.links).toEqual([]);
		expect(bothWays('[a](/weg/\nzwei Wörter\n)').whole.links).toEqual([]);
		expect(bothWays('```\nCode\n``` Text\n[a](javascript:x)\n```').whole.diagnostics).toEqual([]);
		expect(bothWays('- Punkt\n\n  Text\n\n     [x](/x/)').whole.links).toHaveLength(1);
		expect(bothWays('[außen [zwei\nWörter und\nText] ](javascript:x)\n\n[zwei Wörter und Text]: /d').whole.diagnostics).toEqual([]);
		expect(bothWays('Text\n<a\nonclick="x"\nhref=javascript:y>').whole.diagnostics.map((d) => d.ruleId)).toEqual(['unsafe-attribute', 'unsafe-url']);
	});

	it('for every rule fixture', () => {
		const rules = join(REPOSITORY, 'tests/fixtures/rules');
		const files = listFiles(rules);
		expect(files.length).toBeGreaterThan(50);
		for (const name of files) {
			const file = `content/positions/${relative(rules, join(rules, name)).replaceAll('/', '-')}`;
			const { body, lineOffset } = bodyOf(file, readFileSync(join(rules, name), 'utf8'));
			expectSame(body, file, lineOffset);
		}
	});

	it('for 1,500 generated bodies', () => {
		const rng = new Random('shorten-plain-lines');
		const pick = <T,>(list: readonly T[]) => list[rng.int(0, list.length - 1)]!;
		const blocks = ['', '', '', ' ', '  ', '    ', '     ', '\t', '- ', '  - ', '* ', '1. ', '2) ', '> ', '>', '> - ', '## ', '```', '~~~ a ', '---', '***', '===', '-'];
		const words = ['Wort', 'zwei Wörter', 'und', 'ä', '12.000', '  '];
		const syntax = ['[', ']', '](', ')', '(', '"', "'", '`', '\\', '&amp;', '!', '*', '_', '<a onclick=x>', '<b\n', 'href=javascript:y>', '<https://e.org>', '[r]', '[r]: javascript:d', 'javascript:z', '/weg/', ' "T" ', '](\n', '\n)', '\n\n     [x](y)', '[außen [zwei\nWörter und\nText] ](javascript:x)', '\n\n[zwei Wörter und Text]: /d\n', '[a](/x/)', '](b)x y', '[a](foo(b)c d', '[a](foo[b](c)x y', '![i](javascript:q)', '[a](b\\)c d', '[a](b`c) d`', '\n~~~\n', '\n\n- Punkt\n- Punkt\n\n'];
		let shortened = 0;
		for (let i = 0; i < 1500; i++) {
			// Without HTML now and then, so that whole lines of prose get cut.
			const tokens = i % 3 === 0 ? syntax : syntax.filter((t) => !t.includes('<'));
			const lines: string[] = [];
			for (let n = rng.int(1, 14); n > 0; n--) {
				let line = rng.chance(0.2) ? '' : pick(blocks);
				for (let k = rng.int(0, 6); k > 0; k--) line += rng.chance(0.6) ? `${pick(words)} ` : pick(tokens);
				lines.push(line);
			}
			const body = lines.join('\n');
			if (shortenPlainLines(body).text !== body) shortened++;
			expectSame(body);
		}
		expect(shortened).toBeGreaterThan(750);
	});

	const corpora = join(REPOSITORY, '..', 'shared', 'corpora');
	const missing = !existsSync(corpora);
	describe.skipIf(missing)(`for every file of the real corpora${missing ? ` – skipped: no corpora at ${corpora}` : ''}`, () => {
		const subCorpora = missing ? [] : readdirSync(corpora, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
		// The long federal laws take seconds each to parse, twice.
		it.each(subCorpora)('%s', (corpus) => {
			for (const name of listFiles(join(corpora, corpus))) {
				const file = `content/positions/${corpus}-${name.replaceAll('/', '-')}`;
				const { body, lineOffset } = bodyOf(file, readFileSync(join(corpora, corpus, name), 'utf8'));
				expectSame(body, file, lineOffset);
			}
		}, 300_000);
	});
});

describe('MDX', () => {
	it('is parsed whole: a brace on a line of prose may open an expression', () => {
		const body = 'Text über\nzwei Zeilen {1 + 1}\n';
		expect(scanBody(body, { file: 'content/positions/x.mdx', lineOffset: 0 })).toEqual(scanBody(body, { file: 'content/positions/x.mdx', lineOffset: 0 }, { whole: true }));
		expect(scanBody(body, { file: 'content/positions/x.mdx', lineOffset: 0 }).diagnostics.map((d) => d.ruleId)).toEqual(['mdx-expression']);
	});
});
