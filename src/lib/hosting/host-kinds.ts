/**
 * What each kind of host (`hosting.kind` in `site.config.yaml`) can do for
 * a federation, and the warning when it cannot.
 *
 * Live peer search is one-sided: a reader's browser on library A fetches
 * B's `/pagefind/` files, which it may only read when B's host sends
 * `Access-Control-Allow-Origin`. So what A's own host sends decides whether
 * *others* can search A; A's peers need the header on *their* hosts, which
 * A's build cannot see (the search page says when a peer cannot be read).
 * Harvesting runs at build time on a server, not in a browser, and needs no
 * such header at all.
 */
import type { SiteConfig } from '../../schemas/site-config.ts';
import type { HOSTING_KINDS } from '../../schemas/operator.ts';
import type { Diagnostic, Locate } from '../validate/report/diagnostics.ts';
import { say } from '../validate/report/messages.ts';
import { rule } from '../validate/report/rules.ts';

/** One of `HOSTING_KINDS`. */
export type HostingKind = (typeof HOSTING_KINDS)[number];

/**
 * Whether other sites may read this library's search index on a kind of host:
 * - `shipped`: the ready file of `templates/hosting/` sends the header on
 *   `/pagefind/` and `/api/`;
 * - `always`: the host sends `Access-Control-Allow-Origin: *` on every
 *   response by itself (GitHub Pages does, though it does not document it);
 * - `never`: a project cannot set headers (GitLab Pages on GitLab.com; a
 *   self-managed GitLab can, instance-wide, by its administrator);
 * - `unknown`: up to the operator (`docs/hosting.md` says what to send).
 */
export const CROSS_ORIGIN_READING: Readonly<Record<HostingKind, 'shipped' | 'always' | 'never' | 'unknown'>> = {
	'github-pages': 'always',
	'gitlab-pages': 'never',
	nginx: 'shipped',
	apache: 'shipped',
	iis: 'shipped',
	other: 'unknown',
};

/**
 * The warning for an instance that takes part in live search (it has peers,
 * who will usually list it in turn) on a host that lets no other site read
 * its index; none without peers or without `hosting.kind`. `locate` places
 * it at `hosting.kind` in `configFile`.
 */
export function hostingDiagnostics(
	config: Pick<SiteConfig, 'hosting' | 'peers'>,
	configFile: string,
	locate: Locate,
): Diagnostic[] {
	const { kind } = config.hosting;
	if (!kind || CROSS_ORIGIN_READING[kind] !== 'never' || config.peers.length === 0) return [];
	return [
		{
			file: configFile,
			...locate(['hosting', 'kind']),
			...rule('hosting-cors'),
			message: say(
				`Der Host \`${kind}\` sendet kein \`Access-Control-Allow-Origin\`: andere Bibliotheken können diese Bibliothek nicht live durchsuchen, nur ernten – für die Live-Suche auf einem Server mit den Dateien aus \`templates/hosting/\` veröffentlichen (docs/hosting.md)`,
				`The host \`${kind}\` sends no \`Access-Control-Allow-Origin\`: other libraries cannot search this one live, only harvest it – for live search, publish on a server with the files of \`templates/hosting/\` (docs/hosting.md)`,
			),
		},
	];
}
