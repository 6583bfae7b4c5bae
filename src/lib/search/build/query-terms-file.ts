/**
 * Writes what the search page needs to handle queries, next to the index:
 * `dreiklang-query.json` (groups of terms that mean the same, and the status
 * labels that rank last; a few kilobytes, loaded with the first search) and
 * `dreiklang-lexicon.json` (the dictionary the build splits compounds with,
 * loaded only for queries with a long or unknown word).
 */
import type { GlossaryEntry } from '../../../schemas/glossary.ts';
import type { SynonymEntry } from '../../../schemas/synonyms.ts';
import type { QueryTerms, TermGroup } from '../client/query-terms.ts';
import { buildLexicon } from './decompound.ts';

/** A registry label in both languages. */
export interface LabelPair {
	de: string;
	en: string;
}

/** The longest word the query-time dictionary keeps: longer words are compounds to split, not parts. */
export const MAX_LEXICON_WORD = 24;

// Brackets and quotation marks are not part of a label's words: "Onlinezugangsgesetz (OZG) und „Einer für Alle“".
const clean = (label: string) =>
	label
		.replace(/\([^)]*\)/g, ' ')
		.replace(/[„“”"«»]/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * The German and English labels of a registry entry as groups: the whole
 * label, and when both name the same number of things joined by "und"/"and"
 * or "/", each thing ("Migration und Integration" / "Migration and
 * integration" → also Integration ↔ integration).
 */
export function labelGroups({ de, en }: LabelPair): TermGroup[] {
	const groups: TermGroup[] = [];
	const [a, b] = [clean(de), clean(en)];
	if (a && b && a.toLocaleLowerCase('de') !== b.toLocaleLowerCase('en')) groups.push({ de: [a], en: [b] });
	const partsA = a.split(/\s+(?:und|sowie)\s+|\s*\/\s*/);
	const partsB = b.split(/\s+and\s+|\s*\/\s*/);
	if (partsA.length > 1 && partsA.length === partsB.length)
		partsA.forEach((part, i) => {
			if (part && partsB[i] && part.toLocaleLowerCase('de') !== partsB[i]!.toLocaleLowerCase('en'))
				groups.push({ de: [part], en: [partsB[i]!] });
		});
	return groups;
}

/** The query terms of a library: glossary, synonyms and registry labels. */
export function queryTerms(
	glossary: readonly GlossaryEntry[],
	synonyms: readonly SynonymEntry[],
	labels: readonly LabelPair[],
	demoted: readonly string[],
): QueryTerms {
	return {
		groups: [
			...synonyms.map((entry) => ({ de: entry.terms, ...(entry.en ? { en: entry.en } : {}) })),
			...glossary.map((entry) => ({ de: [entry.abbreviation, ...entry.expansions] })),
			...labels.flatMap(labelGroups),
		],
		demoted: [...demoted],
	};
}

/** The query-time dictionary: the build's, without the words too long to be a part, sorted. */
export function queryLexiconWords(words: Iterable<string>): string[] {
	return [...buildLexicon(words, [])].filter((word) => word.length <= MAX_LEXICON_WORD).sort();
}
