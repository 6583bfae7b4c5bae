/**
 * Everything the pages need to know about the library as a whole, computed once
 * per build from the validated documents and registries: summaries, back-links,
 * supersession, Länder matrices, review states and facets. Pages only read it.
 */
import { DOCUMENT_KINDS, type DocumentKind } from '../../schemas/kinds.ts';
import type { Position } from '../../schemas/position.ts';
import { compareKeys, compareText } from '../collate.ts';
import { buildDemandTracker, type DemandTracker } from './demand-tracker.ts';
import { FACETS, groupBy, type FacetName } from './facets.ts';
import { resolveMatrix, type ResolvedMatrix } from './laender-matrix.ts';
import type { Registries } from '../registries/load-registries.ts';
import { resolveOrganization, type ResolvedOrganization } from '../registries/organizations.ts';
import { reviewState, type ReviewState } from './staleness.ts';
import { buildSupersession, type Supersession } from './supersession.ts';
import { byDateDesc, organizationRoles, summarize, type AnyDocument, type DocumentSummary } from './summaries.ts';

/** What an organization did in the library: its back-links. */
export interface OrganizationActivity {
	organization: ResolvedOrganization;
	led: DocumentSummary[];
	signed: DocumentSummary[];
	reported: DocumentSummary[];
	reused: DocumentSummary[];
}

/** The derived data of one build. */
export interface LibraryIndex {
	/** All summaries, newest first. */
	summaries: DocumentSummary[];
	byId: Map<string, DocumentSummary>;
	byKind: Record<DocumentKind, DocumentSummary[]>;
	/** Per facet, per value: the summaries that have it, newest first. */
	groups: Record<FacetName, Map<string, DocumentSummary[]>>;
	/** Per kind, per facet, per value: the summaries, newest first. */
	groupsByKind: Record<DocumentKind, Record<FacetName, Map<string, DocumentSummary[]>>>;
	/** Organizations that lead, signed, reported or reused something, by hub slug. */
	organizations: Map<string, OrganizationActivity>;
	/** The same, sorted by name, with the number of distinct documents each is named in. */
	organizationsByName: (OrganizationActivity & { documents: number })[];
	supersession: Supersession;
	matrices: Map<string, ResolvedMatrix>;
	reviews: Map<string, ReviewState>;
	/** Papers in consultation whose end has not passed, soonest end first. */
	openConsultations: { summary: DocumentSummary; until: string }[];
	/** Number of co-signatories per paper id, for papers that have any. */
	cosignatoryCounts: Map<string, number>;
	/** Per paper id, its co-signatories: those of its front matter, then those of its co-signature files. */
	cosignatories: Map<string, PaperCosignatory[]>;
	/** Per paper id, its consultation period, for papers that had one (whatever their status now). */
	consultations: Map<string, Consultation>;
	/** Every paper's demands by addressee, with counts and how long the open ones have been open. */
	demands: DemandTracker;
}

/** A paper's consultation: first and last day, both `YYYY-MM-DD`. */
export interface Consultation {
	start: string;
	end: string;
}

/**
 * One co-signatory of a paper, from its front matter or from a co-signature
 * file (`content/cosignatures/<paper>/<signatory>.yaml`). The contact of a file
 * is for maintainers and is never part of this: no page can render it.
 */
export type PaperCosignatory = Position['cosignatories'][number] & {
	/** The co-signature file it came from, relative to the root; entries of the front matter have none. */
	file?: string;
	/** A maintainer's confirmation, where one was recorded. */
	verified?: { by: string; date: string; how?: string | undefined };
};

function groupAll(summaries: DocumentSummary[]): Record<FacetName, Map<string, DocumentSummary[]>> {
	const out = {} as Record<FacetName, Map<string, DocumentSummary[]>>;
	for (const name of Object.keys(FACETS) as FacetName[]) out[name] = groupBy(summaries, FACETS[name]);
	return out;
}

