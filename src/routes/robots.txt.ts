/** `/robots.txt`: crawling is allowed and the sitemap index named. */
import type { APIRoute } from 'astro';
import { getLibrary } from '../data/library.ts';
import { robotsTxt } from '../lib/addresses/sitemap.ts';

export const GET: APIRoute = async () =>
	new Response(robotsTxt((await getLibrary()).config.url), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
