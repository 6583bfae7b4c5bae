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

/** Whether `text` is the name (not the id) of `candidate`, with case and umlauts folded: a name written where the id belongs. */
export function isNameOf(text: string, candidate: Candidate): boolean {
	const [id, ...names] = textsOf(candidate);
	const wanted = fold(text);
	return wanted !== id && names.includes(wanted);
}

/** The folded texts of each candidate, folded once however many values are compared with it. */
const foldedTexts = new WeakMap<Candidate, string[]>();
function textsOf(candidate: Candidate): string[] {
	let texts = foldedTexts.get(candidate);
	if (!texts) {
		texts = [candidate.id, ...(candidate.name ? [candidate.name] : []), ...(candidate.also ?? [])].map(fold);
		foldedTexts.set(candidate, texts);
	}
	return texts;
}

/** How many edits still count as a typo of a text this long. */
const tolerance = (length: number) => (length <= 3 ? 1 : length <= 8 ? 2 : 3);

/** At most this many candidates are named when several bear the very name written (a Landkreis and its town). */
const MAX_SUGGESTIONS = 3;

/**
 * The candidates `value` most likely means, best first, or none: those whose
 * id or name matches exactly once case and umlauts are folded (up to three:
 * a name may be borne by a Kreis and a Gemeinde), else the one nearest
 * within a few edits. Nothing is suggested for a value that is itself a
 * candidate.
 */
export function suggest(value: string, candidates: Iterable<Candidate>): Candidate[] {
	const wanted = fold(value);
	if (wanted === '') return [];
	const limit = tolerance(wanted.length);
	const exact: Candidate[] = [];
	let best: Candidate | undefined;
	let bestDistance = limit + 1;
	for (const candidate of candidates) {
		if (candidate.id === value) return [];
		for (const folded of textsOf(candidate)) {
			if (folded === wanted) {
				if (exact.length < MAX_SUGGESTIONS && !exact.includes(candidate)) exact.push(candidate);
				break;
			}
			if (exact.length > 0 || Math.abs(folded.length - wanted.length) >= bestDistance) continue;
			const d = distance(folded, wanted);
			if (d < bestDistance) {
				best = candidate;
				bestDistance = d;
			}
		}
	}
	return exact.length > 0 ? exact : best ? [best] : [];
}
