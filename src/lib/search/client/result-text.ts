/**
 * Keeps a result from saying its summary twice. The indexed text of a
 * document page begins with its title and summary, so an excerpt of a match
 * near the top repeats them right below the summary the result already shows.
 * This cuts the excerpt where it overlaps title and summary, and moves the
 * highlights of the overlap onto title and summary, so that the reader sees
 * the summary once, with the words that matched, and the excerpt only for text
 * further down. Works on the pieces `excerptPieces` gives, word by word.
 * Title, summary and excerpt may come from a peer's index and be of any
 * length: beyond `MAX_LEAD_WORDS` and `MAX_EXCERPT_WORDS` (far more than a
 * Pagefind excerpt of 36 words, see `connect.ts`) the texts are shown as they
 * are, so that the comparison stays bounded.
 */
import type { ExcerptPiece } from './excerpt.ts';

/** What a result shows of its text: title, summary and the rest of the excerpt, each in pieces. */
export interface ResultText {
	title: ExcerptPiece[];
	summary: ExcerptPiece[];
	excerpt: ExcerptPiece[];
}

/** A word of the excerpt: where it starts and ends in the flat text, and whether any of it is highlighted. */
interface Word {
	start: number;
	end: number;
	key: string;
	mark: boolean;
}

/** Most words of title and summary together that are compared. */
export const MAX_LEAD_WORDS = 1000;
/** Most words of an excerpt that is compared with title and summary. */
export const MAX_EXCERPT_WORDS = 200;

/** Fewest words an overlap that starts inside the title or summary must have, so that a chance repetition of a word is no overlap. */
const MIN_OVERLAP = 3;

/** A word as compared: letters and digits only, lower case (Pagefind adds and drops punctuation at block ends). */
const wordKey = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function wordsOf(text: string, marks?: readonly boolean[]): Word[] {
	const words: Word[] = [];
	for (const match of text.matchAll(/\S+/g)) {
		const start = match.index;
		const end = start + match[0].length;
		const key = wordKey(match[0]);
		if (!key) continue;
		words.push({ start, end, key, mark: marks ? marks.slice(start, end).includes(true) : false });
	}
	return words;
}

/** Pieces of `text`, highlighted where `marks` says so, joining runs of the same kind. */
function piecesOf(text: string, marks: readonly boolean[]): ExcerptPiece[] {
	const pieces: ExcerptPiece[] = [];
	for (let i = 0; i < text.length; i++) {
		const mark = marks[i] ?? false;
		const last = pieces.at(-1);
		if (last && last.mark === mark) last.text += text[i];
		else pieces.push({ text: text[i]!, mark });
	}
	return pieces;
}

/**
 * Splits an excerpt into title and summary to show (with the highlights that
 * fell on their words moved onto them) and what remains of the
 * excerpt after the overlap. An excerpt that does not start within title and
 * summary is left as it is, and the summary is shown plain.
 */
export function resultText(pieces: readonly ExcerptPiece[], title: string, summary: string): ResultText {
	const text = pieces.map((piece) => piece.text).join('');
	const marks = pieces.flatMap((piece) => Array.from({ length: piece.text.length }, () => piece.mark));
	const excerpt = wordsOf(text, marks);
	const titleWords = wordsOf(title);
	const summaryWords = wordsOf(summary);
	const lead = [...titleWords, ...summaryWords];
	const titleMarks = Array.from({ length: title.length }, () => false);
	const summaryMarks = Array.from({ length: summary.length }, () => false);
	const plain: ResultText = {
		title: piecesOf(title, titleMarks),
		summary: piecesOf(summary, summaryMarks),
		excerpt: [...pieces],
	};
	if (excerpt.length === 0 || lead.length === 0) return plain;
	if (excerpt.length > MAX_EXCERPT_WORDS || lead.length > MAX_LEAD_WORDS) return plain;
	// Where in title and summary the excerpt starts: the first offset from which its words follow them to the end of the summary, or to its own end.
	let offset = -1;
	let length = 0;
	// The first word narrows the offsets to try; a word repeated often in a short summary keeps this small.
	for (let o = 0; o < lead.length && offset < 0; o++) {
		if (lead[o]!.key !== excerpt[0]!.key) continue;
		let n = 0;
		while (n < excerpt.length && o + n < lead.length && lead[o + n]!.key === excerpt[n]!.key) n++;
		const reachesEnd = n === excerpt.length || o + n === lead.length;
		if (reachesEnd && (o === 0 || n >= Math.min(MIN_OVERLAP, excerpt.length))) {
			offset = o;
			length = n;
		}
	}
	if (offset < 0) return plain;
	for (let n = 0; n < length; n++) {
		if (!excerpt[n]!.mark) continue;
		const index = offset + n;
		if (index < titleWords.length) titleMarks.fill(true, titleWords[index]!.start, titleWords[index]!.end);
		else {
			const word = summaryWords[index - titleWords.length]!;
			summaryMarks.fill(true, word.start, word.end);
		}
	}
	const rest = length < excerpt.length ? excerpt[length]!.start : text.length;
	return {
		title: piecesOf(title, titleMarks),
		summary: piecesOf(summary, summaryMarks),
		excerpt: piecesOf(text.slice(rest), marks.slice(rest)),
	};
}
