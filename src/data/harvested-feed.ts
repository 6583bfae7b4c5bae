/**
 * The feeds of harvested documents (`docs/harvest.md`): all of them at
 * `/quellen/feed.xml`, one source's at `/quellen/<source>/feed.xml`, in both
 * languages, written as the library's own feeds are (`atom-feed.ts`), with
 * the source among the facts and each entry's link to its page here.
 */
import { getCollection } from 'astro:content';
import type { UiLanguage } from '../i18n/languages.ts';
import { atomFeed, type FeedEntry } from '../lib/follow/atom-feed.ts';
import type { HarvestedEntryData } from '../lib/harvest/harvest-loader.ts';
import { harvestedFeedHref, harvestedHref } from '../lib/routes/routes.ts';
import { documentLicense } from '../schemas/licenses.ts';
import { pageContext } from './context.ts';
import type { Library } from './library.ts';

/** The Atom text of the feed of `source`'s documents, or of all sources' where `source` is undefined. */
export async function harvestedFeed(library: Library, lang: UiLanguage, source?: string): Promise<string> {
	const ctx = pageContext(lang, library, '/');
	const { config } = library;
	const site = (path: string) => new URL(path, config.url).href;
	const name = (id: string) => config.harvest.find((s) => s.id === id)?.name ?? id;
	const entries = (await getCollection('harvested'))
		.map((entry) => entry.data as unknown as HarvestedEntryData)
		.filter((data) => source === undefined || data.source === source);
	const items = entries.map((data): FeedEntry => {
		const doc = data.document;
		const published = doc.dates['published'] ?? data.lastChanged;
		return {
			title: doc.title,
			summary: doc.summary,
			link: site(harvestedHref(lang, data.source, data.id)),
			updated: data.lastChanged,
			published,
			facts: [
				[ctx.tr('search.facet.kind'), ctx.tr(`kind.${doc.kind}`)],
				[ctx.tr('harvested.source'), name(data.source)],
				[ctx.tr('doc.published'), ctx.date(published)],
				[ctx.tr('history.lastChanged'), ctx.date(data.lastChanged)],
			],
			categories: [
				{ term: doc.kind, label: ctx.tr(`kind.${doc.kind}`) },
				...doc.topics.map((topic) => ({ term: topic.id, label: topic[lang] })),
			],
			author: doc.organization?.name,
			rights: documentLicense(data.license, config.license).name[lang],
		};
	});
	items.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
	const title = source === undefined ? ctx.tr('harvested.title') : name(source);
	return atomFeed(
		{
			title: ctx.tr('follow.feed.title', { title }),
			subtitle: config.tagline[lang],
			link: site(harvestedHref(lang, source)),
			self: site(harvestedFeedHref(lang, source)),
			lang,
			rights: documentLicense(undefined, config.license).name[lang],
		},
		items,
	);
}
