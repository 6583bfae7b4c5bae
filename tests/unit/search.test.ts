import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import { createAnnotator, textWords } from '../../src/lib/search/build/annotate.ts';
import { buildLexicon, decompound } from '../../src/lib/search/build/decompound.ts';
import { buildCatalog, catalogDocument } from '../../src/lib/search/build/catalog.ts';
import { excerptPieces } from '../../src/lib/search/client/excerpt.ts';
import { bundleUrl, resultLink, TimeoutError, withTimeout } from '../../src/lib/search/client/federation.ts';
import { compileGlossary } from '../../src/lib/search/build/glossary-terms.ts';
import { labelTable, localizeUrl } from '../../src/lib/search/build/index-language.ts';
import { stagePages } from '../../src/lib/search/build/stage-pages.ts';
import {
	indexedDocument,
	indexedText,
	mapIndexedText,
	separateBlocks,
} from '../../src/lib/search/build/indexed-html.ts';
import { inlineAttribute, searchRecord, type SearchLabels } from '../../src/lib/search/build/search-record.ts';
import {
	facetCounts,
	facetsNeedingOwnCounts,
	pagefindFilters,
	pagefindSort,
	parseState,
	sameState,
	searchHref,
	selectedCount,
	stateToParams,
	unknownValues,
	withoutValues,
} from '../../src/lib/search/client/search-state.ts';
import { resultText } from '../../src/lib/search/client/result-text.ts';
import { LiveStatus } from '../../src/lib/search/client/live-status.ts';
import type { AnyDocument, DocumentSummary } from '../../src/lib/library/summaries.ts';

const lexicon = buildLexicon([
	'Wärmeplanung',
	'Grundsteuer',
	'Messzahlen',
	'Unternehmen',
	'nehmen',
	'unter',
	'Beispiel',
	'Verwaltung',
	'Ausgang',
]);

describe('decompound', () => {
	it.each([
		['Flüchtlingsunterbringung', ['flüchtling', 'unterbringung']],
		['Wärmeplanungsgesetz', ['wärmeplanung', 'wärme', 'planung', 'gesetz']],
		['Grundsteuermesszahlengesetz', ['grundsteuer', 'grund', 'steuer', 'messzahl', 'gesetz']],
		['Onlinezugangsgesetzes', ['online', 'zugang', 'gesetz']],
		['Landesamt', ['land', 'amt']],
		['Bundesländer', ['bund', 'länder']],
		['Ausgangslage', ['ausgang', 'lage']],
	])('splits %s at linking elements and endings', (word, parts) => {
		expect(decompound(word, lexicon)).toEqual(parts);
	});

	it.each(['Unternehmen', 'Beispiel', 'Verwaltung', 'Gemeinden', 'Wärme', 'Einer'])('leaves %s whole', (word) => {
		expect(decompound(word, lexicon)).toEqual([]);
	});

	it('takes short parts only from the base list, and never a function word', () => {
		const lex = buildLexicon(['Kreis', 'über', 'prüfung', 'den']);
		expect(lex.has('den')).toBe(false);
		expect(lex.has('über')).toBe(false);
		expect(decompound('Überprüfung', lex)).toEqual([]);
		expect(decompound('Kreistag', lex)).toEqual(['kreis', 'tag']);
	});
});

describe('glossary terms', () => {
	const glossary = compileGlossary([
		{ abbreviation: 'OZG', expansions: ['Onlinezugangsgesetz'] },
		{ abbreviation: 'EfA', expansions: ['Einer für Alle'] },
		{ abbreviation: 'ZSKG', expansions: ['Zivilschutz- und Katastrophenhilfegesetz'] },
	]);
	const match = (text: string) =>
		Object.fromEntries(
			[...glossary.match(textWords(text))].map(([i, { terms, from }]) => [
				textWords(text)[i]!.word,
				[terms, textWords(text)[from]!.word],
			]),
		);

	it('finds abbreviations by exact case and long forms by any case and ending', () => {
		expect(match('Das OZG und das ozg')).toEqual({ OZG: [['Onlinezugangsgesetz'], 'OZG'] });
		expect(match('nach dem Onlinezugangsgesetzes-Entwurf')).toEqual({
			Onlinezugangsgesetzes: [['OZG'], 'Onlinezugangsgesetzes'],
		});
		expect(match('nach dem Prinzip „einer für alle“')).toEqual({ alle: [['EfA'], 'einer'] });
		expect(match('Zivilschutz- und Katastrophenhilfegesetzes')).toEqual({
			Katastrophenhilfegesetzes: [['ZSKG'], 'Zivilschutz'],
		});
		expect(match('einer für viele')).toEqual({});
	});
});

