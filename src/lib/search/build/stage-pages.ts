/**
 * Prepares the copies of the document pages the indexer reads (see
 * `src/integrations/search-index.ts`): each page cut down to its indexed
 * element (`indexedDocument`), block ends separated, and its text annotated
 * with compound parts and glossary terms (`annotate.ts`). The dictionary for
 * compounds is every word of every indexed page, so the work runs in two
 * rounds: all words first, then the pages. Both rounds are shared among
 * worker threads (`run-in-threads.ts`) from `PARALLEL_THRESHOLD` pages on.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GlossaryEntry } from '../../../schemas/glossary.ts';
import { startThreads, threadCount } from '../../threads/run-in-threads.ts';
import { createAnnotator } from './annotate.ts';
import { buildLexicon } from './decompound.ts';
import { compileGlossary } from './glossary-terms.ts';
import { indexedDocument, indexedPieces, indexedText, separateBlocks } from './indexed-html.ts';

/** Below this many pages, starting threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 400;

/** What to stage: pages of `site` (relative paths) into `staging`, under the same paths. */
export interface StageOptions {
	site: string;
	staging: string;
	files: readonly string[];
	/** The glossary to annotate with; without it, pages are not annotated. */
	glossary?: readonly GlossaryEntry[] | undefined;
	/** Threads to use; default: one per core. */
	threads?: number;
	/** Pages from which on threads are used; default `PARALLEL_THRESHOLD`. */
	threshold?: number;
}

/** The words of the indexed text of some pages, each once. */
export function pageWords(site: string, files: readonly string[]): string[] {
	const words = new Set<string>();
	for (const file of files)
		for (const word of indexedText(readFileSync(join(site, file), 'utf8')).match(/\p{L}+/gu) ?? []) words.add(word);
	return [...words];
}

/**
 * Writes the indexer's copy of each page that has an indexed element, and
 * returns how many it wrote; `words` are all words of the library, for the
 * compound dictionary.
 */
export function writeStagedPages(
	options: Omit<StageOptions, 'threads' | 'threshold'>,
	words: readonly string[],
): number {
	const { site, staging, files, glossary } = options;
	const annotator = glossary && createAnnotator({ lexicon: buildLexicon(words), glossary: compileGlossary(glossary) });
	let written = 0;
	for (const file of files) {
		const page = indexedDocument(separateBlocks(readFileSync(join(site, file), 'utf8')));
		if (page === undefined) continue;
		let staged = page;
		if (annotator) {
			const pieces = indexedPieces(page);
			const annotate = annotator(indexedText(pieces).match(/\p{L}+/gu) ?? []);
			staged = pieces.map((piece) => (piece.indexed ? annotate(piece.text) : piece.text)).join('');
		}
		mkdirSync(join(staging, dirname(file)), { recursive: true });
		writeFileSync(join(staging, file), staged);
		written++;
	}
	return written;
}

/**
 * A task for a worker thread (`stage-worker.ts`): the words of a share of the
 * pages (without `words`), or the staged copies of that share, annotated
 * with all `words` of the library.
 */
export type StageTask = Omit<StageOptions, 'threads' | 'threshold'> & { words?: string[] };

/** Stages all pages, in worker threads when there are enough of them; returns how many pages have something to index. */
export async function stagePages(options: StageOptions): Promise<number> {
	const { site, staging, files, glossary } = options;
	const threshold = options.threshold ?? PARALLEL_THRESHOLD;
	const threads = threadCount(files.length, threshold, options.threads);
	if (threads < 2) {
		return writeStagedPages({ site, staging, files, glossary }, glossary ? pageWords(site, files) : []);
	}
	const shares = Array.from({ length: threads }, (_, t): StageTask => ({
		site,
		staging,
		files: files.filter((_, i) => i % threads === t),
		glossary,
	}));
	const pool = startThreads(new URL('./stage-worker.ts', import.meta.url), threads);
	try {
		// Round one: the words of every share; round two: every share annotated with all of them.
		const words = new Set<string>();
		for (const found of await Promise.all(shares.map((share) => pool.run(share) as Promise<string[]>)))
			for (const word of found) words.add(word);
		const all = [...words];
		const written = await Promise.all(
			shares.map((share) => pool.run({ ...share, words: all } satisfies StageTask) as Promise<number>),
		);
		return written.reduce((sum, count) => sum + count, 0);
	} finally {
		await pool.destroy();
	}
}
