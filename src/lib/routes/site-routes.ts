/**
 * The table of every page the site builds, in both languages. Each route knows
 * its view, its path, and the path of the same page in the other language.
 */
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/languages.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../../schemas/kinds.ts';
import { LAND_CODES } from '../../schemas/primitives.ts';
import { hasCosignatoryPage } from '../library/cosignatories.ts';
import type { LibraryIndex } from '../library/library-index.ts';
import type { Registries } from '../registries/load-registries.ts';
import {
	commentHref,
	cosignatoriesHref,
	cosignHref,
	diffHref,
	historyHref,
	href,
	languageRoot,
	LIST_FILTERS,
	listHref,
	sectionPageHref,
	trackerHref,
	type ListFilter,
} from './routes.ts';
import type { DocumentSummary } from '../library/summaries.ts';
import { DEMAND_STATUSES, type DemandStatus } from '../../schemas/position.ts';

/** Sections with one hub page per entry. */
export type HubSection = 'topics' | 'crises' | 'measures' | 'laender' | 'organizations';
/** Pages of fixed text; Leichte Sprache and Gebärdensprache are what BITV 2.0 § 4 asks for. */
export type TextSection = 'about' | 'imprint' | 'privacy' | 'accessibility' | 'easyLanguage' | 'signLanguage';

/** The text pages, in the order the footer links them. */
export const TEXT_SECTIONS: readonly TextSection[] = [
	'about',
	'imprint',
	'privacy',
	'accessibility',
	'easyLanguage',
	'signLanguage',
];

/** What a page shows. */
export type RouteView =
	| { view: 'home' }
	| {
			view: 'list';
			kind: DocumentKind;
			filter?: { filter: ListFilter; value: string };
			page: number;
			pages: number;
			total: number;
			items: DocumentSummary[];
	  }
	| { view: 'document'; kind: DocumentKind; id: string }
	/** A document's version history: its versions from git and its change notes. Every document has one, with or without git. */
	| { view: 'history'; kind: DocumentKind; id: string }
	/** A word diff of two versions of a paper (short commits, older first), below its history. */
	| { view: 'diff'; id: string; from: string; to: string }
	/** The full list of a paper's co-signatories, for papers with more than its page lists. */
	| { view: 'cosignatories'; id: string }
	/** The co-signature form of a paper that had a consultation; after its end it says so. */
	| { view: 'cosign'; id: string }
	/** How to comment on a paper that had a consultation: a pre-filled issue on the forge, or mail. */
	| { view: 'comment'; id: string }
	| { view: 'hubs'; section: HubSection; page: number; pages: number }
	| { view: 'hub'; section: HubSection; id: string }
	/** The demand tracker's index: every addressee with its counts. */
	| { view: 'tracker' }
	/** The demands to one addressee (`slug` of `LibraryIndex.demands`), optionally of one status, one page of them. */
	| { view: 'tracker-group'; slug: string; status?: DemandStatus; page: number; pages: number }
	| { view: 'text'; section: TextSection }
	| { view: 'search' }
	| { view: 'contribute' }
	/** "Neu in der Bibliothek": the week's new and changed documents and consultations ending soon. */
	| { view: 'digest' };

/** One page of the site. */
export interface SiteRoute {
	lang: UiLanguage;
	/** The page's path, e.g. `/positionen/seite/2/`. */
	path: string;
	/** The same page in the other language. */
	alternate: string;
	route: RouteView;
}

/** Documents per list page. */
export const PAGE_SIZE = 20;
/** Entries per page of a hub index (only the organizations grow with the library). */
export const HUB_INDEX_PAGE_SIZE = 100;
/** Demands per page of the tracker. */
export const TRACKER_PAGE_SIZE = 50;
/** Documents a hub page shows per list before it links to the full list. */
export const HUB_LIMIT = 20;

