/** `/sitemap-1.xml`, …: the site's addresses, at most 50,000 per file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../data/library.ts';
import { sitemapEntries } from '../data/sitemap-entries.ts';
import { sitemapCount, sitemapFile } from '../lib/addresses/sitemap.ts';

export const getStaticPaths: GetStaticPaths = async () => {
	const count = sitemapCount(sitemapEntries(await getLibrary()).length);
	return Array.from({ length: count }, (_, i) => ({ params: { n: String(i + 1) } }));
};

export const GET: APIRoute = async ({ params }) => {
	const library = await getLibrary();
	return new Response(sitemapFile(library.config.url, sitemapEntries(library), Number(params.n)), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
