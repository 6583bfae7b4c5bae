/** A worker thread of `guardOutput`: checks its share of the built pages and posts what it found. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPages, type PageShare } from './output-guard-pages.ts';

parentPort!.postMessage(checkPages(workerData as PageShare));
