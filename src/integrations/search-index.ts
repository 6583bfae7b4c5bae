/**
 * Builds the Pagefind search index after the site is built, as part of
 * `astro build`. Only document pages carry `data-pagefind-body`, so only
 * documents are indexed; Pagefind keeps one index per `<html lang>`, one for
 * the German and one for the English interface.
 *
 * Before a page goes to the indexer, its text is annotated with the parts of
 * German compounds and the other forms of glossary terms (`src/lib/search/`),
 * and block ends Pagefind would run together (`<dt>`, `<th>`, …) get a space.
 * The annotation exists only in the copy handed to Pagefind: the pages readers
 * get are unchanged. Any error Pagefind reports stops the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { UI_LANGUAGES } from '../i18n/languages.ts';
import { loadRegistries } from '../lib/load-registries.ts';
import { href } from '../lib/routes.ts';
import { DOCUMENT_KINDS } from '../schemas/kinds.ts';
import { createAnnotator } from '../lib/search/annotate.ts';
import { buildLexicon } from '../lib/search/decompound.ts';
import { compileGlossary } from '../lib/search/glossary-terms.ts';
import { hasIndexedBody, indexedPieces, indexedText, separateBlocks } from '../lib/search/indexed-html.ts';

/** Options of the integration. */
export interface SearchIndexOptions {
	/** Add compound parts and glossary terms to the index. Default: `true`; `DREIKLANG_SEARCH_ANNOTATE=0` turns it off. */
	annotate?: boolean;
}

/** Files of Pagefind's ready-made interfaces; the site uses the JS API only and does not publish them. */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;
/** Pages handed to Pagefind at a time. */
const CONCURRENCY = 8;

/**
 * The built pages that can be documents: `<section>/<id>/index.html` under
 * each document kind's section, in both languages. Lists, hubs and the rest
 * are never read, which at 10,000 documents spares reading some 28,000 files.
 */
function candidatePages(dir: string): string[] {
	const files: string[] = [];
	for (const lang of UI_LANGUAGES) {
		for (const kind of DOCUMENT_KINDS) {
			const section = href(lang, kind).slice(1, -1);
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
	}
	return files.sort();
}

/** Throws one readable error listing what Pagefind reported. */
function check(step: string, errors: readonly string[], problems: string[]): void {
	for (const error of errors) problems.push(`${step}: ${error}`);
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
				const started = performance.now();
				const site = fileURLToPath(dir);
				const pages = candidatePages(site).filter((file) => hasIndexedBody(readFileSync(join(site, file), 'utf8')));

				let transform = separateBlocks;
				if (annotate) {
					// The dictionary is the library's own vocabulary: every word of every indexed page.
					const words = new Set<string>();
					for (const file of pages) for (const word of indexedText(readFileSync(join(site, file), 'utf8')).match(/\p{L}+/gu) ?? []) words.add(word);
					const annotator = createAnnotator({ lexicon: buildLexicon(words), glossary: compileGlossary(loadRegistries(root).registries.glossary) });
					transform = (html) => {
						const pieces = indexedPieces(separateBlocks(html));
						const annotate = annotator(indexedText(pieces).match(/\p{L}+/gu) ?? []);
						return pieces.map((piece) => (piece.indexed ? annotate(piece.text) : piece.text)).join('');
					};
				}

				const problems: string[] = [];
				const { index, errors } = await pagefind.createIndex();
				check('createIndex', errors, problems);
				if (!index) throw indexError(problems);
				const languages = new Map<string, number>();
				try {
					for (let i = 0; i < pages.length; i += CONCURRENCY) {
						await Promise.all(pages.slice(i, i + CONCURRENCY).map(async (file) => {
							const content = transform(readFileSync(join(site, file), 'utf8'));
							const lang = /<html[^>]*\slang="([^"]+)"/.exec(content)?.[1] ?? 'unknown';
							languages.set(lang, (languages.get(lang) ?? 0) + 1);
							const response = await index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content });
							check(file, response.errors, problems);
						}));
					}
					const outputPath = join(site, 'pagefind');
					// Pagefind names its files by content and does not remove old ones.
					rmSync(outputPath, { recursive: true, force: true });
					const written = await index.writeFiles({ outputPath });
					check('writeFiles', written.errors, problems);
					if (problems.length > 0) throw indexError(problems);
					for (const file of readdirSync(outputPath)) if (UNUSED_BUNDLE_FILES.test(file)) rmSync(join(outputPath, file));
					const bytes = readdirSync(outputPath, { recursive: true, withFileTypes: true })
						.filter((entry) => entry.isFile())
						.reduce((sum, entry) => sum + readFileSync(join(entry.parentPath, entry.name)).byteLength, 0);
					const perLanguage = [...languages].map(([lang, count]) => `${lang}: ${count}`).join(', ');
					logger.info(`Indexed ${pages.length} document pages (${perLanguage}) into ${relative(root, outputPath) || outputPath}, ${Math.round(bytes / 1024)} KiB${annotate ? '' : ', without compound and glossary terms'}, in ${Math.round(performance.now() - started)} ms.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

function indexError(problems: readonly string[]): Error {
	const error = new Error(`The search index could not be built; Pagefind reported:\n${problems.map((p) => `  ${p}`).join('\n')}\nFix the pages named above (or report the message if it names no page) and build again.`);
	error.stack = error.message; // the list above is what helps, not our call stack
	return error;
}
