/**
 * The demand tracker: every demand of every position paper, grouped by whom it
 * addresses, with counts per status and, for a demand still open, since when.
 * Computed once per build; the tracker pages only render it.
 *
 * Who is addressed, and where a demand is listed:
 * - `level:bund` → the Bund; so is a demand to a federal body (`bundesregierung`).
 * - `level:eu` → the EU; `level:kommune` → the municipalities.
 * - `level:land` → the Länder together, and each Land the paper concerns: the
 *   Länder of its lead body and co-signatories (the same Länder its list
 *   filter `land` uses). A paper of a federal association with no Land of its
 *   own is listed under the Länder together only.
 * - A Land as a body (`BY`) → that Land; a Land body (a state ministry) → its
 *   own page and its Land's.
 * - Any other organization → its own page (a demand to a Kreis is not one to its Land).
 * Each demand is listed once per page, whatever the number of ways it is addressed there.
 */
import { DEMAND_STATUSES, type DemandStatus, type Position } from '../../schemas/position.ts';
import { LAND_CODES, type LandCode } from '../../schemas/primitives.ts';
import { compareKeys, compareText } from '../collate.ts';
import type { Registries } from '../registries/load-registries.ts';
import { resolveOrganization } from '../registries/organizations.ts';
import type { DocumentSummary } from './summaries.ts';

/** Statuses in which a demand is still open: nothing has been decided on it. */
export const UNRESOLVED: readonly DemandStatus[] = ['open', 'in-progress'];

/** What kind of addressee a tracker page is for. */
export type TrackerGroupKind = 'bund' | 'eu' | 'laender' | 'land' | 'kommunen' | 'organization';

/** One demand as the tracker lists it. */
export interface TrackedDemand {
	/** The paper's id. */
	paper: string;
	/** Its place in the paper's list, from 0. */
	index: number;
	text: string;
	/** The paper's language. */
	lang: 'de' | 'en';
	addressee: string;
	status: DemandStatus;
	since: string;
	/** For an open demand: the day it has been open since without a break (`YYYY-MM-DD`). */
	openSince?: string;
	/** For an open demand: whole days from `openSince` to the build date. */
	daysOpen?: number;
}

/** The demands to one addressee. */
export interface TrackerGroup {
	/** The page's path segment: `bund`, `eu`, `laender`, `kommunen`, a Land's code in lower case (`by`), or an organization's hub slug. */
	slug: string;
	kind: TrackerGroupKind;
	/** The Land (`land`) or the organization reference (`organization`). */
	ref?: string;
	/** The name the index sorts organizations by (German). */
	name?: string;
	/** Open demands first, longest open first; then partly met, met, rejected, latest change first. */
	demands: TrackedDemand[];
	/** Demands per status; every status is present. */
	counts: Record<DemandStatus, number>;
}

/** The tracker of one build. */
export interface DemandTracker {
	/** Groups with at least one demand: Bund, EU, the Länder together, each Land, municipalities, organizations by name. */
	groups: TrackerGroup[];
	bySlug: Map<string, TrackerGroup>;
	/** All demands of all papers, once each, with counts. */
	total: Record<DemandStatus, number>;
}

