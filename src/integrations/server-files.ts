/**
 * Publishes the ready server file of `templates/hosting/` for
 * `hosting.kind` at the root of the build — `web.config` for IIS,
 * `.htaccess` for Apache (`src/lib/hosting/server-files.ts`) — copied as it
 * is, before the output guard checks the build. A kind without one writes
 * nothing and reads nothing from `templates/`.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverFiles, SERVER_TEMPLATES } from '../lib/hosting/server-files.ts';
import { loadSiteConfig } from '../lib/registries/load-site-config.ts';

/** The integration. */
export function publishServerFiles(): AstroIntegration {
	let root = '';
	return {
		name: 'dreiklang:server-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const files = serverFiles(loadSiteConfig(root, { checkFiles: false }).hosting.kind);
				for (const file of files)
					copyFileSync(join(SERVER_TEMPLATES, file.template), join(fileURLToPath(dir), file.name));
				if (files.length > 0) logger.info(`Published ${files.map((file) => file.name).join(', ')} for the web server.`);
			},
		},
	};
}
