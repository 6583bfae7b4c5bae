/**
 * The machine-readable catalogue every instance publishes at
 * `/api/catalog.json`, for peers and for a national portal that harvests
 * Land-level libraries. The format is documented in `docs/catalog.md`; a
 * change that breaks readers raises `CATALOG_VERSION`.
 */
import type { Registries } from '../../registries/load-registries.ts';
import { resolveOrganization } from '../../registries/organizations.ts';
import { href } from '../../routes/routes.ts';
import type { AnyDocument, DocumentSummary } from '../../library/summaries.ts';

/** The version of the format. Readers should check it and skip versions they do not know. */
export const CATALOG_VERSION = 1;

/** A label in both interface languages. */
export interface CatalogLabel {
	id: string;
	de: string;
	en: string;
}

/**
 * One document of the catalogue: its summary (id, kind, title, summary,
 * language, status as an id, Länder codes, example flag) with absolute
 * addresses, its dates, and labels in both languages in place of registry ids.
 */
export interface CatalogDocument extends Pick<
	DocumentSummary,
	'id' | 'kind' | 'title' | 'summary' | 'lang' | 'status' | 'laender' | 'example'
> {
	/** The German and English page of the document. */
	url: { de: string; en: string };
	/** Days in `YYYY-MM-DD`: `published` and `listed` (the latest lifecycle date) always, others by kind. */
	dates: Record<string, string>;
	/** The main organization: lead (papers), reporter (lessons) or the measure's federal body (guides). */
	organization?: { ref: string; name: string } | undefined;
	topics: CatalogLabel[];
	crisis?: CatalogLabel | undefined;
	measure?: CatalogLabel | undefined;
}

/** The whole catalogue. */
export interface Catalog {
	version: typeof CATALOG_VERSION;
	library: { name: string; url: string };
	/** The build date, `YYYY-MM-DD`. */
	generated: string;
	documents: CatalogDocument[];
}

function label(registries: Registries, kind: 'topics' | 'crises' | 'measures', id: string): CatalogLabel {
	const entry = registries[kind].get(id);
	return { id, de: entry?.label.de ?? id, en: entry?.label.en ?? id };
}

/** The days of a document's life that its kind records. */
function datesOf(doc: AnyDocument, summary: DocumentSummary): Record<string, string> {
	const dates: Record<string, string | undefined> = { published: doc.data.published, listed: summary.date };
	if (doc.kind === 'positions') Object.assign(dates, doc.data.dates);
	if (doc.kind === 'lessons')
		Object.assign(dates, { periodFrom: doc.data.period.from, periodUntil: doc.data.period.until });
	if (doc.kind === 'guides') dates['reviewed'] = doc.data.reviewed;
	return Object.fromEntries(Object.entries(dates).filter((e): e is [string, string] => Boolean(e[1])));
}

/** One document as the catalogue lists it; `siteUrl` makes the page addresses absolute. */
export function catalogDocument(
	doc: AnyDocument,
	summary: DocumentSummary,
	registries: Registries,
	siteUrl: string,
): CatalogDocument {
	const organization = summary.organization
		? resolveOrganization(summary.organization, registries.organizations, registries.register)
		: undefined;
	return {
		id: doc.id,
		kind: doc.kind,
		title: summary.title,
		summary: summary.summary,
		lang: summary.lang,
		url: {
			de: new URL(href('de', doc.kind, doc.id), siteUrl).href,
			en: new URL(href('en', doc.kind, doc.id), siteUrl).href,
		},
		status: summary.status,
		dates: datesOf(doc, summary),
		organization: organization && { ref: organization.ref, name: organization.name },
		laender: summary.laender,
		topics: summary.topics.map((id) => label(registries, 'topics', id)),
		crisis: summary.crisis ? label(registries, 'crises', summary.crisis) : undefined,
		measure: summary.measure ? label(registries, 'measures', summary.measure) : undefined,
		example: summary.example,
	};
}

/** Builds the catalogue from documents already shaped as `CatalogDocument`s, newest first as given. */
export function buildCatalog(
	library: { name: string; url: string },
	generated: string,
	documents: CatalogDocument[],
): Catalog {
	return { version: CATALOG_VERSION, library, generated, documents };
}
