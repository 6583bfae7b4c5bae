/**
 * When the search page speaks. Its count sits in a polite live region, and a
 * screen reader reads every change of it: while someone types slowly, a
 * search finishes after every letter, and each would be announced. So a count
 * that comes while typing waits until the field has rested for `settleMs`,
 * and typing on cancels it; a count after a click, a submit or the back
 * button is said at once. A search that takes longer than `slowMs` says that
 * it is still running. Timers only, no DOM: the page passes how to write.
 */

/** How long to wait, and where the words go. */
export interface LiveStatusOptions {
	/** Writes the live region's text. */
	write: (text: string) => void;
	/** Called with `true` while a count waits for the field to rest, `false` once it is said or dropped. */
	settling?: (pending: boolean) => void;
	/** How long the field must rest before a count that came while typing is said. */
	settleMs: number;
	/** How long a search may run before the page says that it is still searching. */
	slowMs: number;
}

/** The live region's schedule: counts said now or once the field rests, and the notice of a slow search. */
export class LiveStatus {
	private readonly options: LiveStatusOptions;
	private settleTimer: ReturnType<typeof setTimeout> | undefined;
	private slowTimer: ReturnType<typeof setTimeout> | undefined;
	private last: string | undefined;

	constructor(options: LiveStatusOptions) {
		this.options = options;
	}

	/** Says `text` now, unless it is what the region already says (a repeat would be read again). */
	say(text: string): void {
		clearTimeout(this.settleTimer);
		this.settleTimer = undefined;
		this.options.settling?.(false);
		if (text === this.last) return;
		this.last = text;
		this.options.write(text);
	}

	/** Says `text` once the field has rested for `settleMs`; a later `say`, `settle` or `typed` replaces it. */
	settle(text: string): void {
		clearTimeout(this.settleTimer);
		this.options.settling?.(true);
		this.settleTimer = setTimeout(() => this.say(text), this.options.settleMs);
	}

	/** The reader typed on: a count still waiting belongs to a word that is no longer there. */
	typed(): void {
		clearTimeout(this.settleTimer);
	}

	/** A search started: unless `finished` comes first, after `slowMs` the region says `text`. */
	started(text: string): void {
		clearTimeout(this.slowTimer);
		this.slowTimer = setTimeout(() => this.say(text), this.options.slowMs);
	}

	/** The search that started last has finished (or failed). */
	finished(): void {
		clearTimeout(this.slowTimer);
	}
}
