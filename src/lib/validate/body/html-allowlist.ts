/**
 * What a document body may contain once it is HTML: the elements, their
 * attributes and the values some attributes may take. Everything not listed
 * here is refused, by the validator and by the build alike (as
 * hast-util-sanitize and DOMPurify do, on the parsed tree, never on text).
 *
 * The list is what Markdown itself produces (paragraphs, lists, tables,
 * footnotes, task lists, code) plus plain text mark-up a contributor may want
 * in raw HTML (`<abbr>`, `<details>`, `<kbd>` …). Nothing here can run code,
 * load anything, submit anything, or cover the page: no scripts, styles,
 * frames, forms, media, SVG or MathML, no `style` beyond table alignment, no
 * `target`, no event handlers.
 */

/**
 * Attributes every allowed element may carry. `lang` marks a passage in
 * another language (BITV 2.0, WCAG 3.1.2); its value is held to the language
 * list of `language-tags.ts`.
 */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['id', 'title', 'lang', 'dir', 'class'];

/** The allowed elements, each with the attributes it may carry beyond the global ones. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
	a: ['href', 'hreflang', 'aria-describedby', 'aria-label', 'data-footnote-ref', 'data-footnote-backref'],
	abbr: [],
	b: [],
	bdi: [],
	bdo: [],
	blockquote: ['cite'],
	br: [],
	caption: [],
	cite: [],
	code: [],
	col: ['span'],
	colgroup: ['span'],
	data: ['value'],
	dd: [],
	del: ['cite', 'datetime'],
	details: ['open'],
	dfn: [],
	div: [],
	dl: [],
	dt: [],
	em: [],
	figcaption: [],
	figure: [],
	h1: [],
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	hr: [],
	i: [],
	// No `width`/`height`: every distinct size is another resize in the build (up to 9999×9999 each).
	img: ['src', 'alt'],
	// GFM task lists render as disabled checkboxes; nothing else may be an input.
	input: ['type', 'checked', 'disabled'],
	ins: ['cite', 'datetime'],
	kbd: [],
	li: ['value'],
	mark: [],
	ol: ['start', 'reversed', 'type'],
	p: [],
	pre: [],
	q: ['cite'],
	rp: [],
	rt: [],
	ruby: [],
	s: [],
	samp: [],
	// GFM wraps footnotes in `<section data-footnotes>`.
	section: ['data-footnotes'],
	small: [],
	span: [],
	strong: [],
	sub: [],
	summary: [],
	sup: [],
	table: [],
	tbody: [],
	td: ['colspan', 'rowspan', 'headers', 'style'],
	tfoot: [],
	th: ['colspan', 'rowspan', 'scope', 'abbr', 'style'],
	thead: [],
	time: ['datetime'],
	tr: [],
	u: [],
	ul: [],
	var: [],
	wbr: [],
};

/** Attributes whose value is an address a reader may follow (never one the browser fetches by itself). */
export const LINK_ATTRIBUTES: readonly string[] = ['href', 'cite'];

/** Attributes whose value the browser fetches at once: only files of this document. */
export const RESOURCE_ATTRIBUTES: readonly string[] = ['src'];

/** Schemes a link may use. Everything else (`javascript:`, `data:`, `vbscript:`, `file:` …) is refused. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * The classes the renderer itself sets (footnotes, task lists, the language of
 * a code block); a contributor's own classes could borrow the site's layout
 * (an overlay, a hidden element), so no other class is accepted.
 */
export const ALLOWED_CLASS =
	/^(?:footnotes|sr-only|data-footnote-backref|contains-task-list|task-list-item|language-[A-Za-z0-9_+#.-]{1,40})$/;

/** The only inline style: the alignment GFM writes on table cells. */
export const ALLOWED_STYLE = /^text-align: (?:left|right|center)$/;

/** Values some attributes are held to; an attribute not named here takes any text. */
export const ATTRIBUTE_VALUES: Readonly<Record<string, RegExp>> = {
	dir: /^(?:ltr|rtl|auto)$/,
	type: /^(?:checkbox|1|a|A|i|I)$/,
	span: /^\d{1,3}$/,
	colspan: /^\d{1,3}$/,
	rowspan: /^\d{1,4}$/,
	start: /^-?\d{1,9}$/,
	value: /^[^<>]{0,200}$/,
	scope: /^(?:row|col|rowgroup|colgroup)$/,
};
