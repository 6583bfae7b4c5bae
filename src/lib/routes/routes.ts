/**
 * Every URL of the site, built in one place. German pages live at `/` with
 * German path segments, English pages under `/en/` with English ones. A
 * published document keeps its URL: it is built from its file name only.
 * Every URL starts with the base the site is served under (`base.ts`); the
 * examples below are those of a site at the root of its host.
 */
import type { UiLanguage } from '../../i18n/languages.ts';
import { withBase } from './base.ts';

/** Sections of the site and their path segment per language. */
export const SECTIONS = {
	positions: { de: 'positionen', en: 'positions' },
	lessons: { de: 'erfahrungen', en: 'lessons' },
	guides: { de: 'leitfaeden', en: 'guides' },
	topics: { de: 'themen', en: 'topics' },
	crises: { de: 'krisen', en: 'crises' },
	measures: { de: 'massnahmen', en: 'measures' },
	laender: { de: 'laender', en: 'states' },
	organizations: { de: 'organisationen', en: 'organizations' },
	about: { de: 'ueber', en: 'about' },
	imprint: { de: 'impressum', en: 'legal-notice' },
	privacy: { de: 'datenschutz', en: 'privacy' },
	accessibility: { de: 'barrierefreiheit', en: 'accessibility' },
	easyLanguage: { de: 'leichte-sprache', en: 'easy-read' },
	signLanguage: { de: 'gebaerdensprache', en: 'sign-language' },
	search: { de: 'suche', en: 'search' },
	contribute: { de: 'mitmachen', en: 'contribute' },
	demands: { de: 'forderungen', en: 'demands' },
	digest: { de: 'neu', en: 'new' },
} as const;
export type Section = keyof typeof SECTIONS;

/** Segments of filtered list views, pagination and the co-signatory page of a paper. */
const VIEW_SEGMENTS = {
	status: { de: 'status', en: 'status' },
	topic: { de: 'thema', en: 'topic' },
	land: { de: 'land', en: 'state' },
	crisis: { de: 'krise', en: 'crisis' },
	measure: { de: 'massnahme', en: 'measure' },
	page: { de: 'seite', en: 'page' },
	cosignatories: { de: 'mitzeichnende', en: 'co-signatories' },
	cosign: { de: 'mitzeichnen', en: 'co-sign' },
	comment: { de: 'kommentieren', en: 'comment' },
	history: { de: 'verlauf', en: 'history' },
} as const;
/** The filters a list can have, in the order list pages offer them. */
export const LIST_FILTERS = ['status', 'topic', 'land', 'crisis', 'measure'] as const;
/** A filter of a list: what its values are. */
export type ListFilter = (typeof LIST_FILTERS)[number];

/** The path prefix of a language: `/` or `/en/`, below the base. */
export function languageRoot(lang: UiLanguage): string {
	return withBase(lang === 'de' ? '/' : '/en/');
}

/** Joins segments under a language root, always with a trailing slash. */
function path(lang: UiLanguage, ...segments: (string | number)[]): string {
	const rest = segments.map((s) => encodeURIComponent(String(s).toLowerCase())).join('/');
	return rest ? `${languageRoot(lang)}${rest}/` : languageRoot(lang);
}

/** The URL of a section, or of one entry in it: `href('de', 'positions', 'x')` → `/positionen/x/`. */
export function href(lang: UiLanguage, section: Section, id?: string): string {
	return id === undefined ? path(lang, SECTIONS[section][lang]) : path(lang, SECTIONS[section][lang], id);
}

/**
 * The URL of the full list of a paper's co-signatories, below the paper's own:
 * `cosignatoriesHref('de', 'x')` → `/positionen/x/mitzeichnende/`.
 */
export function cosignatoriesHref(lang: UiLanguage, id: string): string {
	return path(lang, SECTIONS.positions[lang], id, VIEW_SEGMENTS.cosignatories[lang]);
}

