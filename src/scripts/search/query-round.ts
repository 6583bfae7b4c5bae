/**
 * One query across libraries. Every search of the query goes to each library
 * separately; a peer's answer to each has its own time limit, and the peer
 * must also still answer for its entry file within it, since Pagefind
 * quietly searches without an index chunk it could not load. A peer that is
 * late, fails, or whose results cannot be loaded is left out of the rest of
 * the query (this library never is), and the page says so; the next query
 * asks it again.
 *
 * Answers are kept for the query, so that showing this library's results
 * first and then those with each peer that answered costs Pagefind nothing
 * twice.
 */
import { reachable } from './connect.ts';
import { TimeoutError, withTimeout } from '../../lib/search/client/federation.ts';
import { NO_RESULTS, UnloadableResult, type LibrarySearch } from './library-search.ts';
import type {
	FilterCounts,
	Pagefind,
	ResultData,
	SearchOptions,
	SearchResponse,
	SearchResult,
} from './pagefind-api.ts';

/** Why a peer is missing from a query: it did not answer in time, it failed, or its results could not be loaded. */
export type Problem = 'late' | 'failed' | 'results';

/** What the query handling needs of Pagefind: searches, and the counts of all documents per value of one facet. */
export type Searchable = Pick<Pagefind, 'search'> & {
	facet(facet: string): Promise<Record<string, number>>;
	/** The same for every combination of the same libraries, so that what does not change between queries is asked once. */
	readonly key: string;
};

const libraries = new WeakMap<SearchResult, LibrarySearch>();
const wrapped = new WeakMap<SearchResult, SearchResult>();
const keys = new WeakMap<LibrarySearch, number>();
let nextKey = 0;

/** A library's number in this page, which its results' ids start with. */
function keyOf(library: LibrarySearch): number {
	let key = keys.get(library);
	if (key === undefined) keys.set(library, (key = nextKey++));
	return key;
}

/** The library a result of `combine` comes from. */
export function libraryOf(result: SearchResult): LibrarySearch | undefined {
	return libraries.get(result);
}

/**
 * A library's result with an id of its own: two libraries may hold the same
 * page (one peer serving another's index), and results are told apart by id.
 */
function own(result: SearchResult, library: LibrarySearch): SearchResult {
	let out = wrapped.get(result);
	if (!out) {
		out = { id: `${keyOf(library)}/${result.id}`, score: result.score, data: result.data };
		wrapped.set(result, out);
		libraries.set(out, library);
	}
	return out;
}

/** Counts added up over libraries, as Pagefind adds up those of merged indexes. */
function addCounts(all: readonly FilterCounts[]): FilterCounts {
	const out: FilterCounts = {};
	for (const counts of all)
		for (const [facet, values] of Object.entries(counts)) {
			const sum = (out[facet] ??= {});
			for (const [value, count] of Object.entries(values)) sum[value] = (sum[value] ?? 0) + (Number(count) || 0);
		}
	return out;
}

export class QueryRound {
	/** The peers left out of this query, and why. */
	readonly dropped = new Map<LibrarySearch, Problem>();
	private readonly answers = new Map<LibrarySearch, Map<string, Promise<SearchResponse>>>();
	private readonly answering = new Map<LibrarySearch, Promise<boolean>>();
	private readonly timeoutMs: number;
	private readonly onDrop: () => void;

	/** `onDrop` is called when a peer is left out. */
	constructor(timeoutMs: number, onDrop: () => void) {
		this.timeoutMs = timeoutMs;
		this.onDrop = onDrop;
	}

	/** Leaves a peer out of the rest of the query. */
	drop(library: LibrarySearch, problem: Problem): void {
		if (!library.peer || this.dropped.has(library)) return;
		this.dropped.set(library, problem);
		this.onDrop();
	}

	/** Whether a peer still answers for its entry file, asked once per query. */
	private alive(library: LibrarySearch): Promise<boolean> {
		let alive = this.answering.get(library);
		if (!alive) this.answering.set(library, (alive = reachable(library.peer!, 2 * this.timeoutMs)));
		return alive;
	}

	/** Leaves a peer out for an error: a peer that does not answer at all failed, one that answers lost its results. */
	private async failed(library: LibrarySearch, error: unknown): Promise<void> {
		if (error instanceof TimeoutError) return this.drop(library, 'late');
		const up = await withTimeout(this.alive(library), this.timeoutMs, 'Asking again').catch(() => false);
		this.drop(library, up && error instanceof UnloadableResult ? 'results' : 'failed');
	}

	/** A peer's answer within the time limit, or nothing, with the peer left out. */
	private async limited<T>(library: LibrarySearch, ask: () => Promise<T>, fallback: T): Promise<T> {
		if (this.dropped.has(library)) return fallback;
		if (!library.peer) return ask();
		try {
			const [alive, answer] = await withTimeout(
				Promise.all([this.alive(library), ask()]),
				this.timeoutMs,
				`Searching ${library.name}`,
			);
			if (!alive) throw new Error(`${library.name} does not answer`);
			return answer;
		} catch (error) {
			await this.failed(library, error);
			return fallback;
		}
	}

	/** One search in one library, asked once per query. */
	search(library: LibrarySearch, term: string | null, options: SearchOptions = {}): Promise<SearchResponse> {
		let answers = this.answers.get(library);
		if (!answers) this.answers.set(library, (answers = new Map()));
		const key = JSON.stringify([term, options]);
		let answer = answers.get(key);
		if (!answer) {
			answer = this.limited(library, () => library.search(term, options), NO_RESULTS);
			answers.set(key, answer);
		}
		return answer;
	}

	/** The data of a result, within the time limit; a peer whose result cannot be loaded is left out. */
	async data(result: SearchResult): Promise<ResultData | undefined> {
		const library = libraryOf(result);
		try {
			return await withTimeout(result.data(), this.timeoutMs, 'Loading a result');
		} catch (error) {
			if (library?.peer)
				await this.failed(library, new UnloadableResult('A result could not be loaded', { cause: error }));
			return undefined;
		}
	}

	/** The libraries as one Pagefind: each search asks each library that is still in the query, and adds up their answers. */
	combine(all: readonly LibrarySearch[]): Searchable {
		const included = () => all.filter((library) => !this.dropped.has(library));
		return {
			get key() {
				return included().map(keyOf).join(' ');
			},
			search: async (term, options) => {
				const chosen = included();
				const responses = await Promise.all(chosen.map((library) => this.search(library, term, options)));
				// Pagefind's order of merged indexes: by score, and by library where scores are equal.
				const results = responses
					.flatMap((response, i) => response.results.map((result) => own(result, chosen[i]!)))
					.sort((a, b) => b.score - a.score);
				// A facet counts only where every library that found anything counted it: one asked before the facet was loaded did not
				// (`LibrarySearch.search`), and the panel keeps what it showed.
				const counted = responses.filter((response) => response !== NO_RESULTS);
				const filters = addCounts(responses.map((response) => response.filters));
				for (const facet of Object.keys(filters))
					if (!counted.every((response) => Object.hasOwn(response.filters, facet))) delete filters[facet];
				return {
					results,
					unfilteredResultCount: responses.reduce((sum, response) => sum + response.unfilteredResultCount, 0),
					filters,
				};
			},
			facet: async (facet) =>
				addCounts(
					await Promise.all(
						included().map((library) =>
							this.limited(library, async () => ({ [facet]: await library.facet(facet) }), {}),
						),
					),
				)[facet] ?? {},
		};
	}
}
