/**
 * The search page's query handling between the typed text and Pagefind:
 * the query becomes concepts with alternatives (`query-plan.ts`), each
 * alternative one Pagefind search, and the results one ranking
 * (`query-rank.ts`). A query Pagefind answers alone costs one search more
 * than before (the synonyms of its word, if it has any). The query terms
 * (a few kilobytes) load with the first search; the vocabulary for splitting
 * compounds and correcting spelling only for a query with a long word that
 * found less than a page, or a word nothing matched.
 */
import { addAlternative, ALTERNATIVE_WEIGHTS, planQuery, type Concept } from '../../lib/search/client/query-plan.ts';
import { rankDocuments, type AlternativeHits } from '../../lib/search/client/query-rank.ts';
import { compoundQuery, corrections, queryLexicon } from '../../lib/search/client/query-split.ts';
import type { QueryTerms } from '../../lib/search/client/query-terms.ts';
import { MIN_COMPOUND_LENGTH } from '../../lib/search/build/decompound.ts';
import { SEARCH_BUNDLE_HREF } from '../../lib/routes/routes.ts';
import type { SearchOptions, SearchResponse, SearchResult } from './pagefind-api.ts';
import type { Searchable } from './query-round.ts';
import {
	facetsNeedingOwnCounts,
	pagefindFilters,
	pagefindSort,
	type SearchState,
	type StateFacet,
} from '../../lib/search/client/search-state.ts';
import type { FilterCounts } from './pagefind-api.ts';

const BUNDLE = SEARCH_BUNDLE_HREF;
/** Supersession chains looked up per query, at most: the ones among the best hits matter. */
const MAX_CHAINS = 12;
/** Documents a word must find for its compound parts not to be searched: the first page of results. */
const ENOUGH_HITS = 10;

let terms: Promise<QueryTerms> | undefined;
let lexicon: Promise<Set<string>> | undefined;
/**
 * What does not change between queries, asked once per combination of
 * libraries (`Searchable.key`: each query combines them anew), and again
 * after a failure.
 */
function once<T>(cache: Map<string, Promise<T>>, pagefind: Searchable, ask: () => Promise<T>): Promise<T> {
	const key = pagefind.key;
	let answer = cache.get(key);
	if (!answer) {
		answer = ask();
		answer.catch(() => cache.delete(key));
		cache.set(key, answer);
	}
	return answer;
}

const demotedIds = new Map<string, Promise<Set<string>>>();
const documentCounts = new Map<string, Promise<number>>();
const chainFilters = new Map<string, Promise<unknown>>();

/** Documents in all the libraries searched: a search for everything, which loads no file. */
function documentCount(pagefind: Searchable): Promise<number> {
	return once(documentCounts, pagefind, () => pagefind.search(null, {}).then((response) => response.results.length));
}

async function readJson<T>(name: string, fallback: T): Promise<T> {
	try {
		const response = await fetch(`${BUNDLE}${name}`);
		return response.ok ? ((await response.json()) as T) : fallback;
	} catch {
		// Without the file the search still works, as Pagefind alone.
		return fallback;
	}
}

const loadTerms = () => (terms ??= readJson<QueryTerms>('dreiklang-query.json', { groups: [], demoted: [] }));
const loadLexicon = () =>
	(lexicon ??= readJson<string[]>('dreiklang-lexicon.json', []).then((words) => queryLexicon(words)));

/** Ids of the superseded and withdrawn documents, in all the libraries searched. */
function demoted(pagefind: Searchable, labels: readonly string[]): Promise<Set<string>> {
	return once(demotedIds, pagefind, async () =>
		labels.length === 0
			? new Set<string>()
			: new Set((await pagefind.search(null, { filters: { status: { any: [...labels] } } })).results.map((r) => r.id)),
	);
}

/** One search per alternative, for all concepts. */
async function runAlternatives(
	pagefind: Searchable,
	concepts: readonly Concept[],
	options: SearchOptions,
	done: Map<string, SearchResponse>,
): Promise<void> {
	const queries = [...new Set(concepts.flatMap((c) => c.alternatives.map((a) => a.query)))].filter((q) => !done.has(q));
	const answers = await Promise.all(queries.map((q) => pagefind.search(q, options)));
	queries.forEach((q, i) => done.set(q, answers[i]!));
}

/**
 * Adds compound parts to long words that found less than a page of
 * documents, and spelling corrections to words nothing matched. A long word
 * that already fills the first page needs no parts, and so its query does not
 * fetch the vocabulary (18 KB gzip here) and the index chunks of the parts.
 */
