/**
 * The addresses of the sitemap, from the route table: every page the site
 * builds (old addresses are `noindex` and left out), each document's pages
 * with the day of the last commit that changed its file, or its `published`
 * day where git does not tell.
 */
import type { SitemapEntry } from '../lib/addresses/sitemap.ts';
import { buildRoutes } from '../lib/routes/site-routes.ts';
import type { Library } from './library.ts';

/** The sitemap's addresses for `library`. */
export function sitemapEntries(library: Library): SitemapEntry[] {
	const lastmod = (id: string) => {
		const entry = library.entries.get(id);
		const versions = entry?.filePath ? library.history.files.get(entry.filePath) : undefined;
		return versions?.[0]?.date ?? entry?.data.published;
	};
	return buildRoutes(library.index, library.registries).map(({ lang, path, alternate, route }) => ({
		lang,
		path,
		alternate,
		lastmod: 'id' in route && route.view !== 'hub' ? lastmod(route.id) : undefined,
	}));
}
