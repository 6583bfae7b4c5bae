/**
 * A worker thread of the validator (see `validate-pool.ts`): checks each
 * batch of files with `validateFile` and returns the batch's results, each
 * with the hash of the bytes it read and its JSON for the cache.
 */
import { readFileSync } from 'node:fs';
import { validateFile } from './validate-file.ts';
import type { Batch, Checked } from './validate-pool.ts';
import { contentHash } from './validation-cache.ts';

const utf8 = new TextEncoder();

export default function validateBatch({ root, today, tasks }: Batch): Checked[] {
	return tasks.map(([kind, path]) => {
		const bytes = readFileSync(path);
		const result = validateFile(root, kind, path, today, bytes);
		return { hash: contentHash(bytes, path), result, json: utf8.encode(JSON.stringify(result)) };
	});
}
