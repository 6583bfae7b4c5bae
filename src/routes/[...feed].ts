/**
 * The Atom feeds: one beside every page that can be followed
 * (`follow-scope.ts`), in both languages — `/feed.xml`, `/themen/<id>/feed.xml`,
 * `/en/positions/feed.xml` … (`docs/feeds.md`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { scopeFeed } from '../data/feed-entries.ts';
import { getLibrary } from '../data/library.ts';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { followScopes } from '../lib/routes/follow-scope.ts';
import { routeParam } from '../lib/routes/base.ts';
import { feedHref, type FollowScope } from '../lib/routes/routes.ts';

export const getStaticPaths: GetStaticPaths = async () => {
	const { index, registries } = await getLibrary();
	return UI_LANGUAGES.flatMap((lang) =>
		followScopes(index, registries).map((scope) => ({
			params: { feed: routeParam(feedHref(lang, scope)) },
			props: { lang, scope },
		})),
	);
};

export const GET: APIRoute = async ({ props }) => {
	const { lang, scope } = props as { lang: UiLanguage; scope: FollowScope };
	return new Response(scopeFeed(await getLibrary(), lang, scope), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
};