async function refine(concepts: readonly Concept[], done: ReadonlyMap<string, SearchResponse>): Promise<boolean> {
	const hits = (c: Concept) =>
		new Set(c.alternatives.flatMap((a) => done.get(a.query)?.results.map((r) => r.id) ?? [])).size;
	const found = (c: Concept) => hits(c) > 0;
	const needy = concepts.filter(
		(c) => c.word && ((c.word.length >= MIN_COMPOUND_LENGTH && hits(c) < ENOUGH_HITS) || !found(c)),
	);
	if (needy.length === 0) return false;
	const words = await loadLexicon();
	let added = false;
	for (const concept of needy) {
		const before = concept.alternatives.length;
		for (const { query } of [...concept.alternatives].filter((a) => !a.query.includes(' '))) {
			const split = compoundQuery(query, words);
			if (split) addAlternative(concept, split, ALTERNATIVE_WEIGHTS.split);
		}
		if (!found(concept))
			for (const correction of corrections(concept.word!, words))
				addAlternative(concept, correction, ALTERNATIVE_WEIGHTS.spelling);
		added ||= concept.alternatives.length > before;
	}
	return added;
}

/** Loads the hidden `chain` filter (a few kilobytes), so that every search counts it. */
function loadChains(pagefind: Searchable): Promise<unknown> {
	return once(chainFilters, pagefind, () => pagefind.facet('chain'));
}

/** The chains among the hits, from the hidden `chain` filter each chain's documents carry. */
async function chainsOf(
	pagefind: Searchable,
	responses: Iterable<SearchResponse>,
	options: SearchOptions,
): Promise<string[][]> {
	const names = new Set<string>();
	for (const response of responses)
		for (const [name, count] of Object.entries(response.filters['chain'] ?? {})) if (count > 0) names.add(name);
	const chosen = [...names].slice(0, MAX_CHAINS);
	const answers = await Promise.all(
		chosen.map((name) => pagefind.search(null, { ...options, sort: undefined, filters: { chain: { any: [name] } } })),
	);
	return answers.map((answer) => answer.results.map((r) => r.id));
}

/**
 * Searches as the page does: `query` through the query handling, or as
 * Pagefind alone for an empty query. Filter counts are those of the search with the most results (Pagefind
 * counts one search's results; a union of searches has no counts of its own).
 */
export async function handledSearch(
	pagefind: Searchable,
	query: string,
	options: SearchOptions,
): Promise<SearchResponse> {
	const term = query.trim();
	if (!term) return pagefind.search(null, options);
	const relevance: SearchOptions = { filters: options.filters };
	// Before the searches, whose counts of it find the chains among the hits.
	await loadChains(pagefind);
	const first = await pagefind.search(term, relevance);
	const known = await loadTerms();
	const concepts = planQuery(term, known);
	const done = new Map<string, SearchResponse>([[term, first]]);
	await runAlternatives(pagefind, concepts, relevance, done);
	if (await refine(concepts, done)) await runAlternatives(pagefind, concepts, relevance, done);

	const best = new Map<string, { result: SearchResult; share: number }>();
	const hits = concepts.map((concept) =>
		concept.alternatives.map(({ query: q, weight }): AlternativeHits => {
			const results = done.get(q)?.results ?? [];
			const top = results[0]?.score ?? 1;
			for (const result of results) {
				// The result object of the best-matching search is the one shown: its excerpt marks what matched.
				const share = (weight * result.score) / top;
				if ((best.get(result.id)?.share ?? -1) < share) best.set(result.id, { result, share });
			}
			// Pagefind adds up the scores of a query's words: per word, a query of three words compares with one of one.
			const words = Math.max(1, q.split(/\s+/).length);
			return { weight, scores: new Map(results.map((r) => [r.id, r.score / words])) };
		}),
	);
	const [demotedSet, chains, documents] = await Promise.all([
		demoted(pagefind, known.demoted),
		chainsOf(pagefind, done.values(), relevance),
		documentCount(pagefind),
	]);
	const total = Math.max(best.size, documents);
	let order = rankDocuments(hits, { total, demoted: demotedSet, chains });
	if (options.sort) {
		// A date order: Pagefind sorts every matching document, and the ranking keeps the ones it found.
		const sorted = await pagefind.search(null, options);
		const found = new Set(order);
		order = sorted.results.map((r) => r.id).filter((id) => found.has(id));
	}
	const counted = [...done.values()].reduce((a, b) => (b.results.length > a.results.length ? b : a), first);
	return {
		results: order.map((id) => best.get(id)!.result),
		unfilteredResultCount: Math.max(counted.unfilteredResultCount, order.length),
		filters: counted.filters,
	};
}

/**
 * The search page's state searched in `libraries`: the results, and the
 * facet counts, each selected facet counted without its own selection
 * (values of one facet combine with OR).
 */
export async function searchState(
	libraries: Searchable,
	state: SearchState,
): Promise<{ main: SearchResponse; own: Partial<Record<StateFacet, FilterCounts>> }> {
	const options = { filters: pagefindFilters(state), sort: pagefindSort(state) };
	const main = await handledSearch(libraries, state.q, options);
	const own: Partial<Record<StateFacet, FilterCounts>> = {};
	for (const facet of facetsNeedingOwnCounts(state))
		own[facet] = (await handledSearch(libraries, state.q, { filters: pagefindFilters(state, facet) })).filters;
	return { main, own };
}
