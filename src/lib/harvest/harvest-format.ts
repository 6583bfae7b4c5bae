/**
 * What a harvesting library reads from a source: the catalogue
 * (`/api/catalog.json`, `docs/catalog.md`) and each document's data file
 * (`/api/documents/<id>.json`, `docs/open-data.md`), version 1 of both.
 * Fields a reader does not know are dropped, as the formats allow; every
 * text that reaches a page is one visible line of bounded length, and every
 * id is a slug, so that nothing a source sends can shape an address, a file
 * name or markup.
 */
import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentKind } from '../../schemas/kinds.ts';
import { isoDate, landCode, slug, visibleLine, webUrl } from '../../schemas/primitives.ts';
import { CATALOG_VERSION } from '../search/build/catalog.ts';
import { DOCUMENT_DATA_VERSION } from '../open-data/document-data.ts';
import { licenseId } from '../../schemas/licenses.ts';

/** A registry entry as a source labels it. */
const label = z.object({ id: slug.max(100), de: visibleLine(200), en: visibleLine(200) });

/** One document as the source's catalogue lists it. */
export const harvestedCatalogDocument = z.object({
	id: slug.max(200),
	kind: z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]]),
	title: visibleLine(300),
	summary: visibleLine(1000),
	lang: z.enum(['de', 'en']),
	status: slug.max(40),
	laender: z.array(landCode).max(16),
	example: z.boolean().optional(),
	url: z.object({ de: webUrl, en: webUrl }),
	dates: z.record(z.string().regex(/^[a-zA-Z]{1,20}$/), isoDate),
	organization: z.object({ ref: z.string().max(100), name: visibleLine(200) }).optional(),
	topics: z.array(label).max(50),
	crisis: label.optional(),
	measure: label.optional(),
});
export type HarvestedCatalogDocument = z.infer<typeof harvestedCatalogDocument>;

/** The catalogue; its documents are checked one by one (`documents` only has to be a list). */
export const harvestedCatalog = z.object({
	version: z.literal(CATALOG_VERSION),
	library: z.object({ name: visibleLine(200), url: webUrl }),
	generated: isoDate,
	documents: z.array(z.unknown()).max(100_000),
});

/** A document's data file. */
export const harvestedDocumentData = z.object({
	version: z.literal(DOCUMENT_DATA_VERSION),
	document: harvestedCatalogDocument,
	lastChanged: isoDate,
	license: z.object({ id: licenseId }),
	source: z.object({
		format: z.enum(['md', 'mdx']),
		frontMatter: z.string().max(200_000),
		body: z.string().max(1_000_000),
	}),
});
export type HarvestedDocumentData = z.infer<typeof harvestedDocumentData>;
