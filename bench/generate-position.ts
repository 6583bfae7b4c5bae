/**
 * Front matter of a synthetic position paper: lifecycle dates that fit its
 * status, a lead, addressees, demands, and co-signatories — for some papers
 * hundreds of Gemeinden from the municipal register.
 */
import type { PositionStatus } from '../src/schemas/position.ts';
import type { LandCode } from '../src/schemas/primitives.ts';
import { toIso, yearOf } from './dates.ts';
import { organization, sharedFields, type GenerateContext, type PlannedDocument } from './document-fields.ts';
import { sentence } from './german-text.ts';
import { DECIDING_BODIES } from './vocabulary.ts';

/** What the corpus plan decides about a paper before it is drawn. */
export interface PositionPlan extends PlannedDocument {
	status: PositionStatus;
	/** The older paper this one replaces. */
	supersedes?: string;
	/** The days its lifecycle must fall into; the end is never after today. */
	window: [number, number];
	/** `true` for a paper with hundreds of municipal co-signatories. */
	manySigners: boolean;
}

type Dates = {
	drafted: number;
	consultationStart?: number;
	consultationEnd?: number;
	adopted?: number;
	withdrawn?: number;
};

/** `count` sorted days in [from, to]. */
function days(ctx: GenerateContext, count: number, [from, to]: [number, number]): number[] {
	return Array.from({ length: count }, () => ctx.rng.int(from, Math.max(from, to))).sort((a, b) => a - b);
}

function lifecycle(ctx: GenerateContext, status: PositionStatus, window: [number, number]): Dates {
	const { rng } = ctx;
	if (status === 'draft') return { drafted: days(ctx, 1, window)[0]! };
	if (status === 'consultation') {
		const [drafted, start] = days(ctx, 2, window) as [number, number];
		return { drafted, consultationStart: start, consultationEnd: start + rng.int(30, 120) };
	}
	if (status === 'withdrawn') {
		const adopted = rng.chance(0.5);
		const points = days(ctx, adopted ? 3 : 2, window);
		return { drafted: points[0]!, ...(adopted ? { adopted: points[1]! } : {}), withdrawn: points.at(-1)! };
	}
	// adopted or superseded
	if (rng.chance(0.6)) {
		const [drafted, start, end, adopted] = days(ctx, 4, window) as [number, number, number, number];
		return { drafted, consultationStart: start, consultationEnd: end, adopted };
	}
	const [drafted, adopted] = days(ctx, 2, window) as [number, number];
	return { drafted, adopted };
}

/** Hundreds of Gemeinden of one to a few Länder, as a Land association's members sign. */
function manyGemeinden(ctx: GenerateContext): string[] {
	const { rng, pools } = ctx;
	const want = rng.int(150, 600);
	const laender: LandCode[] = [];
	let pool: string[] = [];
	for (const land of rng.sample(pools.laender, pools.laender.length)) {
		if (pool.length >= want * 1.5) break;
		laender.push(land);
		pool = pool.concat(pools.gemeindenByLand.get(land) ?? []);
	}
	return rng.sample(pool, want);
}

function cosignatories(ctx: GenerateContext, plan: PositionPlan, lead: string, dates: Dates) {
	const { rng, today } = ctx;
	if (plan.status === 'draft') return [];
	let refs: string[];
	if (plan.manySigners) refs = manyGemeinden(ctx);
	else if (rng.chance(0.65)) refs = [];
	else
		refs = [
			...new Set(
				Array.from({ length: rng.int(1, 12) }, () =>
					organization(ctx, { association: 2, kreis: 3, gemeinde: 4, land: 1 }, [lead]),
				),
			),
		];
	const from = dates.consultationStart ?? dates.drafted;
	const until = Math.min(today, dates.adopted ?? dates.consultationEnd ?? today);
	return refs.map((ref) => {
		const date = rng.int(from, Math.max(from, until));
		const decided = rng.chance(0.35);
		const decisionDate = date - rng.int(0, 30);
		const decision = {
			body: rng.pick(DECIDING_BODIES),
			date: toIso(decisionDate),
			...(rng.chance(0.5) ? { reference: `${String(rng.int(1, 999)).padStart(4, '0')}/${yearOf(decisionDate)}` } : {}),
		};
		return { organization: ref, date: toIso(date), ...(decided ? { decision } : {}) };
	});
}

/** The front matter of one position paper. */
export function positionFrontMatter(ctx: GenerateContext, plan: PositionPlan) {
	const { rng, pools, today } = ctx;
	const dates = lifecycle(ctx, plan.status, plan.window);
	const published = Math.min(today, dates.adopted ?? dates.consultationStart ?? dates.drafted);
	const lead = organization(ctx, { association: 6, gemeinde: 2, kreis: 1.2, land: 0.8 });
	const levels = rng.sample(['level:bund', 'level:land', 'level:eu'], rng.int(1, 2));
	const addressees = rng.chance(0.3) ? [...levels, rng.pick(pools.federalBodies)] : levels;
	const demands = Array.from({ length: rng.chance(0.1) ? 0 : rng.int(2, 6) }, () => {
		const status = rng.weighted({ open: 5, 'in-progress': 2, met: 1.5, rejected: 1.5 });
		return {
			text: sentence(rng),
			addressee: rng.pick(addressees),
			status,
			since: toIso(rng.int(dates.drafted, today)),
			...((status === 'met' || status === 'rejected') && rng.chance(0.6) ? { note: sentence(rng) } : {}),
		};
	});
	return {
		...sharedFields(ctx, plan, published),
		status: plan.status,
		dates: Object.fromEntries(Object.entries(dates).map(([key, day]) => [key, toIso(day)])),
		lead,
		...(dates.adopted !== undefined ? { adoptedBy: `${rng.pick(DECIDING_BODIES)} (${pools.nameOf(lead)})` } : {}),
		...(plan.status === 'withdrawn' ? { withdrawalReason: sentence(rng) } : {}),
		cosignatories: cosignatories(ctx, plan, lead, dates),
		addressees,
		demands,
		...(plan.supersedes ? { supersedes: plan.supersedes } : {}),
	};
}
