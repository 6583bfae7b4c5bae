/**
 * The words of a typed query, as the search page reads them before it asks
 * Pagefind: legal references put into one form ("§28 SGB II", "SGB II § 28"
 * → `28 SGB II`), and the filler words of a question dropped ("wie
 * finanzieren Kommunen die Wärmeplanung" → finanzieren, Kommunen,
 * Wärmeplanung), so that the words that matter decide. Pure; the page and
 * the tests share it.
 */

/**
 * Function words of German questions and phrases that carry no subject:
 * interrogatives, articles, auxiliaries, prepositions. Lower case.
 */
export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set(
	(
		'wie was wer wen wem wessen wo wohin woher wann warum weshalb wieso welche welcher welches welchen welchem ' +
		'der die das den dem des ein eine einer einen einem eines kein keine ' +
		'ist sind war waren wird werden wurde wurden worden hat haben hatte hatten habe kann können konnte muss müssen ' +
		'soll sollen sollte darf dürfen gibt gab geben es man sich ich wir ihr sie er ' +
		'und oder aber auch noch nur schon sehr mehr ' +
		'in im ins an am auf aus bei beim mit nach von vom vor zu zum zur für über unter um durch gegen ohne bis ' +
		'dass ob wenn als so da dort hier denn doch ja nein nicht etwa bitte eigentlich genau ' +
		// Verbs of questions that say what is asked, not about what: "was bedeutet …", "was gilt für …".
		'tun macht machen gilt gelten bedeutet bedeuten heißt geht funktioniert steht stehen finde finden'
	).split(' '),
);

/** Function words of English questions and phrases. Lower case. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
	(
		'how what who whom whose where when why which ' +
		'the a an is are was were be been being do does did done has have had can could should would will shall may might must ' +
		'i we you they it he she there ' +
		'and or but also only very more ' +
		'of in on at to for from by with about into over under through against without ' +
		'that if as so not please any some ' +
		'mean means work works apply applies'
	).split(' '),
);

/** Whether a word (any case) is a filler word of either language. */
export function isStopWord(word: string): boolean {
	const lower = word.toLocaleLowerCase('de');
	return GERMAN_STOP_WORDS.has(lower) || ENGLISH_STOP_WORDS.has(lower);
}

/** A legal reference: the section or article number and the law, `{ number: '28', law: 'SGB II' }`. */
export interface LegalReference {
	number: string;
	law: string;
}

// A section or article: "§ 28", "§§ 28", "Art. 72", "Artikel 72", "Paragraf 28", with an optional letter (28a).
const SECTION = String.raw`(?:§§?|Art\.|Artikel|Paragraph|Paragraf)\s*(\d+[a-z]?)`;
// Subdivisions letters add after the number: "Abs. 4", "Satz 1", "Nr. 7".
const SUBDIVISIONS = String.raw`(?:\s*(?:Abs\.|Absatz|S\.|Satz|Nr\.|Nummer|lit\.|Buchst\.)\s*\d+[a-z]?)*`;
// The law: an abbreviation or a name, optionally with a book number in Roman numerals (SGB VIII).
const LAW = String.raw`([\p{Lu}][\p{L}-]*[\p{L}](?:\s+[IVX]+\b)?)`;
const SECTION_FIRST = new RegExp(`${SECTION}${SUBDIVISIONS}\\s+${LAW}`, 'gu');
const LAW_FIRST = new RegExp(`${LAW}\\s*${SECTION}${SUBDIVISIONS}`, 'gu');

/**
 * Finds legal references however a letter writes them, and returns the
 * rest of the query and the references in order. `§28 SGB II`, `§ 28 Abs. 1 SGB II` and `SGB II § 28`
 * all give `{ number: '28', law: 'SGB II' }`.
 */
export function extractLegalReferences(query: string): { rest: string; references: LegalReference[] } {
	const references: LegalReference[] = [];
	const take = (number: string, law: string) => {
		references.push({ number, law: law.replace(/\s+/g, ' ') });
		return ' ';
	};
	const rest = query
		.replace(SECTION_FIRST, (_, number: string, law: string) => take(number, law))
		.replace(LAW_FIRST, (_, law: string, number: string) => take(number, law));
	return { rest, references };
}

/**
 * The words of a query, without punctuation; hyphenated words are split as
 * Pagefind splits them ("49-Euro-Ticket" → 49, Euro, Ticket).
 * `queryWords('wer hat das Deutschlandticket gefordert?')`
 * → `['wer', 'hat', 'das', 'Deutschlandticket', 'gefordert']`.
 */
export function queryWords(text: string): string[] {
	return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

const TRANSLITERATIONS: readonly [RegExp, string][] = [
	[/ae/g, 'ä'],
	[/oe/g, 'ö'],
	[/ue/g, 'ü'],
	[/Ae/g, 'Ä'],
	[/Oe/g, 'Ö'],
	[/Ue/g, 'Ü'],
];

/**
 * The word with the umlauts a keyboard without them spells out put back
 * ("Waermeplanung" → "Wärmeplanung"), or `undefined` when it has none.
 * Every `ae`, `oe`, `ue` is replaced: a wrong guess ("Feuer" → "Feür") only
 * adds an alternative that finds nothing, the word itself is searched too.
 */
export function withUmlauts(word: string): string | undefined {
	let out = word;
	for (const [pattern, umlaut] of TRANSLITERATIONS) out = out.replace(pattern, umlaut);
	// "eue" (Feuer, neue) and "que" are never umlauts.
	out = out.replace(/eü/g, 'eue').replace(/qü/g, 'que');
	return out === word ? undefined : out;
}
