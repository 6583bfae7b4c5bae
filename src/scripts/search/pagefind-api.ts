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

/** The module `/pagefind/pagefind.js`. */
export interface Pagefind {
	options(options: IndexOptions): Promise<void>;
	/** Loads the index; `language` picks its language index instead of the page's `<html lang>`. */
	init(language?: string): Promise<void>;
	destroy(): Promise<void>;
	mergeIndex(bundlePath: string, options?: IndexOptions): Promise<void>;
	search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
	debouncedSearch(term: string | null, options?: SearchOptions, timeoutMs?: number): Promise<SearchResponse | null>;
	preload(term: string, options?: SearchOptions): Promise<void>;
	filters(): Promise<FilterCounts>;
}
