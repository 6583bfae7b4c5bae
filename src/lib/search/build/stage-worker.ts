/**
 * A worker thread of `stagePages` (see `run-in-threads.ts`): for a share of
 * the pages, returns their words, or — once it is given the words of all
 * pages — writes their staged copies and returns how many it wrote.
 */
import { pageWords, writeStagedPages, type StageTask } from './stage-pages.ts';

export default function stage({ words, ...share }: StageTask): string[] | number {
	if (words === undefined) return share.glossary ? pageWords(share.site, share.files) : [];
	return writeStagedPages(share, words);
}
