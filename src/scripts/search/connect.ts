/**
 * Loads Pagefind and merges the indexes of the peer libraries into it.
 *
 * Pagefind's `mergeIndex` adds a peer before it has loaded it; a peer that
 * fails leaves an index behind that makes every later search fail, and a peer
 * that hangs makes every later search hang. So each peer is first asked for
 * its entry file within the time-out, merged within the time-out, and if a
 * merge still fails, Pagefind is started afresh with only the peers that
 * worked. A peer left out is reported, never fatal. A peer whose address is
 * not one `isPeerUrl` allows (plain `http:` to another computer) is not asked
 * at all: the configuration's schema refuses it, and the page checks again.
 */
import { isPeerUrl } from '../../schemas/peer-url.ts';
import { bundleUrl, libraryBase, withTimeout, type Peer } from '../../lib/search/client/federation.ts';
import { INDEX_LANGUAGE } from '../../lib/search/build/index-language.ts';
import { SEARCH_BUNDLE_HREF } from '../../lib/routes/routes.ts';
import type { IndexOptions, Pagefind } from './pagefind-api.ts';

/** Pagefind with the peers that could be merged, and those that could not. */
export interface Connection {
	pagefind: Pagefind;
	merged: Peer[];
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

async function start(pagefind: Pagefind, ownName: string, peers: readonly Peer[], timeoutMs: number): Promise<Peer[]> {
	const own: IndexOptions = { excerptLength: EXCERPT_LENGTH };
	if (peers.length > 0) own.mergeFilter = { source: ownName };
	await pagefind.options(own);
	// Every library indexes its documents once, in the index language, whatever the language of this page.
	await pagefind.init(INDEX_LANGUAGE);
	const failed: Peer[] = [];
	for (const peer of peers) {
		try {
			await withTimeout(
				pagefind.mergeIndex(bundleUrl(peer), {
					mergeFilter: { source: peer.name },
					language: INDEX_LANGUAGE,
					excerptLength: EXCERPT_LENGTH,
				}),
				timeoutMs,
				`Merging ${peer.name}`,
			);
		} catch {
			failed.push(peer);
		}
	}
	return failed;
}

/**
 * Loads `/pagefind/pagefind.js` (below the base) and merges every peer that answers within
 * `timeoutMs`. Throws only when this library's own index cannot be loaded.
 */
export async function connect(ownName: string, peers: readonly Peer[], timeoutMs: number): Promise<Connection> {
	const path = `${SEARCH_BUNDLE_HREF}pagefind.js`;
	const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
	// Connecting again (after a peer became slow) starts from a clean Pagefind.
	await pagefind.destroy();
	const allowed = peers.filter((peer) => isPeerUrl(peer.url));
	const answers = await Promise.all(allowed.map((peer) => reachable(peer, timeoutMs)));
	let merged = allowed.filter((_, i) => answers[i]);
	const unavailable = peers.filter((peer) => !merged.includes(peer));
	const failed = await start(pagefind, ownName, merged, timeoutMs);
	if (failed.length > 0) {
		// A half-merged index would break every search: start again without the peers that failed.
		unavailable.push(...failed);
		merged = merged.filter((peer) => !failed.includes(peer));
		await pagefind.destroy();
		const again = await start(pagefind, ownName, merged, timeoutMs);
		if (again.length > 0) {
			unavailable.push(...merged);
			merged = [];
			await pagefind.destroy();
			await start(pagefind, ownName, [], timeoutMs);
		}
	}
	return { pagefind, merged, unavailable: unavailable.map((peer) => ({ ...peer, url: libraryBase(peer.url) })) };
}
