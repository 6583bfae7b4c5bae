/**
 * What a paper page says about its consultation on the build date: before,
 * during (days left, "noch heute" on the last day) and after.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, t } from '../../src/i18n/t.ts';
import { consultationSentence, consultationState } from '../../src/lib/library/consultation-state.ts';

const PERIOD = { start: '2026-11-02', end: '2027-01-29' };
const say = (lang: 'de' | 'en', today: string) =>
	consultationSentence(t(lang), (day) => formatDate(lang, day), consultationState(PERIOD, today), today);

describe('consultationState', () => {
	it('counts the first and the last day as part of the consultation', () => {
		expect(consultationState(PERIOD, '2026-11-01').phase).toBe('upcoming');
		expect(consultationState(PERIOD, '2026-11-02')).toEqual({ phase: 'open', ...PERIOD, daysLeft: 88 });
		expect(consultationState(PERIOD, '2027-01-29')).toEqual({ phase: 'open', ...PERIOD, daysLeft: 0 });
		expect(consultationState(PERIOD, '2027-01-30').phase).toBe('ended');
	});

	it('counts whole days across a change of year and of daylight saving time', () => {
		expect(consultationState({ start: '2027-03-01', end: '2027-04-01' }, '2027-03-27')).toMatchObject({ daysLeft: 5 });
		expect(consultationState(PERIOD, '2026-12-31')).toMatchObject({ daysLeft: 29 });
	});
});

describe('consultationSentence', () => {
	it('says when co-signing opens, before the start', () => {
		expect(say('de', '2026-10-20')).toBe('Mitzeichnung ab 2. November 2026');
		expect(say('en', '2026-10-20')).toBe('Open for co-signing from 2 November 2026');
	});

	it('says the days left and the day it was built, while open', () => {
		expect(say('de', '2027-01-17')).toBe('Mitzeichnung bis 29. Januar 2027 – noch 12 Tage (Stand: 17. Januar 2027)');
		expect(say('de', '2027-01-28')).toBe('Mitzeichnung bis 29. Januar 2027 – noch 1 Tag (Stand: 28. Januar 2027)');
		expect(say('de', '2027-01-29')).toBe('Mitzeichnung bis 29. Januar 2027 – noch heute (Stand: 29. Januar 2027)');
		expect(say('en', '2027-01-17')).toBe(
			'Open for co-signing until 29 January 2027 – 12 days left (as of 17 January 2027)',
		);
		expect(say('en', '2027-01-28')).toBe(
			'Open for co-signing until 29 January 2027 – 1 day left (as of 28 January 2027)',
		);
		expect(say('en', '2027-01-29')).toBe(
			'Open for co-signing until 29 January 2027 – last day today (as of 29 January 2027)',
		);
	});

	it('says unmistakably that it has ended, after the last day', () => {
		expect(say('de', '2027-01-30')).toBe('Mitzeichnung beendet am 29. Januar 2027');
		expect(say('en', '2028-05-01')).toBe('Co-signing ended on 29 January 2027');
	});
});
