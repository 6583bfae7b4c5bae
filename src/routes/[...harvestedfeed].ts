/**
 * The Atom feeds of harvested documents, beside their lists:
 * `/quellen/feed.xml` and `/quellen/<source>/feed.xml`, in both languages
 * (`src/data/harvested-feed.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { harvestedFeed } from '../data/harvested-feed.ts';
import { getLibrary } from '../data/library.ts';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { routeParam } from '../lib/routes/base.ts';
import { harvestedFeedHref } from '../lib/routes/routes.ts';

export const getStaticPaths: GetStaticPaths = async () => {
	const { config } = await getLibrary();
	if (config.harvest.length === 0) return [];
	return UI_LANGUAGES.flatMap((lang) =>
		[undefined, ...config.harvest.map((source) => source.id)].map((source) => ({
			params: { harvestedfeed: routeParam(harvestedFeedHref(lang, source)) },
			props: { lang, source },
		})),
	);
};

export const GET: APIRoute = async ({ props }) => {
	const { lang, source } = props as { lang: UiLanguage; source?: string };
	return new Response(await harvestedFeed(await getLibrary(), lang, source), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
};
