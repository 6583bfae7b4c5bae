/**
 * Dreiklang as an Astro integration — what an instance's `astro.config.mjs`
 * uses, this repository's own included:
 *
 * ```js
 * import { defineConfig } from 'astro/config';
 * import dreiklang from 'dreiklang';
 * export default defineConfig({ integrations: [dreiklang()] });
 * ```
 *
 * It sets what every library needs from its `site.config.yaml` (address,
 * base path, Content-Security-Policy, the Markdown pipeline the validator
 * checks bodies with), adds the integrations that harvest, validate, index
 * and guard the site, and injects every page of `src/routes/` — so the pages
 * come from the package, and an instance holds only its content, registries
 * and configuration (`templates/instance/`).
 */
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishDocumentFiles } from './integrations/document-files.ts';
import { harvest } from './integrations/harvest.ts';
import { outputGuard } from './integrations/output-guard.ts';
import { searchIndex } from './integrations/search-index.ts';
import { publishServerFiles } from './integrations/server-files.ts';
import { validateContent } from './integrations/validate-content.ts';
import { contentSecurityPolicy } from './lib/publish/content-security-policy.ts';
import { loadSiteConfig } from './lib/registries/load-site-config.ts';
import { basePath } from './lib/routes/base.ts';
import { contentGuard } from './lib/validate/body/guard-plugin.ts';
import { MARKDOWN_FEATURES } from './lib/validate/body/markdown-features.ts';

/** The folder of the pages, in the package. */
const ROUTES = fileURLToPath(new URL('./routes/', import.meta.url));

/** Every page and endpoint below `folder`, with the route pattern its path gives (`api/[id].json.ts` → `/api/[id].json`). */
export function routeFiles(folder: string = ROUTES): { pattern: string; entrypoint: string }[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			const path = relative(folder, file).split('\\').join('/');
			return { pattern: `/${path.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`, entrypoint: file };
		})
		.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The integration; it takes no options: everything that differs between libraries is in `site.config.yaml`. */
export default function dreiklang(): AstroIntegration {
	return {
		name: 'dreiklang',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, injectRoute }) => {
				// No request leaves a reader's or contributor's machine that they did not
				// ask for; that includes the framework's usage statistics.
				process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
				const root = fileURLToPath(config.root);
				const siteConfig = loadSiteConfig(root);
				const base = basePath(siteConfig.url);
				const lang = process.env.DREIKLANG_LANG === 'en' ? 'en' : 'de';
				updateConfig({
					site: siteConfig.url,
					// A library served under a sub-path has it in its `url`
					// (`https://example.org/bibliothek/`); every address the site writes
					// starts with it (`src/lib/routes/base.ts`).
					base,
					trailingSlash: 'always',
					// Writing a page waits on the disk; rendering the next ones meanwhile
					// halved the time to write 13,000 pages on two cores. Style sheets stay
					// files, fetched once and cached, rather than inlined into every page.
					build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
					devToolbar: { enabled: false },
					// The base for the pages and scripts (`src/lib/routes/base.ts`).
					vite: { define: { __DREIKLANG_BASE__: JSON.stringify(base) } },
					// Every page carries a Content-Security-Policy <meta>: Astro adds the
					// hashes of its own scripts and styles, the rest comes from the site
					// configuration (src/lib/publish/content-security-policy.ts).
					security: { csp: contentSecurityPolicy(siteConfig) },
					// Astro keeps its content cache in node_modules by default; a library
					// built from a copy that links node_modules (tests, the benchmark, a
					// second instance) would then read another library's documents.
					cacheDir: new URL('./.cache/astro/', config.root),
					// Bodies are rendered with the features the validator checks them with,
					// and checked again, on the very tree rendered, by the content guard.
					// Code blocks stay plain: highlighting would add inline styles.
					markdown: {
						processor: satteri({
							features: { ...MARKDOWN_FEATURES },
							hastPlugins: [contentGuard(root, lang, base, siteConfig.harvest)],
						}),
						syntaxHighlight: false,
					},
					// Sources are harvested before anything reads content; the search index
					// reads the finished pages; the web server's file is copied in; the output
					// guard checks every page last, the index's own and that file included.
					integrations: [
						harvest(),
						validateContent(),
						mdx(),
						publishDocumentFiles(),
						searchIndex(),
						publishServerFiles(),
						outputGuard(),
					],
				});
				for (const route of routeFiles()) injectRoute(route);
			},
		},
	};
}
