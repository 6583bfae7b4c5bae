/**
 * The parts of Pagefind's browser API (`/pagefind/pagefind.js`, Pagefind 1.x)
 * the search page uses, typed. The module is built with the site and loaded
 * at run time, so it has no types of its own to import.
 */

/** Counts per filter value: `{ land: { Bayern: 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * What `result.data()` returns: the fragment of whichever index the result
 * came from, so for a peer's result anything that peer wrote. Read it as
 * untrusted text (see `render.ts`).
 */
export interface ResultData {
	/** Site-relative for this library's results, absolute for a merged index's; checked with `resultLink` before it is linked. */
	url: string;
	/** Text around the matches with `<mark>` around them; HTML-escaped by Pagefind for its own indexes, but not necessarily. */
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

/** One search result; its data is loaded on demand. */
export interface SearchResult {
	id: string;
	score: number;
	data: () => Promise<ResultData>;
}

/** The answer to a search. */
export interface SearchResponse {
	results: SearchResult[];
	unfilteredResultCount: number;
	/** Results there would be if each value were added to the current filters. */
	filters: FilterCounts;
}

/** Options of a search. */
export interface SearchOptions {
	filters?: object | undefined;
	sort?: Record<string, 'asc' | 'desc'> | undefined;
}

/** Options of an index, the primary one or a merged one. */
export interface IndexOptions {
	excerptLength?: number;
	/** A filter every page of this index gets, e.g. `{ source: 'Städtetag Bayern' }`. */
	mergeFilter?: Record<string, string>;
	language?: string;
}

/** One Pagefind instance, as `createInstance` of `/pagefind/pagefind.js` makes it. */
export interface Pagefind {
	options(options: IndexOptions): Promise<void>;
	/** Resolves once the instance has started loading its index. */
	init(): Promise<void>;
	destroy(): Promise<void>;
	mergeIndex(bundlePath: string, options?: IndexOptions): Promise<void>;
	search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
	debouncedSearch(term: string | null, options?: SearchOptions, timeoutMs?: number): Promise<SearchResponse | null>;
	preload(term: string, options?: SearchOptions): Promise<void>;
	filters(): Promise<FilterCounts>;
}

/**
 * The module `/pagefind/pagefind.js`. Each instance searches on its own; all
 * share one web worker, started from the address of the first one's bundle.
 */
export interface PagefindModule {
	/** A new instance of this library's bundle; `options` as `IndexOptions`, applied before its index loads. */
	createInstance(options?: IndexOptions): Pagefind;
}
