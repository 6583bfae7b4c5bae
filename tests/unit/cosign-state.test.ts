/** Whether the "Mitzeichnen" page offers its form, by the build date: before, during and after a consultation. */
import { describe, expect, it } from 'vitest';
import { cosignState } from '../../src/lib/cosignatures/cosign-state.ts';

const consultation = { start: '2026-11-02', end: '2027-01-29' };

describe('cosignState', () => {
	it('is not yet open before the first day', () => {
		expect(cosignState(consultation, '2026-11-01')).toEqual({ state: 'notYet' });
	});

	it('is open from the first to the last day, counting the days left', () => {
		expect(cosignState(consultation, '2026-11-02')).toEqual({ state: 'open', daysLeft: 88 });
		// Across the turn of the year, and with no daylight-saving hour lost or gained.
		expect(cosignState(consultation, '2026-12-31')).toEqual({ state: 'open', daysLeft: 29 });
		expect(cosignState(consultation, '2027-01-28')).toEqual({ state: 'open', daysLeft: 1 });
		expect(cosignState(consultation, '2027-01-29')).toEqual({ state: 'open', daysLeft: 0 });
	});

	it('has ended from the day after the last', () => {
		expect(cosignState(consultation, '2027-01-30')).toEqual({ state: 'ended' });
	});

	it('counts over a change to summer time as whole days', () => {
		expect(cosignState({ start: '2027-03-01', end: '2027-04-01' }, '2027-03-27')).toEqual({
			state: 'open',
			daysLeft: 5,
		});
	});
});
