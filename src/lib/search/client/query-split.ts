/**
 * Query-time help that needs the library's vocabulary: splitting a typed
 * compound the pages do not contain into parts they do ("Nachmittagsbetreuung"
 * → Nachmittag, Betreuung), and correcting a misspelt word to the nearest
 * word of the library ("Grundsteur" → grundsteuer). The vocabulary is the
 * dictionary the build splits compounds with (`buildLexicon`), shipped as
 * `pagefind/dreiklang-lexicon.json` and loaded only for queries that need it.
 */
import { BASE_PARTS } from '../build/base-lexicon.ts';
import { MIN_COMPOUND_LENGTH, normalizeWord, splitCompound } from '../build/decompound.ts';

/** The query-time dictionary: the shipped words and the base parts the build adds to them. */
export function queryLexicon(words: readonly string[]): Set<string> {
	return new Set([...BASE_PARTS.map(normalizeWord), ...words]);
}

/**
 * The top-level parts of a typed compound as one Pagefind query ("warn
 * system"), or `undefined` when the word is short or not a compound the
 * dictionary explains. Parts keep the order of the word.
 */
export function compoundQuery(word: string, lexicon: ReadonlySet<string>): string | undefined {
	if (word.length < MIN_COMPOUND_LENGTH) return undefined;
	const parts = splitCompound(word, lexicon);
	return parts && parts.length > 1 ? parts.join(' ') : undefined;
}

/** Levenshtein distance of two words, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			best = Math.min(best, current[j]!);
		}
		if (best > limit) return limit + 1;
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The words of the dictionary nearest to a word nobody wrote: one edit for
 * words of five to eight letters, two for longer ones; the first letter is
 * taken as typed (people rarely mistype it, and it keeps the scan short).
 * `corrections('Grundsteur', lexicon)` → `['grundsteuer']`.
 */
export function corrections(word: string, lexicon: Iterable<string>, max = 3): string[] {
	const typed = normalizeWord(word);
	if (typed.length < 5) return [];
	const limit = typed.length > 8 ? 2 : 1;
	const found: { word: string; distance: number }[] = [];
	for (const candidate of lexicon) {
		if (candidate[0] !== typed[0] || candidate === typed) continue;
		const distance = editDistance(typed, candidate, limit);
		if (distance <= limit) found.push({ word: candidate, distance });
	}
	return found
		.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word))
		.slice(0, max)
		.map((f) => f.word);
}
