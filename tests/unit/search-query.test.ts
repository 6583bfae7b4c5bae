/**
 * The search page's query handling, function by function: words and filler
 * words, legal references, umlaut spellings, phrases and synonyms, the plan
 * of concepts, compound splitting and spelling correction at query time, the
 * combined ranking with the version in force first, and what the build
 * writes for it.
 */
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/schemas/glossary.ts';
import { buildLexicon } from '../../src/lib/search/build/decompound.ts';
import { labelGroups, queryLexiconWords, queryTerms } from '../../src/lib/search/build/query-terms-file.ts';
import { searchGlossary } from '../../src/lib/search/build/search-glossary.ts';
import { ALTERNATIVE_WEIGHTS, planQuery } from '../../src/lib/search/client/query-plan.ts';
import { conceptMatches, DEMOTED_FACTOR, rankDocuments } from '../../src/lib/search/client/query-rank.ts';
import { compoundQuery, corrections, editDistance, queryLexicon } from '../../src/lib/search/client/query-split.ts';
import { compilePhrases, type QueryTerms } from '../../src/lib/search/client/query-terms.ts';
import {
	extractLegalReferences,
	isStopWord,
	queryWords,
	withUmlauts,
} from '../../src/lib/search/client/query-words.ts';

const TERMS: QueryTerms = {
	groups: [
		{ de: ['Kita', 'Kindertagesstätte'], en: ['day care'] },
		{ de: ['Behörde', 'Amt'] },
		{ de: ['GG', 'Grundgesetz'] },
		{ de: ['Grundsteuer'], en: ['property tax'] },
	],
	demoted: ['Ersetzt', 'Zurückgezogen'],
};
const queries = (text: string) => planQuery(text, TERMS).map((c) => c.alternatives.map((a) => a.query));

describe('query words', () => {
	it('splits a query into words as Pagefind does, hyphens included', () => {
		expect(queryWords('wer hat das 49-Euro-Ticket gefordert?')).toEqual([
			'wer',
			'hat',
			'das',
			'49',
			'Euro',
			'Ticket',
			'gefordert',
		]);
	});

	it('knows the filler words of German and English questions, in any case', () => {
		expect(['wie', 'Wer', 'hat', 'die', 'bedeutet', 'how', 'the', 'Does'].every(isStopWord)).toBe(true);
		expect(['Wärmeplanung', 'Kommunen', 'finanzieren', 'refugees'].some(isStopWord)).toBe(false);
	});

	it('puts back the umlauts a keyboard without them spells out, but not in "eue"', () => {
		expect(withUmlauts('Waermeplanung')).toBe('Wärmeplanung');
		expect(withUmlauts('Gefluechtete')).toBe('Geflüchtete');
		expect(withUmlauts('Oeffentlicher')).toBe('Öffentlicher');
		expect(withUmlauts('Feuerwehr')).toBeUndefined();
		expect(withUmlauts('Grundsteuer')).toBeUndefined();
	});
});

describe('legal references', () => {
	it.each([
		['§28 SGB II', '28', 'SGB II'],
		['§ 28 SGB II', '28', 'SGB II'],
		['SGB II § 28', '28', 'SGB II'],
		['§ 24 Abs. 4 SGB VIII', '24', 'SGB VIII'],
		['Art. 72 Abs. 3 Satz 1 Nr. 7 GG', '72', 'GG'],
		['Artikel 72 Grundgesetz', '72', 'Grundgesetz'],
		['§ 28a IfSG', '28a', 'IfSG'],
	])('reads %s as section %s of %s', (text, number, law) => {
		expect(extractLegalReferences(text).references).toEqual([{ number, law }]);
	});

	it('leaves the rest of the query for the other words', () => {
		const { rest, references } = extractLegalReferences('Kosten nach § 22 SGB II für Kommunen');
		expect(references).toEqual([{ number: '22', law: 'SGB II' }]);
		expect(queryWords(rest)).toEqual(['Kosten', 'nach', 'für', 'Kommunen']);
	});

	it('searches a reference by number and law, and by the law’s other name', () => {
		expect(queries('Art. 72 GG')).toEqual([['72 GG', '72 Grundgesetz']]);
		expect(queries('Artikel 72 Grundgesetz')).toEqual([['72 Grundgesetz', '72 GG']]);
	});
});

