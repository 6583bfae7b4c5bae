/**
 * Shortens the lines of a Markdown body that hold nothing the body check
 * looks at, so that the parser has less to read. Parsing is most of the
 * validator's time, and most of a body is prose in which no link, image,
 * definition, autolink or raw HTML can begin.
 *
 * The shortened text parses to the same links, images, definitions and HTML,
 * with the same values at the same places: every line break stays, so line
 * numbers are exact, and what a line holds to check stays where it was, so
 * columns are exact. What can matter is read from the CommonMark constructs
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
 * - Such a line standing alone between blank lines at the left edge, a
 *   paragraph or heading of its own, is emptied if what comes before it
 *   leaves nothing open: since the last line that was not blank, emptied or
 *   kept, was such a line too. Blank lines then follow blank lines, and no
 *   list, quote or paragraph can tell.
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
/** A line that, between blank lines at its left edge, is a paragraph or heading of its own. */
const OWN_BLOCK = /^[\p{L}#]/u;
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

/**
 * `body` with every line shortened as far as the body check allows (see
 * above), or `body` itself where that cannot be reasoned about.
 */
export function shortenPlainLines(body: string): string {
	if (body.includes('\r') || (body.includes('<') && LONG_HTML.test(body))) return body;
	const opensWholeLines = body.includes(']:') ? /[<[]/ : /</;
	const source = body.split('\n');
	const lines = [...source];
	const blank = (i: number) => i < 0 || i >= source.length || BLANK.test(source[i]!);
	let whole = false;
	let afterOpenParen = false;
	// Whether the lines so far leave no list, quote or paragraph open.
	let closed = true;
	for (let i = 0; i < lines.length; i++) {
		const line = source[i]!;
		if (opensWholeLines.test(line)) whole = true;
		else if (blank(i)) whole = false;
		const keep = whole || afterOpenParen;
		afterOpenParen = /\(\s*$/.test(line);
		if (blank(i)) continue;
		const syntax = INLINE_SYNTAX.test(line);
		const ownBlock = blank(i - 1) && blank(i + 1) && OWN_BLOCK.test(line);
		if (!keep && !syntax && ownBlock && closed) {
			lines[i] = '';
			continue;
		}
		closed = ownBlock;
		if (keep) continue;
		if (syntax) lines[i] = line.slice(0, keptLength(line));
		else lines[i] = UP_TO_LETTER.exec(line)?.[0] ?? line;
	}
	return lines.join('\n');
}
