/**
 * `/api/citations/<id>.csl.json`, `.bib` and `.ris`: each document's citation
 * for reference managers (`citation-files.ts`), the same for both languages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileCitation } from '../../../data/citations.ts';
import { getLibrary } from '../../../data/library.ts';
import { CITATION_MEDIA_TYPES, citationFile, type CitationFormat } from '../../../lib/cite/citation-files.ts';
import { documentFileHref } from '../../../lib/routes/routes.ts';

const FORMATS = Object.keys(CITATION_MEDIA_TYPES) as CitationFormat[];

export const getStaticPaths: GetStaticPaths = async () => {
	const { index } = await getLibrary();
	return index.summaries.flatMap(({ id }) =>
		FORMATS.map((format) => ({
			params: { file: documentFileHref(id, format).split('/').at(-1)! },
			props: { id, format },
		})),
	);
};

export const GET: APIRoute = async ({ props }) => {
	const { id, format } = props as { id: string; format: CitationFormat };
	return new Response(citationFile(fileCitation(await getLibrary(), id), format), {
		headers: { 'content-type': CITATION_MEDIA_TYPES[format] },
	});
};
