/**
 * One library's part of every search: this library's own index, or one
 * peer's. Each peer has a Pagefind instance of its own (this library's index
 * with the peer's merged into it, searched for the peer's documents only),
 * so that a peer that hangs holds up nothing but its own answers.
 *
 * A query word the library does not have finds nothing in it. Pagefind would
 * give the pages with the longest word of the index the query word begins
 * with ("Kindergrundsicherung" → every page with "Kinder"); the same rule
 * holds for this library and for every peer (`word-match.ts`).
 */
import { stemmer } from '@orama/stemmers/german';
import type { Peer } from '../../lib/search/client/federation.ts';
import { findsWord, queryForm } from '../../lib/search/client/word-match.ts';
import type { Pagefind, ResultData, SearchOptions, SearchResponse, SearchResult } from './pagefind-api.ts';

/** An answer without results. */
export const NO_RESULTS: SearchResponse = Object.freeze({ results: [], unfilteredResultCount: 0, filters: {} });

/** The words Pagefind highlighted in an excerpt: the text between its own `<mark>` and `</mark>`. */
function markedWords(excerpt: string): string[] {
	return [...excerpt.matchAll(/<mark>([^<]{1,200})<\/mark>/g)].map((match) => match[1]!);
}

type Filters = Record<string, unknown>;

/** Raised when a library answers a search but the data of its result cannot be loaded. */
export class UnloadableResult extends Error {}

/** A value no document has in any facet: `none` of it is every document. */
const NO_VALUE = '\u0000';

/** The search a look-up asked Pagefind, with the facets counted when it was asked. */
interface LookUp {
	filters: string;
	counted: number;
	response: Promise<SearchResponse>;
}

/** How many look-ups' answers a library keeps for the searches that follow them. */
const LOOK_UPS_KEPT = 32;

/** A library's searches, with what it knows about its words. */
export class LibrarySearch {
	/** The library's name, as the "Source" facet shows it. */
	readonly name: string;
	/** The peer, or `undefined` for this library. */
	readonly peer: Peer | undefined;
	private readonly pagefind: Pagefind;
	/** Whether the library has a word (by its index form), asked once per word. */
	private readonly words = new Map<string, Promise<boolean>>();
	/** The counts of each facet loaded so far. */
	private readonly totals = new Map<string, Promise<Record<string, number>>>();
	/** The facets this library's searches count: those loaded (`facet`), whatever they held. */
	private readonly counted = new Set<string>();
	/** The latest load of each page's data. */
	private readonly loads = new Map<string, Promise<ResultData>>();
	/**
	 * The answers of the latest look-ups (`has`), by word. A query of one word
	 * searches Pagefind for it just after looking it up; with the same filters
	 * and the same facets counted, that search is the look-up's, and a word
	 * that finds most of the library costs Pagefind 100-400 ms at 10,000 documents.
	 */
	private readonly lookUps = new Map<string, LookUp>();

	constructor(name: string, pagefind: Pagefind, peer?: Peer) {
		this.name = name;
		this.pagefind = pagefind;
		this.peer = peer;
	}

	/**
	 * The filters of a search in this library, or `undefined` when its
	 * "Source" filter leaves the library out. A peer's instance also holds
	 * this library's index, so its searches keep to the peer's documents.
	 */
	private scoped(filters: Filters | undefined): Filters | undefined {
		const source = (filters?.['source'] as { any?: string[] } | undefined)?.any;
		if (source && !source.includes(this.name)) return undefined;
		return this.peer ? { ...filters, source: { any: [this.name] } } : filters;
	}

	/**
	 * A result whose data loads one after the other with the other results of
	 * its page. Pagefind keeps one object per page and writes each search's
	 * excerpt into it before handing it over, so two searches loading the same
	 * page at once could each get the other's highlights.
	 */
	private withData(result: SearchResult): SearchResult {
		const data = () => {
			const before = this.loads.get(result.id);
			const load = (before ? before.catch(() => undefined) : Promise.resolve())
				.then(() => result.data())
				.then((loaded) => ({ ...loaded }));
			this.loads.set(result.id, load);
			return load;
		};
		return { id: result.id, score: result.score, data };
	}

