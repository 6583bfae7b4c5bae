/**
 * Which addresses a peer library may have. The site configuration's schema
 * and the search page (before it asks a peer for anything) apply the same
 * rule, so it lives with the schemas, which import nothing from `src/lib/`.
 */

/** Whether a host name (as `URL.hostname` writes it) is this computer: `localhost`, `127.0.0.0/8` or `[::1]`. */
export function isLoopback(hostname: string): boolean {
	return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * Whether a library may be a peer at `url`: an `https:` address, or `http:`
 * on this computer (loopback), for tests and local previews. Checked by the
 * site configuration's schema and again by the search page before it asks a
 * peer for anything. `isPeerUrl('http://127.0.0.1:4321')` → `true`,
 * `isPeerUrl('http://peer.example')` → `false`.
 */
export function isPeerUrl(url: string): boolean {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	if (parsed.username || parsed.password) return false;
	return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopback(parsed.hostname));
}