describe('phrases and synonyms', () => {
	const phrases = compilePhrases(TERMS.groups);

	it('finds the longest known phrase, with an ending on its last word', () => {
		expect(phrases.match(['property', 'tax'], 0)).toEqual({ length: 2, others: ['Grundsteuer'] });
		expect(phrases.match(['kitas'], 0)).toEqual({ length: 1, others: ['Kindertagesstätte'] });
		expect(phrases.match(['wohngeld'], 0)).toBeUndefined();
	});

	it('leads an English phrase to the German terms only, and a German term to the other German ones', () => {
		expect(phrases.match(['day', 'care'], 0)?.others).toEqual(['Kita', 'Kindertagesstätte']);
		expect(phrases.match(['kindertagesstätte'], 0)?.others).toEqual(['Kita']);
	});

	it('replaces a term at the end of a compound by the other terms of its group', () => {
		expect(phrases.compoundOthers('Wohngeldamt')).toEqual(['wohngeldbehörde']);
		expect(phrases.compoundOthers('Amt')).toEqual([]);
	});
});

describe('the plan of a query', () => {
	it('drops the filler words of a question, so that the words that matter decide', () => {
		expect(planQuery('wer hat das Deutschlandticket gefordert', TERMS).map((c) => c.text)).toEqual([
			'Deutschlandticket',
			'gefordert',
		]);
		expect(planQuery('how do municipalities fund heat planning', TERMS).map((c) => c.text)).toEqual([
			'municipalities',
			'fund',
			'heat',
			'planning',
		]);
	});

	it('keeps the filler words when there is nothing else', () => {
		expect(planQuery('wer', TERMS).map((c) => c.text)).toEqual(['wer']);
	});

	it('adds the synonyms of a word and trusts a short form less than its long form', () => {
		expect(planQuery('Kita', TERMS)[0]!.alternatives).toEqual([
			{ query: 'Kita', weight: ALTERNATIVE_WEIGHTS.short },
			{ query: 'Kindertagesstätte', weight: ALTERNATIVE_WEIGHTS.synonym },
		]);
		expect(queries('property tax')).toEqual([['property tax', 'Grundsteuer']]);
	});

	it('adds the spelling with umlauts', () => {
		expect(queries('Waermeplanung')).toEqual([['Waermeplanung', 'Wärmeplanung']]);
	});
});

describe('compounds and spelling at query time', () => {
	const lexicon = queryLexicon(queryLexiconWords(['Warnung', 'System', 'Nachmittag', 'Betreuung', 'Grundsteuer']));

	it('splits a typed compound into parts the library has', () => {
		expect(compoundQuery('Nachmittagsbetreuung', lexicon)).toBe('nachmittag betreuung');
		expect(compoundQuery('Betreuung', lexicon)).toBeUndefined();
		expect(compoundQuery('Xylophonorchester', lexicon)).toBeUndefined();
	});

	it('corrects a misspelt word to the nearest words of the library', () => {
		expect(corrections('Grundsteur', lexicon)).toEqual(['grundsteuer']);
		expect(corrections('Betreung', lexicon)).toEqual(['betreuung']);
		expect(corrections('Amt', lexicon)).toEqual([]);
	});

	it('measures edit distance and stops early past the limit', () => {
		expect(editDistance('kitten', 'sitting', 3)).toBe(3);
		expect(editDistance('kitten', 'sitting', 1)).toBe(2);
	});

	it('ships the build’s dictionary without the base parts and the longest words', () => {
		const words = queryLexiconWords(['Wärmeplanung', 'und', 'Rindfleischetikettierungsüberwachung']);
		expect(words).toEqual(['wärmeplanung']);
		expect(buildLexicon(['Wärmeplanung']).has('amt')).toBe(true);
	});
});

