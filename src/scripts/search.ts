/**
 * The search page, in the browser. The page works as a plain form without
 * this script; the script adds results as you type, facets with counts and the
 * peers' results, all through Pagefind's JS API. The URL holds the whole
 * state: every change is a history entry (a typing session is one), and the
 * back button restores the previous search.
 */
import { resultLink, type Peer } from '../lib/search/client/federation.ts';
import {
	facetCounts,
	facetsNeedingOwnCounts,
	parseState,
	sameState,
	SEARCH_DEBOUNCE_MS,
	searchHref,
	selectedCount,
	stateToParams,
	STATE_FACETS,
	unknownValues,
	withoutValues,
	type FilterValue,
	type SearchState,
	type StateFacet,
} from '../lib/search/client/search-state.ts';
import { LiveStatus } from '../lib/search/client/live-status.ts';
import { connect, type Connection } from './search/connect.ts';
import { FacetPanel } from './search/facets.ts';
import type { LibrarySearch } from './search/library-search.ts';
import { searchState } from './search/query-search.ts';
import { QueryRound, type Problem } from './search/query-round.ts';
import { config, formatDate, formatNumber, label, t } from './search/page-config.ts';
import type { FilterCounts, SearchResult } from './search/pagefind-api.ts';
import { resultItem } from './search/render.ts';

/** Results added per "Show more". */
const PAGE_SIZE = 10;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const sort = $<HTMLSelectElement>('search-sort');
const app = $('search-app');
const status = $('search-status');
const peersNotice = $('search-peers-notice');
const list = $<HTMLOListElement>('search-list');
const more = $<HTMLButtonElement>('search-more');
const none = $('search-none');
const noneText = $('search-none-text');
const clear = $<HTMLButtonElement>('search-clear');
const unknownNotice = $('search-unknown');
const unknownText = $('search-unknown-text');
const unknownRemove = $<HTMLButtonElement>('search-unknown-remove');
const filtersToggle = $<HTMLDetailsElement>('search-filters-toggle');
const filtersSelected = $('search-filters-selected');
/** The layout's breakpoint (`search.css`): wider than this, the filters stand beside the results. */
const wide = matchMedia('(min-width: 48.0625rem)');
/** The link to this page in the other language (`Base.astro`), without query: the search travels along. */
const languageSwitch = document.getElementById('lang-switch') as HTMLAnchorElement | null;
const alternatePath = languageSwitch?.getAttribute('href') ?? undefined;
const panel = new FacetPanel(
	$('search-facets'),
	{
		legend: (facet) => t(`search.facet.${facet}`),
		more: (count) => t('search.facet.more', { count: formatNumber(count) }),
		fewer: t('search.facet.fewer'),
		loading: t('search.facet.loading'),
		none: t('search.facet.none'),
		failed: t('search.facet.failed'),
		value: label,
	},
	config.lang,
	(facet) => void openFacet(facet).catch(() => panel.failed(facet)),
);

/** One query: its state, the peers' part of it, and the libraries whose answers are in what the page shows. */
interface Query {
	id: number;
	state: SearchState;
	round: QueryRound;
	/** This library and the peers that have answered, in the order of the configuration. */
	answered: LibrarySearch[];
	/** Whether the query came from typing (its count is said once the field rests). */
	debounce: boolean;
}

let connection: Connection;
/** The query the page shows, or is searching for. */
let query: Query | undefined;
/** The counts of all documents, per facet that has been loaded. */
const totals: FilterCounts = {};
/** Facets whose values are loading or loaded. */
const facetLoads = new Map<StateFacet, Promise<void>>();
let results: SearchResult[] = [];
let shown = 0;
let run = 0;
/** Whether the current history entry belongs to a typing session, which replaces it key by key. */
let typing = false;
/** The state of the latest search, with any values from the address that no checkbox holds. */
let current: SearchState | undefined;
/** The values of the current state that no document has. */
let unknown: FilterValue[] = [];
/**
 * The live region's schedule. While typing, a count is said once the field has
 * rested a second after the search; a search still running after two seconds
 * (well below the peers' time-out) says so. `data-settling` tells tests (and
 * styles) that a count is still to come.
 */
const live = new LiveStatus({
	write: (text) => (status.textContent = text),
	settling: (pending) => {
		if (pending) app.dataset['settling'] = 'true';
		else delete app.dataset['settling'];
	},
	settleMs: 1000,
	slowMs: 2000,
});

