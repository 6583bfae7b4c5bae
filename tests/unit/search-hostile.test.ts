/**
 * The search against hostile input: a peer's index that carries markup and
 * addresses of other hosts, a configuration that names a peer over plain
 * `http:`, and words and excerpts built to make the work explode. None of
 * these tests measures time; each asserts the result and, where it matters,
 * the amount of work. A hang would still show as the runner's time-out.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseWithDiagnostics } from '../../src/lib/validate/report/diagnostics.ts';
import { buildLexicon, decompound, MAX_COMPOUND_LENGTH } from '../../src/lib/search/build/decompound.ts';
import { excerptPieces } from '../../src/lib/search/client/excerpt.ts';
import { MAX_EXCERPT_WORDS, resultText } from '../../src/lib/search/client/result-text.ts';
import { MAX_RESULT_URL_LENGTH, resultLink } from '../../src/lib/search/client/federation.ts';
import { isPeerUrl } from '../../src/schemas/peer-url.ts';
import { indexedPieces } from '../../src/lib/search/build/indexed-html.ts';
import {
	MAX_FACET_VALUES,
	MAX_FILTER_VALUE_LENGTH,
	MAX_FILTER_VALUES,
	MAX_QUERY_LENGTH,
	offeredValues,
	parseState,
	unknownValues,
} from '../../src/lib/search/client/search-state.ts';
import { siteConfigSchema } from '../../src/schemas/site-config.ts';
import type { ResultData } from '../../src/scripts/search/pagefind-api.ts';
import { resultItem } from '../../src/scripts/search/render.ts';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

/**
 * Just enough of a DOM for `render.ts`: elements with attributes and
 * children, no HTML parser. Any use of `innerHTML`, `outerHTML` or
 * `insertAdjacentHTML` throws, so a renderer that parsed index data as HTML
 * fails here instead of building the element.
 */
class TestElement {
	readonly attributes = new Map<string, string>();
	readonly children: (TestElement | string)[] = [];
	readonly tagName: string;
	constructor(tagName: string) {
		this.tagName = tagName;
	}
	setAttribute(name: string, value: string): void {
		this.attributes.set(name, String(value));
	}
	append(...nodes: (TestElement | string)[]): void {
		for (const node of nodes) this.children.push(node instanceof TestElement ? node : String(node));
	}
	get textContent(): string {
		return this.children.map((child) => (typeof child === 'string' ? child : child.textContent)).join('');
	}
	set innerHTML(_: string) {
		throw new Error('innerHTML used');
	}
	set outerHTML(_: string) {
		throw new Error('outerHTML used');
	}
	insertAdjacentHTML(): void {
		throw new Error('insertAdjacentHTML used');
	}
	/** Every element in the tree, this one first. */
	elements(): TestElement[] {
		return [this, ...this.children.flatMap((child) => (typeof child === 'string' ? [] : child.elements()))];
	}
}

