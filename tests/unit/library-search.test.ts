/**
 * One library's searches against a stand-in for Pagefind that records what
 * it is asked: a query of one word is one Pagefind search, not a look-up and
 * then the same search again, unless the filters, the order or the facets
 * counted make the two different searches.
 */
import { describe, expect, it } from 'vitest';
import { LibrarySearch } from '../../src/scripts/search/library-search.ts';
import type { Pagefind, SearchOptions, SearchResponse } from '../../src/scripts/search/pagefind-api.ts';

/** Pagefind with one page, "Wohngeld", and one facet, `land`, counted once a search names it. */
function fakePagefind(failing = new Set<string>()) {
	const asked: { term: string | null; options: SearchOptions }[] = [];
	let landLoaded = false;
	const search = async (term: string | null, options: SearchOptions = {}): Promise<SearchResponse> => {
		asked.push({ term, options });
		if (term !== null && failing.has(term)) throw new Error('index chunk did not load');
		if (Object.keys(options.filters ?? {}).includes('land')) landLoaded = true;
		const found = term === null || /wohngeld/i.test(term);
		return {
			results: found
				? [
						{
							id: 'p1',
							score: 1,
							data: async () => ({ url: '/p1/', excerpt: '<mark>Wohngeld</mark> für alle', meta: {}, filters: {} }),
						},
					]
				: [],
			unfilteredResultCount: found ? 1 : 0,
			filters: landLoaded ? { land: { Bayern: found ? 1 : 0 } } : {},
		};
	};
	return { pagefind: { search } as unknown as Pagefind, asked };
}

const wordSearches = (asked: { term: string | null }[], word: string) => asked.filter((a) => a.term === word).length;

describe('LibrarySearch', () => {
	it('answers a one-word query with the search that looked the word up', async () => {
		const { pagefind, asked } = fakePagefind();
		const library = new LibrarySearch('Hier', pagefind);
		const response = await library.search('Wohngeld', { filters: {} });
		expect(response.results.map((r) => r.id)).toEqual(['p1']);
		expect(wordSearches(asked, 'Wohngeld')).toBe(1);
		// Asked again, it is the same answer: no facet was counted in between.
		await library.search('Wohngeld');
		expect(wordSearches(asked, 'Wohngeld')).toBe(1);
	});

	it('searches again for other filters, an order, or a facet counted since the look-up', async () => {
		const { pagefind, asked } = fakePagefind();
		const library = new LibrarySearch('Hier', pagefind);
		await library.search('Wohngeld');
		await library.search('Wohngeld', { filters: { kind: { any: ['position'] } } });
		expect(wordSearches(asked, 'Wohngeld')).toBe(2);
		await library.search('Wohngeld', { sort: { date: 'desc' } });
		expect(wordSearches(asked, 'Wohngeld')).toBe(3);
		expect(await library.facet('land')).toEqual({ Bayern: 1 });
		const counted = await library.search('Wohngeld');
		expect(wordSearches(asked, 'Wohngeld')).toBe(4);
		expect(counted.filters).toEqual({ land: { Bayern: 1 } });
	});

	it('keeps a peer to its own documents in the look-up and in the search it answers', async () => {
		const { pagefind, asked } = fakePagefind();
		const library = new LibrarySearch('Nachbar', pagefind, { name: 'Nachbar', url: 'https://peer.example/' } as never);
		await library.search('Wohngeld');
		expect(asked.filter((a) => a.term === 'Wohngeld').map((a) => a.options.filters)).toEqual([
			{ source: { any: ['Nachbar'] } },
		]);
		// A "Source" filter that leaves the peer out asks it nothing.
		const before = asked.length;
		expect((await library.search('Wohngeld', { filters: { source: { any: ['Hier'] } } })).results).toEqual([]);
		expect(asked.length).toBe(before);
	});

	it('asks again after a look-up that failed, and does not answer with the failure', async () => {
		const failing = new Set(['Wohngeld']);
		const { pagefind, asked } = fakePagefind(failing);
		const library = new LibrarySearch('Hier', pagefind);
		await expect(library.search('Wohngeld')).rejects.toThrow('index chunk did not load');
		failing.clear();
		expect((await library.search('Wohngeld')).results.map((r) => r.id)).toEqual(['p1']);
		expect(wordSearches(asked, 'Wohngeld')).toBe(2);
	});

	it('still finds nothing for a word the library does not have, with one search for it', async () => {
		const { pagefind, asked } = fakePagefind();
		const library = new LibrarySearch('Hier', pagefind);
		expect((await library.search('Grundsteuer')).results).toEqual([]);
		expect(wordSearches(asked, 'Grundsteuer')).toBe(1);
	});
});
