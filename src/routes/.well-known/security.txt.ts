/**
 * `/.well-known/security.txt`: how to report a vulnerability of this
 * instance (RFC 9116), from `site.config.yaml` and the build date.
 */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../data/library.ts';
import { securityTxt } from '../../lib/publish/security-txt.ts';

export const GET: APIRoute = async () => {
	const { config, today } = await getLibrary();
	return new Response(securityTxt(config, today), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
