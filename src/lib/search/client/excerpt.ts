/**
 * Turns Pagefind's excerpt of an annotated page back into the reader's text.
 * The index holds "Flüchtlingsunterbringung ⟨flüchtling unterbringung⟩"
 * (see `annotate.ts`); when a search for "Unterbringung" matched the added
 * term, the highlight moves to the word it belongs to:
 * "Die Flüchtlingsunterbringung ⟨flüchtling <mark>unterbringung⟩</mark> in"
 * → "Die " + highlighted "Flüchtlingsunterbringung" + " in".
 *
 * An excerpt is untrusted: a peer's index can hold anything where Pagefind
 * would have put text. So it is never read as HTML. The only markup taken
 * from it is the exact `<mark>` and `</mark>` Pagefind puts around matches;
 * everything else, tags included, stays text, with the character references
 * the indexed pages carry decoded. The result is plain text in pieces, for
 * the search page to put in as text nodes. The work is linear in the length
 * of the excerpt, however many marks it holds.
 */
import { ANNOTATION_CLOSE, ANNOTATION_OPEN } from '../search-fields.ts';

/** A run of excerpt text, highlighted (`mark`) or not. */
export interface ExcerptPiece {
	text: string;
	mark: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}\-‐‑]/u;
const SPACE = /\s/;
/** What may close the sentence part before an annotation the excerpt begins inside of. */
const CLOSING_PUNCTUATION = /[)\]},.;:]/;
const MARK_TAG = /(<\/?mark>)/;

/** Character references as Pagefind passes them on from the pages; bounded, so a long run of digits is text. */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
const NAMED_REFERENCES = new Map([
	['amp', '&'],
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['apos', "'"],
	['nbsp', '\u00a0'],
]);

/** Text with its character references decoded; unknown named ones stay as written, invalid numbers become U+FFFD. */
function decodeReferences(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(
		REFERENCE,
		(whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
			if (name !== undefined) return NAMED_REFERENCES.get(name) ?? whole;
			const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
			return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
		},
	);
}

/** A change of highlight over `from`…`to` (inclusive); of several, the last one wins. */
interface MarkWrite {
	from: number;
	to: number;
	value: boolean;
}

/**
 * Applies the writes so that each position gets the value of the last write
 * that covers it, visiting every position once: the writes are taken last
 * first, and positions already decided are skipped (`next` points past them).
 */
function applyWrites(marks: boolean[], writes: readonly MarkWrite[]): void {
	const next = Int32Array.from({ length: marks.length + 1 }, (_, k) => k);
	const undecided = (k: number): number => {
		let root = k;
		while (next[root] !== root) root = next[root]!;
		while (next[k] !== root) {
			const after = next[k]!;
			next[k] = root;
			k = after;
		}
		return root;
	};
	for (let w = writes.length - 1; w >= 0; w--) {
		const { from, to, value } = writes[w]!;
		for (let k = undecided(from); k <= to; k = undecided(k + 1)) {
			marks[k] = value;
			next[k] = k + 1;
		}
	}
}

/**
 * Removes the added terms from the characters of an excerpt and moves their
 * highlight to the words they belong to; returns which characters to keep.
 * `marks` is updated in place.
 */
