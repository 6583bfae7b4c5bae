/** `/sitemap-index.xml`: the sitemap files of the site, as `robots.txt` names it. */
import type { APIRoute } from 'astro';
import { getLibrary } from '../data/library.ts';
import { sitemapEntries } from '../data/sitemap-entries.ts';
import { sitemapCount, sitemapIndex } from '../lib/addresses/sitemap.ts';

export const GET: APIRoute = async () => {
	const library = await getLibrary();
	const files = sitemapCount(sitemapEntries(library).length);
	return new Response(sitemapIndex(library.config.url, files, library.today), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
