/**
 * `/api/catalog.json`: every document of this library in a versioned,
 * machine-readable form, for peers and for portals that harvest libraries.
 * The format is described in `docs/catalog.md`.
 */
import type { APIRoute } from 'astro';
import { catalogDocuments } from '../../data/catalog-documents.ts';
import { getLibrary } from '../../data/library.ts';
import { buildCatalog } from '../../lib/search/build/catalog.ts';

export const GET: APIRoute = async () => {
	const library = await getLibrary();
	const { config, today } = library;
	const documents = [...catalogDocuments(library).values()];
	return new Response(
		`${JSON.stringify(buildCatalog({ name: config.name, url: config.url }, today, documents), null, '\t')}\n`,
		{
			headers: { 'content-type': 'application/json; charset=utf-8' },
		},
	);
};
