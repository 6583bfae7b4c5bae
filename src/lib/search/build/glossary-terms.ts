/**
 * Finds glossary terms in running text: abbreviations (`IfSG`, exact case,
 * whole word) and their long forms ("Infektionsschutzgesetz", any case, with
 * an inflection ending such as "‑es"), and says what each stands for, so that
 * the search index can carry both forms wherever one of them occurs.
 */
import type { GlossaryEntry } from '../../../schemas/glossary.ts';
import { INFLECTION_ENDINGS, normalizeWord } from './decompound.ts';

/** A word of running text and where the insertion after it goes. */
export interface TextWord {
	/** The word as written, without surrounding punctuation. */
	word: string;
	/** Offset in the text where the whole token it belongs to starts. */
	start: number;
	/** Offset in the text right after the whole token it belongs to (`OZG-Portal` → after `Portal`). */
	after: number;
}

/** Splits an expansion into its words: `Zivilschutz- und Katastrophenhilfegesetz` → three words. */
function words(phrase: string): string[] {
	return phrase.match(/[\p{L}\p{M}\p{N}]+/gu)?.map(normalizeWord) ?? [];
}

/** A compiled glossary, ready to match. */
export interface GlossaryMatcher {
	/**
	 * For every word that ends a glossary term in `tokens`, keyed by its index:
	 * the other forms of the term, and the index of the term's first word.
	 */
	match(tokens: readonly TextWord[]): Map<number, { terms: string[]; from: number }>;
}

/**
 * Compiles the glossary. For `{ abbreviation: EfA, expansions: [Einer für Alle] }`,
 * the words "Einer für Alle" yield `EfA` at "Alle", and `EfA` yields "Einer für Alle".
 */
export function compileGlossary(entries: readonly GlossaryEntry[]): GlossaryMatcher {
	const byAbbreviation = new Map<string, string[]>();
	const phrases: { words: string[]; terms: string[] }[] = [];
	for (const { abbreviation, expansions } of entries) {
		byAbbreviation.set(abbreviation, [...(byAbbreviation.get(abbreviation) ?? []), ...expansions]);
		for (const expansion of expansions) {
			const w = words(expansion);
			if (w.length > 0) phrases.push({ words: w, terms: [abbreviation] });
		}
	}
	// Phrases by the form their first word may take: as written, and for one-word long forms with each inflection ending.
	const byFirstWord = new Map<string, typeof phrases>();
	const index = (form: string, phrase: (typeof phrases)[number]) => {
		const list = byFirstWord.get(form) ?? [];
		if (!list.includes(phrase)) byFirstWord.set(form, [...list, phrase]);
	};
	for (const phrase of phrases) {
		index(phrase.words[0]!, phrase);
		if (phrase.words.length === 1) for (const ending of INFLECTION_ENDINGS) index(phrase.words[0]! + ending, phrase);
	}

	const lastWordMatches = (written: string, expected: string) =>
		written.startsWith(expected) && INFLECTION_ENDINGS.has(written.slice(expected.length));

	return {
		match(tokens) {
			const found = new Map<number, { terms: string[]; from: number }>();
			const add = (at: number, from: number, terms: readonly string[]) => {
				const entry = found.get(at);
				found.set(at, { terms: [...(entry?.terms ?? []), ...terms], from: Math.min(from, entry?.from ?? from) });
			};
			const normalized = tokens.map((t) => normalizeWord(t.word));
			tokens.forEach((token, i) => {
				const expansions = byAbbreviation.get(token.word);
				if (expansions) add(i, i, expansions);
				for (const phrase of byFirstWord.get(normalized[i]!) ?? []) {
					const n = phrase.words.length;
					if (i + n > tokens.length) continue;
					let ok = true;
					for (let k = 0; k < n && ok; k++) {
						const written = normalized[i + k]!;
						ok = k === n - 1 ? lastWordMatches(written, phrase.words[k]!) : written === phrase.words[k];
					}
					if (ok) add(i + n - 1, i, phrase.terms);
				}
			});
			return found;
		},
	};
}