const MS_PER_DAY = 86_400_000;
const dayNumber = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`) / MS_PER_DAY;
const LEVEL_GROUPS: Record<string, TrackerGroupKind> = {
	'level:bund': 'bund',
	'level:eu': 'eu',
	'level:kommune': 'kommunen',
	'level:land': 'laender',
};
/** Slugs of the level and Land pages, which an organization's slug must not take. */
const LEVEL_SLUGS = new Set<string>([...Object.values(LEVEL_GROUPS), ...LAND_CODES.map((c) => c.toLowerCase())]);

/** The day `demand` has been open since without a break, if it is open. */
export function openSince(
	demand: Pick<Position['demands'][number], 'status' | 'since' | 'history'>,
): string | undefined {
	if (!UNRESOLVED.includes(demand.status)) return undefined;
	let since = demand.since;
	const steps = demand.history ?? [];
	for (let i = steps.length - 1; i >= 0 && UNRESOLVED.includes(steps[i]!.status); i--) since = steps[i]!.since;
	return since;
}

const emptyCounts = () => Object.fromEntries(DEMAND_STATUSES.map((s) => [s, 0])) as Record<DemandStatus, number>;
const ORDER = Object.fromEntries(
	(['open', 'in-progress', 'partly-met', 'met', 'rejected'] as const).map((s, i) => [s, i]),
) as Record<DemandStatus, number>;

/** Open first, longest open first; then by status, latest change first; then by paper and place. */
function byUrgency(a: TrackedDemand, b: TrackedDemand): number {
	return (
		ORDER[a.status] - ORDER[b.status] ||
		compareKeys(a.openSince ?? '', b.openSince ?? '') ||
		compareKeys(b.since, a.since) ||
		compareKeys(a.paper, b.paper) ||
		a.index - b.index
	);
}

/**
 * Builds the tracker from the papers, their summaries (for the Länder they
 * concern) and the registries, as of `today` (`YYYY-MM-DD`).
 */
export function buildDemandTracker(
	papers: readonly { id: string; data: Position }[],
	summaries: ReadonlyMap<string, DocumentSummary>,
	registries: Registries,
	today: string,
): DemandTracker {
	const groups = new Map<string, TrackerGroup>();
	const total = emptyCounts();
	const group = (slug: string, kind: TrackerGroupKind, ref?: string, name?: string): TrackerGroup => {
		let g = groups.get(slug);
		if (!g)
			groups.set(
				slug,
				(g = { slug, kind, ...(ref && { ref }), ...(name && { name }), demands: [], counts: emptyCounts() }),
			);
		return g;
	};
	const land = (code: LandCode) => group(code.toLowerCase(), 'land', code);
	for (const paper of papers) {
		const laender = summaries.get(paper.id)?.laender ?? [];
		paper.data.demands.forEach((demand, index) => {
			const opened = openSince(demand);
			const tracked: TrackedDemand = {
				paper: paper.id,
				index,
				text: demand.text,
				lang: paper.data.lang,
				addressee: demand.addressee,
				status: demand.status,
				since: demand.since,
				...(opened && { openSince: opened, daysOpen: Math.max(0, Math.round(dayNumber(today) - dayNumber(opened))) }),
			};
			total[demand.status]++;
			const targets = new Set<TrackerGroup>();
			const level = LEVEL_GROUPS[demand.addressee];
			if (level) {
				targets.add(group(level, level));
				if (level === 'laender') for (const code of laender) targets.add(land(code));
			} else {
				const o = resolveOrganization(demand.addressee, registries.organizations, registries.register);
				if (o?.kind === 'land' && o.land) targets.add(land(o.land));
				else if (o) {
					targets.add(group(LEVEL_SLUGS.has(o.slug) ? `org-${o.slug}` : o.slug, 'organization', o.ref, o.name));
					if (o.level === 'bund') targets.add(group('bund', 'bund'));
					if (o.level === 'land' && o.land) targets.add(land(o.land));
				}
			}
			for (const g of targets) {
				g.demands.push(tracked);
				g.counts[demand.status]++;
			}
		});
	}
	for (const g of groups.values()) g.demands.sort(byUrgency);
	const rank = (g: TrackerGroup) =>
		g.kind === 'land'
			? 3 + LAND_CODES.indexOf(g.ref as LandCode) / 100
			: { bund: 0, eu: 1, laender: 2, kommunen: 4, organization: 5 }[g.kind];
	const sorted = [...groups.values()].sort(
		(a, b) => rank(a) - rank(b) || compareText('de')(a.name ?? '', b.name ?? ''),
	);
	return { groups: sorted, bySlug: new Map(sorted.map((g) => [g.slug, g])), total };
}