describe('a hostile excerpt', () => {
	it("stays text: only Pagefind's own <mark> highlights, other markup and references are shown as written", () => {
		expect(excerptPieces(`Vorher <mark>Treffer</mark> ${IMG} ${SCRIPT} &lt;b&gt;fett&lt;/b&gt;`)).toEqual([
			{ text: 'Vorher ', mark: false },
			{ text: 'Treffer', mark: true },
			{ text: ` ${IMG} ${SCRIPT} <b>fett</b>`, mark: false },
		]);
		// A `<mark>` written as references is text, not a highlight.
		expect(excerptPieces('&lt;mark&gt;x&lt;/mark&gt; <MARK>y</MARK> <mark class="x">z</mark>')).toEqual([
			{ text: '<mark>x</mark> <MARK>y</MARK> <mark class="x">z', mark: false },
		]);
		expect(excerptPieces('&#60;script&#x3E; &#0; &#xD800; &#99999999; &unknown;')).toEqual([
			{ text: '<script> \ufffd \ufffd &#99999999; &unknown;', mark: false },
		]);
	});

	it('renders as text nodes and <mark> elements, with a hostile title, fields and language', () => {
		vi.stubGlobal('document', { createElement: (tag: string) => new TestElement(tag) });
		const data: ResultData = {
			url: '//evil.example/x',
			excerpt: `Die <mark>Flüchtlingsunterbringung</mark> ${IMG} ${SCRIPT}`,
			meta: {
				title: `${IMG}Titel`,
				kind: SCRIPT,
				date: '2024-99-99',
				organization: IMG,
				summary: SCRIPT,
				lang: 'de" onclick="alert(3)',
				status: IMG,
				statusId: 'superseded',
			},
			filters: { land: [IMG] },
		};
		// The page's own date format, which throws on a day that does not exist.
		const formatDate = (day: string) =>
			new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
		const item = resultItem(data, {
			lang: 'en',
			formatDate,
			label: (_, value) => value,
			t: (key, values = {}) => `${key}(${Object.values(values).join()})`,
			url: 'https://b.example/erfahrungen/x/',
			source: 'from B',
		}) as unknown as TestElement;
		const elements = item.elements();
		expect(new Set(elements.map((element) => element.tagName))).toEqual(
			new Set(['li', 'p', 'h3', 'a', 'span', 'strong', 'mark']),
		);
		expect(elements.find((element) => element.tagName === 'a')!.attributes).toEqual(
			new Map([['href', 'https://b.example/en/lessons/x/']]),
		);
		expect(elements.filter((element) => element.tagName === 'mark').map((mark) => mark.textContent)).toEqual([
			'Flüchtlingsunterbringung',
		]);
		expect(elements.some((element) => element.attributes.has('lang'))).toBe(false);
		expect(item.textContent).toBe(
			`${SCRIPT} · from B${IMG}Titelsearch.result.outdated(${IMG})${IMG}${SCRIPT}Die Flüchtlingsunterbringung ${IMG} ${SCRIPT}`,
		);
	});

	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('that repeats a long summary almost to the end is shown as it is, without comparing every offset', () => {
		const summary = `${'a '.repeat(100_000)}b`;
		const excerpt = [{ text: `${'a '.repeat(50_000)}c`, mark: false }];
		const text = resultText(excerpt, 'a', summary);
		expect(text.excerpt).toEqual(excerpt);
		expect(text.summary).toEqual([{ text: summary, mark: false }]);
		// Within the bounds the overlap is still found.
		const short = `${'a '.repeat(MAX_EXCERPT_WORDS - 1)}a`;
		expect(resultText([{ text: short, mark: false }], 'a', short).excerpt).toEqual([]);
	});

	it('of 100,000 ⟩ is processed in one pass and gives nothing to show', () => {
		expect(excerptPieces('⟩'.repeat(100_000))).toEqual([]);
		expect(excerptPieces(`<mark>Wort</mark> ${'⟩'.repeat(100_000)} danach`)).toEqual([{ text: 'danach', mark: false }]);
	});

	it('with many annotations keeps the text and highlight it would have with one', () => {
		expect(
			excerptPieces(
				`Die Flüchtlingsunterbringung ⟨flüchtling <mark>unterbringung⟩</mark>${' ⟨x⟩'.repeat(50_000)} in Berlin`,
			),
		).toEqual([
			{ text: 'Die ', mark: false },
			{ text: 'Flüchtlingsunterbringung', mark: true },
			{ text: ' in Berlin', mark: false },
		]);
		// Every annotation highlights the word before it: the same word, 50,000 times over.
		expect(excerptPieces(`Wort${'⟨<mark>a⟩</mark>'.repeat(50_000)}`)).toEqual([{ text: 'Wort', mark: true }]);
		expect(excerptPieces(`${'a '.repeat(50_000)}${'⟨'.repeat(50_000)}<mark>x⟩</mark>`)).toEqual([
			{ text: 'a '.repeat(50_000).trim(), mark: true },
		]);
	});

	it('in a query is cut at MAX_QUERY_LENGTH characters', () => {
		expect(parseState(new URLSearchParams({ q: '⟩'.repeat(100_000) })).q).toBe('⟩'.repeat(MAX_QUERY_LENGTH));
		// Never inside a surrogate pair.
		expect(parseState(new URLSearchParams({ q: `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀` })).q).toBe(
			'a'.repeat(MAX_QUERY_LENGTH - 1),
		);
	});

	it('in filter values keeps a few short ones per facet, so that a half-megabyte link does not freeze the page', () => {
		const params = new URLSearchParams();
		for (let i = 0; i < 40_000; i++) params.append('land', `x${i}`);
		params.append('kind', 'y'.repeat(100_000));
		const state = parseState(params);
		expect(state.filters.land).toEqual(Array.from({ length: MAX_FILTER_VALUES }, (_, i) => `x${i}`));
		expect(state.filters.kind).toEqual(['y'.repeat(MAX_FILTER_VALUE_LENGTH)]);
		// The notice of unknown values names no more than those.
		expect(unknownValues(state, {})).toHaveLength(MAX_FILTER_VALUES + 1);
	});
});

describe('facet values from a peer', () => {
	it('are offered up to a bound, the most frequent first, and a selected one always', () => {
		const counts: Record<string, number> = { Bayern: 40, Hessen: 3 };
		for (let i = 0; i < 200_000; i++) counts[`flood-${i}`] = 1;
		const offered = offeredValues(counts, ['flood-199999']);
		expect(offered).toHaveLength(MAX_FACET_VALUES);
		expect(offered).toEqual(expect.arrayContaining(['Bayern', 'Hessen', 'flood-199999']));
	});

	it('are all offered while a library stays below the bound', () => {
		expect(offeredValues({ Bayern: 1, Hessen: 2 }, ['Sachsen'])).toEqual(['Bayern', 'Hessen']);
	});
});

