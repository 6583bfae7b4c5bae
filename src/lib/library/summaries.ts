/**
 * The small record each document contributes to lists, hubs and facets. Lists
 * carry these, never whole documents, so that a page's size depends on what it
 * lists and not on the size of the library.
 */
import type { DocumentKind } from '../../schemas/kinds.ts';
import type { Guide } from '../../schemas/guide.ts';
import type { Lesson } from '../../schemas/lesson.ts';
import type { Position } from '../../schemas/position.ts';
import type { LandCode } from '../../schemas/primitives.ts';
import type { Registries } from '../registries/load-registries.ts';
import { resolveOrganization } from '../registries/organizations.ts';
import { compareKeys, compareText } from '../collate.ts';

const compareGerman = compareText('de');

/** A document of any kind with its validated front matter. */
export type AnyDocument =
	| { kind: 'positions'; id: string; data: Position }
	| { kind: 'lessons'; id: string; data: Lesson }
	| { kind: 'guides'; id: string; data: Guide };

/** What a list shows of a document. */
export interface DocumentSummary {
	/** The document's id, its file name: `kommunale-waermeplanung`. */
	id: string;
	kind: DocumentKind;
	title: string;
	summary: string;
	/** The day lists sort by, newest first. */
	date: string;
	/** The language the document is written in. */
	lang: 'de' | 'en';
	/** Whether the document is demonstration content, not an official position. */
	example: boolean;
	/** Lifecycle status (papers), outcome (lessons) or `overdue`/`current` review (guides), as an id. */
	status: string;
	/** The main organization: lead, reporter, or the measure's federal body. */
	organization?: string | undefined;
	topics: string[];
	/** Codes of the Länder the document concerns. */
	laender: LandCode[];
	crisis?: string | undefined;
	measure?: string | undefined;
}

/** The day a document is listed under: its latest lifecycle date. */
function sortDate(doc: AnyDocument): string {
	const d = doc.data;
	const candidates: (string | undefined)[] = [d.published];
	if (doc.kind === 'positions')
		candidates.push(doc.data.dates.adopted, doc.data.dates.withdrawn, doc.data.dates.consultationStart);
	if (doc.kind === 'guides') candidates.push(doc.data.reviewed);
	return candidates
		.filter((x): x is string => Boolean(x))
		.sort()
		.at(-1)!;
}

/** The organizations a document names, each with the role it plays. */
export function organizationRoles(
	doc: AnyDocument,
): { ref: string; role: 'lead' | 'signed' | 'reported' | 'reused' }[] {
	if (doc.kind === 'positions') {
		return [
			{ ref: doc.data.lead, role: 'lead' },
			...doc.data.cosignatories.map((c) => ({ ref: c.organization, role: 'signed' as const })),
		];
	}
	if (doc.kind === 'lessons') {
		return [
			{ ref: doc.data.organization, role: 'reported' },
			...doc.data.reuse.map((r) => ({ ref: r.organization, role: 'reused' as const })),
		];
	}
	return [];
}

/** Summarizes a document; `status` of guides depends on the review state. */
export function summarize(doc: AnyDocument, registries: Registries, guideOverdue: boolean): DocumentSummary {
	const laender = new Set<LandCode>();
	for (const { ref } of organizationRoles(doc)) {
		const land = resolveOrganization(ref, registries.organizations, registries.register)?.land;
		if (land) laender.add(land);
	}
	if (doc.kind === 'guides') for (const code of Object.keys(doc.data.laender)) laender.add(code as LandCode);
	const base = {
		id: doc.id,
		kind: doc.kind,
		title: doc.data.title,
		summary: doc.data.summary,
		date: sortDate(doc),
		lang: doc.data.lang,
		example: doc.data.example,
		topics: doc.data.topics,
		laender: [...laender].sort(),
	};
	switch (doc.kind) {
		case 'positions':
			return { ...base, status: doc.data.status, organization: doc.data.lead };
		case 'lessons':
			return {
				...base,
				status: doc.data.outcome,
				organization: doc.data.organization,
				crisis: doc.data.crisis,
				measure: doc.data.measure,
			};
		case 'guides':
			return {
				...base,
				status: guideOverdue ? 'overdue' : 'current',
				organization: registries.measures.get(doc.data.measure)?.responsible,
				measure: doc.data.measure,
			};
	}
}

/** Newest first; ties by title so that the order is stable across builds. */
export function byDateDesc(a: DocumentSummary, b: DocumentSummary): number {
	return compareKeys(b.date, a.date) || compareGerman(a.title, b.title);
}
