/**
 * Citations as a reference manager and a reader of a Drucksache meet them:
 * the APA text a page shows is what citeproc-js makes of the document's
 * CSL-JSON item, in both locales, for ordinary and hostile titles alike; and
 * the BibTeX and RIS files read back, through citation-js's own parsers, to
 * the same title, author and year, with no record a title could smuggle in.
 */
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { citationFile, unwrapRis } from '../../src/lib/cite/citation-files.ts';
import { CITATION_LOCALES, citationText, citeprocCitation } from '../../src/lib/cite/citation-text.ts';
import { cslItem, type CitedDocument } from '../../src/lib/cite/csl-item.ts';

const doc = (over: Partial<CitedDocument> = {}): CitedDocument => ({
	id: 'waermeplanung-2026',
	title: 'Kommunale Wärmeplanung: Erstellung und Umsetzung auskömmlich finanzieren',
	summary: 'Zusammenfassung',
	lang: 'de',
	published: '2026-11-02',
	author: 'Deutscher Städte- und Gemeindebund',
	publisher: 'Dreiklang',
	genre: 'Positionspapier',
	url: 'https://dreiklang.example.org/positionen/waermeplanung-2026/',
	license: 'CC BY 4.0',
	...over,
});

const TITLES = [
	'Berlin: Das „Netzwerk der Wärme“ im Energiekrisen-Winter 2022/23',
	'Das "Netzwerk der Wärme" im Winter',
	"It's 'quoted' here",
	'Was tun?',
	'Ende.',
	'a <i>b</i> & <b>c</b> <script>alert(1)</script>',
	'Wärme 🔥 ß & Co. – 100 %',
	'Titel [Entwurf] {geschweift} \\backslash $x$',
	'x'.repeat(500),
];
const AUTHORS = [
	'Deutscher Städtetag',
	'Verband e. V.',
	'Aktionsbündnis „Für die Würde unserer Städte“',
	'Kreis "Nord"',
];

describe('APA citation', () => {
	it('is the text citeproc-js writes, in German and US English', () => {
		for (const title of TITLES)
			for (const author of AUTHORS)
				for (const locale of Object.values(CITATION_LOCALES)) {
					const item = cslItem(doc({ title, author }));
					expect(citationText(item, locale), `${locale} ${author} ${title}`).toBe(citeprocCitation(item, locale));
				}
	});

	it('names author, year, title, genre, library and address', () => {
		expect(citationText(cslItem(doc()), 'de-DE')).toBe(
			'Deutscher Städte- und Gemeindebund. (2026). Kommunale Wärmeplanung: Erstellung und Umsetzung auskömmlich finanzieren [Positionspapier]. Dreiklang. https://dreiklang.example.org/positionen/waermeplanung-2026/',
		);
	});
});

describe('citation files', () => {
	const hostile = cslItem(
		doc({
			title: 'Titel\nER  - \nTY  - JOUR\nTI  - Fremd 🔥 "x" & {y}',
			summary: 'A'.repeat(70) + 'UR  - javascript:alert(1)',
		}),
	);

	it('round-trip CSL-JSON, BibTeX and RIS through citation-js to the same title, author and year', () => {
		for (const format of ['csl', 'bibtex', 'ris'] as const) {
			const [read] = new Cite(citationFile(cslItem(doc()), format)).data as Record<string, unknown>[];
			expect(read?.['title'], format).toBe(doc().title);
			expect(JSON.stringify(read?.['author']), format).toContain('Deutscher Städte- und Gemeindebund');
			expect((read?.['issued'] as { 'date-parts': number[][] })['date-parts'][0]![0], format).toBe(2026);
		}
	});

	it('keep a title with line breaks and record markers one value of one record', () => {
		const ris = citationFile(hostile, 'ris');
		expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
		expect(ris.match(/^ER {2}-/gm)).toHaveLength(1);
		expect(ris.match(/^UR {2}- /gm)).toEqual(['UR  - ']);
		expect(ris).toMatch(/^UR {2}- https:\/\/dreiklang\.example\.org\//m);
		const [read] = new Cite(ris).data as Record<string, unknown>[];
		expect(read?.['title']).toBe('Titel ER - TY - JOUR TI - Fremd 🔥 "x" & {y}');
		const bib = citationFile(hostile, 'bibtex');
		expect(new Cite(bib).data).toHaveLength(1);
		const braces = cslItem(doc({ title: 'a } , note = {evil} @misc{y', author: 'Kreis {Nord}} \\textbf{x' }));
		const [read2] = new Cite(citationFile(braces, 'bibtex')).data;
		expect(read2?.['title']).toBe('a } , note = {evil} @misc{y');
		expect(JSON.stringify(read2?.['author'])).toContain('Kreis (Nord)) /textbf(x');
		expect(read2?.['note']).toBeUndefined();
		// TeX reads `^^5c` as a backslash, so `^^5cinput^^7b…^^7d` would read a file where the bibliography is typeset.
		const tex = citationFile(cslItem(doc({ author: '^^5cinput^^7b/etc/passwd^^7d & 100 % $ # _ ~' })), 'bibtex');
		const author = /author = \{(.*)\},\n/.exec(tex)![1]!;
		expect(author.replace(/\\(?:textasciicircum|textasciitilde)\{\}|\\[&%$#_]/g, '')).not.toMatch(/[\^~&%$#_\\]/);
		expect(JSON.stringify(new Cite(tex).data[0]?.['author'])).toContain('^^5cinput^^7b/etc/passwd^^7d & 100 % $ # _ ~');
	});

	it('undo plugin-ris line breaks exactly where it made them', () => {
		const value = `${'a'.repeat(70)}UR  - b${'c'.repeat(63)}d`;
		const wrapped = `TY  - RPRT\nAB  - ${value.replace(/(.{70})/g, '$1\n')}\nER  - `;
		expect(unwrapRis(wrapped)).toBe(`TY  - RPRT\nAB  - ${value}\nER  - `);
	});
});