/** The path of a view in one language. */
function routePath(lang: UiLanguage, route: RouteView): string {
	switch (route.view) {
		case 'home':
			return languageRoot(lang);
		case 'list':
			return listHref(lang, route.kind, route.filter, route.page);
		case 'document':
			return href(lang, route.kind, route.id);
		case 'history':
			return historyHref(lang, route.kind, route.id);
		case 'diff':
			return diffHref(lang, route.id, route.from, route.to);
		case 'cosignatories':
			return cosignatoriesHref(lang, route.id);
		case 'cosign':
			return cosignHref(lang, route.id);
		case 'comment':
			return commentHref(lang, route.id);
		case 'hubs':
			return sectionPageHref(lang, route.section, route.page);
		case 'hub':
			return href(lang, route.section, route.id);
		case 'tracker':
			return trackerHref(lang);
		case 'tracker-group':
			return trackerHref(lang, route.slug, route.status, route.page);
		case 'text':
			return href(lang, route.section);
		case 'search':
			return href(lang, 'search');
		case 'contribute':
			return href(lang, 'contribute');
		case 'digest':
			return href(lang, 'digest');
	}
}

function listViews(
	kind: DocumentKind,
	items: DocumentSummary[],
	filter?: { filter: ListFilter; value: string },
): RouteView[] {
	const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
	return Array.from({ length: pages }, (_, i) => ({
		view: 'list' as const,
		kind,
		...(filter ? { filter } : {}),
		page: i + 1,
		pages,
		total: items.length,
		items: items.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE),
	}));
}

/** Every view of the site, once per language. */
export function buildRoutes(
	index: LibraryIndex,
	registries: Registries,
	diffs: ReadonlyMap<string, readonly { from: { short: string }; to: { short: string } }[]> = new Map(),
): SiteRoute[] {
	const views: RouteView[] = [{ view: 'home' }];
	for (const kind of DOCUMENT_KINDS) {
		views.push(...listViews(kind, index.byKind[kind]));
		const groups = index.groupsByKind[kind];
		for (const filter of LIST_FILTERS) {
			for (const [value, items] of groups[filter]) views.push(...listViews(kind, items, { filter, value }));
		}
		for (const summary of index.byKind[kind]) {
			views.push({ view: 'document', kind, id: summary.id }, { view: 'history', kind, id: summary.id });
			for (const pair of diffs.get(summary.id) ?? [])
				views.push({ view: 'diff', id: summary.id, from: pair.from.short, to: pair.to.short });
			if (kind === 'positions' && hasCosignatoryPage(index.cosignatoryCounts.get(summary.id) ?? 0))
				views.push({ view: 'cosignatories', id: summary.id });
			if (kind === 'positions' && index.consultations.has(summary.id))
				views.push({ view: 'cosign', id: summary.id }, { view: 'comment', id: summary.id });
		}
	}
	const hubIds: Record<HubSection, string[]> = {
		topics: [...registries.topics.keys()],
		crises: [...registries.crises.keys()],
		measures: [...registries.measures.keys()],
		laender: [...LAND_CODES],
		organizations: [...index.organizations.keys()],
	};
	for (const section of Object.keys(hubIds) as HubSection[]) {
		const pages = Math.max(1, Math.ceil(hubIds[section].length / HUB_INDEX_PAGE_SIZE));
		for (let page = 1; page <= pages; page++) views.push({ view: 'hubs', section, page, pages });
		for (const id of hubIds[section]) views.push({ view: 'hub', section, id });
	}
	views.push({ view: 'tracker' });
	for (const group of index.demands.groups) {
		const statuses: (DemandStatus | undefined)[] = [undefined, ...DEMAND_STATUSES.filter((s) => group.counts[s] > 0)];
		for (const status of statuses) {
			const count = status ? group.counts[status] : group.demands.length;
			const pages = Math.max(1, Math.ceil(count / TRACKER_PAGE_SIZE));
			for (let page = 1; page <= pages; page++)
				views.push({ view: 'tracker-group', slug: group.slug, ...(status && { status }), page, pages });
		}
	}
	for (const section of TEXT_SECTIONS) views.push({ view: 'text', section });
	views.push({ view: 'search' }, { view: 'contribute' }, { view: 'digest' });
	return UI_LANGUAGES.flatMap((lang) =>
		views.map((route) => ({
			lang,
			path: routePath(lang, route),
			alternate: routePath(lang === 'de' ? 'en' : 'de', route),
			route,
		})),
	);
}
