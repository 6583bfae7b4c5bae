/**
 * Builds the markup of the search page's dynamic parts: result entries and
 * facet value lists. Entries look like the document lists elsewhere on the
 * site (`DocumentList.astro`).
 *
 * Everything a result shows comes from a search index, a peer's as likely as
 * this library's own, and a peer's index can hold anything. So all of it goes
 * in as text nodes, through `h()`: titles, fields, facet values, and the
 * excerpt, whose highlighting is rebuilt as `<mark>` elements from the pieces
 * `excerptPieces` gives. Nothing here parses HTML. The address a result links
 * to is the one `resultLink` checked, never the index's own.
 */
import { excerptPieces, type ExcerptPiece } from '../../lib/search/client/excerpt.ts';
import { resultText } from '../../lib/search/client/result-text.ts';
import { localizeUrl } from '../../lib/search/build/index-language.ts';
import type { UiLanguage } from '../../i18n/languages.ts';
import type { ResultData } from './pagefind-api.ts';

/** Creates an element with attributes and children; strings become text nodes. */
export function h(
	tag: string,
	attributes: Record<string, string | undefined> = {},
	...children: (Node | string)[]
): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
	element.append(...children);
	return element;
}

/** What a result entry needs besides Pagefind's data. */
export interface ResultContext {
	lang: UiLanguage;
	formatDate: (isoDay: string) => string;
	/** How the interface shows a value the index stores in its own language (kind, status). */
	label: (facet: 'kind' | 'status', value: string) => string;
	/** Interface strings, as `t()` of the page gives them. */
	t: (key: string, values?: Record<string, string>) => string;
	/** The address the entry links to, as `resultLink` checked it. */
	url: string;
	/** The label of the library the result belongs to; `undefined` when there are no peers. */
	source?: string | undefined;
}

/** A language tag as `lang` takes it (`de`, `en-GB`); anything else an index says is ignored. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z\d]{1,8}){0,3}$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Statuses of documents no longer in force: a reader must not quote them as current. */
const OUTDATED = new Set(['superseded', 'withdrawn']);

const highlighted = (pieces: readonly ExcerptPiece[]) =>
	pieces.map((piece) => (piece.mark ? h('mark', {}, piece.text) : piece.text));

/**
 * The status line: every result says its status, and the example flag, in
 * words; a superseded or withdrawn document says that it is no longer in
 * force, so that the warning does not rest on colour alone.
 */
function statusLine(meta: ResultData['meta'], { label, t }: ResultContext): HTMLElement | undefined {
	const { status, statusId, example } = meta;
	const parts: HTMLElement[] = [];
	const outdated = statusId !== undefined && OUTDATED.has(statusId);
	if (status) {
		const text = label('status', status);
		parts.push(
			outdated
				? h('strong', { class: 'search-result__outdated' }, t('search.result.outdated', { status: text }))
				: h('span', {}, t('search.result.status', { status: text })),
		);
	}
	if (example === 'true') parts.push(h('span', { class: 'badge badge--example' }, t('search.result.example')));
	if (parts.length === 0) return undefined;
	const line = h('p', { class: `search-result__status${outdated ? ' search-result__status--outdated' : ''}` });
	parts.forEach((part, i) => line.append(...(i > 0 ? [' · ', part] : [part])));
	return line;
}

/** One entry of the result list. */
export function resultItem(data: ResultData, context: ResultContext): HTMLElement {
	const { lang, formatDate, label, url, source } = context;
	const { title, kind, date, organization, summary } = data.meta;
	const docLang =
		data.meta.lang && data.meta.lang !== lang && LANGUAGE_TAG.test(data.meta.lang) ? data.meta.lang : undefined;
	const meta = h('p', { class: 'meta' });
	const parts: (Node | string)[] = [];
	if (kind) parts.push(label('kind', kind));
	// A day that only looks like one (`2024-13-45`) would make the date format throw.
	if (date && ISO_DAY.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
		parts.push(h('time', { datetime: date }, formatDate(date)));
	parts.forEach((part, i) => meta.append(...(i > 0 ? [' · ', part] : [part])));
	if (source) meta.append(parts.length > 0 ? ' · ' : '', h('span', { class: 'badge badge--source' }, source));
	// The indexed text starts with title and summary: the excerpt shows only what the summary does not already say.
	const text = resultText(excerptPieces(String(data.excerpt ?? '')), title ?? '', summary ?? '');
	const hasExcerpt = text.excerpt.some((piece) => piece.text.trim() !== '');
	const status = statusLine(data.meta, context);
	return h(
		'li',
		{},
		meta,
		h('h3', {}, h('a', { href: localizeUrl(url, lang), lang: docLang }, ...(title ? highlighted(text.title) : [url]))),
		...(status ? [status] : []),
		...(organization ? [h('p', { class: 'meta' }, organization)] : []),
		...(summary ? [h('p', { class: 'search-summary', lang: docLang }, ...highlighted(text.summary))] : []),
		...(hasExcerpt ? [h('p', { class: 'search-excerpt', lang: docLang }, ...highlighted(text.excerpt))] : []),
	);
}

/** One checkbox of a facet, tied to the search form; `value` as the index stores it, `text` as the interface shows it. */
export function facetValue(
	facet: string,
	value: string,
	text: string,
	index: number,
): { item: HTMLElement; input: HTMLInputElement; count: HTMLElement } {
	const id = `facet-${facet}-${index}`;
	const input = h('input', { type: 'checkbox', id, name: facet, value, form: 'search-form' }) as HTMLInputElement;
	const count = h('span', { class: 'search-facet__count' });
	const item = h('li', { class: 'checkbox' }, input, h('label', { for: id }, `${text} `, count));
	return { item, input, count };
}