function removeAnnotations(chars: readonly string[], marks: boolean[]): boolean[] {
	const n = chars.length;
	const keep = new Array<boolean>(n).fill(true);
	if (!chars.includes(ANNOTATION_OPEN) && !chars.includes(ANNOTATION_CLOSE)) return keep;
	const space = chars.map((c) => SPACE.test(c));
	const wordChar = chars.map((c) => WORD_CHAR.test(c));
	// For each place k between characters, looking back: where the white space before it begins (`spaceFrom`),
	// where the run of other characters before it begins (`runFrom`), and the first and last word character of that run.
	const spaceFrom = new Int32Array(n + 1);
	const runFrom = new Int32Array(n + 1);
	const firstWordChar = new Int32Array(n + 1).fill(-1);
	const lastWordChar = new Int32Array(n + 1).fill(-1);
	for (let k = 1; k <= n; k++) {
		const inRun = !space[k - 1];
		spaceFrom[k] = inRun ? k : spaceFrom[k - 1]!;
		runFrom[k] = inRun ? runFrom[k - 1]! : k;
		if (!inRun) continue;
		const here = wordChar[k - 1] ? k - 1 : -1;
		lastWordChar[k] = here >= 0 ? here : lastWordChar[k - 1]!;
		firstWordChar[k] = firstWordChar[k - 1]! >= 0 ? firstWordChar[k - 1]! : here;
	}
	const writes: MarkWrite[] = [];
	// Highlights the `words` words before `at`, from the first letter of the first to the last letter of the last.
	const highlightWordsBefore = (at: number, words: number) => {
		let k = at;
		let first = -1;
		let last = -1;
		for (let w = 0; w < words && k > 0; w++) {
			k = spaceFrom[k]!;
			if (lastWordChar[k]! >= 0) {
				if (last < 0) last = lastWordChar[k]!;
				first = firstWordChar[k]!;
			}
			k = runFrom[k]!;
		}
		if (first >= 0) writes.push({ from: first, to: last, value: true });
	};
	// Everything before `dropped` is already removed (an excerpt that begins inside an annotation).
	let dropped = 0;
	let i = 0;
	while (i < n) {
		const open = chars[i] === ANNOTATION_OPEN;
		if (!open && chars[i] !== ANNOTATION_CLOSE) {
			i++;
			continue;
		}
		// An annotation runs to its closing mark; one cut by the excerpt's edge runs to the edge.
		let start = i;
		let end = i;
		if (open) {
			while (end < n - 1 && chars[end] !== ANNOTATION_CLOSE) end++;
			let words = 0;
			while (chars[start + words] === ANNOTATION_OPEN) words++;
			let highlighted = false;
			for (let k = start; k <= end && !highlighted; k++) highlighted = marks[k]!;
			if (highlighted) highlightWordsBefore(start, words);
		} else {
			// The excerpt begins inside an annotation: drop it, and the punctuation that closed the sentence part before it.
			start = 0;
			while (end < n - 1 && CLOSING_PUNCTUATION.test(chars[end + 1]!)) end++;
		}
		// Punctuation after the annotation was highlighted with it; it belongs to the text, unhighlighted. (Up to the next annotation, which is dropped anyway.)
		let k = end + 1;
		while (k < n && !space[k] && !wordChar[k] && chars[k] !== ANNOTATION_OPEN && chars[k] !== ANNOTATION_CLOSE) k++;
		if (k > end + 1) writes.push({ from: end + 1, to: k - 1, value: false });
		// The space before the annotation goes with it.
		while (start > 0 && chars[start - 1] === ' ' && keep[start - 1]) start--;
		for (let m = Math.max(start, dropped); m <= end; m++) keep[m] = false;
		if (start === 0) dropped = end + 1;
		i = end + 1;
	}
	applyWrites(marks, writes);
	return keep;
}

/**
 * The reader's text of a Pagefind excerpt, in pieces: added terms removed,
 * their highlight moved to the words they belong to, character references
 * decoded, and leading and trailing white space trimmed. Anything that looks
 * like markup, other than Pagefind's own `<mark>` and `</mark>`, is text.
 *
 * `excerptPieces('Wärme &amp; <mark>Strom</mark> <img src=x>')`
 * → `[{ text: 'Wärme & ', mark: false }, { text: 'Strom', mark: true }, { text: ' <img src=x>', mark: false }]`.
 */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
	const chars: string[] = [];
	const marks: boolean[] = [];
	let mark = false;
	for (const piece of excerpt.split(MARK_TAG)) {
		if (piece === '<mark>') mark = true;
		else if (piece === '</mark>') mark = false;
		else {
			for (const c of decodeReferences(piece)) {
				chars.push(c);
				marks.push(mark);
			}
		}
	}
	const keep = removeAnnotations(chars, marks);
	const pieces: ExcerptPiece[] = [];
	let text = '';
	let inMark = false;
	chars.forEach((c, k) => {
		if (!keep[k]) return;
		if (marks[k] !== inMark) {
			if (text) pieces.push({ text, mark: inMark });
			text = '';
			inMark = marks[k]!;
		}
		text += c;
	});
	if (text) pieces.push({ text, mark: inMark });
	const first = pieces[0];
	if (first) first.text = first.text.trimStart();
	const last = pieces.at(-1);
	if (last) last.text = last.text.trimEnd();
	return pieces.filter((piece) => piece.text !== '');
}
