/**
 * Reads and rewrites the text of the part of a built page that Pagefind
 * indexes: the element marked `data-pagefind-body` and its descendants,
 * except those inside `data-pagefind-ignore`. A
 * small scanner instead of an HTML parser is enough here, because the input is
 * Astro's own well-formed output; it skips tags (quoted attributes included),
 * comments, and the content of `<script>` and `<style>`.
 */

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title']);
const BODY_ATTRIBUTE = /\sdata-pagefind-body(?=[\s=/>])/;
const IGNORE_ATTRIBUTE = /\sdata-pagefind-ignore(?=[\s=/>])/;

/** Whether a built page has content for the search index. */
export function hasIndexedBody(html: string): boolean {
	return BODY_ATTRIBUTE.test(html);
}

/** A piece of a page: a text node Pagefind indexes, or anything else (markup, other text). */
export interface Piece {
	text: string;
	indexed: boolean;
}

/**
 * Cuts a page into pieces: the text nodes inside `data-pagefind-body`
 * elements (outside `data-pagefind-ignore` ones) and what lies between them.
 * Joining the pieces gives the page back.
 */
export function indexedPieces(html: string): Piece[] {
	const pieces: Piece[] = [];
	let other = '';
	let i = 0;
	const open: string[] = [];
	let bodyDepth = -1;
	let ignoreDepth = -1;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		const textEnd = lt === -1 ? html.length : lt;
		if (textEnd > i) {
			if (bodyDepth >= 0 && ignoreDepth < 0) {
				if (other) pieces.push({ text: other, indexed: false });
				other = '';
				pieces.push({ text: html.slice(i, textEnd), indexed: true });
			} else other += html.slice(i, textEnd);
		}
		if (lt === -1) break;
		if (html.startsWith('<!--', lt)) {
			const close = html.indexOf('-->', lt + 4);
			i = close === -1 ? html.length : close + 3;
			other += html.slice(lt, i);
			continue;
		}
		let j = lt + 1;
		for (let quote = ''; j < html.length; j++) {
			const ch = html[j];
			if (quote) {
				if (ch === quote) quote = '';
			} else if (ch === '"' || ch === "'") quote = ch;
			else if (ch === '>') break;
		}
		const tag = html.slice(lt, j + 1);
		other += tag;
		i = j + 1;
		const name = /^<\/?([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase();
		if (!name) continue;
		if (tag[1] === '/') {
			const at = open.lastIndexOf(name);
			if (at !== -1) open.length = at;
			if (open.length < bodyDepth) bodyDepth = -1;
			if (open.length < ignoreDepth) ignoreDepth = -1;
			continue;
		}
		if (RAW_TEXT_ELEMENTS.has(name)) {
			const closing = new RegExp(`</${name}`, 'ig');
			closing.lastIndex = i;
			const end = closing.exec(html)?.index ?? html.length;
			other += html.slice(i, end);
			i = end;
			continue;
		}
		if (VOID_ELEMENTS.has(name) || tag.endsWith('/>')) continue;
		open.push(name);
		if (bodyDepth < 0 && BODY_ATTRIBUTE.test(tag)) bodyDepth = open.length;
		if (ignoreDepth < 0 && IGNORE_ATTRIBUTE.test(tag)) ignoreDepth = open.length;
	}
	if (other) pieces.push({ text: other, indexed: false });
	return pieces;
}

/**
 * Calls `transform` on every text node Pagefind indexes and returns the page
 * with the results in their place.
 * `mapIndexedText('<p>a</p><main data-pagefind-body><p>b</p></main>', (t) => t.toUpperCase())`
 * → `'<p>a</p><main data-pagefind-body><p>B</p></main>'`.
 */
export function mapIndexedText(html: string, transform: (text: string) => string): string {
	return indexedPieces(html).map((piece) => (piece.indexed ? transform(piece.text) : piece.text)).join('');
}

/**
 * Elements that end a run of text but that Pagefind does not treat as a break
 * between words: without a space, `<dt>Themen</dt><dd>Energie</dd>` is indexed
 * as one word "ThemenEnergie".
 */
const UNSEPARATED_BLOCKS = /<\/(address|aside|blockquote|caption|dd|details|dl|dt|figcaption|figure|header|legend|ol|pre|summary|table|th|tr)>/gi;

/** Puts a space before the end of every such element, so that its last word stays a word of its own. */
export function separateBlocks(html: string): string {
	return html.replace(UNSEPARATED_BLOCKS, ' </$1>');
}

const CHARACTER_REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;

/** The indexed text of pieces (or of a page), with character references replaced by spaces. */
export function indexedText(page: string | readonly Piece[]): string {
	const pieces = typeof page === 'string' ? indexedPieces(page) : page;
	return pieces.filter((piece) => piece.indexed).map((piece) => piece.text.replace(CHARACTER_REFERENCE, ' ')).join(' ');
}
