/**
 * "Did you mean …?": the candidate nearest to what a contributor wrote — a
 * field name, an allowed value, a registry id, or the id behind a name that
 * was written where the id belongs (`Deutscher Städtetag` → `staedtetag`).
 * Work is bounded: only the given candidates are compared, long texts are
 * cut, and candidates whose length alone rules them out are skipped.
 */
import { distance } from 'fastest-levenshtein';

/** One value that may be meant: its id, and the name people know it by. */
export interface Candidate {
	id: string;
	/** The name shown with the suggestion, e.g. `Deutscher Städtetag`. */
	name?: string | undefined;
	/** Other texts that point at it, e.g. a short name (`DST`). */
	also?: readonly string[];
}

/** Longer texts are compared by their start only: a suggestion for a paragraph helps no one. */
const MAX_LENGTH = 80;

/** Lower case, umlauts as the ids write them, no punctuation: `Städtetag` and `staedtetag` meet. */
function fold(text: string): string {
	return text
		.slice(0, MAX_LENGTH)
		.toLocaleLowerCase('de')
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** How many edits still count as a typo of a text this long. */
const tolerance = (length: number) => (length <= 3 ? 1 : length <= 8 ? 2 : 3);

/**
 * The candidate `value` most likely means, or `undefined`: an exact match of
 * its id or name after folding case and umlauts first, else the nearest id or
 * name within a few edits. `value` itself, if it is a candidate, is never
 * suggested.
 */
export function suggest(value: string, candidates: Iterable<Candidate>): Candidate | undefined {
	const wanted = fold(value);
	if (wanted === '') return undefined;
	const limit = tolerance(wanted.length);
	let best: Candidate | undefined;
	let bestDistance = limit + 1;
	for (const candidate of candidates) {
		if (candidate.id === value) return undefined;
		for (const text of [candidate.id, ...(candidate.name ? [candidate.name] : []), ...(candidate.also ?? [])]) {
			const folded = fold(text);
			if (folded === wanted) return candidate;
			if (Math.abs(folded.length - wanted.length) >= bestDistance) continue;
			const d = distance(folded, wanted);
			if (d < bestDistance) {
				best = candidate;
				bestDistance = d;
			}
		}
	}
	return best;
}
