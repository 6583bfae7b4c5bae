/** Small statistics for benchmark runs. */

/** The median of a list of numbers; `null` for an empty list. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of one field over several runs; `null` where no run has a value. */
export function medianOf<T>(runs: readonly T[], value: (run: T) => number | null): number | null {
	return median(runs.map(value).filter((v): v is number => v !== null));
}
