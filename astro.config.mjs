// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';
import { validateContent } from './src/integrations/validate-content.ts';
import { loadSiteConfig } from './src/lib/registries/load-site-config.ts';
import { basePath } from './src/lib/routes/base.ts';
import { contentSecurityPolicy } from './src/lib/publish/content-security-policy.ts';
import { contentGuard } from './src/lib/validate/body/guard-plugin.ts';
import { MARKDOWN_FEATURES } from './src/lib/validate/body/markdown-features.ts';
import { publishDocumentFiles } from './src/integrations/document-files.ts';
import { outputGuard } from './src/integrations/output-guard.ts';
import { publishServerFiles } from './src/integrations/server-files.ts';
import { harvest } from './src/integrations/harvest.ts';

// No request leaves a reader's or contributor's machine that they did not ask
// for; that includes the framework's usage statistics.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

const siteConfig = loadSiteConfig(process.cwd());
const base = basePath(siteConfig.url);

export default defineConfig({
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
	cacheDir: './.cache/astro',
	// Bodies are rendered with the features the validator checks them with,
	// and checked again, on the very tree rendered, by the content guard.
	// Code blocks stay plain: highlighting would add inline styles.
	markdown: {
		processor: satteri({
			features: { ...MARKDOWN_FEATURES },
			hastPlugins: [
				contentGuard(process.cwd(), process.env.DREIKLANG_LANG === 'en' ? 'en' : 'de', base, siteConfig.harvest),
			],
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
