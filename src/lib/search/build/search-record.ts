/**
 * What the search index knows about a document besides its text: the facets
 * readers filter by, the fields a result shows, and the date results sort by.
 * Values are labels in the interface language ("Bayern", "Positionspapier"),
 * not ids, so that results from peer libraries with the same labels fall into
 * the same facet value and the search page needs no lookup tables.
 */
import type { Level } from '../../../schemas/primitives.ts';
import type { LandCode } from '../../../schemas/primitives.ts';
import { organizationRoles, type AnyDocument, type DocumentSummary } from '../../library/summaries.ts';
import { SEARCH_SORTS, type SearchFacet, type SearchFilter, type SearchMetaField } from '../search-fields.ts';

export { SEARCH_FACETS, SEARCH_META, SEARCH_SORTS, type SearchFacet, type SearchMetaField } from '../search-fields.ts';

/** Labels in the interface language, from the page context. */
export interface SearchLabels {
	kind: (summary: DocumentSummary) => string;
	status: (summary: DocumentSummary) => string;
	level: (level: Level) => string;
	land: (code: LandCode) => string;
	topic: (id: string) => string;
	crisis: (id: string) => string;
	measure: (id: string) => string;
	/** Name and level of an organization reference; `undefined` when it does not resolve. */
	organization: (ref: string) => { name: string; level: Level } | undefined;
	/** The id of the newest paper of the supersession chain a paper belongs to; `undefined` outside a chain. */
	chain?: (id: string) => string | undefined;
}

/** The attributes of one document for the index, as key–value pairs in a stable order. */
export interface SearchRecord {
	filters: [SearchFilter, string][];
	meta: [SearchMetaField, string][];
	sort: [(typeof SEARCH_SORTS)[number], string][];
}

/** The levels a document comes from: its authors' (papers, lessons) or its responsible bodies' (guides). */
function levelsOf(doc: AnyDocument, labels: SearchLabels): Level[] {
	const refs =
		doc.kind === 'guides'
			? doc.data.responsible.map((r) => r.body)
			: organizationRoles(doc)
					.filter((r) => r.role !== 'reused')
					.map((r) => r.ref);
	const levels = refs.map((ref) =>
		ref.startsWith('level:') ? (ref.slice(6) as Level) : labels.organization(ref)?.level,
	);
	return [...new Set(levels.filter((l): l is Level => l !== undefined))];
}

/**
 * The search attributes of a document. The byline follows the lists: the
 * measure for guides, the lead or reporting organization otherwise. The
 * `year` facet is the year of `published`.
 */
export function searchRecord(doc: AnyDocument, summary: DocumentSummary, labels: SearchLabels): SearchRecord {
	const byline =
		summary.kind === 'guides' && summary.measure
			? labels.measure(summary.measure)
			: summary.organization
				? labels.organization(summary.organization)?.name
				: undefined;
	const filters: [SearchFacet, string][] = [
		['kind', labels.kind(summary)],
		['status', labels.status(summary)],
		...levelsOf(doc, labels).map((level): [SearchFacet, string] => ['level', labels.level(level)]),
		...summary.laender.map((code): [SearchFacet, string] => ['land', labels.land(code)]),
		...summary.topics.map((id): [SearchFacet, string] => ['topic', labels.topic(id)]),
	];
	if (summary.crisis) filters.push(['crisis', labels.crisis(summary.crisis)]);
	if (summary.measure) filters.push(['measure', labels.measure(summary.measure)]);
	const organization = summary.organization && labels.organization(summary.organization)?.name;
	if (organization) filters.push(['organization', organization]);
	// The year a reader looks for is the one the document came out, not that of its latest review or withdrawal.
	filters.push(['year', doc.data.published.slice(0, 4)]);
	const chain = labels.chain?.(doc.id);
	const allFilters: [SearchFilter, string][] = chain ? [...filters, ['chain', chain]] : filters;
	const meta: [SearchMetaField, string][] = [
		['title', summary.title],
		['kind', labels.kind(summary)],
		['date', summary.date],
		...(byline ? [['organization', byline] as [SearchMetaField, string]] : []),
		['summary', summary.summary],
		['lang', summary.lang],
		['status', labels.status(summary)],
		['statusId', summary.status],
		...(summary.example ? [['example', 'true'] as [SearchMetaField, string]] : []),
	];
	return { filters: allFilters, meta, sort: [['date', summary.date]] };
}

/** The attribute value of one pair: `key:value`, Pagefind's inline form (the value runs to the end). */
export function inlineAttribute([key, value]: readonly [string, string]): string {
	return `${key}:${value.replace(/\s+/g, ' ').trim()}`;
}
