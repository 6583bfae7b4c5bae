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

/** Diffs two texts word by word. */
export function wordDiff(before: string, after: string): DiffPart[] {
	return diffWords(before, after).map((change) => ({
		kind: change.added ? 'ins' : change.removed ? 'del' : 'same',
		text: change.value,
	}));
}

/** Diffs two versions of a paper. */
export function paperDiff(from: PaperText, to: PaperText): PaperDiff {
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
