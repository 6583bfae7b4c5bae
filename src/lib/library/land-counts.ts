/**
 * How many documents of the library, or of one topic, concern each Land,
 * and the colour step of each count on the map of the Länder. A document
 * concerns a Land when it names an organization of that Land or, for a
 * guide, has a row for it in its Länder matrix (`summaries.ts`).
 */
import { LAND_CODES, type LandCode } from '../../schemas/primitives.ts';
import { FACETS, groupBy } from './facets.ts';
import type { DocumentSummary } from './summaries.ts';

/** Colour steps for counts above zero; step 0 is "none". Four steps stay apart in colour and in the legend. */
export const MAP_STEPS = 4;

/** One step of the map's colour scale: the counts from `from` to `to` (both included). */
export interface MapStep {
	/** 0 for no documents, 1 to `MAP_STEPS` from few to most. */
	step: number;
	from: number;
	to: number;
}

/**
 * The number of the `summaries` that concern each Land, for all 16 (zero
 * where none does). For a topic, pass the topic's documents.
 *
 * @example
 * landCounts(index.summaries).get('BY') // 3
 * landCounts(index.groups.topic.get('energie') ?? []).get('BY') // 1
 */
export function landCounts(summaries: readonly DocumentSummary[]): Map<LandCode, number> {
	const groups = groupBy(summaries, FACETS.land);
	return new Map(LAND_CODES.map((code) => [code, groups.get(code)?.length ?? 0]));
}

/**
 * The colour steps for counts up to `max`: step 0 for none, then up to
 * `steps` equal ranges of counts, leaving out ranges that hold no whole
 * number. The largest count always has the darkest step, so that a library
 * with few documents does not look empty.
 *
 * @example
 * mapSteps(8) // [{step: 0, from: 0, to: 0}, {step: 1, from: 1, to: 2}, … {step: 4, from: 7, to: 8}]
 * mapSteps(2) // [{step: 0, from: 0, to: 0}, {step: 2, from: 1, to: 1}, {step: 4, from: 2, to: 2}]
 */
export function mapSteps(max: number, steps = MAP_STEPS): MapStep[] {
	const out: MapStep[] = [{ step: 0, from: 0, to: 0 }];
	for (let step = 1; step <= steps; step++) {
		const from = Math.floor(((step - 1) * max) / steps) + 1;
		const to = Math.floor((step * max) / steps);
		if (from <= to) out.push({ step, from, to });
	}
	return out;
}

/** The step of the scale `steps` (from `mapSteps`) that holds `count`; 0 for none. */
export function stepOf(count: number, steps: readonly MapStep[]): number {
	return steps.find((s) => count >= s.from && count <= s.to)?.step ?? 0;
}
