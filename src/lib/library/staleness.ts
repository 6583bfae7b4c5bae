/**
 * Guide staleness: when the next review is due, and whether it is overdue on
 * the build date.
 */

/** Adds whole months to an ISO day, clamping to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(isoDay: string, months: number): string {
	const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
	const total = y * 12 + (m - 1) + months;
	const year = Math.floor(total / 12);
	const month = (total % 12) + 1;
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

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
