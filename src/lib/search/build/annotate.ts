/**
 * Adds search terms to the text Pagefind indexes, right after the words they
 * belong to: the parts of compounds and the other forms of glossary terms.
 * "Die Flüchtlingsunterbringung" is indexed as
 * "Die Flüchtlingsunterbringung ⟨flüchtling unterbringung⟩", so a search for
 * "Unterbringung" finds it. The marks ⟨ ⟩ are punctuation to Pagefind (not
 * part of any word) and let the search page drop the added terms from excerpts
 * again (`excerptPieces`); one ⟨ per word the terms belong to ("Einer für Alle
 * ⟨⟨⟨EfA⟩") tells it how many words to highlight. Readers never see them: only the copy of a page that
 * is handed to the indexer is annotated, not the page itself.
 */
import { ANNOTATION_CLOSE, ANNOTATION_OPEN } from '../search-fields.ts';
import { decompound, MIN_COMPOUND_LENGTH, normalizeWord } from './decompound.ts';
import type { GlossaryMatcher, TextWord } from './glossary-terms.ts';

export { ANNOTATION_CLOSE, ANNOTATION_OPEN };

// A character reference, or a word with optional hyphenated continuations (`OZG-Änderungsgesetz`).
const TOKEN = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/giu;
const HYPHEN = /[-‐‑]/;

/** The words of a piece of HTML text, hyphenated words split into their parts. */
export function textWords(text: string): TextWord[] {
	const out: TextWord[] = [];
	TOKEN.lastIndex = 0;
	for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
		const token = match[0];
		if (token.charCodeAt(0) === 38 /* & */) continue;
		const start = match.index;
		const after = start + token.length;
		if (HYPHEN.test(token)) for (const word of token.split(HYPHEN)) out.push({ word, start, after });
		else out.push({ word: token, start, after });
	}
	return out;
}

function escapeText(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What an annotator needs: the dictionary for compounds and the compiled glossary. */
export interface AnnotatorOptions {
	lexicon: ReadonlySet<string>;
	glossary: GlossaryMatcher;
}

/** Annotates the text nodes of one page, one after the other. */
export type PageAnnotator = (text: string) => string;

/**
 * Returns a function that starts the annotation of one page; pass it the
 * page's words. A term is added once per page, after its first occasion, and
 * not at all when the page has it as a word of its own: Pagefind finds the
 * page by it anyway, and every repetition would only enlarge the index.
 * Character references are left alone. Splits are cached per word, so one
 * annotator should serve a whole build.
 */
export function createAnnotator({
	lexicon,
	glossary,
}: AnnotatorOptions): (pageWords?: Iterable<string>) => PageAnnotator {
	const cache = new Map<string, string[]>();
	const partsOf = (word: string) => {
		if (word.length < MIN_COMPOUND_LENGTH) return [];
		let parts = cache.get(word);
		if (!parts) cache.set(word, (parts = decompound(word, lexicon)));
		return parts;
	};
	return (pageWords = []) => {
		// Pages repeat their words; normalizing each once is enough.
		const present = new Set<string>();
		for (const word of new Set(pageWords)) present.add(normalizeWord(word));
		const fresh = (terms: readonly string[]) =>
			terms.filter((term) => {
				const key = normalizeWord(term);
				if (present.has(key)) return false;
				present.add(key);
				return true;
			});
		return (text) => {
			const tokens = textWords(text);
			if (tokens.length === 0) return text;
			const added = new Map<number, { terms: string[]; words: number }>();
			const add = (at: number, terms: readonly string[], words = 1) => {
				const entry = added.get(at) ?? { terms: [], words: 1 };
				entry.terms.push(...fresh(terms));
				entry.words = Math.max(entry.words, words);
				if (entry.terms.length > 0) added.set(at, entry);
			};
			tokens.forEach((token) => add(token.after, partsOf(token.word)));
			for (const [i, { terms, from }] of glossary.match(tokens)) {
				add(tokens[i]!.after, terms, text.slice(tokens[from]!.start, tokens[i]!.after).trim().split(/\s+/).length);
			}
			if (added.size === 0) return text;
			let out = '';
			let from = 0;
			for (const at of [...added.keys()].sort((x, y) => x - y)) {
				const { terms, words } = added.get(at)!;
				out += `${text.slice(from, at)} ${ANNOTATION_OPEN.repeat(words)}${escapeText(terms.join(' '))}${ANNOTATION_CLOSE}`;
				from = at;
			}
			return out + text.slice(from);
		};
	};
}
