/**
 * The names of what the search index stores besides the text — facets, result
 * fields and sort keys — and the marks around the terms it adds to the text. The search page's script reads them too, so this
 * module imports nothing: what it imports would ship to every reader.
 */

/** The facets, in the order the search page shows them. */
export const SEARCH_FACETS = [
	'kind',
	'status',
	'level',
	'land',
	'topic',
	'crisis',
	'measure',
	'organization',
	'year',
] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/**
 * The fields each result carries (`data-pagefind-meta`). `status` is the label,
 * `statusId` the id the page tells a document no longer in force by
 * (`superseded`, `withdrawn`), `example` is `true` for demonstration content,
 * `source` the name of the library a harvested document was taken from.
 */
export const SEARCH_META = [
	'title',
	'kind',
	'date',
	'organization',
	'summary',
	'lang',
	'status',
	'statusId',
	'example',
	'source',
] as const;

/**
 * Filters the index carries that are no facet: `chain`, the id of the newest
 * paper of a supersession chain, on every paper of the chain, so that the
 * search page can rank the version in force first (`query-rank.ts`).
 */
export const HIDDEN_FILTERS = ['chain'] as const;
/** A facet or a hidden filter. */
export type SearchFilter = SearchFacet | (typeof HIDDEN_FILTERS)[number];
export type SearchMetaField = (typeof SEARCH_META)[number];

/** The sort keys (`data-pagefind-sort`). */
export const SEARCH_SORTS = ['date'] as const;

/** Opens the terms the index adds after a word (see `annotate.ts`); the search page removes them from excerpts. */
export const ANNOTATION_OPEN = '⟨';
/** Closes the added terms. */
export const ANNOTATION_CLOSE = '⟩';
