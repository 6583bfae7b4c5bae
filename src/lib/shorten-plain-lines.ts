/**
 * Shortens the lines of a Markdown body that hold nothing the body check
 * looks at, so that the parser has less to read. Parsing is most of the
 * validator's time, and most of a body is prose in which no link, image,
 * definition, autolink or raw HTML can begin.
 *
 * The shortened text parses to the same links, images, definitions and HTML,
 * with the same values at the same places: what a line holds to check stays
 * where it was on its line, so columns are exact, and each line of the
 * shortened text knows the line of the body it comes from, so line numbers
 * are exact too. What can matter is read from the CommonMark constructs
 * remark-parse knows (no GFM, no MDX):
 *
 * - `[`, `]`, `(`, `)`, `"`, `'` make links, images and their titles; `` ` ``,
 *   `\` and `&` can hide them or change a destination; `<` starts autolinks
 *   and raw HTML. A line with none of these is text inside a paragraph, a
 *   heading, a list item or a code block, or inside the text or title of a
 *   link that opens and closes on other lines. It is cut after its first
 *   letter: what decides its block (indentation, list, quote, heading and
 *   fence markers) comes before that letter and stays, the letter keeps the
 *   line from turning blank, a thematic break, an underline or a closing
 *   fence, and the cut text could not open, close or hide anything. Where a
 *   link's destination, title or `)` may follow on this line, the first
 *   character that is not a space is kept, and it decides alike.
 * - A group of such lines between blank lines (a paragraph, a list, a
 *   heading) is emptied where that changes nothing around it: nothing before
 *   it is left open, and it is a paragraph or heading of one line at the left
 *   edge, or the next line that is not blank starts at the left edge with a
 *   letter or `#` and so ends every list and quote the group may have opened.
 *   A group with a `~~~` line, which may open or close a fenced code block,
 *   stays. Nothing is left open before a group if the last group that stayed
 *   was a line of its own at the left edge, or the groups since were emptied.
 *   Where nothing is open, one blank line reads like many: the blank lines
 *   around emptied groups are given to the parser as one (each line costs
 *   it about as much as a short paragraph).
 * - A line whose every `](` opens a destination without spaces or anything
 *   that could end or hide it early, closed by `)` (`[a](https://x.org/)`),
 *   and whose last character of the kinds above is such a `)`, is cut after
 *   the first letter behind it: nothing before can reach into the rest.
 * - A line after one that ends in `(` is kept whole: a link's destination may
 *   stand on the next line (`[a](⏎url)`), and it must keep every character.
 * - Raw HTML is checked in its whole text, attributes may run over several
 *   lines and an HTML block runs to the next blank line, so from a line with
 *   `<` on, lines are kept whole up to the next blank line.
 * - Where the body defines links (`[id]: url`), a reference resolves only if
 *   its label matches a definition's word for word, and a label may run over
 *   lines: from a line with `[` on, lines are kept whole up to the next blank
 *   line, which no label crosses.
 *
 * Bodies with HTML blocks that may run past blank lines (comments, `<?…?>`,
 * `<!…>`, `<script>`, `<pre>`, `<style>`, `<textarea>`) or with carriage
 * returns (the reader turns line endings into `\n` before) are returned whole.
 * Not for MDX, where any brace may open an expression.
 */