/** Builds the index. `today` (`YYYY-MM-DD`) is the build date for review states and consultations. */
export function buildLibraryIndex(
	documents: readonly AnyDocument[],
	registries: Registries,
	today: string,
): LibraryIndex {
	const reviews = new Map<string, ReviewState>();
	const matrices = new Map<string, ResolvedMatrix>();
	for (const doc of documents) {
		if (doc.kind !== 'guides') continue;
		reviews.set(doc.id, reviewState(doc.data.reviewed, doc.data.reviewIntervalMonths, today));
		matrices.set(doc.id, resolveMatrix(doc.data.baseline, doc.data.laender));
	}
	const summaries = documents
		.map((doc) => summarize(doc, registries, reviews.get(doc.id)?.overdue ?? false))
		.sort(byDateDesc);
	const byId = new Map(summaries.map((s) => [s.id, s]));
	const byKind = Object.fromEntries(
		DOCUMENT_KINDS.map((kind) => [kind, summaries.filter((s) => s.kind === kind)]),
	) as LibraryIndex['byKind'];

	const organizations = new Map<string, OrganizationActivity>();
	for (const doc of documents) {
		for (const { ref, role } of organizationRoles(doc)) {
			const resolved = resolveOrganization(ref, registries.organizations, registries.register);
			if (!resolved) continue;
			// A hub is the body's of today, whichever of its keys a document used.
			const { former: _, ...organization } = resolved;
			let activity = organizations.get(organization.slug);
			if (!activity)
				organizations.set(
					organization.slug,
					(activity = { organization, led: [], signed: [], reported: [], reused: [] }),
				);
			const list = activity[role === 'lead' ? 'led' : role];
			const summary = byId.get(doc.id)!;
			if (!list.includes(summary)) list.push(summary);
		}
	}
	for (const activity of organizations.values())
		for (const list of [activity.led, activity.signed, activity.reported, activity.reused]) list.sort(byDateDesc);

	const openConsultations = documents
		.flatMap((doc) =>
			doc.kind === 'positions' &&
			doc.data.status === 'consultation' &&
			doc.data.dates.consultationEnd &&
			doc.data.dates.consultationEnd >= today
				? [{ summary: byId.get(doc.id)!, until: doc.data.dates.consultationEnd }]
				: [],
		)
		.sort((a, b) => compareKeys(a.until, b.until));

	const organizationsByName = [...organizations.values()]
		.map((a) => ({ ...a, documents: new Set([...a.led, ...a.signed, ...a.reported, ...a.reused]).size }))
		.sort((a, b) => compareText('de')(a.organization.name, b.organization.name));

	return {
		summaries,
		byId,
		organizationsByName,
		byKind,
		groups: groupAll(summaries),
		groupsByKind: Object.fromEntries(
			DOCUMENT_KINDS.map((kind) => [kind, groupAll(byKind[kind])]),
		) as LibraryIndex['groupsByKind'],
		organizations,
		supersession: buildSupersession(
			documents.flatMap((doc) => (doc.kind === 'positions' ? [{ id: doc.id, supersedes: doc.data.supersedes }] : [])),
		),
		matrices,
		reviews,
		openConsultations,
		cosignatoryCounts: new Map(
			documents.flatMap((doc) =>
				doc.kind === 'positions' && doc.data.cosignatories.length > 0
					? [[doc.id, doc.data.cosignatories.length] as const]
					: [],
			),
		),
		cosignatories: new Map(
			documents.flatMap((doc) =>
				doc.kind === 'positions' ? [[doc.id, doc.data.cosignatories as PaperCosignatory[]] as const] : [],
			),
		),
		demands: buildDemandTracker(
			documents.flatMap((doc) => (doc.kind === 'positions' ? [doc] : [])),
			byId,
			registries,
			today,
		),
		consultations: new Map(
			documents.flatMap((doc) =>
				doc.kind === 'positions' && doc.data.dates.consultationStart && doc.data.dates.consultationEnd
					? [[doc.id, { start: doc.data.dates.consultationStart, end: doc.data.dates.consultationEnd }] as const]
					: [],
			),
		),
	};
}
