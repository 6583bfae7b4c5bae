/**
 * The pages the site tests open: every document in both languages, and one
 * page of every other template. Derived from the content and the route table,
 * so that a new document is tested without touching the tests.
 */
import { readdirSync } from 'node:fs';
import { extname } from 'node:path';
import { UI_LANGUAGES, type UiLanguage } from '../../src/i18n/languages.ts';
import { cosignHref, href, languageRoot, listHref, trackerHref } from '../../src/lib/routes/routes.ts';
import { DOCUMENT_KINDS, documentKinds, type DocumentKind } from '../../src/schemas/kinds.ts';

export interface TestPage {
	lang: UiLanguage;
	path: string;
	template: string;
	/** The document, for document pages. */
	document?: { kind: DocumentKind; id: string };
}

/** Ids of the documents of one kind, from the file names. */
export function documentIds(kind: DocumentKind): string[] {
	return readdirSync(documentKinds[kind].directory)
		.filter((f) => ['.md', '.mdx'].includes(extname(f)))
		.map((f) => f.slice(0, -extname(f).length))
		.sort();
}

export function testPages(): TestPage[] {
	const pages: TestPage[] = [];
	for (const lang of UI_LANGUAGES) {
		const add = (template: string, path: string) => pages.push({ lang, template, path });
		add('home', languageRoot(lang));
		for (const kind of DOCUMENT_KINDS) {
			add(`list-${kind}`, listHref(lang, kind));
			for (const id of documentIds(kind))
				pages.push({ lang, template: `document-${kind}`, path: href(lang, kind, id), document: { kind, id } });
		}
		add('list-filtered-status', listHref(lang, 'positions', { filter: 'status', value: 'adopted' }));
		add('list-filtered-topic', listHref(lang, 'lessons', { filter: 'topic', value: 'digitales-arbeiten' }));
		add('list-filtered-land', listHref(lang, 'guides', { filter: 'land', value: 'BY' }));
		for (const section of ['topics', 'crises', 'measures', 'laender', 'organizations'] as const)
			add(`hubs-${section}`, href(lang, section));
		add('hub-topic', href(lang, 'topics', 'energie'));
		add('hub-crisis', href(lang, 'crises', 'covid-19'));
		add('hub-measure', href(lang, 'measures', 'grundsteuerreform'));
		add('hub-land', href(lang, 'laender', 'BY'));
		add('hub-organization', href(lang, 'organizations', 'staedtetag'));
		add('hub-organization-gemeinde', href(lang, 'organizations', 'ags-07312000'));
		for (const section of ['about', 'imprint', 'privacy', 'accessibility', 'easyLanguage', 'signLanguage'] as const)
			add(`text-${section}`, href(lang, section));
		add('search', href(lang, 'search'));
		add('search-results', `${href(lang, 'search')}?q=${lang === 'de' ? 'Planung' : 'planning'}&sort=newest`);
		add('contribute', href(lang, 'contribute'));
		add('digest', href(lang, 'digest'));
		add('tracker', trackerHref(lang));
		add('tracker-group', trackerHref(lang, 'bund'));
		add('tracker-group-status', trackerHref(lang, 'by', 'open'));
		// The one example paper with a consultation period.
		add('cosign', cosignHref(lang, 'waermeplanung-finanzierung-2026'));
		// The example withdrawal of content/redirects.yaml: the notice at its old address.
		add('withdrawn', href(lang, 'lessons', 'beispiel-zurueckgezogener-bericht'));
	}
	pages.push({ lang: 'de', template: 'not-found', path: '/gibt-es-nicht/' });
	return pages;
}
