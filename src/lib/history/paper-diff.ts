/**
 * Word-by-word diffs of two versions of a position paper, with jsdiff's
 * `diffWords` (the npm package `diff`): the body, and each demand's text and
 * status, compared by position in the list.
 */
import { diffWords } from 'diff';
import type { PaperText } from './document-history.ts';

/** One run of a diff: text both versions share, or text only the newer (`ins`) or older (`del`) has. */
export interface DiffPart {
	kind: 'same' | 'ins' | 'del';
	text: string;
}

/** A demand in both versions: its text diff, and its status before and after (absent where the version lacks it). */
export interface DemandDiff {
	number: number;
	parts: DiffPart[];
	before?: string | undefined;
	after?: string | undefined;
}

/** The diff of two versions. */
export interface PaperDiff {
	body: DiffPart[];
	demands: DemandDiff[];
	/** Whether body and demands are the same in both (only other fields changed). */
	unchanged: boolean;
}

/**
 * Edits a word diff may need before it gives up: jsdiff's time grows with the
 * text's length times the edits, so two unrelated versions of a long paper
 * (10,000 words each took 14 s; a body may have a million characters) would
 * stall the build. 5,000 edits cost at most about 2 s on the longest body
 * and cover any revision a reader can follow word by word. A count, not a
 * timeout, so that two builds stay byte-identical.
 */
export const MAX_DIFF_EDITS = 5_000;

/**
 * Diffs two texts word by word; where they differ in more than
 * `MAX_DIFF_EDITS` places, the older text is shown as deleted and the newer
 * as inserted, whole.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
	const changes = diffWords(before, after, { maxEditLength: MAX_DIFF_EDITS });
	if (!changes) {
		const parts: DiffPart[] = [];
		if (before) parts.push({ kind: 'del', text: before });
		if (after) parts.push({ kind: 'ins', text: after });
		return parts;
	}
	return changes.map((change) => ({
		kind: change.added ? 'ins' : change.removed ? 'del' : 'same',
		text: change.value,
	}));
}

/** Diffs already made in this build: each pair's page is built in both languages, and a diff may take a second or two. */
const made = new WeakMap<PaperText, WeakMap<PaperText, PaperDiff>>();

/** Diffs two versions of a paper, once per build. */
export function paperDiff(from: PaperText, to: PaperText): PaperDiff {
	let byTo = made.get(from);
	if (!byTo) made.set(from, (byTo = new WeakMap()));
	let diff = byTo.get(to);
	if (!diff) byTo.set(to, (diff = diffPapers(from, to)));
	return diff;
}

function diffPapers(from: PaperText, to: PaperText): PaperDiff {
	const body = wordDiff(from.body, to.body);
	const demands: DemandDiff[] = [];
	for (let i = 0; i < Math.max(from.demands.length, to.demands.length); i++) {
		const before = from.demands[i];
		const after = to.demands[i];
		demands.push({
			number: i + 1,
			parts: wordDiff(before?.text ?? '', after?.text ?? ''),
			before: before?.status,
			after: after?.status,
		});
	}
	const changed = (parts: DiffPart[]) => parts.some((p) => p.kind !== 'same');
	const unchanged = !changed(body) && demands.every((d) => !changed(d.parts) && d.before === d.after);
	return { body, demands, unchanged };
}
