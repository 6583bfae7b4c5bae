/**
 * Guide staleness: when the next review is due, and whether it is overdue on
 * the build date.
 */
import { addMonths } from '../iso-day.ts';

/** The review state of a guide. */
export interface ReviewState {
	/** The day the next review is due. */
	due: string;
	/** `true` when the due day has passed on `today`. */
	overdue: boolean;
}

/** Computes when a guide reviewed on `reviewed` is due again, relative to `today` (all `YYYY-MM-DD`). */
export function reviewState(reviewed: string, intervalMonths: number, today: string): ReviewState {
	const due = addMonths(reviewed, intervalMonths);
	return { due, overdue: due < today };
}
