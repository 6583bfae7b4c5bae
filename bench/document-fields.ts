/**
 * Front-matter parts every synthetic document kind shares: the generation
 * context, the shared fields of `src/schemas/document.ts`, sources, and drawing
 * organization references from the real registries.
 */
import type { DocumentKind } from '../src/schemas/kinds.ts';
import { toIso, yearOf } from './dates.ts';
import { slugify, summary } from './german-text.ts';
import type { Random } from './prng.ts';
import type { ReferencePools } from './reference-pools.ts';
import { SOURCE_SITES, SOURCE_TYPES, TITLE_HEADS } from './vocabulary.ts';

/** What every generator reads. */
export interface GenerateContext {
	rng: Random;
	pools: ReferencePools;
	/** Today as a day number: no generated date that must have passed lies after it. */
	today: number;
}

/** The plan of one document, fixed before any front matter is drawn. */
export interface PlannedDocument {
	kind: DocumentKind;
	id: string;
	title: string;
	/** Ids of other documents this one lists as related. */
	related: string[];
}

/** Kinds of organization reference a document may draw. */
export type OrganizationKind = 'association' | 'gemeinde' | 'kreis' | 'land';

/** One organization reference, its kind drawn by weight, never one of `avoid`. */
export function organization(
	ctx: GenerateContext,
	weights: Partial<Record<OrganizationKind, number>>,
	avoid: readonly string[] = [],
): string {
	const { rng, pools } = ctx;
	for (;;) {
		const kind = rng.weighted(weights as Record<OrganizationKind, number>);
		const pool =
			kind === 'association'
				? pools.associations
				: kind === 'gemeinde'
					? pools.gemeinden
					: kind === 'kreis'
						? pools.kreise
						: pools.laender;
		const ref = rng.pick(pool);
		if (!avoid.includes(ref)) return ref;
	}
}

/** 0–3 public sources (mostly 1–3, as the example documents have). */
export function sources(ctx: GenerateContext, published: number): { title: string; url: string }[] {
	const { rng } = ctx;
	const count = rng.chance(0.15) ? 0 : rng.int(1, 3);
	return Array.from({ length: count }, () => {
		const year = yearOf(published) - rng.int(0, 3);
		const title = `${rng.pick(SOURCE_TYPES)}: ${rng.pick(TITLE_HEADS)} (${year})`;
		return { title, url: `https://${rng.pick(SOURCE_SITES)}/${year}/${slugify(title).slice(0, 80)}` };
	});
}

/** The fields of `documentFields`, in the order the example documents use. */
export function sharedFields(ctx: GenerateContext, plan: PlannedDocument, published: number) {
	const { rng, pools } = ctx;
	return {
		title: plan.title,
		summary: summary(rng),
		published: toIso(published),
		topics: rng.sample(pools.topics, rng.int(1, 3)),
		related: plan.related,
		sources: sources(ctx, published),
		lang: 'de',
		example: false,
	};
}
