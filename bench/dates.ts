/**
 * Calendar days as whole numbers (days since 1970-01-01, UTC), so that the
 * generator can add and compare dates without time zones.
 */

/** `YYYY-MM-DD` → day number. */
export function toDay(isoDay: string): number {
	return Math.floor(Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000);
}

/** Day number → `YYYY-MM-DD`. */
export function toIso(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The year of a day number. */
export function yearOf(day: number): number {
	return new Date(day * 86_400_000).getUTCFullYear();
}