	/** Whether the library has `word`: its best hit marks a word the query word finds. */
	has(word: string): Promise<boolean> {
		const key = queryForm(word);
		if (!key) return Promise.resolve(true);
		let known = this.words.get(key);
		if (!known) {
			known = (async () => {
				const probe = await this.lookUp(word);
				if (!probe.results[0]) return false;
				const best = this.withData(probe.results[0]);
				const data = await best.data().catch((error: unknown) => {
					throw new UnloadableResult(`A result of ${this.name} could not be loaded`, { cause: error });
				});
				const marked = markedWords(String(data.excerpt ?? ''));
				// An excerpt without a highlight says nothing about the word: Pagefind's answer stands.
				return marked.length === 0 || marked.some((text) => findsWord(key, text, stemmer));
			})();
			// A failed look-up is asked again next time; the library may answer then.
			known.catch(() => this.words.delete(key));
			this.words.set(key, known);
		}
		return known;
	}

	/** Pagefind's answer for `word` alone in this library, kept for the search of the same word that follows. */
	private lookUp(word: string): Promise<SearchResponse> {
		const filters = this.scoped({}) ?? {};
		const response = this.pagefind.search(word, { filters });
		const lookUp: LookUp = { filters: JSON.stringify(filters), counted: this.counted.size, response };
		this.lookUps.delete(word);
		this.lookUps.set(word, lookUp);
		for (const oldest of this.lookUps.keys()) {
			if (this.lookUps.size <= LOOK_UPS_KEPT) break;
			this.lookUps.delete(oldest);
		}
		response.catch(() => {
			if (this.lookUps.get(word) === lookUp) this.lookUps.delete(word);
		});
		return response;
	}

	/**
	 * A look-up's answer that is the answer of this search: the same single word,
	 * the same filters, no order, and no facet counted since (facets are only ever added).
	 */
	private lookedUp(term: string | null, options: SearchOptions, filters: Filters): Promise<SearchResponse> | undefined {
		if (term === null || options.sort !== undefined) return undefined;
		const lookUp = this.lookUps.get(term);
		if (!lookUp || lookUp.counted !== this.counted.size || lookUp.filters !== JSON.stringify(filters)) return undefined;
		return lookUp.response;
	}

	/**
	 * Searches like Pagefind's `search`, in this library only. A query with
	 * a word the library does not have finds nothing here; a quoted phrase is
	 * Pagefind's exact search, which has no such fallback.
	 */
	async search(term: string | null, options: SearchOptions = {}): Promise<SearchResponse> {
		const filters = this.scoped(options.filters as Filters | undefined);
		if (filters === undefined && options.filters !== undefined) return NO_RESULTS;
		if (term !== null && !/^\s*".+"\s*$/.test(term)) {
			const words = term.split(/\s+/).filter(Boolean);
			const known = await Promise.all(words.map((word) => this.has(word)));
			if (known.includes(false)) return NO_RESULTS;
		}
		// The facets counted are those loaded when the search was asked, and those it filters by (Pagefind loads them
		// for it); one that loads meanwhile may be counted by Pagefind, but not by every library, so it is left out.
		const counted = new Set([...this.counted, ...Object.keys(filters ?? {})]);
		const response = await (this.lookedUp(term, options, filters ?? {}) ??
			this.pagefind.search(term, { ...options, filters: filters ?? {} }));
		const counts: SearchResponse['filters'] = {};
		for (const facet of counted) counts[facet] = response.filters[facet] ?? {};
		return { ...response, filters: counts, results: response.results.map((result) => this.withData(result)) };
	}

	/**
	 * The counts of all the library's documents per value of `facet`. Pagefind
	 * loads a facet's file only for a search that names the facet, and from
	 * then on counts it in every search; a search for every document (`none` of
	 * a value no document has) loads it and counts all. Asked again after a failure.
	 */
	facet(facet: string): Promise<Record<string, number>> {
		let totals = this.totals.get(facet);
		if (!totals) {
			totals = this.pagefind
				.search(null, { filters: this.scoped({ [facet]: { none: [NO_VALUE] } }) ?? {} })
				.then((response) => {
					const counts = response.filters[facet] ?? {};
					this.counted.add(facet);
					// Pagefind gives no counts for a file that did not load: not kept, asked again next time.
					if (Object.keys(counts).length === 0) this.totals.delete(facet);
					return counts;
				});
			totals.catch(() => this.totals.delete(facet));
			this.totals.set(facet, totals);
		}
		return totals;
	}
}
