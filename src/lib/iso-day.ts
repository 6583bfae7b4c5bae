/**
 * Arithmetic on days written `YYYY-MM-DD`, in UTC, as front matter, the
 * build date and every file the site writes state them: no time zone and no
 * clock can move a day.
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

/** The day `days` after `isoDay` (negative: before): `addDays('2026-03-01', -1)` → `2026-02-28`. */
export function addDays(isoDay: string, days: number): string {
	const date = utcMidnight(isoDay);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** An ISO day as midnight UTC. */
export function utcMidnight(isoDay: string): Date {
	const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d));
}
