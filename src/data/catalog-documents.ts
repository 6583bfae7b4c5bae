/**
 * Every document as the catalogue describes it (`catalog.ts`), computed once
 * per build: the catalogue, the data files, the DCAT-AP.de catalogue and the
 * feeds all read it.
 */
import { catalogDocument, type CatalogDocument } from '../lib/search/build/catalog.ts';
import type { AnyDocument } from '../lib/library/summaries.ts';
import type { Library } from './library.ts';

const cache = new WeakMap<Library, Map<string, CatalogDocument>>();

/** The catalogue's description of each document, by id, newest first. */
export function catalogDocuments(library: Library): Map<string, CatalogDocument> {
	let documents = cache.get(library);
	if (!documents) {
		const { index, registries, config, entries } = library;
		documents = new Map(
			index.summaries.map((summary) => {
				const entry = entries.get(summary.id)!;
				const doc = { kind: entry.collection, id: entry.id, data: entry.data } as AnyDocument;
				return [summary.id, catalogDocument(doc, summary, registries, config.url)];
			}),
		);
		cache.set(library, documents);
	}
	return documents;
}
