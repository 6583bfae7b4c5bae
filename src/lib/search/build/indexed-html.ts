/**
 * Reads and rewrites the text of the part of a built page that Pagefind
 * indexes: the element marked `data-pagefind-body` and its descendants,
 * except those inside `data-pagefind-ignore`. A
 * small scanner instead of an HTML parser is enough here, because the input is
 * Astro's own well-formed output; it skips tags (quoted attributes included),
 * comments, and the content of `<script>` and `<style>`.
 */

const VOID_ELEMENTS = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title']);
const BODY_ATTRIBUTE = /\sdata-pagefind-body(?=[\s=/>])/;
const IGNORE_ATTRIBUTE = /\sdata-pagefind-ignore(?=[\s=/>])/;

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
	return scan(html).pieces;
}

/**
 * The part of a page Pagefind needs, as a page of its own: the language, and
 * the `data-pagefind-body` element with everything in it (text, filters,
 * meta). Header, navigation and footer are left out, so that the indexer
 * parses about half as much. `undefined` when the page has no such element.
 */
export function indexedDocument(html: string): string | undefined {
	const { body } = scan(html);
	if (!body) return undefined;
	// Only the first `<html …>` tag counts; looking at just that one keeps the search linear.
	const start = html.indexOf('<html');
	const end = start === -1 ? -1 : html.indexOf('>', start);
	const lang =
		start === -1 ? undefined : /\slang="([^"]*)"/.exec(html.slice(start, end === -1 ? html.length : end))?.[1];
	return `<!doctype html><html${lang === undefined ? '' : ` lang="${lang}"`}><head><meta charset="utf-8"></head><body>${html.slice(body.start, body.end)}</body></html>`;
}

/** The pieces of a page, and where its first `data-pagefind-body` element starts and ends. */
function scan(html: string): { pieces: Piece[]; body?: { start: number; end: number } } {
	const pieces: Piece[] = [];
	let body: { start: number; end: number } | undefined;
	// Everything that is not indexed text is one run of the page, from `otherFrom` on.
	let otherFrom = 0;
	let i = 0;
	const open: string[] = [];
	// How many elements of each name are open: an end tag of none of them is ignored without searching the stack.
	const openCount = new Map<string, number>();
	const close = (depth: number) => {
		for (let k = depth; k < open.length; k++) openCount.set(open[k]!, openCount.get(open[k]!)! - 1);
		open.length = depth;
	};
	let bodyDepth = -1;
	let ignoreDepth = -1;
	let nextAttribute = html.indexOf('data-pagefind-');
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		const textEnd = lt === -1 ? html.length : lt;
		if (textEnd > i && bodyDepth >= 0 && ignoreDepth < 0) {
			if (i > otherFrom) pieces.push({ text: html.slice(otherFrom, i), indexed: false });
			pieces.push({ text: html.slice(i, textEnd), indexed: true });
			otherFrom = textEnd;
		}
		if (lt === -1) break;
		if (html.startsWith('<!--', lt)) {
			const close = html.indexOf('-->', lt + 4);
			i = close === -1 ? html.length : close + 3;
			continue;
		}
		TAG.lastIndex = lt;
		const match = TAG.exec(html);
		i = match ? lt + match[0].length : tagEnd(html, lt);
		const name = (match ? match[2] : /^<\/?([a-zA-Z][\w-]*)/.exec(html.slice(lt, i))?.[1])?.toLowerCase();
		if (!name) continue;
		if (html[lt + 1] === '/') {
			// The search costs at most the elements it then closes.
			if (openCount.get(name)) close(open.lastIndexOf(name));
			if (open.length < bodyDepth) {
				bodyDepth = -1;
				if (body && body.end < 0) body.end = i;
			}
			if (open.length < ignoreDepth) ignoreDepth = -1;
			continue;
		}
		if (RAW_TEXT_ELEMENTS.has(name)) {
			const closing = rawTextEnd(name);
			closing.lastIndex = i;
			i = closing.exec(html)?.index ?? html.length;
			continue;
		}
		if (VOID_ELEMENTS.has(name) || (html[i - 1] === '>' && html[i - 2] === '/')) continue;
		open.push(name);
		openCount.set(name, (openCount.get(name) ?? 0) + 1);
		// Most tags have no Pagefind attribute at all; look at a tag only when the next one is inside it.
		if (nextAttribute !== -1 && nextAttribute < lt) nextAttribute = html.indexOf('data-pagefind-', lt);
		if (nextAttribute === -1 || nextAttribute >= i) continue;
		const tag = html.slice(lt, i);
		if (bodyDepth < 0 && BODY_ATTRIBUTE.test(tag)) {
			bodyDepth = open.length;
			body ??= { start: lt, end: -1 };
		}
		if (ignoreDepth < 0 && IGNORE_ATTRIBUTE.test(tag)) ignoreDepth = open.length;
	}
	if (html.length > otherFrom) pieces.push({ text: html.slice(otherFrom), indexed: false });
	if (body && body.end < 0) body.end = html.length;
	return body ? { pieces, body } : { pieces };
}

/** A start or end tag, quoted attribute values included: `<a href="x>y">`. */
const TAG = /<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/y;

/** Where a tag that `TAG` does not match (`<!DOCTYPE html>`, an unclosed quote) ends: after its `>` outside quotes, or at the end. */
function tagEnd(html: string, lt: number): number {
	let j = lt + 1;
	for (let quote = ''; j < html.length; j++) {
		const ch = html[j];
		if (quote) {
			if (ch === quote) quote = '';
		} else if (ch === '"' || ch === "'") quote = ch;
		else if (ch === '>') return j + 1;
	}
	return html.length;
}

const rawTextEnds = new Map<string, RegExp>();
/** The end tag of a raw text element, found from `lastIndex` on. */
function rawTextEnd(name: string): RegExp {
	let end = rawTextEnds.get(name);
	if (!end) rawTextEnds.set(name, (end = new RegExp(`</${name}`, 'ig')));
	return end;
}

/**
 * Calls `transform` on every text node Pagefind indexes and returns the page
 * with the results in their place.
 * `mapIndexedText('<p>a</p><main data-pagefind-body><p>b</p></main>', (t) => t.toUpperCase())`
 * → `'<p>a</p><main data-pagefind-body><p>B</p></main>'`.
 */
export function mapIndexedText(html: string, transform: (text: string) => string): string {
	return indexedPieces(html)
		.map((piece) => (piece.indexed ? transform(piece.text) : piece.text))
		.join('');
}

/**
 * Elements that end a run of text but that Pagefind does not treat as a break
 * between words: without a space, `<dt>Themen</dt><dd>Energie</dd>` is indexed
 * as one word "ThemenEnergie".
 */
const UNSEPARATED_BLOCKS =
	/<\/(address|aside|blockquote|caption|dd|details|dl|dt|figcaption|figure|header|legend|ol|pre|summary|table|th|tr)>/gi;

/** Puts a space before the end of every such element, so that its last word stays a word of its own. */
export function separateBlocks(html: string): string {
	return html.replace(UNSEPARATED_BLOCKS, ' </$1>');
}

const CHARACTER_REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;

/** The indexed text of pieces (or of a page), with character references replaced by spaces. */
export function indexedText(page: string | readonly Piece[]): string {
	const pieces = typeof page === 'string' ? indexedPieces(page) : page;
	return pieces
		.filter((piece) => piece.indexed)
		.map((piece) => piece.text.replace(CHARACTER_REFERENCE, ' '))
		.join(' ');
}
