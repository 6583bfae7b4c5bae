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
	isIdle,
	pagefindFilters,
	pagefindSort,
	parseState,
	sameState,
	stateToParams,
	STATE_FACETS,
	type SearchState,
	type StateFacet,
} from '../lib/search/client/search-state.ts';
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
					url: link.url,
					source: config.peers.length > 0 ? t('search.result.source', { name: link.library }) : undefined,
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
	clear.hidden = Object.keys(state.filters).length === 0;
	if (isIdle(state)) {
		results = [];
		shown = 0;
		list.replaceChildren();
		more.hidden = true;
		none.hidden = true;
		panel.update(totals, state, formatNumber);
		status.textContent = t('search.status.idle');
		app.dataset['done'] = String(id);
		return;
	}
	list.setAttribute('aria-busy', 'true');
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
	list.removeAttribute('aria-busy');
	panel.update(facetCounts(main.filters, own), state, formatNumber);
	const count = results.length;
	const key = state.q ? 'search.status.query' : 'search.status.browse';
	status.textContent = t(`${key}.${count === 1 ? 'one' : 'other'}`, { count: formatNumber(count), query: state.q });
	none.hidden = count > 0;
	noneText.textContent = state.q ? t('search.none.query', { query: state.q }) : t('search.none.browse');
	// How many searches have finished: lets tests (and styles) tell a finished search from a pending one.
	app.dataset['done'] = String(id);
}

function fail(): void {
	status.textContent = t('search.error');
	list.removeAttribute('aria-busy');
}

async function start(): Promise<void> {
	app.hidden = false;
	const state = parseState(new URLSearchParams(location.search));
	writeControls(state);
	commit(state, 'replace');
	status.textContent = t('search.status.loading');
	connection = await connect(config.name, config.peers, config.peerTimeoutMs);
	showPeerNotice();
	totals = await connection.pagefind.filters();
	const order = STATE_FACETS.filter((facet) => facet !== 'source' || config.peers.length > 0);
	panel.build(order, totals, state, config.name);
	await search(state);

	input.addEventListener('input', () => {
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
