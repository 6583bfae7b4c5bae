/**
 * Each document's citation (`src/lib/cite/`), computed once per document and
 * language: its CSL-JSON item and its APA text. The page of each language
 * cites that page; the files (`/api/citations/`) cite the German page, in
 * the document's own language, the same for every reader.
 */
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { t } from '../i18n/t.ts';
import { CITATION_LOCALES, citationText } from '../lib/cite/citation-text.ts';
import { cslItem, type CslItem } from '../lib/cite/csl-item.ts';
import { resolveOrganization } from '../lib/registries/organizations.ts';
import { href } from '../lib/routes/routes.ts';
import { documentLicense } from '../schemas/licenses.ts';
import type { Library } from './library.ts';

/** A document's citation in one language. */
export interface Citation {
	item: CslItem;
	text: string;
}

const cache = new WeakMap<Library, Map<string, Citation>>();

/** The author of a document: the lead of a paper, the reporter of a lesson, the operator for a guide. */
function authorOf(library: Library, id: string): string {
	const summary = library.index.byId.get(id)!;
	if (summary.kind === 'guides' || !summary.organization) return library.config.operator.name;
	const { registries } = library;
	return (
		resolveOrganization(summary.organization, registries.organizations, registries.register)?.name ??
		summary.organization
	);
}

/** The citation of document `id`, citing its page in `lang` with the words of `lang`. */
export function citation(library: Library, id: string, lang: UiLanguage): Citation {
	let citations = cache.get(library);
	if (!citations) cache.set(library, (citations = new Map()));
	const key = `${lang}:${id}`;
	let cited = citations.get(key);
	if (!cited) {
		const summary = library.index.byId.get(id)!;
		const entry = library.entries.get(id)!;
		const item = cslItem({
			id,
			title: summary.title,
			summary: summary.summary,
			lang: summary.lang,
			published: entry.data.published,
			author: authorOf(library, id),
			publisher: library.config.name,
			genre: t(lang)(`kind.${summary.kind}`),
			url: new URL(href(lang, summary.kind, id), library.config.url).href,
			license: documentLicense(entry.data.license, library.config.license).name[lang],
		});
		cited = { item, text: citationText(item, CITATION_LOCALES[lang]) };
		citations.set(key, cited);
	}
	return cited;
}

/** The citation the files give: the German page, in the document's language. */
export function fileCitation(library: Library, id: string): CslItem {
	const lang = library.index.byId.get(id)!.lang;
	const item = citation(library, id, UI_LANGUAGES.includes(lang) ? lang : 'de').item;
	return { ...item, URL: new URL(href('de', library.index.byId.get(id)!.kind, id), library.config.url).href };
}
