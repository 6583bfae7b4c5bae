/**
 * The digest as plain text for circulars, in both languages:
 * `/neu/neu-in-der-bibliothek.txt`, `/en/new/new-in-the-library.txt`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { libraryDigestText } from '../data/digest.ts';
import { getLibrary } from '../data/library.ts';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { routeParam } from '../lib/routes/base.ts';
import { digestTextHref } from '../lib/routes/routes.ts';

export const getStaticPaths: GetStaticPaths = () =>
	UI_LANGUAGES.map((lang) => ({ params: { digest: routeParam(digestTextHref(lang)) }, props: { lang } }));

export const GET: APIRoute = async ({ props }) =>
	new Response(libraryDigestText(await getLibrary(), (props as { lang: UiLanguage }).lang), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
