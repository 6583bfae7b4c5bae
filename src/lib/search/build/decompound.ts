/**
 * Splits closed German compounds into their parts, so that the search finds
 * "Flüchtlingsunterbringung" for "Unterbringung" and "Grundsteuer" for
 * "Steuer". Pagefind matches word beginnings only; the parts this module
 * finds are added to the index next to the compound (see `annotate.ts`).
 *
 * The method is dictionary-based: a word is split into known words, allowing
 * a linking element (Fugenelement: -s-, -es-, -n-, -en-) between parts and an
 * inflection ending after the last one. The dictionary is the library's own
 * vocabulary plus a small base list, so it grows with the content and needs
 * no external data.
 */
import { BASE_PARTS, STOPWORDS } from './base-lexicon.ts';

/** Linking elements (Fugenelemente) allowed between two parts: Flüchtling‑s‑unterbringung. */
export const LINKING_ELEMENTS = ['', 's', 'es', 'n', 'en'] as const;
/** Endings the last part may carry: Grundsteuerbescheid‑e, Onlinezugangsgesetz‑es. */
export const INFLECTION_ENDINGS: ReadonlySet<string> = new Set(['', 'e', 'n', 'en', 's', 'es', 'er', 'ern', 'ns']);
/** The shortest part taken from the library's words; shorter parts only come from the base list. */
export const MIN_PART_LENGTH = 4;
/** The shortest word worth splitting: two parts of four letters or a short part and a long one. */
export const MIN_COMPOUND_LENGTH = 7;
/**
 * The longest word worth splitting, and so the longest part: longer than the
 * longest words of German law ("Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"
 * has 63 letters). Splitting takes time that grows with the cube of a word's
 * length; a longer "word" (a hash, a run of letters pasted in) is left whole,
 * so that one such word cannot stall the build.
 */
export const MAX_COMPOUND_LENGTH = 80;

// A library uses the same words over and over; normalizing is the costly part of looking them up.
const normalized = new Map<string, string>();

/** Lower-cases a word the way the dictionary stores it. */
export function normalizeWord(word: string): string {
	let result = normalized.get(word);
	if (result === undefined) {
		result = word.normalize('NFC').toLocaleLowerCase('de');
		// Only words short enough to be split or be a part are worth keeping.
		if (normalized.size < 500_000 && word.length <= MAX_COMPOUND_LENGTH * 2) normalized.set(word, result);
	}
	return result;
}

const LETTERS = /^\p{L}+$/u;

/**
 * The dictionary: every word of the library of at least `MIN_PART_LENGTH`
 * and at most `MAX_COMPOUND_LENGTH` letters that is not a function word, plus
 * the base list. (A longer word could only be a part of a longer compound,
 * and those are not split.)
 * `buildLexicon(['Wärmeplanung', 'und'])` holds `wärmeplanung` and the base parts.
 */
export function buildLexicon(
	corpusWords: Iterable<string>,
	base: readonly string[] = BASE_PARTS,
	stopwords: readonly string[] = STOPWORDS,
): Set<string> {
	const stop = new Set(stopwords);
	const lexicon = new Set(base.map(normalizeWord));
	for (const raw of corpusWords) {
		const word = normalizeWord(raw);
		if (word.length >= MIN_PART_LENGTH && word.length <= MAX_COMPOUND_LENGTH && LETTERS.test(word) && !stop.has(word))
			lexicon.add(word);
	}
	return lexicon;
}

type Split = readonly string[];

/** Fewer parts first; then the split whose shortest part is longest; then the longer last part. */
function better(a: Split, b: Split | undefined): boolean {
	if (!b) return true;
	if (a.length !== b.length) return a.length < b.length;
	const minA = Math.min(...a.map((p) => p.length));
	const minB = Math.min(...b.map((p) => p.length));
	if (minA !== minB) return minA > minB;
	return a.at(-1)!.length > b.at(-1)!.length;
}

/** The best split of `word` into at least two dictionary words, or `undefined`. */
function splitOnce(word: string, lexicon: ReadonlySet<string>): Split | undefined {
	const memo = new Map<number, Split | null>();
	// The best split of word[start…] into one or more parts.
	const rest = (start: number): Split | null => {
		if (memo.has(start)) return memo.get(start)!;
		let winner: Split | undefined;
		for (let end = start + 3; end <= word.length; end++) {
			const part = word.slice(start, end);
			if (!lexicon.has(part)) continue;
			if (INFLECTION_ENDINGS.has(word.slice(end)) && better([part], winner)) winner = [part];
			for (const link of LINKING_ELEMENTS) {
				if (!word.startsWith(link, end) || end + link.length >= word.length) continue;
				const tail = rest(end + link.length);
				if (tail && better([part, ...tail], winner)) winner = [part, ...tail];
			}
		}
		memo.set(start, winner ?? null);
		return winner ?? null;
	};
	let winner: Split | undefined;
	for (let end = 3; end < word.length; end++) {
		const part = word.slice(0, end);
		if (!lexicon.has(part)) continue;
		for (const link of LINKING_ELEMENTS) {
			if (!word.startsWith(link, end) || end + link.length >= word.length) continue;
			const tail = rest(end + link.length);
			if (tail && better([part, ...tail], winner)) winner = [part, ...tail];
		}
	}
	return winner;
}

/**
 * The parts of a compound at every level, in reading order, without the word
 * itself; empty when the word is not a compound the dictionary can explain,
 * and for words longer than `MAX_COMPOUND_LENGTH`.
 * `decompound('Grundsteuermesszahlen', lexicon)` → `['grundsteuer', 'grund', 'steuer', 'messzahl']`
 * (with `grundsteuer`, `grund`, `steuer`, `messzahl` in the dictionary).
 */
export function decompound(word: string, lexicon: ReadonlySet<string>): string[] {
	const parts: string[] = [];
	const visit = (w: string) => {
		if (w.length < MIN_COMPOUND_LENGTH) return;
		const split = splitOnce(w, lexicon);
		if (!split) return;
		for (const part of split) {
			if (!parts.includes(part)) parts.push(part);
			visit(part);
		}
	};
	// Normalizing can shorten a word (decomposed letters compose), never halve a real one; a longer one is not looked at.
	if (word.length > MAX_COMPOUND_LENGTH * 2) return parts;
	const normalized = normalizeWord(word);
	if (normalized.length <= MAX_COMPOUND_LENGTH && LETTERS.test(normalized)) visit(normalized);
	return parts;
}

/**
 * The best split of a compound into its top-level parts, or `undefined`; the
 * search page splits a typed compound with it, so that "Warnsystem" finds
 * pages with "Warnung" and "System" (`query-split.ts`).
 * `splitCompound('Warnsystem', lexicon)` → `['warn', 'system']`.
 */
export function splitCompound(word: string, lexicon: ReadonlySet<string>): string[] | undefined {
	if (word.length > MAX_COMPOUND_LENGTH * 2) return undefined;
	const normalized = normalizeWord(word);
	if (normalized.length < MIN_COMPOUND_LENGTH || normalized.length > MAX_COMPOUND_LENGTH || !LETTERS.test(normalized))
		return undefined;
	const split = splitOnce(normalized, lexicon);
	return split && [...split];
}
