/**
 * Loads Pagefind: this library's index, and an instance of its own for each
 * peer, so that a peer that fails or hangs later holds up only its own
 * answers (`query-round.ts`).
 *
 * Each peer is first asked for its entry file within the time-out, then
 * merged into its instance within the time-out; a peer that fails is left
 * out and reported, never fatal. A peer's instance loads the WebAssembly of
 * this library, never the peer's: Pagefind merges a peer's index without its
 * code. A peer whose address is not one `isPeerUrl` allows (plain `http:`
 * to another computer) is not asked at all: the configuration's schema
 * refuses it, and the page checks again.
 */
import { isPeerUrl } from '../../schemas/peer-url.ts';
import { bundleUrl, libraryBase, withTimeout, type Peer } from '../../lib/search/client/federation.ts';
import { INDEX_LANGUAGE } from '../../lib/search/build/index-language.ts';
import { SEARCH_BUNDLE_HREF } from '../../lib/routes/routes.ts';
import { LibrarySearch } from './library-search.ts';
import type { IndexOptions, PagefindModule } from './pagefind-api.ts';

/** The libraries that could be loaded, this one first, and the peers that could not. */
export interface Connection {
	libraries: LibrarySearch[];
	unavailable: Peer[];
}

/** How long excerpts are, in words; annotations removed from them make them shorter again. */
const EXCERPT_LENGTH = 36;

/** Whether a peer's search index answers within `timeoutMs`. */
export async function reachable(peer: Peer, timeoutMs: number): Promise<boolean> {
	try {
		const response = await fetch(new URL('pagefind-entry.json', bundleUrl(peer)), {
			signal: AbortSignal.timeout(timeoutMs),
			cache: 'no-store',
		});
		return response.ok && typeof (await response.json())?.languages === 'object';
	} catch {
		return false;
	}
}

/** A peer in an instance of its own, with its index loaded, or `undefined` if that fails in time. */
async function peerSearch(
	module: PagefindModule,
	own: IndexOptions,
	peer: Peer,
	timeoutMs: number,
): Promise<LibrarySearch | undefined> {
	const pagefind = module.createInstance(own);
	try {
		await withTimeout(
			(async () => {
				await pagefind.init();
				await pagefind.mergeIndex(bundleUrl(peer), {
					mergeFilter: { source: peer.name },
					language: INDEX_LANGUAGE,
					excerptLength: EXCERPT_LENGTH,
				});
			})(),
			timeoutMs,
			`Merging ${peer.name}`,
		);
		// Its facets' counts load when a reader opens a facet (`FacetPanel`), as this library's do.
		return new LibrarySearch(peer.name, pagefind, { ...peer, url: libraryBase(peer.url) });
	} catch {
		void pagefind.destroy().catch(() => {});
		return undefined;
	}
}

/**
 * Loads `/pagefind/pagefind.js` (below the base) and every peer that answers
 * within `timeoutMs`. Throws only when this library's own index cannot be loaded.
 */
export async function connect(ownName: string, peers: readonly Peer[], timeoutMs: number): Promise<Connection> {
	const path = `${SEARCH_BUNDLE_HREF}pagefind.js`;
	const module = (await import(/* @vite-ignore */ path)) as PagefindModule;
	// Every library indexes its documents once, in the index language: an English page finds no English index and loads it.
	const own: IndexOptions = { excerptLength: EXCERPT_LENGTH };
	if (peers.length > 0) own.mergeFilter = { source: ownName };
	// This library's instance comes first: it starts the worker from this library's address.
	const pagefind = module.createInstance(own);
	await pagefind.init();
	const library = new LibrarySearch(ownName, pagefind);
	const allowed = peers.filter((peer) => isPeerUrl(peer.url));
	const answers = await Promise.all(allowed.map((peer) => reachable(peer, timeoutMs)));
	const merged = await Promise.all(
		allowed.map((peer, i) => (answers[i] ? peerSearch(module, own, peer, timeoutMs) : undefined)),
	);
	const loaded = new Map<Peer, LibrarySearch>();
	allowed.forEach((peer, i) => merged[i] && loaded.set(peer, merged[i]));
	return {
		libraries: [library, ...loaded.values()],
		unavailable: peers.filter((peer) => !loaded.has(peer)).map((peer) => ({ ...peer, url: libraryBase(peer.url) })),
	};
}