/**
 * The URL of the form that co-signs a paper, below the paper's own:
 * `cosignHref('de', 'x')` → `/positionen/x/mitzeichnen/`. A page of its own, so
 * that the paper's page carries no script.
 */
export function cosignHref(lang: UiLanguage, id: string): string {
	return path(lang, SECTIONS.positions[lang], id, VIEW_SEGMENTS.cosign[lang]);
}

/** The URL of the page that comments on a paper: `commentHref('de', 'x')` → `/positionen/x/kommentieren/`. */
export function commentHref(lang: UiLanguage, id: string): string {
	return path(lang, SECTIONS.positions[lang], id, VIEW_SEGMENTS.comment[lang]);
}

/**
 * The URL of a document's version history, below the document's own:
 * `historyHref('de', 'positions', 'x')` → `/positionen/x/verlauf/`.
 */
export function historyHref(lang: UiLanguage, kind: 'positions' | 'lessons' | 'guides', id: string): string {
	return path(lang, SECTIONS[kind][lang], id, VIEW_SEGMENTS.history[lang]);
}

/**
 * The URL of the demand tracker, of one addressee's page, filtered by status
 * and paged: `trackerHref('de', 'bund', 'open', 2)` → `/forderungen/bund/status/open/seite/2/`.
 */
export function trackerHref(lang: UiLanguage, slug?: string, status?: string, page = 1): string {
	const segments: string[] = [SECTIONS.demands[lang]];
	if (slug) segments.push(slug);
	if (slug && status) segments.push(VIEW_SEGMENTS.status[lang], status);
	if (slug && page > 1) segments.push(VIEW_SEGMENTS.page[lang], String(page));
	return path(lang, ...segments);
}

/**
 * The URL of a word diff of two versions of a paper, below its history, named
 * by the versions' short commits, older first:
 * `diffHref('de', 'x', '3f2c1ab9', '8d0e1f2a')` → `/positionen/x/verlauf/3f2c1ab9-8d0e1f2a/`.
 */
export function diffHref(lang: UiLanguage, id: string, from: string, to: string): string {
	return path(lang, SECTIONS.positions[lang], id, VIEW_SEGMENTS.history[lang], `${from}-${to}`);
}

/**
 * The file with the texts of a paper's versions that its history page's
 * comparison form reads, one for both languages (the texts are the paper's
 * own): `versionsHref('x')` → `/positionen/x/verlauf/fassungen.json`.
 */
export function versionsHref(id: string): string {
	return `${path('de', SECTIONS.positions.de, id, VIEW_SEGMENTS.history.de)}fassungen.json`;
}

/** The URL of page `page` of a section's index: `/organisationen/seite/2/`. */
export function sectionPageHref(lang: UiLanguage, section: Section, page: number): string {
	return page > 1 ? path(lang, SECTIONS[section][lang], VIEW_SEGMENTS.page[lang], page) : href(lang, section);
}

/**
 * The URL of a list page: a kind, optionally filtered, optionally a later page.
 * `listHref('de', 'positions', { filter: 'status', value: 'adopted' }, 2)` → `/positionen/status/adopted/seite/2/`.
 */
export function listHref(
	lang: UiLanguage,
	kind: 'positions' | 'lessons' | 'guides',
	filter?: { filter: ListFilter; value: string },
	page = 1,
): string {
	const segments: string[] = [SECTIONS[kind][lang]];
	if (filter) segments.push(VIEW_SEGMENTS[filter.filter][lang], filter.value);
	if (page > 1) segments.push(VIEW_SEGMENTS.page[lang], String(page));
	return path(lang, ...segments);
}

/**
 * What a feed or a calendar follows: the whole library, one kind, one hub
 * (a topic, a Land or an organization) or the consultations that are open.
 * Calendars exist for the library, topics and Länder only.
 */
export type FollowScope =
	| { of: 'library' }
	| { of: 'kind'; kind: 'positions' | 'lessons' | 'guides' }
	| { of: 'hub'; section: 'topics' | 'laender' | 'organizations'; id: string }
	| { of: 'consultations' };

