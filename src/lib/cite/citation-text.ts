/**
 * The citation a document page shows, in APA style (7th edition) with the
 * German or the US English locale, as `@citation-js/plugin-csl` (citeproc-js
 * with the APA style and the locales it ships) formats it:
 * `Deutscher Städtetag. (2024). Titel [Positionspapier]. Dreiklang. https://…`.
 *
 * citeproc-js takes about 4 ms per document and language (8 ms per document
 * for both pages; 80 s of a 10,000-document build, measured with 1,000 items
 * in `docs/performance.md`). For the report items this project writes
 * (`csl-item.ts`), APA's output is fixed: author, year, title, genre,
 * publisher, address; only text that citeproc rewrites — straight quotes and
 * apostrophes, which it turns into the locale's, and markup-like `<…>`,
 * which it reads as rich text — makes it differ. Items with such text go to
 * citeproc; all others are written by the template here, which the tests
 * compare with citeproc's output for every example document and for
 * hostile titles, in both locales.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl-item.ts';

/** The locales citations are written in, per interface language. */
export const CITATION_LOCALES = { de: 'de-DE', en: 'en-US' } as const;

/** Characters citeproc rewrites in text: quotes and apostrophes, and markup. */
const REWRITTEN = /["'<>]/;

/** The APA citation of `item`, as citeproc-js formats it. */
export function citeprocCitation(item: CslItem, locale: string): string {
	return plugins.output.format('bibliography', [item], { format: 'text', template: 'apa', lang: locale }).trim();
}

/** The APA citation of `item` in `locale` (`de-DE` or `en-US`). */
export function citationText(item: CslItem, locale: string): string {
	const author = item.author[0]?.literal ?? '';
	if ([author, item.title, item.genre, item.publisher, item.URL].some((text) => REWRITTEN.test(text)) || !author)
		return citeprocCitation(item, locale);
	const [[year]] = item.issued['date-parts'];
	// APA ends the author with a full stop, unless it ends with one already ("Verband e. V.").
	return `${author}${author.endsWith('.') ? '' : '.'} (${year}). ${item.title} [${item.genre}]. ${item.publisher}. ${item.URL}`;
}
