/**
 * Combines the searches of a query's concepts (`query-plan.ts`) into one
 * ranking. A document's value
 * is the sum, over the concepts it matches, of the concept's rarity (a word
 * that every page has decides little) times how well it matches; documents
 * matching more of the query come first without excluding the others.
 *
 * Then the versions in force come before what they replaced: a superseded or
 * withdrawn document counts half, and the version in force of a supersession
 * chain adds to its own value what its predecessors answer well — a reader
 * who searches the words of an old paper is shown the position that holds
 * now, first.
 */

/** The hits of one Pagefind search: document id → score, and the weight of the alternative it ran for. */
export interface AlternativeHits {
	weight: number;
	scores: ReadonlyMap<string, number>;
}

/** What ranking needs besides the hits. */
export interface RankContext {
	/** Documents in the index, for rarity. */
	total: number;
	/** Ids of superseded and withdrawn documents. */
	demoted: ReadonlySet<string>;
	/** Supersession chains among the hits: the ids of each chain's documents. */
	chains: readonly (readonly string[])[];
}

/** How much a superseded or withdrawn document counts against one in force. */
export const DEMOTED_FACTOR = 0.5;

/**
 * How well each document matches one concept, 0…1: for each alternative its
 * score times the alternative's weight, relative to the best such value of
 * any alternative of the concept (Pagefind's scores come from one index and
 * one formula, so a page that mentions "heat planning" once ranks far below
 * one about "Wärmeplanung"), summed over alternatives and capped at 1.
 */
export function conceptMatches(alternatives: readonly AlternativeHits[]): Map<string, number> {
	const out = new Map<string, number>();
	let best = 0;
	for (const { weight, scores } of alternatives)
		for (const score of scores.values()) best = Math.max(best, weight * score);
	if (best <= 0) return out;
	for (const { weight, scores } of alternatives)
		for (const [id, score] of scores) out.set(id, Math.min(1, (out.get(id) ?? 0) + (weight * score) / best));
	return out;
}

/** The share of a concept's value that any match gets: documents matching more of the query rise. */
const COVERAGE_SHARE = 0.3;
/** How well a predecessor must match a concept for its version in force to inherit it. */
const INHERITED_MATCH = 0.5;

/**
 * The ranking of all documents that match at least one concept, best
 * first; ties keep the order in which the documents were first found.
 * `concepts[i]` are the hits of the i-th concept's alternatives.
 */
export function rankDocuments(concepts: readonly (readonly AlternativeHits[])[], context: RankContext): string[] {
	const value = new Map<string, number>();
	const bonus = new Map<string, number>();
	const order: string[] = [];
	const heads = new Map<string, string>();
	for (const chain of context.chains) {
		const inForce = chain.filter((id) => !context.demoted.has(id));
		if (inForce.length === 1) for (const id of chain) if (id !== inForce[0]) heads.set(id, inForce[0]!);
	}
	for (const alternatives of concepts) {
		const matches = conceptMatches(alternatives);
		if (matches.size === 0) continue;
		// Rarity as in BM25's idf, never below a small positive floor, so that a word on every page still counts a little.
		const rarity = Math.max(0.05, Math.log(1 + (context.total - matches.size + 0.5) / (matches.size + 0.5)));
		for (const [id, match] of matches) {
			if (!value.has(id)) order.push(id);
			const worth = rarity * (COVERAGE_SHARE + (1 - COVERAGE_SHARE) * match);
			value.set(id, (value.get(id) ?? 0) + worth);
			// A predecessor that answers the concept well lends its value to the version in force.
			const head = heads.get(id);
			if (head && match >= INHERITED_MATCH) bonus.set(head, (bonus.get(head) ?? 0) + worth);
		}
	}
	const final = new Map<string, number>();
	for (const [id, v] of value) {
		const lifted = v + (bonus.get(id) ?? 0);
		final.set(id, context.demoted.has(id) ? lifted * DEMOTED_FACTOR : lifted);
	}
	const position = new Map(order.map((id, i) => [id, i]));
	return [...order].sort((a, b) => final.get(b)! - final.get(a)! || position.get(a)! - position.get(b)!);
}
