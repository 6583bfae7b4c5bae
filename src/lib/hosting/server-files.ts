/**
 * The server configuration files the build publishes with the site: the
 * ready file of `templates/hosting/` that a web server reads from the
 * published folder itself, for the `hosting.kind` that has one — IIS reads
 * `web.config`, Apache (where the host allows it) `.htaccess` — so that
 * copying `dist/` is the whole deployment. Nothing for other kinds: nginx
 * and the Pages hosts read no such file, and a file a server does read can
 * change what it serves. The output guard holds the build to exactly these
 * (`output-guard-server-files.ts`); `src/integrations/server-files.ts` writes them.
 */
import { fileURLToPath } from 'node:url';
import type { HostingKind } from './host-kinds.ts';

/** Where the ready files are: `templates/hosting/` of this software. */
export const SERVER_TEMPLATES = fileURLToPath(new URL('../../../templates/hosting/', import.meta.url));

/** A file served from the published folder's root, and the ready file it is a copy of. */
export interface ServerFile {
	/** Its name in `dist/`: `web.config`. */
	name: string;
	/** Its ready file, under `templates/hosting/`: `iis/web.config`. */
	template: string;
}

/** The files of each kind that has any. */
const FILES: Partial<Record<HostingKind, ServerFile[]>> = {
	iis: [{ name: 'web.config', template: 'iis/web.config' }],
	apache: [{ name: '.htaccess', template: 'apache/.htaccess' }],
};

/** The server files to publish for `kind` (none without one). */
export function serverFiles(kind: HostingKind | undefined): ServerFile[] {
	return (kind && FILES[kind]) || [];
}

/**
 * Names web servers and static hosts read as configuration from the folder
 * they serve, at any depth: Apache's `.htaccess` (and `.htpasswd`), IIS's
 * `web.config`, PHP's `.user.ini`, the `_headers` of Netlify and Cloudflare
 * Pages. Only those of `serverFiles` may be published, and only at the root.
 */
export const SERVER_FILE_NAMES: readonly string[] = ['.htaccess', '.htpasswd', 'web.config', '.user.ini', '_headers'];