describe('annotate', () => {
	const annotator = createAnnotator({
		lexicon,
		glossary: compileGlossary([{ abbreviation: 'OZG', expansions: ['Onlinezugangsgesetz'] }]),
	});

	it('adds parts and long forms after the words they belong to', () => {
		expect(annotator()('Die Flüchtlingsunterbringung nach dem OZG-Änderungsgesetz.')).toBe(
			'Die Flüchtlingsunterbringung ⟨flüchtling unterbringung⟩ nach dem OZG-Änderungsgesetz ⟨Onlinezugangsgesetz⟩.',
		);
	});

	it('adds a term once per page, and not if the page has the word anyway', () => {
		const annotate = annotator(['Unterbringung']);
		expect(annotate('Flüchtlingsunterbringung')).toBe('Flüchtlingsunterbringung ⟨flüchtling⟩');
		expect(annotate('Flüchtlingsunterbringung und OZG')).toBe('Flüchtlingsunterbringung und OZG ⟨Onlinezugangsgesetz⟩');
		expect(annotate('OZG')).toBe('OZG');
	});

	it('says how many words a long form spans', () => {
		const efa = createAnnotator({
			lexicon,
			glossary: compileGlossary([{ abbreviation: 'EfA', expansions: ['Einer für Alle'] }]),
		})();
		expect(efa('nach „Einer für Alle“.')).toBe('nach „Einer für Alle ⟨⟨⟨EfA⟩“.');
	});

	it('leaves character references and plain text alone', () => {
		expect(annotator()('Wärme &amp; Strom')).toBe('Wärme &amp; Strom');
		expect(annotator()('Grundsteuer&nbsp;A')).toBe('Grundsteuer ⟨grund steuer⟩&nbsp;A');
	});
});

describe('indexed HTML', () => {
	const page =
		'<html lang="de"><head><title>Wärmeplanung</title></head><body><nav>Wärmeplanung</nav>' +
		'<article data-pagefind-body><h1 class="x" title="a > b">Wärmeplanung</h1><p>Text <em>Grundsteuer</em></p><img src="x" alt="Wärmeplanung"><br/><script>var a = "<p>Wärmeplanung</p>";</script></article>' +
		'<footer>Grundsteuer</footer></body></html>';

	it('changes only the text of the indexed body, not what Pagefind ignores', () => {
		expect(mapIndexedText(page, (t) => t.toUpperCase())).toBe(
			page
				.replace('>Wärmeplanung</h1>', '>WÄRMEPLANUNG</h1>')
				.replace('<p>Text <em>Grundsteuer', '<p>TEXT <em>GRUNDSTEUER'),
		);
		expect(
			indexedText(
				'<p>a</p><div data-pagefind-body>b&amp;c<p>d</p><aside data-pagefind-ignore>x<p>y</p></aside>z</div><p>e</p>',
			),
		).toBe('b c d z');
	});

	it('cuts a page down to what the indexer reads: the language and the indexed element', () => {
		expect(indexedDocument(page)).toBe(
			'<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body>' +
				'<article data-pagefind-body><h1 class="x" title="a > b">Wärmeplanung</h1><p>Text <em>Grundsteuer</em></p><img src="x" alt="Wärmeplanung"><br/><script>var a = "<p>Wärmeplanung</p>";</script></article>' +
				'</body></html>',
		);
		// Nested elements of the same name close where the indexed one closes, not before.
		expect(indexedDocument('<html lang="en"><div><div data-pagefind-body><div>a</div>b</div>c</div></html>')).toBe(
			'<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><div data-pagefind-body><div>a</div>b</div></body></html>',
		);
		expect(indexedDocument('<html><body><p>nothing to index</p></body></html>')).toBeUndefined();
		expect(
			indexedDocument('<html><body><main data-pagefind-bodyx>not the attribute</main></body></html>'),
		).toBeUndefined();
	});

	it('keeps the last word of a term, a definition or a header cell apart from the next', () => {
		expect(
			separateBlocks(
				'<dl><dt>Themen</dt><dd><a href="/x/">Energie</a></dd></dl><table><tr><th>FITKO</th><td>x</td></tr></table>',
			),
		).toBe(
			'<dl><dt>Themen </dt><dd><a href="/x/">Energie</a> </dd> </dl><table><tr><th>FITKO </th><td>x</td> </tr> </table>',
		);
	});
});

