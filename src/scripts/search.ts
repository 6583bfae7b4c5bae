/**
 * The search page, in the browser. The page works as a plain form without
 * this script; the script adds results as you type, facets with counts and the
 * peers' results, all through Pagefind's JS API. The URL holds the whole
 * state: every change is a history entry (a typing session is one), and the
 * back button restores the previous search.
 */
import { resultLink, TimeoutError, withTimeout } from '../lib/search/client/federation.ts';
import {
	facetCounts,
	facetsNeedingOwnCounts,
	pagefindFilters,
	pagefindSort,
	parseState,
	sameState,
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
import { connect, reachable, type Connection } from './search/connect.ts';
import { FacetPanel } from './search/facets.ts';
import { handledSearch } from './search/query-search.ts';
import { config, formatDate, formatNumber, label, t } from './search/page-config.ts';
import type { FilterCounts, SearchResponse, SearchResult } from './search/pagefind-api.ts';
import { resultItem } from './search/render.ts';

/** Results added per "Show more". */
const PAGE_SIZE = 10;
/** Longest wait for one search before the peers are checked again. */
const SEARCH_TIMEOUT_MS = 8000;

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
		value: label,
	},
	config.lang,
);

let connection: Connection;
let totals: FilterCounts = {};
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

function showPeerNotice(): void {
	const names = connection.unavailable.map((peer) => peer.name);
	peersNotice.textContent = names.length > 0 ? t('search.peers.unavailable', { names: names.join(', ') }) : '';
	peersNotice.className = names.length > 0 ? 'notice notice--warning' : '';
}

/** After a result failed to load: asks the merged peers again and reports those that no longer answer. */
async function checkPeers(): Promise<void> {
	const answers = await Promise.all(connection.merged.map((peer) => reachable(peer, config.peerTimeoutMs)));
	connection.merged.forEach((peer, i) => {
		if (!answers[i] && !connection.unavailable.some((p) => p.name === peer.name)) connection.unavailable.push(peer);
	});
	showPeerNotice();
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

async function showMore(): Promise<HTMLElement | undefined> {
	const current = results;
	const page = current.slice(shown, shown + PAGE_SIZE);
	shown += page.length;
	let failed = false;
	const elsewhere = new Set<SearchResult>();
	const items = await Promise.all(
		page.map(async (result) => {
			try {
				const data = await withTimeout(result.data(), config.peerTimeoutMs, 'Loading a result');
				const link =
					typeof data.url === 'string'
						? resultLink(data.url, { name: config.name, pageUrl: location.href }, connection.merged)
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
			} catch {
				// Only a peer's result can fail to load once the search ran; leave it out and say so.
				failed = true;
				return undefined;
			}
		}),
	);
	if (elsewhere.size > 0 && results === current) {
		results = current.filter((result) => !elsewhere.has(result));
		shown -= elsewhere.size;
	}
	if (failed) await checkPeers();
	const added = items.filter((item): item is HTMLElement => item !== undefined);
	list.append(...added);
	more.hidden = shown >= results.length;
	return added[0];
}

async function searchOnce(
	state: SearchState,
	debounce: boolean,
): Promise<{ main: SearchResponse; own: Partial<Record<StateFacet, FilterCounts>> } | null> {
	const { pagefind } = connection;
	const options = { filters: pagefindFilters(state), sort: pagefindSort(state) };
	// The typed words go through the query handling (compounds, synonyms, legal references, questions, ranking by status).
	const main = await handledSearch(pagefind, state.q, options, debounce);
	if (!main) return null;
	// Values of one facet combine with OR, so each selected facet counts without its own selection.
	const own: Partial<Record<StateFacet, FilterCounts>> = {};
	for (const facet of facetsNeedingOwnCounts(state))
		own[facet] = (await handledSearch(pagefind, state.q, { filters: pagefindFilters(state, facet) }))!.filters;
	return { main, own };
}

async function search(state: SearchState, { debounce = false } = {}): Promise<void> {
	const id = ++run;
	current = state;
	clear.hidden = Object.keys(state.filters).length === 0;
	showState(state);
	showUnknown(state);
	list.setAttribute('aria-busy', 'true');
	live.started(t('search.status.slow'));
	let answer: Awaited<ReturnType<typeof searchOnce>>;
	try {
		answer = await withTimeout(searchOnce(state, debounce), SEARCH_TIMEOUT_MS, 'Searching');
	} catch (error) {
		if (!(error instanceof TimeoutError) || connection.merged.length === 0) throw error;
		// A peer became slow: search again with the peers that still answer.
		const { unavailable } = connection;
		connection = await connect(config.name, connection.merged, config.peerTimeoutMs);
		connection.unavailable = [
			...unavailable,
			...connection.unavailable.filter((peer) => !unavailable.some((p) => p.name === peer.name)),
		];
		showPeerNotice();
		answer = await withTimeout(searchOnce(state, false), SEARCH_TIMEOUT_MS, 'Searching');
	}
	if (!answer || id !== run) return;
	const { main, own } = answer;
	results = main.results;
	shown = 0;
	list.replaceChildren();
	await showMore();
	if (id !== run) return;
	// Loading the results' fragments is part of the search a reader waits for.
	live.finished();
	list.removeAttribute('aria-busy');
	panel.update(facetCounts(main.filters, own), state, formatNumber);
	const count = results.length;
	const key = state.q
		? 'search.status.query'
		: Object.keys(state.filters).length > 0
			? 'search.status.browse'
			: 'search.status.all';
	const text = t(`${key}.${count === 1 ? 'one' : 'other'}`, { count: formatNumber(count), query: state.q });
	if (debounce) live.settle(text);
	else live.say(text);
	none.hidden = count > 0;
	noneText.textContent = state.q ? t('search.none.query', { query: state.q }) : t('search.none.browse');
	// How many searches have finished: lets tests (and styles) tell a finished search from a pending one.
	app.dataset['done'] = String(id);
}

function fail(): void {
	live.finished();
	live.say(t('search.error'));
	list.removeAttribute('aria-busy');
}

async function start(): Promise<void> {
	app.hidden = false;
	const state = parseState(new URLSearchParams(location.search));
	writeControls(state);
	commit(state, 'replace');
	live.say(t('search.status.loading'));
	connection = await connect(config.name, config.peers, config.peerTimeoutMs);
	showPeerNotice();
	totals = await connection.pagefind.filters();
	// On a phone the results come first and the filters wait behind their disclosure; beside the results they stay open.
	filtersToggle.open = wide.matches;
	wide.addEventListener('change', () => (filtersToggle.open = wide.matches));
	const order = STATE_FACETS.filter((facet) => facet !== 'source' || config.peers.length > 0);
	panel.build(order, totals, state, config.name);
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
		const first = await showMore();
		first?.querySelector('a')?.focus();
	});
	window.addEventListener('popstate', () => {
		const next = parseState(new URLSearchParams(location.search));
		writeControls(next);
		typing = false;
		search(next).catch(fail);
	});
}

start().catch(fail);
