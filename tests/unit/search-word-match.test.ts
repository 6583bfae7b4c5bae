/**
 * Which words of a page a query word finds (`word-match.ts`): the words that
 * begin with its stem, as Pagefind finds them, and its base form with an
 * ending, but never a shorter word it only begins with, which Pagefind falls
 * back to when an index lacks the word.
 */
import { stemmer } from '@orama/stemmers/german';
import { describe, expect, it } from 'vitest';
import { findsWord, indexForm, queryForm } from '../../src/lib/search/client/word-match.ts';

describe('findsWord', () => {
	it.each([
		['Kinder', 'Kinderbetreuung'],
		['Kindern', 'Kinder'],
		['Kitas', 'Kita'],
		['Wärmeplanung', 'Wärmeplanungen'],
		['Warmeplanung', 'Wärmeplanung,'],
		['Unterbringung', 'Unterbringungen'],
		['Ticket', '49-Euro-Ticket'],
		['49-Euro-Ticket', '49-Euro-Ticket'],
	])('%s finds %s', (query, marked) => {
		expect(findsWord(query, marked, stemmer)).toBe(true);
	});

	it.each([
		['Kindergrundsicherung', 'Kinder'],
		['Kindergrundsicherung', 'Kinderbetreuung'],
		['Kinderbetreuung', 'Kind'],
		['Sporthallenbau', 'Sporthallen'],
		['Grundsteuerreform', 'Grundsteuer'],
	])('%s does not find %s', (query, marked) => {
		expect(findsWord(query, marked, stemmer)).toBe(false);
	});
});

describe('the forms words are compared in', () => {
	it('are lower case without diacritics, and a query word drops the punctuation Pagefind drops', () => {
		expect(indexForm('Wärme')).toBe('warme');
		expect(queryForm('49-Euro-Ticket?')).toBe('49euroticket');
		expect(queryForm('snake_case')).toBe('snake_case');
	});
});