describe('stagePages', () => {
	const page = (lang: string, text: string) =>
		`<!doctype html><html lang="${lang}"><body><nav>Navigation</nav><article data-pagefind-body><h1>${text}</h1><p>Die Wärmeplanung und die Planung der Grundsteuer.</p></article><footer>Fuß</footer></body></html>`;

	it('writes the same annotated copies in worker threads as in one thread, and skips pages without an indexed element', async () => {
		const site = mkdtempSync(join(tmpdir(), 'dreiklang-stage-site-'));
		const files = [
			'positionen/a/index.html',
			'positionen/b/index.html',
			'erfahrungen/c/index.html',
			'leitfaeden/d/index.html',
			'positionen/seite/2/index.html',
		];
		try {
			files.forEach((file, i) => {
				mkdirSync(dirname(join(site, file)), { recursive: true });
				writeFileSync(
					join(site, file),
					file.includes('seite')
						? '<html lang="de"><body><p>Liste</p></body></html>'
						: page('de', `Dokument ${i} zur Einer für Alle Leistung`),
				);
			});
			const glossary = loadRegistries(process.cwd()).registries.glossary;
			const staged = async (threads: number) => {
				const staging = mkdtempSync(join(tmpdir(), 'dreiklang-stage-out-'));
				const count = await stagePages({ site, staging, files, glossary, threads, threshold: 1 });
				const copies = Object.fromEntries(
					files
						.filter((file) => existsSync(join(staging, file)))
						.map((file) => [file, readFileSync(join(staging, file), 'utf8')]),
				);
				rmSync(staging, { recursive: true, force: true });
				return { count, copies };
			};
			const one = await staged(1);
			const two = await staged(2);
			expect(two).toEqual(one);
			expect(one.count).toBe(4);
			expect(Object.keys(one.copies)).not.toContain('positionen/seite/2/index.html');
			const copy = one.copies['positionen/a/index.html']!;
			expect(copy).not.toContain('Navigation');
			expect(copy).toContain('Wärmeplanung ⟨');
			expect(copy).toContain('⟨⟨⟨EfA⟩');
		} finally {
			rmSync(site, { recursive: true, force: true });
		}
	});
});

describe('excerptPieces', () => {
	/** The pieces as a reader would see them, highlights as `<mark>`. */
	const shown = (excerpt: string) =>
		excerptPieces(excerpt)
			.map((piece) => (piece.mark ? `<mark>${piece.text}</mark>` : piece.text))
			.join('');

	it.each([
		[
			'Die Flüchtlingsunterbringung ⟨flüchtling <mark>unterbringung⟩</mark> in Berlin',
			'Die <mark>Flüchtlingsunterbringung</mark> in Berlin',
		],
		[
			'Die <mark>Flüchtlingsunterbringung</mark> <mark>⟨flüchtling</mark> unterbringung⟩ in',
			'Die <mark>Flüchtlingsunterbringung</mark> in',
		],
		['das <mark>OZG-Änderungsgesetz</mark> ⟨änderung gesetz', 'das <mark>OZG-Änderungsgesetz</mark>'],
		['terbringung⟩ war <mark>gut</mark> ⟨x⟩.', 'war <mark>gut</mark>.'],
		['gesetz⟩) FITKO (Föderale IT-Kooperation)', 'FITKO (Föderale IT-Kooperation)'],
		['Wärme &amp; <mark>Strom</mark>', 'Wärme & <mark>Strom</mark>'],
		['nach „Einer für Alle ⟨⟨⟨<mark>EfA⟩“.</mark>', 'nach „<mark>Einer für Alle</mark>“.'],
	])('%s', (excerpt, clean) => {
		expect(shown(excerpt)).toBe(clean);
	});
});

