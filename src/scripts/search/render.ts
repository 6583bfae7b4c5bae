/**
 * Builds the markup of the search page's dynamic parts: result entries and
 * facet value lists. Entries look like the document lists elsewhere on the
 * site (`DocumentList.astro`). Text goes in as text; only Pagefind's excerpt,
 * which Pagefind escapes before it adds `<mark>`, goes in as HTML.
 */
import { cleanExcerpt } from '../../lib/search/excerpt.ts';
import { localizeUrl } from '../../lib/search/index-language.ts';
import type { UiLanguage } from '../../i18n/languages.ts';
import type { ResultData } from './pagefind-api.ts';

/** Creates an element with attributes and children. */
export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: (Node | string)[]): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
	element.append(...children);
	return element;
}

/** What a result entry needs besides Pagefind's data. */
export interface ResultContext {
	lang: UiLanguage;
	formatDate: (isoDay: string) => string;
	/** How the interface shows a value the index stores in its own language (the kind). */
	label: (facet: 'kind', value: string) => string;
	/** The library's label for results from a peer; `undefined` for this library's own. */
	source?: string | undefined;
}

/** One entry of the result list. */
export function resultItem(data: ResultData, { lang, formatDate, label, source }: ResultContext): HTMLElement {
	const { title, kind, date, organization, summary } = data.meta;
	const docLang = data.meta.lang && data.meta.lang !== lang ? data.meta.lang : undefined;
	const meta = h('p', { class: 'meta' });
	const parts: (Node | string)[] = [];
	if (kind) parts.push(label('kind', kind));
	if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) parts.push(h('time', { datetime: date }, formatDate(date)));
	parts.forEach((part, i) => meta.append(...(i > 0 ? [' · ', part] : [part])));
	if (source) meta.append(parts.length > 0 ? ' · ' : '', h('span', { class: 'badge badge--source' }, source));
	const excerpt = h('p', { class: 'search-excerpt', lang: docLang });
	excerpt.innerHTML = cleanExcerpt(data.excerpt);
	return h('li', {},
		meta,
		h('h3', {}, h('a', { href: localizeUrl(data.url, lang), lang: docLang }, title ?? data.url)),
		...(organization ? [h('p', { class: 'meta' }, organization)] : []),
		...(summary ? [h('p', { lang: docLang }, summary)] : []),
		excerpt,
	);
}

/** One checkbox of a facet, tied to the search form; `value` as the index stores it, `text` as the interface shows it. */
export function facetValue(facet: string, value: string, text: string, index: number): { item: HTMLElement; input: HTMLInputElement; count: HTMLElement } {
	const id = `facet-${facet}-${index}`;
	const input = h('input', { type: 'checkbox', id, name: facet, value, form: 'search-form' }) as HTMLInputElement;
	const count = h('span', { class: 'search-facet__count' });
	const item = h('li', { class: 'checkbox' }, input, h('label', { for: id }, `${text} `, count));
	return { item, input, count };
}
