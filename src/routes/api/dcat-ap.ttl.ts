/**
 * `/api/dcat-ap.ttl`: the library as a DCAT-AP.de catalogue for GovData
 * (`dcat-ap.ts`, `docs/open-data.md`).
 */
import type { APIRoute } from 'astro';
import { catalogDocuments } from '../../data/catalog-documents.ts';
import { lastChange } from '../../data/last-change.ts';
import { getLibrary } from '../../data/library.ts';
import { dcatCatalog } from '../../lib/open-data/dcat-ap.ts';

export const GET: APIRoute = async () => {
	const library = await getLibrary();
	const { config, today, entries } = library;
	const documents = [...catalogDocuments(library).values()].map((document) => ({
		document,
		lastChanged: lastChange(library, document.id),
		license: entries.get(document.id)!.data.license ?? config.license,
	}));
	const turtle = dcatCatalog(
		{
			name: config.name,
			url: config.url,
			description: config.tagline,
			publisher: { name: config.operator.name, email: config.operator.email },
			contributorId: config.openData?.contributorId,
			generated: today,
		},
		documents,
	);
	return new Response(turtle, { headers: { 'content-type': 'text/turtle; charset=utf-8' } });
};