describe('searchRecord', () => {
	const registries = loadRegistries(process.cwd()).registries;
	const labels: SearchLabels = {
		kind: (s) =>
			({ positions: 'Positionspapier', lessons: 'Erfahrungsbericht', guides: 'Umsetzungsleitfaden' })[s.kind],
		status: (s) => `Status ${s.status}`,
		level: (l) => ({ bund: 'Bund', land: 'Länder', kommune: 'Kommunen', eu: 'EU' })[l],
		land: (code) => registries.register.laender.get(code)!.name,
		topic: (id) => registries.topics.get(id)!.label.de,
		crisis: (id) => registries.crises.get(id)!.label.de,
		measure: (id) => registries.measures.get(id)!.label.de,
		organization: (ref) => (ref === 'ags:07312000' ? { name: 'Kaiserslautern, Stadt', level: 'kommune' } : undefined),
	};
	const summary: DocumentSummary = {
		id: 'x',
		kind: 'lessons',
		title: 'Ein Titel',
		summary: 'Kurz,  mit Komma.',
		date: '2021-03-31',
		lang: 'de',
		example: true,
		status: 'success',
		organization: 'ags:07312000',
		topics: ['kultur'],
		laender: ['RP'],
		crisis: 'covid-19',
	};
	const doc = {
		kind: 'lessons',
		id: 'x',
		data: { organization: 'ags:07312000', reuse: [{ organization: 'ags:07313000' }], published: '2020-11-02' },
	} as unknown as AnyDocument;

	it('gives facets, result fields and the sort date as labels', () => {
		const record = searchRecord(doc, summary, labels);
		expect(record.filters).toEqual([
			['kind', 'Erfahrungsbericht'],
			['status', 'Status success'],
			['level', 'Kommunen'],
			['land', 'Rheinland-Pfalz'],
			['topic', 'Kultur'],
			['crisis', registries.crises.get('covid-19')!.label.de],
			['organization', 'Kaiserslautern, Stadt'],
			// The year of publication, not of the latest lifecycle date (the sort date, 2021).
			['year', '2020'],
		]);
		expect(record.meta).toEqual([
			['title', 'Ein Titel'],
			['kind', 'Erfahrungsbericht'],
			['date', '2021-03-31'],
			['organization', 'Kaiserslautern, Stadt'],
			['summary', 'Kurz,  mit Komma.'],
			['lang', 'de'],
			['status', 'Status success'],
			['statusId', 'success'],
			['example', 'true'],
		]);
		expect(record.sort).toEqual([['date', '2021-03-31']]);
		expect(inlineAttribute(['summary', 'Kurz,  mit\nKomma.'])).toBe('summary:Kurz, mit Komma.');
	});

	it('pairs the labels of the index language with those of another interface language', () => {
		const english: SearchLabels = {
			...labels,
			kind: (s) => ({ positions: 'Position paper', lessons: 'Lesson learned', guides: 'Implementation guide' })[s.kind],
			level: (l) => ({ bund: 'Federal', land: 'Länder', kommune: 'Municipalities', eu: 'EU' })[l],
			topic: (id) => registries.topics.get(id)!.label.en ?? registries.topics.get(id)!.label.de,
		};
		const table = labelTable([[searchRecord(doc, summary, labels), searchRecord(doc, summary, english)]]);
		expect(table.kind).toEqual({ Erfahrungsbericht: 'Lesson learned' });
		expect(table.level).toEqual({ Kommunen: 'Municipalities' });
		expect(table.topic).toEqual({ Kultur: registries.topics.get('kultur')!.label.en });
		// Labels that read the same in both languages (Länder, organizations, years) are not repeated.
		expect(table.land).toBeUndefined();
		expect(table.organization).toBeUndefined();
		expect(table.year).toBeUndefined();
	});
});

