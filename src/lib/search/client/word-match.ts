/**
 * Which words of a page a query word may find. Pagefind finds the words of an
 * index that begin with the query word's stem ("Kinder" finds
 * "Kinderbetreuung"); when an index has none, it falls back to the longest
 * word of the index that the query word begins with, so that
 * "Kindergrundsicherung" finds every page with "Kinder" in a library that
 * does not have the word. The search page asks every library, this one and
 * each peer, whether it has a query word, by the words its best hit marks,
 * and leaves that library out of the searches with the word when it has not
 * (`library-search.ts`). An inflected form still finds its base form:
 * "Kitas" finds "Kita", as the query terms' phrases do (`query-terms.ts`).
 */
import { INFLECTION_ENDINGS } from '../build/decompound.ts';

/** A word as Pagefind compares it: lower case, without diacritics (`Wärme` → `warme`). */
export function indexForm(word: string): string {
	return word.toLocaleLowerCase('de').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A query word as Pagefind searches it: in its index form, without the
 * punctuation Pagefind drops from a query (`49-Euro-Ticket` → `49euroticket`).
 */
export function queryForm(word: string): string {
	return indexForm(word).replace(/(?!\p{Pc})\p{P}/gu, '');
}

/** The parts of a marked word Pagefind indexes on their own: the whole and each part between hyphens or other signs. */
function indexedParts(marked: string): string[] {
	const parts = indexForm(marked).match(/[\p{L}\p{N}]+/gu) ?? [];
	return parts.length > 1 ? [parts.join(''), ...parts] : parts;
}

/**
 * Whether `marked`, a word a page's excerpt marks for a search of
 * `queryWord`, is one the query word finds: a word that begins with the
 * query word's stem, or its base form with an inflection ending (the
 * query word "Kitas" and the page's "Kita"). `stem` is the stemmer of the
 * index language, as Pagefind applies it.
 * `findsWord('Kindergrundsicherung', 'Kinder', stem)` → `false`.
 */
export function findsWord(queryWord: string, marked: string, stem: (word: string) => string): boolean {
	const query = queryForm(queryWord);
	const stemmed = stem(query);
	return indexedParts(marked).some((part) => {
		if (part.startsWith(stemmed)) return true;
		let shared = 0;
		while (shared < part.length && shared < query.length && part[shared] === query[shared]) shared++;
		// Both words differ only by their endings, and share more than a short prefix ("Kind" of "Kinder" and "Kindergarten").
		return (
			shared >= Math.max(3, query.length - 3) &&
			INFLECTION_ENDINGS.has(query.slice(shared)) &&
			INFLECTION_ENDINGS.has(part.slice(shared))
		);
	});
}
