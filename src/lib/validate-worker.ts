/**
 * A worker thread of the validator: checks the files it is sent with
 * `validateFile` and posts the results back. See `validate-library.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentKind } from '../schemas/kinds.ts';
import { validateFile } from './validate-file.ts';

const { root, today, tasks } = workerData as { root: string; today: string; tasks: [DocumentKind, string][] };
parentPort!.postMessage(tasks.map(([kind, path]) => validateFile(root, kind, path, today)));