describe('localizeUrl', () => {
	it.each([
		['/positionen/altschulden/', '/en/positions/altschulden/'],
		['/erfahrungen/luca-app/#ergebnis', '/en/lessons/luca-app/#ergebnis'],
		['/leitfaeden/grundsteuer/', '/en/guides/grundsteuer/'],
		['https://peer.example/positionen/x/', 'https://peer.example/en/positions/x/'],
		['https://peer.example/bibliothek/leitfaeden/x/', 'https://peer.example/bibliothek/en/guides/x/'],
	])('sends %s to the English page %s', (url, english) => {
		expect(localizeUrl(url, 'en')).toBe(english);
		expect(localizeUrl(url, 'de')).toBe(url);
	});

	it.each([
		'/positionen/',
		'/positionen/seite/2/',
		'/themen/energie/',
		'https://peer.example/',
		'https://peer.example/x/y/',
	])('leaves %s, which is no document page, as it is', (url) => {
		expect(localizeUrl(url, 'en')).toBe(url);
	});
});

describe('search state', () => {
	const params = new URLSearchParams('q=+planung+&land=Bayern&land=Berlin&land=Bayern&topic=&sort=newest&foo=1');
	const state = parseState(params);

	it('round-trips through the URL, ignoring unknown and empty parameters', () => {
		expect(state).toEqual({ q: 'planung', filters: { land: ['Bayern', 'Berlin'] }, sort: 'newest' });
		expect(stateToParams(state).toString()).toBe('q=planung&land=Bayern&land=Berlin&sort=newest');
		expect(sameState(parseState(stateToParams(state)), state)).toBe(true);
		expect(parseState(new URLSearchParams('sort=sideways')).sort).toBe('relevance');
	});

	it('combines values of one facet with OR and leaves a facet out for its own counts', () => {
		const both = { ...state, filters: { ...state.filters, kind: ['Umsetzungsleitfaden'] } };
		expect(pagefindFilters(both)).toEqual({
			land: { any: ['Bayern', 'Berlin'] },
			kind: { any: ['Umsetzungsleitfaden'] },
		});
		expect(pagefindFilters(both, 'land')).toEqual({ kind: { any: ['Umsetzungsleitfaden'] } });
		expect(facetsNeedingOwnCounts(both)).toEqual(['kind', 'land']);
		expect(
			facetCounts(
				{ land: { Bayern: 1 }, topic: { Energie: 2 } },
				{ land: { land: { Bayern: 3, Berlin: 1 }, topic: { Energie: 9 } } },
			),
		).toEqual({ land: { Bayern: 3, Berlin: 1 }, topic: { Energie: 2 } });
	});

	it('browses newest first without a query, with or without filters', () => {
		expect(pagefindSort({ q: '', filters: {}, sort: 'relevance' })).toEqual({ date: 'desc' });
		expect(pagefindSort({ q: 'x', filters: {}, sort: 'relevance' })).toBeUndefined();
		expect(pagefindSort({ q: 'x', filters: {}, sort: 'oldest' })).toEqual({ date: 'asc' });
		expect(pagefindFilters({ q: '', filters: {}, sort: 'relevance' })).toEqual({});
	});

	it('names the values from the address that no document has, and removes just those', () => {
		const atlantis = parseState(new URLSearchParams('q=Hochwasser&land=Atlantis&land=Bayern&kind=Roman'));
		const totals = { land: { Bayern: 3, Berlin: 1 }, kind: { Positionspapier: 4 } };
		const unknown = unknownValues(atlantis, totals);
		expect(unknown).toEqual([
			{ facet: 'kind', value: 'Roman' },
			{ facet: 'land', value: 'Atlantis' },
		]);
		expect(withoutValues(atlantis, unknown)).toEqual({
			q: 'Hochwasser',
			filters: { land: ['Bayern'] },
			sort: 'relevance',
		});
		expect(unknownValues(state, totals)).toEqual([]);
		// A facet the index does not have at all, and a name every object has, are unknown too.
		expect(unknownValues(parseState(new URLSearchParams('year=2024&land=constructor')), totals)).toEqual([
			{ facet: 'land', value: 'constructor' },
			{ facet: 'year', value: '2024' },
		]);
		expect(selectedCount(atlantis)).toBe(3);
		expect(selectedCount(withoutValues(atlantis, unknown))).toBe(1);
	});

	it('carries query and filters to the same search in the other language', () => {
		expect(searchHref('/en/search/', state)).toBe('/en/search/?q=planung&land=Bayern&land=Berlin&sort=newest');
		expect(searchHref('/suche/', { q: '', filters: {}, sort: 'relevance' })).toBe('/suche/');
	});
});

