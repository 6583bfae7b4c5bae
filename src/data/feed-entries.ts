/**
 * The feeds of a build (`atom-feed.ts`): for every scope that has one
 * (`followScopes`) and every language, the documents of the scope as
 * entries, with the facts a reader sees before opening them.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { atomFeed, type FeedEntry } from '../lib/follow/atom-feed.ts';
import { scopeDocuments } from '../lib/follow/scope-documents.ts';
import { feedHref, href, type FollowScope } from '../lib/routes/routes.ts';
import { documentLicense } from '../schemas/licenses.ts';
import { catalogDocuments } from './catalog-documents.ts';
import { pageContext } from './context.ts';
import { lastChange } from './last-change.ts';
import type { Library } from './library.ts';

/** The title of what a scope follows, as its page names it. */
function scopeTitle(ctx: ReturnType<typeof pageContext>, scope: FollowScope): string {
	switch (scope.of) {
		case 'library':
			return ctx.library.config.name;
		case 'kind':
			return ctx.tr(`section.${scope.kind}`);
		case 'consultations':
			return ctx.tr('home.consultations');
		case 'hub':
			return ctx.hubTitle(scope.section, scope.id);
	}
}

/** The Atom text of one scope's feed in `lang`. */
export function scopeFeed(library: Library, lang: UiLanguage, scope: FollowScope): string {
	const ctx = pageContext(lang, library, '/');
	const { config, entries } = library;
	const site = (path: string) => new URL(path, config.url).href;
	const catalog = catalogDocuments(library);
	const title = scopeTitle(ctx, scope);
	const items = scopeDocuments(library.index, scope).map((summary): FeedEntry => {
		const doc = catalog.get(summary.id)!;
		const updated = lastChange(library, summary.id);
		const published = doc.dates['published'] ?? summary.date;
		const organization = summary.organization ? ctx.organization(summary.organization).name : undefined;
		const status = ctx.status(summary);
		const facts: [string, string][] = [
			[ctx.tr('search.facet.kind'), ctx.tr(`kind.${summary.kind}`)],
			[ctx.tr('search.facet.status'), status],
			[ctx.tr('doc.published'), ctx.date(published)],
			[ctx.tr('history.lastChanged'), ctx.date(updated)],
		];
		const consultation = library.index.consultations.get(summary.id);
		if (consultation)
			facts.push([ctx.tr('position.consultation'), `${ctx.date(consultation.start)} – ${ctx.date(consultation.end)}`]);
		if (organization) facts.push([ctx.tr('search.facet.organization'), organization]);
		const license = documentLicense(entries.get(summary.id)!.data.license, config.license);
		return {
			title: summary.title,
			summary: summary.summary,
			link: site(href(lang, summary.kind, summary.id)),
			updated,
			published,
			facts,
			categories: [
				{ term: summary.kind, label: ctx.tr(`kind.${summary.kind}`) },
				{ term: summary.status, label: status },
				...doc.topics.map((topic) => ({ term: topic.id, label: topic[lang] })),
			],
			author: organization,
			rights: license.name[lang],
		};
	});
	// Newest change first: a feed reader shows what changed, not only what is new.
	items.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
	const page = feedHref(lang, scope).replace(/feed\.xml$/, '');
	return atomFeed(
		{
			title: ctx.tr('follow.feed.title', { title }),
			subtitle: config.tagline[lang],
			link: site(page),
			self: site(feedHref(lang, scope)),
			lang,
			rights: documentLicense(undefined, config.license).name[lang],
		},
		items,
	);
}
