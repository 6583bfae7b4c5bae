/**
 * Federation helpers for the search page: which addresses a peer library may
 * have, where it keeps its search index, which library a result belongs to,
 * and a time limit for anything that waits on another server. A peer that is
 * down or slow must never hold up the search of the others.
 *
 * Peers are trusted only as far as their own pages go: their index can hold
 * anything, so a result is labelled by where its address actually leads, not
 * by which index it came from, and an address that leads anywhere else is not
 * shown at all.
 */

import { isPeerUrl } from '../../../schemas/peer-url.ts';

/** Another library, as `site.config.yaml` names it. */
export interface Peer {
	name: string;
	url: string;
}

/** The base URL of a library with a trailing slash: `https://a.example/x` → `https://a.example/x/`. */
export function libraryBase(url: string): string {
	return url.endsWith('/') ? url : `${url}/`;
}

/** Where a peer's Pagefind bundle lives. */
export function bundleUrl(peer: Peer): string {
	return new URL('pagefind/', libraryBase(peer.url)).href;
}

/** Where a result leads, and the library it belongs to. */
export interface ResultLink {
	/** The address to link to: site-relative for this library's results, absolute for a peer's. */
	url: string;
	/** The name of the library whose address it is. */
	library: string;
}

/** Longer result addresses are not shown; no page of a library has one. */
export const MAX_RESULT_URL_LENGTH = 2048;

/**
 * The library a result belongs to, by where its address leads. Pagefind gives
 * results of a merged index absolute addresses under that library's base URL,
 * and results of this library site-relative ones. An address under a peer's
 * base URL (the longest, when peers share a host) is that peer's; one on the
 * origin of `own.pageUrl` (the search page) is this library's; anything else
 * (`//other.example/…`, `javascript:`, `data:`, another host) is `undefined`,
 * and the search page leaves such a result out. Peers whose address
 * `isPeerUrl` refuses are ignored.
 *
 * `resultLink('https://by.example/positionen/x/', { name: 'Bund', pageUrl: 'https://bund.example/suche/' }, [{ name: 'Bayern', url: 'https://by.example' }])`
 * → `{ url: 'https://by.example/positionen/x/', library: 'Bayern' }`.
 */
export function resultLink(
	resultUrl: string,
	own: { name: string; pageUrl: string },
	peers: readonly Peer[],
): ResultLink | undefined {
	if (resultUrl.length > MAX_RESULT_URL_LENGTH) return undefined;
	let page: URL;
	let url: URL;
	try {
		page = new URL(own.pageUrl);
		url = new URL(resultUrl, page);
	} catch {
		return undefined;
	}
	if (url.username || url.password) return undefined;
	let owner: Peer | undefined;
	let ownerPath = '';
	for (const peer of peers) {
		if (!isPeerUrl(peer.url)) continue;
		const base = new URL(libraryBase(peer.url));
		if (
			url.origin === base.origin &&
			url.pathname.startsWith(base.pathname) &&
			base.pathname.length > ownerPath.length
		) {
			owner = peer;
			ownerPath = base.pathname;
		}
	}
	if (owner) return { url: url.href, library: owner.name };
	if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === page.origin) {
		// A path that starts with `//` would read as another host once written site-relative.
		return {
			url: url.pathname.startsWith('//') ? url.href : `${url.pathname}${url.search}${url.hash}`,
			library: own.name,
		};
	}
	return undefined;
}

/** Raised by `withTimeout` when time is up. */
export class TimeoutError extends Error {}

/** Resolves like `promise`, or rejects with a `TimeoutError` after `ms` milliseconds. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new TimeoutError(`${what} took longer than ${ms} ms`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
