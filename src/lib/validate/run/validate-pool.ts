/**
 * Worker threads that check document files for `validateLibraryParallel`.
 * They are started as soon as it is clear that enough files need checking,
 * so that they load their code while the main thread still hashes files and
 * reads the registries, and they are fed in small batches: a thread that is
 * done sooner takes more, and results arrive while the others still work
 * instead of all at once at the end.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentKind } from '../../../schemas/kinds.ts';
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

/** Messages between the pool and `validate-worker.ts`: a batch of tasks, numbered from `first`, and its results. */
export interface Batch {
	first: number;
	tasks: Task[];
}
export interface BatchResult {
	first: number;
	results: Checked[];
}

/** Files per message: small enough to share the last ones out evenly, large enough that messages cost nothing. */
const BATCH = 32;
/** Batches a worker holds at once, so that it never waits for the main thread while that is busy. */
const IN_FLIGHT = 2;

/** A fixed number of validation threads and a queue of files for them. */
export class ValidationPool {
	readonly #workers: Worker[];
	readonly #busy = new Map<Worker, number>();
	readonly #tasks: Task[] = [];
	readonly #results: Checked[] = [];
	#sent = 0;
	#received = 0;
	#failure: unknown;
	#finished: { done: (results: Checked[]) => void; fail: (error: unknown) => void } | undefined;
	#closed = false;

	constructor(root: string, today: string, threads: number) {
		this.#workers = Array.from({ length: threads }, () => {
			const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { workerData: { root, today } });
			this.#busy.set(worker, 0);
			worker.on('message', (batch: BatchResult) => this.#receive(worker, batch));
			worker.on('error', (error) => this.#fail(error));
			worker.on('exit', (code) => {
				if (!this.#closed) this.#fail(new Error(`A validation thread stopped early (exit code ${code})`));
			});
			return worker;
		});
	}

	/** Queues files; their results come from `results()` in the order they were added. */
	add(tasks: readonly Task[]): void {
		this.#tasks.push(...tasks);
		for (const worker of this.#workers) this.#feed(worker);
	}

	/** The results of every queued file, once all are checked; then the threads end. */
	results(): Promise<Checked[]> {
		const settled = new Promise<Checked[]>((done, fail) => (this.#finished = { done, fail }));
		this.#settle();
		return settled;
	}

	/** Ends the threads, whatever they are doing. */
	async close(): Promise<void> {
		this.#closed = true;
		await Promise.all(this.#workers.map((worker) => worker.terminate()));
	}

	#feed(worker: Worker): void {
		while (this.#busy.get(worker)! < IN_FLIGHT && this.#sent < this.#tasks.length) {
			const first = this.#sent;
			this.#sent = Math.min(this.#tasks.length, first + BATCH);
			worker.postMessage({ first, tasks: this.#tasks.slice(first, this.#sent) } satisfies Batch);
			this.#busy.set(worker, this.#busy.get(worker)! + 1);
		}
	}

	#receive(worker: Worker, { first, results }: BatchResult): void {
		results.forEach((checked, i) => (this.#results[first + i] = checked));
		this.#received += results.length;
		this.#busy.set(worker, this.#busy.get(worker)! - 1);
		this.#feed(worker);
		this.#settle();
	}

	#fail(error: unknown): void {
		this.#failure ??= error;
		this.#settle();
	}

	#settle(): void {
		if (!this.#finished) return;
		if (this.#failure === undefined && this.#received < this.#tasks.length) return;
		const { done, fail } = this.#finished;
		this.#finished = undefined;
		void this.close().then(() => (this.#failure === undefined ? done(this.#results) : fail(this.#failure)));
	}
}
