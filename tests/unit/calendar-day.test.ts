/**
 * The day a contributor wrote in the right format but that the calendar lacks,
 * for every year the schema accepts (`0000`–`9999`).
 */
import { describe, expect, it } from 'vitest';
import { impossibleDay } from '../../src/lib/validate/report/calendar-day.ts';

describe('impossibleDay', () => {
	it('names days that do not exist', () => {
		expect(impossibleDay('2027-02-29')?.de).toBe('Den 29. Februar 2027 gibt es nicht');
		expect(impossibleDay('2026-04-31')?.en).toBe('There is no 31 April 2026');
		expect(impossibleDay('2026-13-01')?.de).toBe('Einen Monat 13 gibt es nicht');
		expect(impossibleDay('1900-02-29')?.de).toBe('Den 29. Februar 1900 gibt es nicht');
	});

	it('accepts leap days by the Gregorian rule, also in years below 100', () => {
		for (const day of ['2024-02-29', '2000-02-29', '0000-02-29', '0004-02-29', '2026-12-31'])
			expect(impossibleDay(day)).toBeUndefined();
		expect(impossibleDay('0100-02-29')?.en).toBe('There is no 29 February 0100');
	});
});