describe('result addresses from a peer', () => {
	const peers = [
		{ name: 'Bibliothek B', url: 'https://b.example/bib' },
		{ name: 'Bibliothek C', url: 'http://c.example' },
	];
	const own = { name: 'Bibliothek A', pageUrl: 'https://a.example/suche/?q=x' };

	it('are labelled with the library they lead to', () => {
		expect(resultLink('https://b.example/bib/positionen/x/', own, peers)).toEqual({
			url: 'https://b.example/bib/positionen/x/',
			library: 'Bibliothek B',
		});
		expect(resultLink('/positionen/x/?a=1#b', own, peers)).toEqual({
			url: '/positionen/x/?a=1#b',
			library: 'Bibliothek A',
		});
		expect(resultLink('https://a.example/positionen/x/', own, peers)).toEqual({
			url: '/positionen/x/',
			library: 'Bibliothek A',
		});
		// On our origin, but a path that would read as another host if written site-relative.
		expect(resultLink('https://a.example//evil.example/x', own, peers)).toEqual({
			url: 'https://a.example//evil.example/x',
			library: 'Bibliothek A',
		});
	});

	it.each([
		'//evil.example/x',
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'/\\evil.example/x',
		'https://evil.example/bib/x',
		'https://b.example/other/x',
		'https://b.example.evil/bib/x',
		'http://b.example/bib/x',
		'https://user:secret@b.example/bib/x',
		'http://c.example/x',
	])("%s is nobody's, so the result is left out", (url) => {
		expect(resultLink(url, own, peers)).toBeUndefined();
	});

	it('longer than any page address are left out unread', () => {
		expect(resultLink(`https://b.example/bib/${'x'.repeat(MAX_RESULT_URL_LENGTH)}`, own, peers)).toBeUndefined();
	});

	it('are only taken from peers on https:, or http: on loopback', () => {
		expect(
			[
				'https://b.example',
				'http://127.0.0.1:4321',
				'http://127.8.9.10',
				'http://localhost:3000/bib/',
				'http://[::1]:8080',
			].filter(isPeerUrl),
		).toHaveLength(5);
		expect(
			[
				'http://b.example',
				'http://127.0.0.1.evil.example',
				'http://localhost.evil.example',
				'http://[::2]',
				'ftp://b.example',
				'javascript:alert(1)',
				'https://user@b.example',
				'b.example',
			].filter(isPeerUrl),
		).toEqual([]);
	});
});

describe('a peer in the site configuration', () => {
	const config = parse(readFileSync('site.config.yaml', 'utf8')) as Record<string, unknown>;
	const messages = (url: string) => {
		const result = parseWithDiagnostics(
			siteConfigSchema,
			{ ...config, peers: [{ name: 'Bibliothek B', url }] },
			'site.config.yaml',
			() => ({ line: 1, column: 1 }),
		);
		return result.success ? [] : result.diagnostics.map((d) => d.message.en);
	};

	it('over plain http: to another computer is refused, saying what to use instead', () => {
		expect(messages('http://b.example')).toMatchInlineSnapshot(`
			[
			  "Unexpected peer address \`http://b.example\`, expected an \`https://\` address (\`http://\` only on this computer: \`localhost\`, \`127.0.0.1\`, \`[::1]\`)",
			]
		`);
		expect(messages('ftp://b.example')).toHaveLength(1);
	});

	it('over https:, or http: on loopback, is accepted', () => {
		expect(messages('https://b.example')).toEqual([]);
		expect(messages('http://127.0.0.1:4321')).toEqual([]);
	});
});

describe('bounded work on long words and deep pages', () => {
	/** A dictionary that counts its look-ups and the letters they hash: the work of splitting. */
	class CountingLexicon extends Set<string> {
		lookups = 0;
		letters = 0;
		override has(word: string): boolean {
			this.lookups++;
			this.letters += word.length;
			return super.has(word);
		}
	}

	it('leaves a 100,000-letter word whole without looking anything up', () => {
		const word = 'Wärme'.repeat(20_000);
		const lexicon = new CountingLexicon(buildLexicon(['Wärme', word]));
		expect(lexicon.has(word.toLowerCase())).toBe(false);
		lexicon.lookups = 0;
		expect(decompound(word, lexicon)).toEqual([]);
		expect(lexicon.lookups).toBe(0);
	});

	it('splits a word of the longest length it takes with a bounded number of look-ups', () => {
		const word = 'amts'.repeat(MAX_COMPOUND_LENGTH / 4);
		const lexicon = new CountingLexicon(buildLexicon(Array.from({ length: 20 }, (_, k) => 'amts'.repeat(k + 1))));
		expect(decompound(word, lexicon)).toContain('amtsamtsamtsamtsamtsamtsamtsamtsamtsamts');
		expect(lexicon.lookups).toBeLessThan(MAX_COMPOUND_LENGTH ** 2);
		expect(lexicon.letters).toBeLessThan(MAX_COMPOUND_LENGTH ** 3 / 4);
	});

	it('reads a page of 200,000 nested elements closed by 200,000 stray end tags', () => {
		const page = `<main data-pagefind-body>${'<div>'.repeat(200_000)}Text${'</span>'.repeat(200_000)}</main>`;
		const pieces = indexedPieces(page);
		expect(pieces.map((piece) => piece.text).join('')).toBe(page);
		expect(pieces.filter((piece) => piece.indexed).map((piece) => piece.text)).toEqual(['Text']);
	});
});
