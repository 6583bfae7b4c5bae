/**
 * The operator's files (`content/site/`): the logo, the sign-language video
 * and its captions, exactly those `site.config.yaml` names, as checked by
 * `src/lib/operator/site-files.ts` — an SVG logo as sanitized, never as
 * written. Served by this site itself, so that nothing loads from elsewhere.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteConfigWithFiles } from '../../lib/registries/load-site-config.ts';
import { SITE_FILES_URL, type SiteFile } from '../../lib/operator/site-files.ts';

export const getStaticPaths = (() =>
	loadSiteConfigWithFiles(process.cwd()).files.map((file) => ({
		params: { file: file.url.slice(SITE_FILES_URL.length) },
		props: { file },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { file } = props as { file: SiteFile };
	const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
	return new Response(body, { headers: { 'content-type': file.type } });
};
