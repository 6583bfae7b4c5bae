/**
 * The Markdown features the site renders with. Astro's Sätteri processor
 * (`astro.config.mjs`) and the validator both read this one object, so that
 * no construct means one thing to the checks and another to the build.
 *
 * `rawHtml` makes the renderer parse raw HTML into real elements, the way a
 * browser's parser does, and serialize them again: what reaches a reader is
 * the tree the checks saw, balanced, never a fragment that could swallow the
 * rest of the page.
 */
export const MARKDOWN_FEATURES = {
	/** Tables, footnotes, strikethrough, task lists, literal links. */
	gfm: true,
	/** Typographic quotes and dashes, as Astro has it by default. */
	smartPunctuation: true,
	/** Raw HTML becomes elements (and is checked as elements). */
	rawHtml: true,
} as const;
