/**
 * The sitemap of the site (sitemaps.org): an index at `/sitemap-index.xml`
 * naming files `/sitemap-1.xml`, `/sitemap-2.xml`, … of at most 50,000
 * addresses each, every address absolute, with the day its page last changed
 * where the library knows it and the same page in the other language
 * (`hreflang`), as search engines read them.
 */
import { basePath, withBase } from '../routes/base.ts';

/** The most addresses one sitemap file may hold (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

/** One address of the sitemap. */
export interface SitemapEntry {
	/** The page's address, e.g. `/positionen/x/` (below the base, as the routes give it). */
	path: string;
	/** The same page in the other language, and the languages of both. */
	lang: 'de' | 'en';
	alternate: string;
	/** The day the page last changed, `YYYY-MM-DD`; omitted where unknown. */
	lastmod?: string | undefined;
}

const escape = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const absolute = (site: string, path: string) => escape(new URL(path, site).href);

/** The number of sitemap files `count` addresses need: at least one, so that the index never names none. */
export function sitemapCount(count: number, limit = SITEMAP_LIMIT): number {
	return Math.max(1, Math.ceil(count / limit));
}

/** The sitemap index for `files` sitemap files, built on `lastmod` (the build date); `site` is `url`, base and all. */
export function sitemapIndex(site: string, files: number, lastmod: string): string {
	const entries = Array.from(
		{ length: files },
		(_, i) =>
			`<sitemap><loc>${absolute(site, withBase(`/sitemap-${i + 1}.xml`, basePath(site)))}</loc><lastmod>${lastmod}</lastmod></sitemap>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/** Sitemap file `n` (1-based) of `entries`, sorted by path. */
export function sitemapFile(site: string, entries: readonly SitemapEntry[], n: number, limit = SITEMAP_LIMIT): string {
	const other = (lang: 'de' | 'en') => (lang === 'de' ? 'en' : 'de');
	const urls = [...entries]
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
		.slice((n - 1) * limit, n * limit)
		.map(
			(e) =>
				`<url><loc>${absolute(site, e.path)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}` +
				`<xhtml:link rel="alternate" hreflang="${e.lang}" href="${absolute(site, e.path)}"/>` +
				`<xhtml:link rel="alternate" hreflang="${other(e.lang)}" href="${absolute(site, e.alternate)}"/></url>`,
		);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * `robots.txt`: everything of the library may be crawled; the sitemap index is
 * named. Crawlers read it only at the root of a host: a library under a
 * sub-path has its lines added to the host's own (`docs/hosting.md`).
 */
export function robotsTxt(site: string): string {
	const base = basePath(site);
	return `User-agent: *\nAllow: ${base}\n\nSitemap: ${new URL(withBase('/sitemap-index.xml', base), site).href}\n`;
}