/** Characters that can begin, end or hide a construct the body check looks at. */
const INLINE_SYNTAX = /[[\]()"'`\\&<]/;
/** The last of them on a line, and what follows it. */
const LAST_INLINE_SYNTAX = /[[\]()"'`\\&<][^[\]()"'`\\&<]*$/;
/** A link destination that nothing can end or hide early, closed at once. */
const CLOSED_DESTINATION = /\]\([^\s\p{Cc}()<>[\]"'`\\&]*\)/gu;
/** Everything up to the first letter: indentation and block markers. */
const UP_TO_LETTER = /^[^\p{L}]*\p{L}/u;
/** A line that starts at the left edge with a letter or `#`: a paragraph or heading that ends every open list and quote. */
const LEFT_EDGE = /^[\p{L}#]/u;
/** A line that may open or close a fenced code block of the document. */
const TILDE_FENCE = /^ {0,3}~~~/;
const BLANK = /^[ \t]*$/;
/** HTML blocks of CommonMark types 1 to 5, which a blank line does not end. */
const LONG_HTML = /<[!?]|<(?:script|pre|style|textarea)(?![^\s/>])/i;

/** How much of a line with inline syntax to keep: all of it, or up to the first letter after its last closed destination. */
function keptLength(line: string): number {
	const closed = [...line.matchAll(CLOSED_DESTINATION)];
	if (closed.length === 0 || closed.length !== line.split('](').length - 1) return line.length;
	const last = closed.at(-1)!;
	const end = last.index + last[0].length;
	if (LAST_INLINE_SYNTAX.exec(line)!.index !== end - 1) return line.length;
	const rest = UP_TO_LETTER.exec(line.slice(end));
	return rest ? end + rest[0].length : line.length;
}

/** A body as the parser is given it. */
export interface ShortenedBody {
	text: string;
	/** The line of the body (1-based) that a line of `text` comes from. */
	sourceLine(line: number): number;
}

const unchanged = (body: string): ShortenedBody => ({ text: body, sourceLine: (line) => line });

/**
 * `body` with every line shortened as far as the body check allows (see
 * above), or `body` itself where that cannot be reasoned about.
 */
export function shortenPlainLines(body: string): ShortenedBody {
	if (body.includes('\r') || (body.includes('<') && LONG_HTML.test(body))) return unchanged(body);
	const opensWholeLines = body.includes(']:') ? /[<[]/ : /</;
	const source = body.split('\n');
	const lines = [...source];
	const emptied: boolean[] = [];
	const blank = (i: number) => BLANK.test(source[i]!);
	// Lines kept whole: in raw HTML or, where links are defined, a label; after an open `(`.
	const whole: boolean[] = [];
	let inRegion = false;
	for (let i = 0; i < source.length; i++) {
		if (opensWholeLines.test(source[i]!)) inRegion = true;
		else if (blank(i)) inRegion = false;
		whole.push(inRegion || (i > 0 && /\(\s*$/.test(source[i - 1]!)));
	}
	// Whether the groups so far leave nothing open (see above).
	let closed = true;
	for (let first = 0; first < source.length; first++) {
		if (blank(first)) continue;
		let last = first;
		while (last + 1 < source.length && !blank(last + 1)) last++;
		let next = last + 1;
		while (next < source.length && blank(next)) next++;
		const group = source.slice(first, last + 1);
		const plain = group.every((line, k) => !whole[first + k] && !INLINE_SYNTAX.test(line) && !TILDE_FENCE.test(line));
		const lineOfItsOwn = first === last && LEFT_EDGE.test(source[first]!);
		const endedAfter = next === source.length || LEFT_EDGE.test(source[next]!);
		if (closed && plain && (lineOfItsOwn || endedAfter)) {
			for (let i = first; i <= last; i++) {
				lines[i] = '';
				emptied[i] = true;
			}
		} else {
			for (let i = first; i <= last; i++) {
				const line = source[i]!;
				if (whole[i]) continue;
				lines[i] = INLINE_SYNTAX.test(line) ? line.slice(0, keptLength(line)) : (UP_TO_LETTER.exec(line)?.[0] ?? line);
			}
			closed = lineOfItsOwn;
		}
		first = last;
	}
	// Runs of blank lines with an emptied group in them become one blank line.
	const text: string[] = [];
	const from: number[] = [];
	for (let i = 0; i < lines.length; ) {
		let end = i;
		let withEmptied = false;
		for (; end < lines.length && BLANK.test(lines[end]!); end++) if (emptied[end]) withEmptied = true;
		if (end === i) end++;
		if (withEmptied) {
			text.push('');
			from.push(i + 1);
		} else {
			for (let k = i; k < end; k++) {
				text.push(lines[k]!);
				from.push(k + 1);
			}
		}
		i = end;
	}
	return { text: text.join('\n'), sourceLine: (line) => (line <= from.length ? from[line - 1]! : from.at(-1)! + line - from.length) };
}
