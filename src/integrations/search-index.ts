/**
 * Builds the Pagefind search index after the site is built, as part of
 * `astro build`. Only document pages carry `data-pagefind-body`, and only in
 * the index language (`src/lib/search/build/index-language.ts`): each document is
 * indexed once, and the search pages of both interface languages use it.
 *
 * Before a page goes to the indexer, its text is annotated with the parts of
 * German compounds and the other forms of glossary terms (`src/lib/search/`),
 * and block ends Pagefind would run together (`<dt>`, `<th>`, …) get a space.
 * Only the indexed element of each page is kept (`indexedDocument`). The
 * annotated copies are written to a staging folder under `.cache/` and
 * indexed there by Pagefind's command line, which reads and indexes them in
 * parallel — more than twice as fast as handing pages over one by one through
 * Pagefind's Node API. The pages readers get are unchanged. Any error Pagefind
 * reports stops the build; its warnings are passed on.
 */
import type { AstroIntegration } from 'astro';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistries } from '../lib/registries/load-registries.ts';
import { harvestedHref, href } from '../lib/routes/routes.ts';
import { DOCUMENT_KINDS } from '../schemas/kinds.ts';
import { INDEX_LANGUAGE } from '../lib/search/build/index-language.ts';
import { queryLexiconWords, queryTerms } from '../lib/search/build/query-terms-file.ts';
import { searchGlossary } from '../lib/search/build/search-glossary.ts';
import { pageWords, stagePages } from '../lib/search/build/stage-pages.ts';
import { t } from '../i18n/t.ts';
import { handOver } from './after-astro.ts';

/** Options of the integration. */
export interface SearchIndexOptions {
	/** Add compound parts and glossary terms to the index. Default: `true`; `DREIKLANG_SEARCH_ANNOTATE=0` turns it off. */
	annotate?: boolean;
}

/** Files of Pagefind's ready-made interfaces; the site uses the JS API only and does not publish them. */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;
/** Where the annotated copies of the pages wait for the indexer, under the project root. */
const STAGING = '.cache/dreiklang/search-pages';

/**
 * The built pages that can be documents: `<section>/<id>/index.html` under
 * each document kind's section in the index language. Lists, hubs and the
 * rest are never read, which at 10,000 documents spares reading some 38,000
 * files.
 */
function candidatePages(dir: string): string[] {
	const files: string[] = [];
	for (const kind of DOCUMENT_KINDS) {
		const section = href(INDEX_LANGUAGE, kind).slice(1, -1);
		let names: string[];
		try {
			names = readdirSync(join(dir, section));
		} catch {
			continue;
		}
		for (const name of names) {
			const file = join(section, name, 'index.html');
			if (existsSync(join(dir, file))) files.push(file);
		}
	}
	// Harvested documents: `<sources>/<source>/<id>/index.html`.
	const harvested = harvestedHref(INDEX_LANGUAGE).slice(1, -1);
	let sources: string[] = [];
	try {
		sources = readdirSync(join(dir, harvested));
	} catch {
		// No source harvested.
	}
	for (const source of sources) {
		let names: string[];
		try {
			names = readdirSync(join(dir, harvested, source));
		} catch {
			continue;
		}
		for (const name of names) {
			const file = join(harvested, source, name, 'index.html');
			if (existsSync(join(dir, file))) files.push(file);
		}
	}
	return files.sort();
}

/** Pagefind's command line, run by the Node.js that runs the build. */
function pagefindCommand(): string {
	return join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
}

/** The integration; register it after the others so that it sees the finished site. */
export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
	const annotate = options.annotate ?? process.env['DREIKLANG_SEARCH_ANNOTATE'] !== '0';
	let root = process.cwd();
	return {
		name: 'dreiklang:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (await handOver(fileURLToPath(dir))) {
					logger.info('The search index and the check of the built pages follow once Astro has ended.');
					return;
				}
				await buildSearchIndex(root, fileURLToPath(dir), logger, annotate);
			},
		},
	};
}

/** What the index reports through: Astro's logger, or the build command's after Astro has ended. */
export interface IndexLogger {
	info(message: string): void;
	warn(message: string): void;
}

/** Indexes the document pages of the built site in `site` (the library at `root`) into `site/pagefind/`. */
export async function buildSearchIndex(
	root: string,
	site: string,
	logger: IndexLogger,
	annotate = process.env['DREIKLANG_SEARCH_ANNOTATE'] !== '0',
): Promise<void> {
	const started = performance.now();
	const staging = join(root, STAGING);
	rmSync(staging, { recursive: true, force: true });
	const { registries } = loadRegistries(root);
	const glossary = searchGlossary(registries.glossary, registries.organizations.values());
	const files = candidatePages(site);
	if (files.length === 0) {
		// Pagefind cannot index nothing; a library without documents (yet) builds, and says why search is empty.
		logger.warn('Keine Dokumente: kein Suchindex gebaut. / No documents: no search index built.');
		return;
	}
	const pages = await stagePages({ site, staging, files, glossary: annotate ? glossary : undefined });
	const staged = performance.now();
	const outputPath = join(site, 'pagefind');
	// Pagefind names its files by content and does not remove old ones.
	rmSync(outputPath, { recursive: true, force: true });
	try {
		const result = spawnSync(
			process.execPath,
			[
				pagefindCommand(),
				'--site',
				staging,
				'--output-path',
				outputPath,
				'--force-language',
				INDEX_LANGUAGE,
				'--quiet',
			],
			{
				cwd: staging, // so that no stray Pagefind configuration file changes what is built
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024,
			},
		);
		const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
		if (result.error || result.status !== 0 || !existsSync(join(outputPath, 'pagefind-entry.json'))) {
			throw indexError(
				[result.error?.message ?? '', output || `Pagefind exited with code ${result.status}.`].filter(Boolean),
			);
		}
		if (output) logger.warn(`Pagefind says:\n${output}`);
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
	for (const file of readdirSync(outputPath)) if (UNUSED_BUNDLE_FILES.test(file)) rmSync(join(outputPath, file));
	// The search page's query handling reads these next to the index (`src/scripts/search/query-search.ts`).
	const tr = t(INDEX_LANGUAGE);
	const labels = [...registries.topics.values(), ...registries.crises.values(), ...registries.measures.values()];
	const terms = queryTerms(
		glossary,
		registries.synonyms,
		labels.map((entry) => entry.label),
		[tr('status.superseded'), tr('status.withdrawn')],
	);
	writeFileSync(join(outputPath, 'dreiklang-query.json'), JSON.stringify(terms));
	if (annotate)
		writeFileSync(
			join(outputPath, 'dreiklang-lexicon.json'),
			JSON.stringify(queryLexiconWords(pageWords(site, files))),
		);
	const bytes = readdirSync(outputPath, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + readFileSync(join(entry.parentPath, entry.name)).byteLength, 0);
	logger.info(
		`Indexed ${pages} document pages (${INDEX_LANGUAGE}) into ${relative(root, outputPath) || outputPath}, ${Math.round(bytes / 1024)} KiB${annotate ? '' : ', without compound and glossary terms'}, in ${Math.round(performance.now() - started)} ms (preparing the pages ${Math.round(staged - started)} ms, Pagefind ${Math.round(performance.now() - staged)} ms).`,
	);
}

function indexError(problems: readonly string[]): Error {
	const error = new Error(
		`The search index could not be built; Pagefind reported:\n${problems.map((p) => p.replace(/^/gm, '  ')).join('\n')}\nFix the pages named above (or report the message if it names no page) and build again.`,
	);
	error.stack = error.message; // the list above is what helps, not our call stack
	return error;
}