/** The state the controls show: exactly what a plain submission of the form would send. */
function readControls(): SearchState {
	return parseState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function writeControls(state: SearchState): void {
	if (input.value.trim() !== state.q) input.value = state.q;
	sort.value = state.sort;
}

function commit(state: SearchState, mode: 'push' | 'replace'): void {
	const query = stateToParams(state).toString();
	const url = `${location.pathname}${query ? `?${query}` : ''}`;
	if (mode === 'push' && !sameState(state, parseState(new URLSearchParams(location.search))))
		history.pushState({ search: true }, '', url);
	else history.replaceState({ search: true }, '', url);
}

/**
 * Loads a facet's counts of all documents, in every library, and puts its
 * values into the panel; once. Pagefind counts the facet in every search
 * from then on.
 */
function loadFacet(facet: StateFacet): Promise<void> {
	let load = facetLoads.get(facet);
	if (!load) {
		load = (async () => {
			const counts = await new QueryRound(config.peerTimeoutMs, () => {}).combine(connection.libraries).facet(facet);
			// No values at all may be a file that did not load: asked again when the facet is opened again.
			if (Object.keys(counts).length === 0) facetLoads.delete(facet);
			else totals[facet] = counts;
			panel.fill(facet, counts, current ?? readControls(), config.name);
		})();
		// Asked again when the facet is opened again.
		load.catch(() => facetLoads.delete(facet));
		facetLoads.set(facet, load);
	}
	return load;
}

/** A facet was opened: its values, then the counts of the shown query for them. */
async function openFacet(facet: StateFacet): Promise<void> {
	await loadFacet(facet);
	const q = query;
	if (!q) return;
	// A round of its own, as the shown query's answers were counted before the facet was loaded; without the peers that query left out.
	const answered = q.answered.filter((library) => !q.round.dropped.has(library));
	const { main, own } = await searchState(new QueryRound(config.peerTimeoutMs, () => {}).combine(answered), q.state);
	if (q === query) panel.update(facetCounts(main.filters, own), q.state, formatNumber);
}

/** Names the values from the address that no document has, and offers to remove them. */
function showUnknown(state: SearchState): void {
	unknown = unknownValues(state, totals);
	unknownNotice.hidden = unknown.length === 0;
	if (unknown.length === 0) return;
	const values = unknown
		.map(({ facet, value }) => t('search.unknown.value', { facet: t(`search.facet.${facet}`), value }))
		.join(', ');
	const plural = unknown.length === 1 ? 'one' : 'other';
	unknownText.textContent = t(`search.unknown.${plural}`, { values });
	unknownRemove.textContent = t(`search.unknown.remove.${plural}`);
}

/** Keeps what depends on the state alone in step: the language switch and the number of chosen filters. */
function showState(state: SearchState): void {
	if (languageSwitch && alternatePath !== undefined) languageSwitch.href = searchHref(alternatePath, state);
	const selected = selectedCount(state);
	filtersSelected.textContent =
		selected > 0
			? `(${t(`search.filters.selected.${selected === 1 ? 'one' : 'other'}`, { count: formatNumber(selected) })})`
			: '';
}

/** The peers whose indexes were loaded: a result is labelled by which of their addresses it leads to. */
function mergedPeers(): Peer[] {
	return connection.libraries.flatMap((library) => (library.peer ? [library.peer] : []));
}

/** Peers that are missing from the current query, named for one kind of problem. */
function droppedNames(problems: readonly Problem[]): string {
	if (!query) return '';
	return [...query.round.dropped]
		.filter(([, problem]) => problems.includes(problem))
		.map(([library]) => library.name)
		.join(', ');
}

/**
 * The notice about peers: those that could not be loaded with the page, and
 * those missing from the current query. Its region is polite (`role="status"`):
 * a reader hears that a library is missing without losing the place they are at.
 */
function showPeerNotice(): void {
	const sentences: string[] = [];
	const unavailable = connection.unavailable.map((peer) => peer.name).join(', ');
	if (unavailable) sentences.push(t('search.peers.unavailable', { names: unavailable }));
	const dropped = droppedNames(['late', 'failed']);
	if (dropped) sentences.push(t('search.peers.dropped', { names: dropped }));
	const partial = droppedNames(['results']);
	if (partial) sentences.push(t('search.peers.partial', { names: partial }));
	const text = sentences.join(' ');
	if (peersNotice.textContent !== text) peersNotice.textContent = text;
	peersNotice.className = text ? 'notice notice--warning' : '';
}

/**
 * The library label of a result: for a peer's, the peer; for one of this
 * library's own, the source it was harvested from, if any (a peer cannot
 * claim a source). None at all when the library has neither peers nor sources.
 */
function resultSource(meta: Record<string, string | undefined>, library: string): string | undefined {
	const harvestedFrom = library === config.name ? meta['source'] : undefined;
	if (harvestedFrom) return t('search.result.source', { name: harvestedFrom });
	return config.peers.length > 0 ? t('search.result.source', { name: library }) : undefined;
}

/**
 * The entries of the next page of results, or `undefined` when a peer's
 * result could not be loaded: the peer is then left out of the query, and
 * the query is shown again without it, so that what is counted is what can
 * be listed. A result whose address leads outside its library is left out
 * and not counted.
 */
async function loadPage(round: QueryRound): Promise<HTMLElement[] | undefined> {
	const current = results;
	const page = current.slice(shown, shown + PAGE_SIZE);
	const before = round.dropped.size;
	const elsewhere = new Set<SearchResult>();
	const items = await Promise.all(
		page.map(async (result) => {
			const data = await round.data(result);
			if (!data) return undefined;
			const link =
				typeof data.url === 'string'
					? resultLink(data.url, { name: config.name, pageUrl: location.href }, mergedPeers())
					: undefined;
			if (!link) {
				// A peer's index pointed outside its own library (another host, `javascript:`): not shown, and not counted.
				elsewhere.add(result);
				return undefined;
			}
			return resultItem(data, {
				lang: config.lang,
				formatDate,
				label,
				t,
				url: link.url,
				source: resultSource(data.meta, link.library),
			});
		}),
	);
	if (round.dropped.size !== before || results !== current) return undefined;
	results = current.filter((result) => !elsewhere.has(result));
	shown += page.length - elsewhere.size;
	return items.filter((item): item is HTMLElement => item !== undefined);
}

/** What the status says of a count. */
function countText(state: SearchState, count: number): string {
	const key = state.q
		? 'search.status.query'
		: Object.keys(state.filters).length > 0
			? 'search.status.browse'
			: 'search.status.all';
	return t(`${key}.${count === 1 ? 'one' : 'other'}`, { count: formatNumber(count), query: state.q });
}

/**
 * Shows the query's results from the libraries that have answered, at least
 * `pages` results of them; searched again when a peer drops out meanwhile.
 * Returns `false` when a newer query came.
 */
async function display(q: Query, pages = PAGE_SIZE): Promise<boolean> {
	for (;;) {
		const before = q.round.dropped.size;
		const { main, own } = await searchState(q.round.combine(q.answered), q.state);
		if (q.id !== run) return false;
		if (q.round.dropped.size !== before) continue;
		results = main.results;
		shown = 0;
		const items: HTMLElement[] = [];
		let complete = true;
		while (complete && shown < Math.min(pages, results.length)) {
			const page = await loadPage(q.round);
			if (q.id !== run) return false;
			if (!page) complete = false;
			else items.push(...page);
		}
		if (!complete) continue;
		list.replaceChildren(...items);
		more.hidden = shown >= results.length;
		panel.update(facetCounts(main.filters, own), q.state, formatNumber);
		if (results.length > 0) none.hidden = true;
		return true;
	}
}

/** The query has its answers from every library, or has left out those that had none in time: the count is said. */
function finish(q: Query): void {
	live.finished();
	list.removeAttribute('aria-busy');
	const count = results.length;
	const text = countText(q.state, count);
	if (q.debounce) live.settle(text);
	else live.say(text);
	none.hidden = count > 0;
	noneText.textContent = q.state.q ? t('search.none.query', { query: q.state.q }) : t('search.none.browse');
	// How many searches have finished: lets tests (and styles) tell a finished search from a pending one.
	app.dataset['done'] = String(q.id);
}

/**
 * Searches every library. This library's results are shown at once; each
 * peer's join them as it answers, within its own time limit for this query.
 */
async function search(state: SearchState, { debounce = false } = {}): Promise<void> {
	const id = ++run;
	current = state;
	clear.hidden = Object.keys(state.filters).length === 0;
	showState(state);
	list.setAttribute('aria-busy', 'true');
	live.started(t('search.status.slow'));
	// A facet with a selection shows its values, and the values no document has are named.
	await Promise.all(facetsNeedingOwnCounts(state).map(loadFacet));
	if (id !== run) return;
	showUnknown(state);
	if (debounce) {
		await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS));
		if (id !== run) return;
	}
	const round: QueryRound = new QueryRound(config.peerTimeoutMs, () => {
		if (query?.round === round) showPeerNotice();
	});
	const [own, ...peers] = connection.libraries;
	const q: Query = { id, state, round, answered: [own!], debounce };
	query = q;
	showPeerNotice();
	let shownSoFar = display(q);
	const done = new Set<LibrarySearch>();
	await Promise.all(
		peers.map(async (peer) => {
			// The peer's part of the query; a peer that is late or fails is left out of it.
			await searchState(round.combine([own!, peer]), state);
			if (id !== run || round.dropped.has(peer)) return;
			done.add(peer);
			q.answered = connection.libraries.filter((library) => library === own || done.has(library));
			shownSoFar = shownSoFar.then((still) => still && display(q, Math.max(PAGE_SIZE, shown)));
			await shownSoFar;
		}),
	);
	if (!(await shownSoFar) || id !== run) return;
	finish(q);
}