/** The page a scope belongs to, whose address its feed and calendar sit below. */
function scopePage(lang: UiLanguage, scope: FollowScope): string {
	switch (scope.of) {
		case 'library':
			return languageRoot(lang);
		case 'kind':
			return href(lang, scope.kind);
		case 'hub':
			return href(lang, scope.section, scope.id);
		case 'consultations':
			return listHref(lang, 'positions', { filter: 'status', value: 'consultation' });
	}
}

/**
 * The Atom feed of a scope, beside the page it follows:
 * `feedHref('de', { of: 'hub', section: 'topics', id: 'x' })` → `/themen/x/feed.xml`,
 * `feedHref('en', { of: 'library' })` → `/en/feed.xml`.
 */
export function feedHref(lang: UiLanguage, scope: FollowScope): string {
	return `${scopePage(lang, scope)}feed.xml`;
}

/**
 * The iCalendar file of a scope's deadlines, beside the page it follows:
 * `calendarHref('de', { of: 'hub', section: 'laender', id: 'by' })` → `/laender/by/kalender.ics`.
 */
export function calendarHref(lang: UiLanguage, scope: FollowScope): string {
	return `${scopePage(lang, scope)}${lang === 'de' ? 'kalender' : 'calendar'}.ics`;
}

/** The digest's plain text for circulars, beside its page: `/neu/neu-in-der-bibliothek.txt`. */
export function digestTextHref(lang: UiLanguage): string {
	return `${href(lang, 'digest')}${lang === 'de' ? 'neu-in-der-bibliothek' : 'new-in-the-library'}.txt`;
}

/** The formats a document's data can be downloaded in, and their file endings. */
export const DOCUMENT_FILES = {
	/** Catalogue fields, front matter as written and Markdown body (`docs/open-data.md`). */
	data: '.json',
	/** The citation as CSL-JSON, for Zotero, Citavi and every CSL processor. */
	csl: '.csl.json',
	bibtex: '.bib',
	ris: '.ris',
} as const;
/** One of `DOCUMENT_FILES`. */
export type DocumentFileFormat = keyof typeof DOCUMENT_FILES;

/**
 * A document's data or citation in one format, the same for both languages
 * (the data is the document's own): `documentFileHref('x', 'data')` →
 * `/api/documents/x.json`, `documentFileHref('x', 'bibtex')` → `/api/citations/x.bib`.
 */
export function documentFileHref(id: string, format: DocumentFileFormat): string {
	const folder = format === 'data' ? 'documents' : 'citations';
	return withBase(`/api/${folder}/${encodeURIComponent(id)}${DOCUMENT_FILES[format]}`);
}

/** The open-data catalogue in DCAT-AP.de, as Turtle: `/api/dcat-ap.ttl`. */
export const DCAT_HREF = withBase('/api/dcat-ap.ttl');

/** The registries the contribution and co-signature forms look names up in: `/api/register.json`. */
export const REGISTER_HREF = withBase('/api/register.json');

/**
 * The folder of this library's search index, which the search page loads
 * Pagefind from: `/pagefind/`. Pagefind puts the results of an index below
 * the folder its bundle came from, so they carry the base as well.
 */
export const SEARCH_BUNDLE_HREF = withBase('/pagefind/');

/** The path segment of harvested documents: `/quellen/`, `/en/sources/`. */
const HARVESTED_SEGMENT = { de: 'quellen', en: 'sources' } as const;

/**
 * The URL of the harvested documents, of one source's, or of one of them:
 * `harvestedHref('de', 'staedtetag-by', 'x')` → `/quellen/staedtetag-by/x/`.
 * A folder per source, so that equal ids of two sources never meet.
 */
export function harvestedHref(lang: UiLanguage, source?: string, id?: string): string {
	return path(
		lang,
		HARVESTED_SEGMENT[lang],
		...(source === undefined ? [] : [source]),
		...(id === undefined ? [] : [id]),
	);
}
