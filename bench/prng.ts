/**
 * A small seeded pseudo-random generator (mulberry32), so that the benchmark
 * generates the same corpus for the same seed on every machine and every run,
 * and figures from different days stay comparable.
 */

/** Turns a text seed into a 32-bit number (FNV-1a). */
export function hashSeed(seed: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** A seeded random source with the few helpers the generator needs. */
export class Random {
	#state: number;

	constructor(seed: string | number) {
		this.#state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
	}

	/** A float in [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let t = this.#state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** `true` with probability `p`. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('Random.pick: empty list');
		return items[Math.floor(this.next() * items.length)]!;
	}

	/**
	 * Up to `count` distinct elements, in random order: a partial Fisher–Yates
	 * shuffle that records only the swapped positions, so that drawing a few of
	 * 10,000 ids costs a few steps, not a copy of the list.
	 */
	sample<T>(items: readonly T[], count: number): T[] {
		const n = Math.min(count, items.length);
		const swapped = new Map<number, number>();
		const out: T[] = [];
		for (let i = 0; i < n; i++) {
			const j = i + Math.floor(this.next() * (items.length - i));
			const atI = swapped.get(i) ?? i;
			const atJ = swapped.get(j) ?? j;
			swapped.set(j, atI);
			out.push(items[atJ]!);
		}
		return out;
	}

	/** One key of `weights`, chosen in proportion to its weight. */
	weighted<K extends string>(weights: Record<K, number>): K {
		const entries = Object.entries(weights) as [K, number][];
		let x = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
		for (const [key, w] of entries) if ((x -= w) < 0) return key;
		return entries.at(-1)![0];
	}
}
