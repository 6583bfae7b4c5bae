/**
 * Shortens the lines of a Markdown body that hold nothing the body check
 * looks at, so that the parser has less to read. Parsing is most of the
 * validator's time, and most of a body is prose in which no link, image,
 * definition, autolink or raw HTML can begin.
 *
 * The shortened text parses to the same links, images, definitions and HTML,
 * with the same values at the same places. Every line break stays, so line
 * numbers are exact, and every line that holds something to check is kept
 * whole, so its columns are exact. What "can matter" is read from the
 * CommonMark constructs remark-parse knows (no GFM, no MDX):
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
/** Everything up to a line's first letter: indentation and block markers. */
const BLOCK_PREFIX = /^[^\p{L}]*\p{L}/u;
/** HTML blocks of CommonMark types 1 to 5, which a blank line does not end. */
const LONG_HTML = /<[!?]|<(?:script|pre|style|textarea)(?![^\s/>])/i;

/**
 * `body` with every line shortened as far as the body check allows (see
 * above), or `body` itself where that cannot be reasoned about.
 */
export function shortenPlainLines(body: string): string {
	if (body.includes('\r') || LONG_HTML.test(body)) return body;
	const opensWholeLines = body.includes(']:') ? /[<[]/ : /</;
	const lines = body.split('\n');
	let whole = false;
	let afterOpenParen = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (opensWholeLines.test(line)) whole = true;
		else if (/^[ \t]*$/.test(line)) whole = false;
		const keep = whole || afterOpenParen || INLINE_SYNTAX.test(line);
		afterOpenParen = /\(\s*$/.test(line);
		if (keep) continue;
		const prefix = BLOCK_PREFIX.exec(line);
		if (prefix) lines[i] = prefix[0];
	}
	return lines.join('\n');
}