describe('LiveStatus', () => {
	afterEach(() => {
		vi.useRealTimers();
	});
	function region() {
		const said: string[] = [];
		const pending: boolean[] = [];
		const live = new LiveStatus({
			write: (text) => said.push(text),
			settling: (p) => pending.push(p),
			settleMs: 1000,
			slowMs: 2000,
		});
		return { live, said, pending };
	}

	it('says the count of a slowly typed word once the field rests, not one per letter', () => {
		vi.useFakeTimers();
		const { live, said, pending } = region();
		for (const count of ['9 Treffer für „G“', '4 Treffer für „Gr“', '2 Treffer für „Gru“']) {
			live.started('Die Suche läuft noch …');
			live.finished();
			live.settle(count);
			vi.advanceTimersByTime(400);
			live.typed();
		}
		live.started('Die Suche läuft noch …');
		live.finished();
		live.settle('1 Treffer für „Grund“');
		expect(said).toEqual([]);
		expect(pending.at(-1)).toBe(true);
		vi.advanceTimersByTime(1000);
		expect(said).toEqual(['1 Treffer für „Grund“']);
		expect(pending.at(-1)).toBe(false);
	});

	it('says a count after a click at once, a repeat not again, and a slow search while it runs', () => {
		vi.useFakeTimers();
		const { live, said } = region();
		live.say('3 Dokumente mit den gewählten Filtern');
		live.say('3 Dokumente mit den gewählten Filtern');
		live.started('Die Suche läuft noch …');
		vi.advanceTimersByTime(1999);
		expect(said).toEqual(['3 Dokumente mit den gewählten Filtern']);
		vi.advanceTimersByTime(1);
		live.finished();
		live.say('5 Dokumente mit den gewählten Filtern');
		expect(said).toEqual([
			'3 Dokumente mit den gewählten Filtern',
			'Die Suche läuft noch …',
			'5 Dokumente mit den gewählten Filtern',
		]);
	});
});

describe('resultText', () => {
	const title = 'Kommunale Wärmeplanung';
	const summary = 'Die Kommunen brauchen Geld für die Wärmeplanung.';
	const shown = (pieces: { text: string; mark: boolean }[]) =>
		pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
	const pieces = (marked: string) =>
		marked
			.split(/(\[[^\]]*\])/)
			.flatMap((part) => (part === '' ? [] : [{ text: part.replace(/^\[|\]$/g, ''), mark: part.startsWith('[') }]));

	it('drops title and summary from the start of the excerpt and moves their highlights onto the summary', () => {
		const text = resultText(
			pieces(
				'Kommunale [Wärmeplanung.] Die Kommunen brauchen Geld für die [Wärmeplanung.] Details Veröffentlicht 2024',
			),
			title,
			summary,
		);
		expect(shown(text.title)).toBe('Kommunale [Wärmeplanung]');
		expect(shown(text.summary)).toBe('Die Kommunen brauchen Geld für die [Wärmeplanung.]');
		expect(shown(text.excerpt)).toBe('Details Veröffentlicht 2024');
	});

	it('also when the excerpt starts inside the summary, and leaves no excerpt when it lies within it', () => {
		const inside = resultText(pieces('brauchen [Geld] für die Wärmeplanung. Im Haushalt fehlt'), title, summary);
		expect(shown(inside.summary)).toBe('Die Kommunen brauchen [Geld] für die Wärmeplanung.');
		expect(shown(inside.excerpt)).toBe('Im Haushalt fehlt');
		const within = resultText(pieces('Die [Kommunen] brauchen'), title, summary);
		expect(shown(within.summary)).toBe('Die [Kommunen] brauchen Geld für die Wärmeplanung.');
		expect(within.excerpt).toEqual([]);
	});

	it('leaves an excerpt from further down as it is', () => {
		const excerpt = pieces('Im Haushalt fehlt das Geld für die [Wärmeplanung] der Kommunen');
		const text = resultText(excerpt, title, summary);
		expect(shown(text.title)).toBe(title);
		expect(shown(text.summary)).toBe(summary);
		expect(text.excerpt).toEqual(excerpt);
		// One word that happens to end the summary is no overlap.
		expect(resultText(pieces('Wärmeplanung ist teuer'), title, summary).excerpt).toEqual(
			pieces('Wärmeplanung ist teuer'),
		);
	});
});

