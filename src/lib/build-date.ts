/**
 * The day of this build, read by the pages (review dates, the catalogue), the
 * validation before the build and the validation CLI, so that all three judge
 * a document against the same day.
 */

/**
 * The build date, `YYYY-MM-DD` (UTC). `DREIKLANG_BUILD_DATE` pins it, for
 * reproducible builds and for tests: `DREIKLANG_BUILD_DATE=2026-11-27`.
 */
export function buildDate(): string {
	return process.env.DREIKLANG_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}
