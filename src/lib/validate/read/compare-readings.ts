/**
 * Compares the two readings of a front matter: the validator's and Astro's
 * own (the renderer's). Where they differ, what the site shows is not what was
 * checked, so the file is refused at the first difference.
 */

/** A value as Astro's reading has it, with dates written as the project's reading writes them. */
export function comparable(value: unknown): unknown {
	if (value instanceof Date) {
		const iso = Number.isNaN(value.valueOf()) ? 'Invalid Date' : value.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
	}
	if (Array.isArray(value)) return value.map(comparable);
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(v)]));
	return value;
}

/** The first path at which two readings differ, or nothing. */
export function firstDifference(
	ours: unknown,
	theirs: unknown,
	path: (string | number)[] = [],
): { path: (string | number)[]; ours: unknown; theirs: unknown } | undefined {
	if (Object.is(ours, theirs)) return undefined;
	const bothObjects =
		ours &&
		theirs &&
		typeof ours === 'object' &&
		typeof theirs === 'object' &&
		Array.isArray(ours) === Array.isArray(theirs);
	if (!bothObjects) return { path, ours, theirs };
	const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
	for (const key of keys) {
		const step = Array.isArray(ours) ? Number(key) : key;
		const found = firstDifference((ours as Record<string, unknown>)[key], (theirs as Record<string, unknown>)[key], [
			...path,
			step,
		]);
		if (found) return found;
	}
	return undefined;
}

/** A value as a message quotes it. */
export const show = (value: unknown) => `\`${value === undefined ? '–' : JSON.stringify(value)}\``;
