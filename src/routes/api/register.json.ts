/**
 * What the contribution form needs to check references in the browser: ids of
 * topics, crises, measures, organizations and documents, and every Gemeinde
 * and Kreis of the municipal register (key and name). Fetched only by the
 * contribution page, on first use.
 */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../data/library.ts';
import { buildReferenceData } from '../../lib/contribute/reference-data.ts';

export const GET: APIRoute = async () => {
	const library = await getLibrary();
	return new Response(JSON.stringify(buildReferenceData(library.registries, [...library.index.byId.keys()])), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
