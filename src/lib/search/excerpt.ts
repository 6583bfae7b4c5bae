/**
 * Turns Pagefind's excerpt of an annotated page back into the reader's text.
 * The index holds "Flüchtlingsunterbringung ⟨flüchtling unterbringung⟩"
 * (see `annotate.ts`); when a search for "Unterbringung" matched the added
 * term, the highlight moves to the word it belongs to:
 * "Die Flüchtlingsunterbringung ⟨flüchtling <mark>unterbringung⟩</mark> in"
 * → "Die <mark>Flüchtlingsunterbringung</mark> in".
 */
import { ANNOTATION_CLOSE, ANNOTATION_OPEN } from './search-fields.ts';

const WORD_CHAR = /[\p{L}\p{M}\p{N}\-‐‑]/u;

/**
 * Removes added terms from an excerpt and moves their highlight. The input is
 * Pagefind's `excerpt`: text with character references and `<mark>` elements;
 * the output is the same kind of HTML.
 */
export function cleanExcerpt(excerpt: string): string {
	if (!excerpt.includes(ANNOTATION_OPEN) && !excerpt.includes(ANNOTATION_CLOSE)) return excerpt;
	// One entry per character: the character and whether it is highlighted.
	const chars: { c: string; mark: boolean }[] = [];
	let mark = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') mark = true;
		else if (piece === '</mark>') mark = false;
		else for (const c of piece) chars.push({ c, mark });
	}
	const keep = chars.map(() => true);
	// Highlights the `words` words before `at`, from the first letter of the first to the last letter of the last.
	const highlightWordsBefore = (at: number, words: number) => {
		let k = at;
		let last = -1;
		let first = -1;
		for (let w = 0; w < words; w++) {
			while (k > 0 && /\s/.test(chars[k - 1]!.c)) k--;
			while (k > 0 && !/\s/.test(chars[k - 1]!.c)) {
				k--;
				if (WORD_CHAR.test(chars[k]!.c)) {
					if (last < 0) last = k;
					first = k;
				}
			}
		}
		for (let m = first; m >= 0 && m <= last; m++) chars[m]!.mark = true;
	};
	let i = 0;
	while (i < chars.length) {
		const open = chars[i]!.c === ANNOTATION_OPEN;
		const strayClose = chars[i]!.c === ANNOTATION_CLOSE;
		if (!open && !strayClose) {
			i++;
			continue;
		}
		// An annotation runs to its closing mark; one cut by the excerpt's edge runs to the edge.
		let start = i;
		let end = i;
		if (strayClose) {
			// The excerpt begins inside an annotation: drop it, and the punctuation that closed the sentence part before it.
			start = 0;
			while (end < chars.length - 1 && /[)\]},.;:]/.test(chars[end + 1]!.c)) end++;
		} else while (end < chars.length - 1 && chars[end]!.c !== ANNOTATION_CLOSE) end++;
		let words = 0;
		while (open && chars[start + words]?.c === ANNOTATION_OPEN) words++;
		if (open && chars.slice(start, end + 1).some((ch) => ch.mark)) highlightWordsBefore(start, words);
		// Punctuation after the annotation was highlighted with it; it belongs to the text, unhighlighted.
		for (let k = end + 1; k < chars.length && !/\s/.test(chars[k]!.c) && !WORD_CHAR.test(chars[k]!.c); k++) chars[k]!.mark = false;
		// The space before the annotation goes with it.
		while (start > 0 && chars[start - 1]!.c === ' ' && keep[start - 1]) start--;
		for (let k = start; k <= end; k++) keep[k] = false;
		i = end + 1;
	}
	let out = '';
	let inMark = false;
	chars.forEach((ch, k) => {
		if (!keep[k]) return;
		if (ch.mark !== inMark) {
			out += ch.mark ? '<mark>' : '</mark>';
			inMark = ch.mark;
		}
		out += ch.c;
	});
	return (inMark ? `${out}</mark>` : out).trim();
}
