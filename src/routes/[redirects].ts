/**
 * `/_redirects` and `/redirects.map`: the moved addresses for hosts that
 * redirect for real (Netlify-like hosts read `_redirects`; nginx includes the
 * map, see `docs/hosting.md`). The pages at the old addresses stay as well.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../data/library.ts';
import { redirectMaps, redirectPages } from '../lib/addresses/redirects.ts';
import { buildRoutes } from '../lib/routes/site-routes.ts';

const FILES = { _redirects: 'netlify', 'redirects.map': 'nginx' } as const;

export const getStaticPaths: GetStaticPaths = () => Object.keys(FILES).map((redirects) => ({ params: { redirects } }));

export const GET: APIRoute = async ({ params }) => {
	const library = await getLibrary();
	const served = new Set(buildRoutes(library.index, library.registries).map((route) => route.path));
	const maps = redirectMaps(redirectPages(library.registries.redirects.list, served));
	return new Response(maps[FILES[params.redirects as keyof typeof FILES]], {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
