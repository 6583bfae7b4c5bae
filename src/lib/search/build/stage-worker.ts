/**
 * A worker thread of `stagePages`: posts the words of its share of the pages,
 * waits for the words of all pages, then writes its share of staged copies.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pageWords, writeStagedPages, type FromWorker, type StageOptions, type ToWorker } from './stage-pages.ts';

const options = workerData as Omit<StageOptions, 'threads' | 'threshold'>;
const port = parentPort!;
port.postMessage({ words: options.glossary ? pageWords(options.site, options.files) : [] } satisfies FromWorker);
port.once('message', ({ words }: ToWorker) => {
	port.postMessage({ written: writeStagedPages(options, words) } satisfies FromWorker);
});
