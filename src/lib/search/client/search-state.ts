/**
 * The state of the search page — query, filters, sort — and its one home, the
 * URL: `/suche/?q=planung&land=Bayern&land=Berlin&sort=newest`. Reading and
 * writing it here, as pure functions, keeps shared links, the back button and
 * a reload showing the same thing. Also how that state becomes Pagefind's
 * filter and sort options.
 */
import { SEARCH_FACETS, type SearchFacet } from '../search-fields.ts';

/** How long typing must pause before a search starts, as Pagefind's `debouncedSearch` waits. */
export const SEARCH_DEBOUNCE_MS = 250;

/** Facets of the search page: the library (`source`, only with peers) and the document facets. */
export const STATE_FACETS = ['source', ...SEARCH_FACETS] as const;
export type StateFacet = (typeof STATE_FACETS)[number] | SearchFacet;

/** How results are ordered. `relevance` becomes newest-first when there is no query to be relevant to. */
export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What the search page shows. */
export interface SearchState {
	/** The query as typed; empty to browse by filters. */
	q: string;
	/** Selected values per facet; values within a facet combine with OR, facets with AND. */
	filters: Partial<Record<StateFacet, string[]>>;
	sort: SortOrder;
}

/** Pagefind's filter object: `{ land: { any: ['Bayern', 'Berlin'] } }`. */
export type PagefindFilters = Partial<Record<StateFacet, { any: string[] }>>;

/**
 * The longest query the page searches for, in characters; a longer one (from
 * a shared link, say) is cut there, so that it costs the reader's browser no
 * more than a long sentence would.
 */
export const MAX_QUERY_LENGTH = 500;

/**
 * The most values of one facet a state keeps, and the longest value. A link
 * may carry tens of thousands of them (`?land=…&land=…`, half a megabyte),
 * each of which the page would search for, name in its notice of unknown
 * values and compare with the others when removing them; no reader selects
 * more than a few, and no document has a value this long.
 */
export const MAX_FILTER_VALUES = 50;
/** The longest filter value kept, in characters (see `MAX_FILTER_VALUES`). */
export const MAX_FILTER_VALUE_LENGTH = 200;

/**
 * The most values one facet offers. A library's own facets stay far below it
 * (Länder, topics, the organizations that lead or report); a peer that sends
 * values by the hundred thousand must not make the panel, and every keystroke
 * that updates it, grow without end.
 */
export const MAX_FACET_VALUES = 1000;

/**
 * The values of one facet the panel offers: all of them up to `max`, beyond
 * that the ones most documents have, and always those the reader selected.
 */
export function offeredValues(
	counts: Readonly<Record<string, number>>,
	selected: readonly string[] = [],
	max = MAX_FACET_VALUES,
): string[] {
	const values = Object.keys(counts);
	if (values.length <= max) return values;
	const kept = new Set(selected.filter((value) => value in counts));
	for (const value of [...values].sort((a, b) => counts[b]! - counts[a]!)) {
		if (kept.size >= max) break;
		kept.add(value);
	}
	return values.filter((value) => kept.has(value));
}

/** A text cut to `max` characters, never inside a surrogate pair. */
function bounded(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max;
	return text.slice(0, cut).trim();
}

/**
 * Reads the state from a query string; unknown parameters and empty values
 * are ignored, a long query or value is cut (`MAX_QUERY_LENGTH`,
 * `MAX_FILTER_VALUE_LENGTH`), values beyond `MAX_FILTER_VALUES` a facet are left out.
 */
export function parseState(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const facet of STATE_FACETS) {
		const values = [
			...new Set(
				params
					.getAll(facet)
					.map((v) => bounded(v.trim(), MAX_FILTER_VALUE_LENGTH))
					.filter(Boolean),
			),
		].slice(0, MAX_FILTER_VALUES);
		if (values.length > 0) filters[facet] = values;
	}
	const sort = params.get('sort');
	return {
		q: bounded((params.get('q') ?? '').trim(), MAX_QUERY_LENGTH),
		filters,
		sort: SORT_ORDERS.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance',
	};
}

/** Writes the state as a query string, in a stable order; defaults are left out. */
export function stateToParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const facet of STATE_FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	return params;
}

/** Whether two states show the same thing. */
export function sameState(a: SearchState, b: SearchState): boolean {
	return stateToParams(a).toString() === stateToParams(b).toString();
}

/** How many filter values are selected, over all facets. */
export function selectedCount(state: SearchState): number {
	return Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
}

/** A selected filter value. */
export interface FilterValue {
	facet: StateFacet;
	value: string;
}

/**
 * The selected values no document has (`?land=Atlantis`, a mistyped or
 * outdated link), given the counts of all documents: the page names them and
 * offers to remove them, instead of showing 0 results without a reason.
 */
export function unknownValues(state: SearchState, totals: FacetCounts): FilterValue[] {
	return (Object.entries(state.filters) as [StateFacet, string[]][]).flatMap(([facet, values]) =>
		values
			.filter((value) => !(totals[facet] && Object.hasOwn(totals[facet], value)))
			.map((value) => ({ facet, value })),
	);
}

/** The state without the given filter values. */
export function withoutValues(state: SearchState, remove: readonly FilterValue[]): SearchState {
	const filters: SearchState['filters'] = {};
	for (const [facet, values] of Object.entries(state.filters) as [StateFacet, string[]][]) {
		const kept = values.filter((value) => !remove.some((r) => r.facet === facet && r.value === value));
		if (kept.length > 0) filters[facet] = kept;
	}
	return { ...state, filters };
}

/**
 * The address of the same search on another page (the search page in the
 * other language): the state travels along, since the facet values are the
 * index's labels on both. `searchHref('/en/search/', state)` → `/en/search/?q=x&land=Bayern`.
 */
export function searchHref(path: string, state: SearchState): string {
	const query = stateToParams(state).toString();
	return `${path}${query ? `?${query}` : ''}`;
}

/** Pagefind filters for the state, leaving out one facet (for that facet's own counts). */
export function pagefindFilters(state: SearchState, except?: StateFacet): PagefindFilters {
	const out: PagefindFilters = {};
	for (const [facet, values] of Object.entries(state.filters) as [StateFacet, string[]][]) {
		if (facet !== except && values.length > 0) out[facet] = { any: values };
	}
	return out;
}

/** Pagefind's sort option, or `undefined` for relevance. Browsing without a query lists newest first. */
export function pagefindSort(state: SearchState): { date: 'asc' | 'desc' } | undefined {
	if (state.sort === 'oldest') return { date: 'asc' };
	if (state.sort === 'newest' || !state.q) return { date: 'desc' };
	return undefined;
}

/** Counts per facet value, as Pagefind reports them. */
export type FacetCounts = Record<string, Record<string, number>>;

/**
 * The facets whose counts need a search of their own: those with a selection.
 * Pagefind counts what each value would add to the current filters (AND); for
 * a facet whose values combine with OR, the count must come from a search
 * without that facet's own selection.
 */
export function facetsNeedingOwnCounts(state: SearchState): StateFacet[] {
	return STATE_FACETS.filter((facet) => (state.filters[facet]?.length ?? 0) > 0);
}

/**
 * The counts to show: per facet, from its own search when it has a selection,
 * else from the main search. `merged(main, { land: landSearch.filters })`.
 */
export function facetCounts(main: FacetCounts, own: Partial<Record<StateFacet, FacetCounts>>): FacetCounts {
	const out: FacetCounts = { ...main };
	for (const [facet, counts] of Object.entries(own) as [StateFacet, FacetCounts][])
		if (counts[facet]) out[facet] = counts[facet];
	return out;
}