describe('federation', () => {
	const peers = [
		{ name: 'Bayern', url: 'https://by.example.org' },
		{ name: 'Hessen', url: 'https://example.org/he/' },
	];

	it("finds a peer's index and tells results of peers from our own", () => {
		expect(bundleUrl(peers[0]!)).toBe('https://by.example.org/pagefind/');
		expect(bundleUrl(peers[1]!)).toBe('https://example.org/he/pagefind/');
		const own = { name: 'Bund', pageUrl: 'https://bund.example/suche/?q=x' };
		expect(resultLink('https://by.example.org/positionen/x/', own, peers)).toEqual({
			url: 'https://by.example.org/positionen/x/',
			library: 'Bayern',
		});
		expect(resultLink('https://example.org/he/leitfaeden/y/', own, peers)).toEqual({
			url: 'https://example.org/he/leitfaeden/y/',
			library: 'Hessen',
		});
		expect(resultLink('/positionen/x/', own, peers)).toEqual({ url: '/positionen/x/', library: 'Bund' });
		// An address on no library's origin is nobody's: the page leaves the result out.
		expect(resultLink('https://by.example.org.evil/x/', own, peers)).toBeUndefined();
	});

	it('gives up on a promise that takes too long', async () => {
		await expect(withTimeout(new Promise(() => {}), 10, 'Waiting')).rejects.toBeInstanceOf(TimeoutError);
		await expect(withTimeout(Promise.resolve(1), 1000, 'Waiting')).resolves.toBe(1);
	});
});

describe('catalog', () => {
	const registries = loadRegistries(process.cwd()).registries;
	const summary: DocumentSummary = {
		id: 'kommunale-waermeplanung',
		kind: 'guides',
		title: 'T',
		summary: 'S',
		date: '2026-01-10',
		lang: 'de',
		example: true,
		status: 'current',
		organization: 'bmwsb',
		topics: ['energie'],
		laender: ['BY'],
		measure: 'waermeplanungsgesetz',
	};
	const doc = {
		kind: 'guides',
		id: 'kommunale-waermeplanung',
		data: { published: '2025-05-01', reviewed: '2026-01-10' },
	} as unknown as AnyDocument;

	it('lists a document with absolute addresses, dates, labels in both languages, and a version', () => {
		const entry = catalogDocument(doc, summary, registries, 'https://dreiklang.example.org');
		expect(entry).toMatchObject({
			id: 'kommunale-waermeplanung',
			kind: 'guides',
			url: {
				de: 'https://dreiklang.example.org/leitfaeden/kommunale-waermeplanung/',
				en: 'https://dreiklang.example.org/en/guides/kommunale-waermeplanung/',
			},
			dates: { published: '2025-05-01', listed: '2026-01-10', reviewed: '2026-01-10' },
			organization: { ref: 'bmwsb' },
			laender: ['BY'],
			topics: [{ id: 'energie', de: 'Energie' }],
			measure: { id: 'waermeplanungsgesetz' },
			example: true,
		});
		expect(buildCatalog({ name: 'X', url: 'https://x.example' }, '2026-11-27', [entry])).toMatchObject({
			version: 1,
			generated: '2026-11-27',
			documents: [entry],
		});
	});
});
