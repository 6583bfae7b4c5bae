/**
 * The Content-Security-Policy of every page, from the site configuration.
 *
 * It is the second line of defence behind the validator: should a document
 * ever get markup past the checks, the browser still runs no script, loads
 * nothing and sends nothing that the site itself did not ship. The policy is
 * a `<meta http-equiv="content-security-policy">` that Astro writes into each
 * page (`security.csp` in `astro.config.mjs`): Astro owns `script-src` and
 * `style-src`, adding the hashes of the scripts and styles it bundled; this
 * module gives their sources and every other directive.
 */
import { createHash } from 'node:crypto';
import type { SiteConfig } from '../../schemas/site-config.ts';

/** The directives this module sets; Astro's own `CspDirective` type accepts each. */
type Directive = `${'default-src' | 'connect-src' | 'form-action' | 'object-src' | 'frame-src' | 'base-uri'} ${string}`;

/** A hash source as CSP writes it, without the quotes: `sha256-…`. */
type Hash = `sha256-${string}`;

/**
 * The only inline styles the site has: the alignment the Markdown renderer
 * writes on the cells of an aligned GFM table (`| :-: |` gives
 * `<td style="text-align: center">`). They are allowed by their exact text
 * (`'unsafe-hashes'` with a hash in `style-src-attr`), so that any other
 * `style` attribute stays blocked.
 */
export const TABLE_ALIGNMENT_STYLES = ['text-align: left', 'text-align: center', 'text-align: right'] as const;

/** The CSP hash source of a text: `sha256-` and its SHA-256 digest in base64. */
export function cspHash(text: string): Hash {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The policy, in the shape of Astro's `security.csp` option (a plain object; `src/lib/` imports nothing from Astro). */
export interface ContentSecurityPolicy {
	/** The hash Astro computes of its inlined scripts and styles. */
	algorithm: 'SHA-256';
	/** Every directive except `script-src` and `style-src`, e.g. `"object-src 'none'"`. */
	directives: Directive[];
	/** Sources of `script-src`; Astro appends the hashes of its own scripts. */
	scriptDirective: { resources: string[] };
	/**
	 * Sources of `style-src`, and of `style-src-attr` for the entries with
	 * `kind: 'attribute'`; Astro appends the hashes of its own styles to
	 * `style-src`.
	 */
	styleDirective: {
		resources: (string | { resource: string; kind: 'attribute' })[];
		hashes: { hash: Hash; kind: 'attribute' }[];
	};
}

/**
 * The policy for an instance with these peers.
 *
 * - `default-src 'self'`: everything not named below comes from this site only
 *   (images, fonts, the favicon); no document may load anything from elsewhere.
 * - `script-src 'self' 'wasm-unsafe-eval'`: the site's own bundles; Pagefind
 *   compiles its WebAssembly search engine, which browsers allow only with
 *   `'wasm-unsafe-eval'` (it permits WebAssembly, not `eval` of JavaScript).
 *   The two scripts of the site run on the search and contribution pages, so
 *   no page needs inline script.
 * - `style-src 'self'`: the site's stylesheets, plus the hashes of the small
 *   ones Astro inlines. `style-src-attr 'unsafe-hashes'` with the hashes of
 *   `TABLE_ALIGNMENT_STYLES`: the one kind of `style` attribute documents
 *   have; every other one is blocked.
 * - `connect-src 'self'` and each peer's origin: the search page fetches the
 *   search index of every peer (`<peer>/pagefind/`).
 * - `form-action 'self'`: the search forms go to this site's search page; the
 *   contribution form sends nothing (it opens the forge with a link).
 * - `object-src 'none'`, `frame-src 'none'`, `base-uri 'none'`: no plugins, no
 *   frames, and no `<base>` that would redirect the site's relative addresses.
 *
 * `frame-ancestors` is ignored in a `<meta>` policy; the host sends it as a
 * header, see `SECURITY_HEADERS` and `docs/hosting.md`.
 *
 * @example
 * contentSecurityPolicy({ peers: [{ name: 'B', url: 'https://b.example/bibliothek/' }] }).directives
 * // ["default-src 'self'", "connect-src 'self' https://b.example", …]
 */
export function contentSecurityPolicy(config: Pick<SiteConfig, 'peers'>): ContentSecurityPolicy {
	const peerOrigins = [...new Set(config.peers.map((peer) => new URL(peer.url).origin))];
	return {
		algorithm: 'SHA-256',
		directives: [
			"default-src 'self'",
			`connect-src ${["'self'", ...peerOrigins].join(' ')}`,
			"form-action 'self'",
			"object-src 'none'",
			"frame-src 'none'",
			"base-uri 'none'",
		],
		scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		styleDirective: {
			resources: ["'self'", { resource: "'unsafe-hashes'", kind: 'attribute' }],
			hashes: TABLE_ALIGNMENT_STYLES.map((style) => ({ hash: cspHash(style), kind: 'attribute' })),
		},
	};
}

/**
 * The response headers every host of an instance should send. A `<meta>`
 * policy cannot forbid framing, so the header policy carries only
 * `frame-ancestors` (two policies are both enforced; this one adds to the
 * page's own and cannot loosen it). The others stop browsers from guessing a
 * file's type and keep addresses out of the `Referer` of links that leave the
 * site, as the pages' `<meta name="referrer">` already asks.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
};
