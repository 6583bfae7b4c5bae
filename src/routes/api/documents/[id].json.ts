/**
 * `/api/documents/<id>.json`: one document's data file (`document-data.ts`,
 * `docs/open-data.md`), the same for both languages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { catalogDocuments } from '../../../data/catalog-documents.ts';
import { lastChange } from '../../../data/last-change.ts';
import { getLibrary } from '../../../data/library.ts';
import { documentData, splitSource } from '../../../lib/open-data/document-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
	const library = await getLibrary();
	return library.index.summaries.map(({ id }) => ({ params: { id } }));
};

export const GET: APIRoute = async ({ params }) => {
	const library = await getLibrary();
	const id = params.id!;
	const entry = library.entries.get(id)!;
	const file = entry.filePath!;
	const data = documentData(
		{ name: library.config.name, url: library.config.url },
		catalogDocuments(library).get(id)!,
		{ lastChanged: lastChange(library, id), license: entry.data.license, instanceLicense: library.config.license },
		splitSource(file, readFileSync(file, 'utf8')),
	);
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