function fail(): void {
	live.finished();
	live.say(t('search.error'));
	list.removeAttribute('aria-busy');
}

async function start(): Promise<void> {
	app.hidden = false;
	const address = parseState(new URLSearchParams(location.search));
	// The field is on the page before this script runs: what a reader typed there already is what they want searched.
	const typedEarly = input.value.trim() !== '';
	if (typedEarly) sort.value = address.sort;
	else writeControls(address);
	const written = input.value;
	commit(typedEarly ? { ...address, q: readControls().q } : address, 'replace');
	live.say(t('search.status.loading'));
	connection = await connect(config.name, config.peers, config.peerTimeoutMs);
	showPeerNotice();
	// So is what they typed while the indexes loaded; the filters of the address stay.
	const state = typedEarly || input.value !== written ? { ...address, q: readControls().q } : address;
	commit(state, 'replace');
	// On a phone the results come first and the filters wait behind their disclosure; beside the results they stay open.
	filtersToggle.open = wide.matches;
	wide.addEventListener('change', () => (filtersToggle.open = wide.matches));
	const order = STATE_FACETS.filter((facet) => facet !== 'source' || config.peers.length > 0);
	panel.build(order, state);
	await search(state);

	input.addEventListener('input', () => {
		live.typed();
		const next = readControls();
		commit(next, typing ? 'replace' : 'push');
		typing = true;
		search(next, { debounce: true }).catch(fail);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const next = readControls();
		commit(next, typing ? 'replace' : 'push');
		typing = false;
		search(next).catch(fail);
	});
	// Sort and facets sit outside the form element (tied to it by their `form` attribute), so listen on the page part that holds them.
	app.addEventListener('change', () => {
		const next = readControls();
		commit(next, 'push');
		typing = false;
		search(next).catch(fail);
	});
	clear.addEventListener('click', () => {
		const next = { ...readControls(), filters: {} };
		commit(next, 'push');
		typing = false;
		search(next).catch(fail);
		// The button hides itself; the query field is where the reader goes on.
		input.focus();
	});
	unknownRemove.addEventListener('click', () => {
		const next = withoutValues(current ?? readControls(), unknown);
		commit(next, 'push');
		typing = false;
		search(next).catch(fail);
		// The notice hides itself with its button; the query field is where the reader goes on.
		input.focus();
	});
	more.addEventListener('click', async () => {
		const q = query;
		if (!q) return;
		const page = await loadPage(q.round);
		if (q !== query) return;
		if (!page) {
			// A peer's result could not be loaded: the list and its count without that peer, as far as it went.
			if (await display(q, shown + PAGE_SIZE)) live.say(countText(q.state, results.length));
			return;
		}
		list.append(...page);
		more.hidden = shown >= results.length;
		page[0]?.querySelector('a')?.focus();
	});
	window.addEventListener('popstate', () => {
		const next = parseState(new URLSearchParams(location.search));
		// The skip link moves to the results by their fragment, which is a history step too: the search stays as it is.
		if (current && sameState(next, current)) return;
		writeControls(next);
		typing = false;
		search(next).catch(fail);
	});
}

start().catch(fail);
