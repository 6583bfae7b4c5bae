/**
 * A worker thread of the validator: checks each batch of files it is sent
 * with `validateFile` and posts the batch's results back, each with the hash
 * of the bytes it read and its JSON for the cache. See `validate-pool.ts`.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { validateFile } from './validate-file.ts';
import type { Batch, BatchResult } from './validate-pool.ts';
import { contentHash } from './validation-cache.ts';

const { root, today } = workerData as { root: string; today: string };
const utf8 = new TextEncoder();
parentPort!.on('message', ({ first, tasks }: Batch) => {
	const results = tasks.map(([kind, path]) => {
		const bytes = readFileSync(path);
		const result = validateFile(root, kind, path, today, bytes);
		return { hash: contentHash(bytes), result, json: utf8.encode(JSON.stringify(result)) };
	});
	parentPort!.postMessage({ first, results } satisfies BatchResult);
});
