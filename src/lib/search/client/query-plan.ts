/**
 * Turns a typed query into concepts: the things a reader asks for, each with
 * the alternative Pagefind queries that find it. "wer hat das
 * Deutschlandticket gefordert" becomes two concepts (Deutschlandticket,
 * gefordert); "Kita" one concept with the alternatives Kita,
 * Kindertagesstätte, Kindertageseinrichtung; "§28 SGB II" one concept
 * `28 SGB II`. Pagefind requires every word of one query, so words that
 * may be missing (a question's verb, a synonym) go into separate searches
 * whose results `query-rank.ts` combines.
 */
import { compilePhrases, phraseKey, type PhraseIndex, type QueryTerms } from './query-terms.ts';
import { extractLegalReferences, isStopWord, queryWords, withUmlauts } from './query-words.ts';

/** One Pagefind query for a concept, and how much a hit of it counts (the typed form 1). */
export interface Alternative {
	query: string;
	weight: number;
}

/** Something the reader asks for and the queries that find it. */
export interface Concept {
	/** As typed. */
	text: string;
	alternatives: Alternative[];
	/** A single word, which compound splitting and spelling correction may add alternatives to. */
	word?: string;
}

/** How much an alternative counts against the typed form: a synonym is nearly as good, a guess less. */
export const ALTERNATIVE_WEIGHTS = {
	typed: 1,
	short: 0.5,
	umlauts: 1,
	synonym: 0.8,
	split: 0.7,
	spelling: 0.6,
} as const;
/** Typed forms this long or shorter count as short forms. */
const SHORT_FORM = 4;

const planners = new WeakMap<QueryTerms, PhraseIndex>();

function add(concept: Concept, query: string, weight: number): void {
	const key = query.toLocaleLowerCase('de');
	if (!concept.alternatives.some((a) => a.query.toLocaleLowerCase('de') === key))
		concept.alternatives.push({ query, weight });
}

/**
 * The concepts of a query. Legal references come first, then phrases the
 * terms know (longest first), then the remaining words without filler words
 * — unless the query has nothing else.
 */
export function planQuery(query: string, terms: QueryTerms): Concept[] {
	let phrases = planners.get(terms);
	if (!phrases) planners.set(terms, (phrases = compilePhrases(terms.groups)));
	const concepts: Concept[] = [];
	const { rest, references } = extractLegalReferences(query);
	for (const { number, law } of references) {
		const concept: Concept = { text: `${number} ${law}`, alternatives: [] };
		add(concept, `${number} ${law}`, ALTERNATIVE_WEIGHTS.typed);
		// The law by its other name: "Art. 72 Grundgesetz" finds "Art. 72 GG".
		const known = phrases.match(phraseKey(law), 0);
		if (known && known.length === phraseKey(law).length)
			for (const other of known.others) add(concept, `${number} ${other}`, ALTERNATIVE_WEIGHTS.synonym);
		concepts.push(concept);
	}
	const words = queryWords(rest);
	const lower = words.map((w) => w.toLocaleLowerCase('de'));
	const content = words.filter((w) => !isStopWord(w));
	const keepFillers = content.length === 0 && concepts.length === 0;
	for (let i = 0; i < words.length;) {
		const known = phrases.match(lower, i);
		if (known && (known.length > 1 || !isStopWord(words[i]!))) {
			const text = words.slice(i, i + known.length).join(' ');
			const concept: Concept = { text, alternatives: [] };
			// A short form ("GG", "GEG") is also the start of other words ("gegen") to Pagefind, which matches word beginnings: its long forms are surer.
			add(
				concept,
				text,
				text.length <= SHORT_FORM && known.others.length > 0 ? ALTERNATIVE_WEIGHTS.short : ALTERNATIVE_WEIGHTS.typed,
			);
			for (const other of known.others) add(concept, other, ALTERNATIVE_WEIGHTS.synonym);
			if (known.length === 1) concept.word = words[i]!;
			concepts.push(concept);
			i += known.length;
			continue;
		}
		const word = words[i++]!;
		if (isStopWord(word) && !keepFillers) continue;
		const concept: Concept = { text: word, alternatives: [], word };
		add(concept, word, ALTERNATIVE_WEIGHTS.typed);
		for (const other of phrases.compoundOthers(word)) add(concept, other, ALTERNATIVE_WEIGHTS.synonym);
		const umlauts = withUmlauts(word);
		if (umlauts) {
			add(concept, umlauts, ALTERNATIVE_WEIGHTS.umlauts);
			// "Gefluechtete" → "Geflüchtete", and so the synonyms of "Geflüchtete".
			const again = phrases.match([umlauts.toLocaleLowerCase('de')], 0);
			for (const other of again?.others ?? []) add(concept, other, ALTERNATIVE_WEIGHTS.synonym);
		}
		concepts.push(concept);
	}
	return concepts;
}

/** Adds an alternative to a concept (used for compound parts and spelling corrections), unless it is there already. */
export function addAlternative(concept: Concept, query: string, weight: number): void {
	add(concept, query, weight);
}
