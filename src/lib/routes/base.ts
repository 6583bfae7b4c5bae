/**
 * The path the library is served under: `/` at the root of a host,
 * `/bibliothek/` when `url` in `site.config.yaml` is
 * `https://example.org/bibliothek/`. `astro.config.mjs` hands the path of
 * `url` to Astro as `base` (`basePath`).
 *
 * Two kinds of path meet in the code. A *site path* (`/positionen/x/`) names a
 * page within the library: the address manifest, the redirects, the files in
 * `dist/` and the links of document bodies use it, and it stays the same
 * wherever the library is hosted. An *address* is what a page writes in a link
 * (`/bibliothek/positionen/x/`): the site path below the base. The functions
 * of `routes.ts` return addresses, with `BASE` in front.
 */

/**
 * The base of `url`, with a slash at each end: `https://example.org` → `/`,
 * `https://example.org/bibliothek` → `/bibliothek/`.
 */
export function basePath(siteUrl: string): string {
	const { pathname } = new URL(siteUrl);
	return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/**
 * The base of the pages and browser scripts Astro builds, which
 * `astro.config.mjs` writes into them (Vite's `define`) as
 * `__DREIKLANG_BASE__` — not through `import.meta.env`, where a variable of
 * the same name in the environment of the build would win in the pages, as a
 * `BASE_URL` does over Astro's own. Code Astro does not bundle — the
 * integrations, the command-line tools, worker threads — sees `/` and works
 * with site paths; where it needs the base it takes it from `url` (`basePath`).
 */
declare const __DREIKLANG_BASE__: string | undefined;
export const BASE: string = typeof __DREIKLANG_BASE__ === 'string' ? __DREIKLANG_BASE__ : '/';

/** The address of a site path below `base`: `withBase('/x/', '/bibliothek/')` → `/bibliothek/x/`. */
export function withBase(sitePath: string, base = BASE): string {
	return base === '/' ? sitePath : `${base}${sitePath.replace(/^\//, '')}`;
}

/**
 * The site path of an address below `base`, or `undefined` for an address
 * outside it: `sitePathOf('/bibliothek/x/', '/bibliothek/')` → `/x/`,
 * `sitePathOf('/andere/', '/bibliothek/')` → `undefined`. The base itself,
 * with or without its last slash, is the home page `/`.
 */
export function sitePathOf(address: string, base = BASE): string | undefined {
	if (base === '/') return address.startsWith('/') ? address : undefined;
	if (address === base.slice(0, -1)) return '/';
	return address.startsWith(base) ? `/${address.slice(base.length)}` : undefined;
}

/** The site path of an address the routes built, which is always below the base (else this throws). */
export function sitePath(address: string, base = BASE): string {
	const path = sitePathOf(address, base);
	if (path === undefined) throw new Error(`The address ${address} is not below the base ${base}.`);
	return path;
}

/**
 * The rest parameter (`[...path]`) of the file or page at an address the
 * routes built, which Astro puts below the base itself:
 * `routeParam('/bibliothek/x/feed.xml', '/bibliothek/')` → `x/feed.xml`, a
 * page's slashes at both ends dropped (`x/`→ `x`), the home page `undefined`.
 */
export function routeParam(address: string, base = BASE): string | undefined {
	const param = sitePath(address, base).slice(1).replace(/\/$/, '');
	return param === '' ? undefined : param;
}

/**
 * Whether a full address is one of the site at `site` (its `url`): the same
 * origin, and below its base. `onSite('https://example.org/bibliothek/x/',
 * 'https://example.org/bibliothek/')` is true, `…/andere/` is not.
 */
export function onSite(address: string, site: string): boolean {
	if (!URL.canParse(address)) return false;
	const url = new URL(address);
	return url.origin === new URL(site).origin && sitePathOf(url.pathname, basePath(site)) !== undefined;
}
