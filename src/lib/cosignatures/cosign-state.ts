/**
 * Whether a paper can be co-signed on a day: before its consultation, during
 * it (and how many days are left), or after it. The "Mitzeichnen" page
 * decides by this what it offers; the build date is the day, so a daily
 * build keeps it right.
 */
import type { Consultation } from '../library/library-index.ts';

/** Where `today` lies in a consultation; `daysLeft` while open (0 on the last day). */
export type CosignState = { state: 'notYet' } | { state: 'open'; daysLeft: number } | { state: 'ended' };

const DAY = 86_400_000;

/** The state of `consultation` on `today` (all `YYYY-MM-DD`; both ends are days of the consultation). */
export function cosignState(consultation: Consultation, today: string): CosignState {
	if (today < consultation.start) return { state: 'notYet' };
	if (today > consultation.end) return { state: 'ended' };
	// Both are UTC midnights of calendar days: the difference is whole days.
	return { state: 'open', daysLeft: Math.round((Date.parse(consultation.end) - Date.parse(today)) / DAY) };
}
