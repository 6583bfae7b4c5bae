/**
 * `/positionen/<id>/verlauf/fassungen.json`: the texts of a paper's versions,
 * for the history page's form that compares any two of them
 * (`src/scripts/compare-versions.ts`). Built for each paper whose history page
 * offers the form; no redacted version is in it (`version-texts.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../data/library.ts';
import { offersComparison, versionTexts } from '../lib/history/version-texts.ts';
import { routeParam } from '../lib/routes/base.ts';
import { versionsHref } from '../lib/routes/routes.ts';

export const getStaticPaths: GetStaticPaths = async () => {
	const { index, documentHistory } = await getLibrary();
	return index.byKind.positions
		.filter((summary) => offersComparison(documentHistory.get(summary.id)))
		.map((summary) => ({ params: { versions: routeParam(versionsHref(summary.id)) }, props: { id: summary.id } }));
};

export const GET: APIRoute = async ({ props }) => {
	const { documentHistory } = await getLibrary();
	return new Response(JSON.stringify(versionTexts(documentHistory.get((props as { id: string }).id))), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
