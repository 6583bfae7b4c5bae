/**
 * Federation helpers for the search page: where a peer library keeps its
 * search index, which library a result comes from, and a time limit for
 * anything that waits on another server. A peer that is down or slow must
 * never hold up the search of the others.
 */

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

/**
 * The library a result belongs to. Pagefind gives results of a merged index
 * absolute URLs under that library's address; results of this library have
 * site-relative ones.
 */
export function sourceOf(resultUrl: string, peers: readonly Peer[], ownName: string): string {
	return peers.find((peer) => resultUrl.startsWith(libraryBase(peer.url)))?.name ?? ownName;
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
