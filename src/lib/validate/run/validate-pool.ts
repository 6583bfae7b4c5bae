/**
 * The worker threads that check document files for `validateLibraryParallel`
 * (a pool of `run-in-threads.ts`). They are started as soon as it is clear
 * that enough files need checking, so that they load their code while the
 * main thread still hashes files and reads the registries, and they are fed
 * in small batches: a thread that is done sooner takes more, and results
 * arrive while the others still work instead of all at once at the end.
 */
import type Tinypool from 'tinypool';
import type { DocumentKind } from '../../../schemas/kinds.ts';
import { startThreads } from '../../threads/run-in-threads.ts';
import type { FileResult } from './validate-file.ts';

/** One file to check: its kind and absolute path. */
export type Task = [DocumentKind, string];

/** What a worker found in one file. */
export interface Checked {
	/** `contentHash` of the bytes the worker read, for the cache. */
	hash: string;
	result: FileResult;
	/** `result` as UTF-8 JSON, made in the worker so that saving the cache does not serialize it again. */
	json: Uint8Array;
}

/** A batch of files for `validate-worker.ts`, with what every check needs: the library's root and the day. */
export interface Batch {
	root: string;
	today: string;
	tasks: Task[];
}

/** Files per batch: small enough to share the last ones out evenly, large enough that messages cost nothing. */
const BATCH = 32;
/** Batches a thread holds at once, so that it never waits for the main thread while that is busy. */
const IN_FLIGHT = 2;

/** A fixed number of validation threads and the batches given to them. */
export class ValidationPool {
	readonly #pool: Tinypool;
	readonly #root: string;
	readonly #today: string;
	readonly #batches: Promise<Checked[]>[] = [];
	#closed: Promise<void> | undefined;

	constructor(root: string, today: string, threads: number) {
		this.#root = root;
		this.#today = today;
		this.#pool = startThreads(new URL('./validate-worker.ts', import.meta.url), threads, IN_FLIGHT);
	}

	/** Queues files; their results come from `results()` in the order they were added. */
	add(tasks: readonly Task[]): void {
		for (let first = 0; first < tasks.length; first += BATCH) {
			const batch = this.#pool.run({
				root: this.#root,
				today: this.#today,
				tasks: tasks.slice(first, first + BATCH),
			} satisfies Batch) as Promise<Checked[]>;
			// A failure is reported by `results()`; until it is called, it is not an unhandled rejection.
			batch.catch(() => {});
			this.#batches.push(batch);
		}
	}

	/** The results of every queued file, once all are checked; then the threads end. */
	async results(): Promise<Checked[]> {
		try {
			return (await Promise.all(this.#batches)).flat();
		} finally {
			await this.close();
		}
	}

	/** Ends the threads, whatever they are doing. */
	close(): Promise<void> {
		this.#closed ??= this.#pool.destroy();
		return this.#closed;
	}
}
