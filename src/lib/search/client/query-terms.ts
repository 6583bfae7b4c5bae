/**
 * What the search page knows about words besides the index: groups of terms
 * that mean the same (synonyms, abbreviations and their long forms, English
 * labels of registry entries and their German ones), and the statuses whose
 * documents rank after the version in force. The build writes it next to the
 * index (`query-terms-file.ts`); the page loads it with its first search.
 */

/** The query terms file, `pagefind/dreiklang-query.json`. */
export interface QueryTerms {
	/**
	 * Each group: German phrases that mean the same (any case), and English
	 * ones for it, e.g. `{ de: ['Kita', 'Kindertagesstätte'], en: ['day care'] }`.
	 * A German phrase finds the other German ones; an English one finds the German ones.
	 */
	groups: TermGroup[];
	/** Status labels of the index (`Ersetzt`, `Zurückgezogen`) whose documents rank after those in force. */
	demoted: string[];
}

/** Phrases that mean the same. */
export interface TermGroup {
	de: string[];
	en?: string[];
}

/** The words of a phrase as they are compared: lower case, NFC. */
export function phraseKey(phrase: string): string[] {
	return (
		phrase
			.normalize('NFC')
			.toLocaleLowerCase('de')
			.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
	);
}

/** Endings a query's last word may carry and still name a phrase: "Kitas", "refugees", "Sirenen". */
const ENDINGS = ['', 's', 'e', 'n', 'en', 'es', 'er', 'ern', 'ns'] as const;

/** A compiled lookup from phrases to their groups. */
export interface PhraseIndex {
	/** The longest phrase starting at `at` in `words` (lower case): how many words it spans and its group's other phrases. */
	match(words: readonly string[], at: number): { length: number; others: string[] } | undefined;
	/**
	 * A compound whose last part is a one-word term, with that part replaced
	 * by each one-word term of its group: "Wohngeldamt" → "Wohngeldbehörde",
	 * "Wohngeldstelle" … (lower case).
	 */
	compoundOthers(word: string): string[];
}

/**
 * Compiles the groups. A phrase in more than one group gathers the German
 * phrases of all of them. `compilePhrases([{ de: ['Kita', 'Kindertagesstätte'] }]).match(['kitas'], 0)`
 * → `{ length: 1, others: ['Kindertagesstätte'] }`.
 */
export function compilePhrases(groups: readonly TermGroup[]): PhraseIndex {
	const byKey = new Map<string, { words: string[]; others: Set<string> }>();
	let longest = 1;
	for (const group of groups) {
		for (const phrase of [...group.de, ...(group.en ?? [])]) {
			const words = phraseKey(phrase);
			if (words.length === 0) continue;
			longest = Math.max(longest, words.length);
			const key = words.join(' ');
			const entry = byKey.get(key) ?? { words, others: new Set<string>() };
			for (const other of group.de) if (phraseKey(other).join(' ') !== key) entry.others.add(other);
			byKey.set(key, entry);
		}
	}
	const singles = [...byKey.entries()].filter(([, entry]) => entry.words.length === 1);
	return {
		compoundOthers(word) {
			const lower = word.normalize('NFC').toLocaleLowerCase('de');
			const out: string[] = [];
			for (const [key, entry] of singles) {
				if (lower.length < key.length + 3 || !lower.endsWith(key)) continue;
				const head = lower.slice(0, lower.length - key.length);
				for (const other of entry.others) {
					const words = phraseKey(other);
					if (words.length === 1) out.push(head + words[0]);
				}
			}
			return [...new Set(out)];
		},
		match(words, at) {
			for (let length = Math.min(longest, words.length - at); length >= 1; length--) {
				const head = words.slice(at, at + length - 1).join(' ');
				const last = words[at + length - 1]!;
				for (const ending of ENDINGS) {
					if (ending && (!last.endsWith(ending) || last.length - ending.length < 3)) continue;
					const key = `${head ? `${head} ` : ''}${last.slice(0, last.length - ending.length)}`;
					const entry = byKey.get(key);
					if (entry) return { length, others: [...entry.others] };
				}
			}
			return undefined;
		},
	};
}
