/**
 * The search index is built once, from the pages of one interface language,
 * and serves both. Indexing every document once per interface language would
 * double the time, the memory and the size of the index for the same text:
 * documents are written in one language, whatever the interface around them.
 *
 * Facet values and result fields are stored as the index language labels them
 * ("Positionspapier", "Bayern"). The search page of another interface language
 * shows them in its own words with a table of labels (`labelTable`) and sends
 * readers to its own copy of each document (`localizeUrl`).
 */
import { UI_LANGUAGES, type UiLanguage } from '../../../i18n/languages.ts';
import type { DocumentKind } from '../../../schemas/kinds.ts';
import { sitePath } from '../../routes/base.ts';
import { href } from '../../routes/routes.ts';
import type { SearchFacet } from '../search-fields.ts';
import type { SearchRecord } from './search-record.ts';

/** The interface language whose document pages are indexed: the site's default, German. */
export const INDEX_LANGUAGE: UiLanguage = UI_LANGUAGES[0];

/** Labels of facet values in an interface language, by facet and indexed label: `{ kind: { Positionspapier: 'Position paper' } }`. */
export type LabelTable = Partial<Record<SearchFacet, Record<string, string>>>;

/**
 * The label table for one interface language, from pairs of search records of
 * the same documents: as indexed, and as that language labels them. Records of
 * the same document have the same facets in the same order, so labels pair up
 * one by one. Labels that read the same in both languages are left out.
 */
export function labelTable(pairs: Iterable<readonly [indexed: SearchRecord, localized: SearchRecord]>): LabelTable {
	const table: LabelTable = {};
	for (const [indexed, localized] of pairs) {
		indexed.filters.forEach(([facet, value], i) => {
			const [otherFacet, label] = localized.filters[i] ?? [];
			if (otherFacet !== facet || label === undefined || label === value || facet === 'chain') return;
			(table[facet] ??= {})[value] = label;
		});
	}
	return table;
}

/** Section paths of document pages: `/positionen/` in the index language, `/en/positions/` in English. */
// The kinds, without importing their schemas into the search page's script; `satisfies` keeps the list complete.
const DOCUMENT_KINDS = Object.keys({ positions: true, lessons: true, guides: true } satisfies Record<
	DocumentKind,
	true
>) as DocumentKind[];
const SECTIONS = DOCUMENT_KINDS.map((kind) => ({
	indexed: sitePath(href(INDEX_LANGUAGE, kind)).slice(1),
	by: Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, sitePath(href(lang, kind)).slice(1)])) as Record<
		UiLanguage,
		string
	>,
}));

/**
 * The address of a result in the interface language `lang`. Results point to
 * the indexed pages (`/positionen/x/`); every Dreiklang library, peers
 * included, has the same page at the same place in each language, under the
 * library's own base path:
 * `localizeUrl('https://peer.example/bib/positionen/x/', 'en')` →
 * `https://peer.example/bib/en/positions/x/`. Other addresses are returned as
 * they are.
 */
export function localizeUrl(url: string, lang: UiLanguage): string {
	if (lang === INDEX_LANGUAGE) return url;
	const match = /^((?:[a-z][a-z\d+.-]*:\/\/[^/?#]*)?(?:\/[^?#]*)?\/)([^/?#]+\/)([^/?#]+\/?(?:[?#].*)?)$/i.exec(url);
	if (!match) return url;
	const [, base, section, rest] = match;
	const known = SECTIONS.find((s) => s.indexed === section);
	return known ? `${base}${known.by[lang]}${rest}` : url;
}
