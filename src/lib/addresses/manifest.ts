/**
 * The manifest of lasting addresses, `content/addresses.txt`: every address
 * the library has published and promises to keep, one path per line, sorted.
 * `npm run addresses` appends the addresses the site serves now and never
 * removes one; the build only reads it.
 *
 * What counts: document pages and the full co-signatory lists of papers, in
 * both languages, and the hub pages of topics, crises, measures and Länder.
 * What does not: organization pages (derived from activity, they may be
 * folded into other pages), history pages (they follow their document, and a
 * redirect takes them along), lists, filters and pages of fixed text.
 */
import type { SiteRoute } from '../routes/site-routes.ts';

/** Where the manifest lives, relative to the library's root. */
export const MANIFEST_FILE = 'content/addresses.txt';

/** The opening comment of a manifest the command writes. */
const HEADER = [
	'# Every address this library has published and keeps: one path per line, sorted.',
	'# `npm run addresses` appends new ones; never remove a line. A document that moves',
	'# or is withdrawn gets an entry in content/redirects.yaml instead.',
];

/** Whether a route's address is one the library promises to keep. */
export function isLasting(route: SiteRoute['route']): boolean {
	return (
		route.view === 'document' ||
		route.view === 'cosignatories' ||
		(route.view === 'hub' && route.section !== 'organizations')
	);
}

/** The lasting addresses among `routes`, sorted, each once. */
export function lastingAddresses(routes: readonly SiteRoute[]): string[] {
	return [...new Set(routes.filter((r) => isLasting(r.route)).map((r) => r.path))].sort();
}

/** One address of a manifest and the line it stands on (1-based). */
export interface ManifestEntry {
	path: string;
	line: number;
}

/** The addresses of a manifest's text; blank lines and `#` comments are skipped. */
export function parseManifest(text: string): ManifestEntry[] {
	return text.split(/\r?\n/).flatMap((raw, i) => {
		const path = raw.trim();
		return path === '' || path.startsWith('#') ? [] : [{ path, line: i + 1 }];
	});
}

/** The manifest with `addresses` added: every address it had, the new ones, sorted; and what was new. */
export function appendAddresses(
	text: string | undefined,
	addresses: readonly string[],
): { text: string; added: string[] } {
	const had = new Set(parseManifest(text ?? '').map((entry) => entry.path));
	const added = [...new Set(addresses)].filter((path) => !had.has(path)).sort();
	const all = [...new Set([...had, ...added])].sort();
	return { text: `${[...HEADER, ...all].join('\n')}\n`, added };
}
