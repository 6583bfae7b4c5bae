/**
 * Groups document summaries by facet (status, topic, Land, …), once
 * for the whole library.
 */
import type { DocumentSummary } from './summaries.ts';

/** A facet: which values a summary has for it. */
export type FacetOf = (summary: DocumentSummary) => readonly (string | undefined)[];

/** The facets lists and hubs use. */
export const FACETS = {
	kind: (s) => [s.kind],
	status: (s) => [s.status],
	topic: (s) => s.topics,
	land: (s) => s.laender,
	crisis: (s) => [s.crisis],
	measure: (s) => [s.measure],
} satisfies Record<string, FacetOf>;
export type FacetName = keyof typeof FACETS;

/** Groups summaries by the values of one facet, keeping their order. */
export function groupBy(summaries: readonly DocumentSummary[], facet: FacetOf): Map<string, DocumentSummary[]> {
	const groups = new Map<string, DocumentSummary[]>();
	for (const summary of summaries) {
		for (const value of facet(summary)) {
			if (value === undefined) continue;
			let list = groups.get(value);
			if (!list) groups.set(value, (list = []));
			list.push(summary);
		}
	}
	return groups;
}
