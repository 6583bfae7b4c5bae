/**
 * `/api/catalog.json`: every document of this library in a versioned,
 * machine-readable form, for peers and for portals that harvest libraries.
 * The format is described in `docs/catalog.md`.
 */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../data/library.ts';
import { buildCatalog, catalogDocument } from '../../lib/search/build/catalog.ts';
import type { AnyDocument } from '../../lib/library/summaries.ts';

export const GET: APIRoute = async () => {
	const { index, registries, config, today, entries } = await getLibrary();
	const documents = index.summaries.map((summary) => {
		const entry = entries.get(summary.id)!;
		return catalogDocument(
			{ kind: entry.collection, id: entry.id, data: entry.data } as AnyDocument,
			summary,
			registries,
			config.url,
		);
	});
	return new Response(
		`${JSON.stringify(buildCatalog({ name: config.name, url: config.url }, today, documents), null, '\t')}\n`,
		{
			headers: { 'content-type': 'application/json; charset=utf-8' },
		},
	);
};