describe('the ranking', () => {
	const hits = (entries: Record<string, number>, weight = 1) => ({ weight, scores: new Map(Object.entries(entries)) });
	const none = { total: 100, demoted: new Set<string>(), chains: [] };

	it('compares the alternatives of a concept on one scale, capped at a full match', () => {
		const matches = conceptMatches([hits({ a: 10, b: 5 }), hits({ b: 10, c: 2 }, 0.8)]);
		// c: 0.8 × 2 against the best, 10 (a, and b in the second search at 0.8 × 10 plus 5 in the first).
		expect(Object.fromEntries(matches)).toEqual({ a: 1, b: 1, c: 0.16 });
	});

	it('ranks documents matching more of the query first, without leaving the others out', () => {
		const order = rankDocuments([[hits({ a: 10, b: 9 })], [hits({ b: 1, c: 10 })]], none);
		expect(order).toEqual(['b', 'a', 'c']);
	});

	it('puts superseded and withdrawn documents after the version in force, which inherits what they answer', () => {
		// The guide g matches best; the paper in force p and its predecessors o1, o2 nearly as well.
		const concepts = [[hits({ o1: 17.3, g: 20.6, p: 17.2, o2: 17.1 })]];
		const demoted = new Set(['o1', 'o2']);
		expect(rankDocuments(concepts, { total: 100, demoted, chains: [] })).toEqual(['g', 'p', 'o1', 'o2']);
		expect(rankDocuments(concepts, { total: 100, demoted, chains: [['o2', 'o1', 'p']] })).toEqual([
			'p',
			'g',
			'o1',
			'o2',
		]);
		expect(DEMOTED_FACTOR).toBeLessThan(1);
	});

	it('lends nothing from predecessors that match the query only in passing', () => {
		const concepts = [[hits({ g: 20, p: 2, o1: 3, o2: 3 })]];
		expect(
			rankDocuments(concepts, { total: 100, demoted: new Set(['o1', 'o2']), chains: [['o1', 'o2', 'p']] })[0],
		).toBe('g');
	});
});

describe('what the build writes for the search page', () => {
	it('pairs the German and English labels of registry entries, whole and part by part', () => {
		expect(labelGroups({ de: 'Digitales Arbeiten und Homeoffice', en: 'Digital work and home office' })).toEqual([
			{ de: ['Digitales Arbeiten und Homeoffice'], en: ['Digital work and home office'] },
			{ de: ['Digitales Arbeiten'], en: ['Digital work'] },
			{ de: ['Homeoffice'], en: ['home office'] },
		]);
		// Parts that read the same in both languages are no pair.
		expect(labelGroups({ de: 'Migration und Integration', en: 'Migration and integration' })).toEqual([
			{ de: ['Migration und Integration'], en: ['Migration and integration'] },
		]);
		expect(labelGroups({ de: 'Wärmeplanungsgesetz (WPG)', en: 'Heat Planning Act (WPG)' })).toEqual([
			{ de: ['Wärmeplanungsgesetz'], en: ['Heat Planning Act'] },
		]);
		expect(labelGroups({ de: 'Deutschlandticket', en: 'Deutschlandticket' })).toEqual([]);
	});

	it('gathers synonyms, glossary and labels into groups, with the statuses that rank last', () => {
		const glossary: GlossaryEntry[] = [{ abbreviation: 'GG', expansions: ['Grundgesetz'] }];
		expect(
			queryTerms(glossary, [{ terms: ['Kita'], en: ['day care'] }], [{ de: 'Energie', en: 'Energy' }], ['Ersetzt']),
		).toEqual({
			groups: [{ de: ['Kita'], en: ['day care'] }, { de: ['GG', 'Grundgesetz'] }, { de: ['Energie'], en: ['Energy'] }],
			demoted: ['Ersetzt'],
		});
	});

	it('completes the glossary from the organizations’ short names, the glossary winning', () => {
		const organizations = [
			{ id: 'landkreistag', name: 'Deutscher Landkreistag', short: 'DLT' },
			{ id: 'fitko', name: 'FITKO (Föderale IT-Kooperation)', short: 'FITKO' },
			{ id: 'stgb-bb', name: 'Städte- und Gemeindebund Brandenburg', short: 'StGB Brandenburg' },
			{ id: 'bbk', name: 'Bundesamt für Bevölkerungsschutz und Katastrophenhilfe', short: 'BBK' },
		] as Parameters<typeof searchGlossary>[1] extends Iterable<infer O> ? O[] : never;
		const glossary = [{ abbreviation: 'BBK', expansions: ['Bundesamt für Bevölkerungsschutz'] }];
		expect(searchGlossary(glossary, organizations)).toEqual([
			{ abbreviation: 'BBK', expansions: ['Bundesamt für Bevölkerungsschutz'] },
			{ abbreviation: 'DLT', expansions: ['Deutscher Landkreistag'] },
			{ abbreviation: 'FITKO', expansions: ['Föderale IT-Kooperation'] },
		]);
	});
});
