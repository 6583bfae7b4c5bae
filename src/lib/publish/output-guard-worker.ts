/** A worker thread of `guardPages` (see `run-in-threads.ts`): checks its share of the built pages and returns what it found. */
export { checkPages as default } from './output-guard-pages.ts';
