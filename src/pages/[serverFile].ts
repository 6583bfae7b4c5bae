/**
 * The ready server file of `templates/hosting/` for `hosting.kind`, at the
 * site's root: `web.config` for IIS, `.htaccess` for Apache; none for other
 * kinds (`src/lib/hosting/server-files.ts`). Copied as it is.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import apacheHtaccess from '../../templates/hosting/apache/.htaccess?raw';
import iisWebConfig from '../../templates/hosting/iis/web.config?raw';
import { getLibrary } from '../data/library.ts';
import { serverFiles } from '../lib/hosting/server-files.ts';

/** The ready files, by their path under `templates/hosting/`. */
const TEMPLATES: Record<string, string> = { 'apache/.htaccess': apacheHtaccess, 'iis/web.config': iisWebConfig };

export const getStaticPaths: GetStaticPaths = async () =>
	serverFiles((await getLibrary()).config.hosting.kind).map((file) => ({
		params: { serverFile: file.name },
		props: { text: TEMPLATES[file.template]! },
	}));

export const GET: APIRoute<{ text: string }> = ({ props }) =>
	new Response(props.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
