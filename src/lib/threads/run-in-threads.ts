/**
 * The one way this project shares work among worker threads: a Tinypool pool
 * (the maintained fork of Piscina that Vitest grew up with, no dependencies)
 * running the default export of a worker module, and one rule for how many
 * threads a job gets. Validation, the search index's page staging and the
 * check of built pages all use it. Worker modules are `.ts` files that Node
 * loads with its own type stripping, in the build, the CLI and Vitest alike —
 * except below `node_modules` (an instance's copy of the package), where Node
 * refuses to strip types and the threads load them through tsx instead.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';

/**
 * How many threads a job of `count` items gets: one below `threshold`, where
 * starting threads costs more than it saves; else one per core (or
 * `threads`), but no more than leave each thread half a threshold of items.
 * `threadCount(399, 400)` is 1; `threadCount(400, 400, 8)` is 2.
 */
export function threadCount(count: number, threshold: number, threads = availableParallelism()): number {
	if (count < threshold) return 1;
	return Math.max(1, Math.min(threads, Math.ceil(count / Math.max(1, threshold / 2))));
}

/**
 * Starts `threads` threads that load `worker` at once (so that they are
 * ready when the first task comes) and run its default export on each task
 * given to `run`. `inFlight` tasks may wait in one thread at a time, so that
 * a thread never waits for a busy main thread. End the pool with `destroy()`.
 */
export function startThreads(worker: URL, threads: number, inFlight = 1): Tinypool {
	return new Tinypool({
		filename: worker.href,
		execArgv: [...process.execArgv, ...typeScriptLoader(worker)],
		minThreads: threads,
		maxThreads: threads,
		concurrentTasksPerWorker: inFlight,
	});
}

/** What a thread running `worker` needs to load TypeScript that Node will not: tsx, for a package in `node_modules`. */
export function typeScriptLoader(worker: URL): string[] {
	return worker.pathname.includes('/node_modules/') ? ['--import', import.meta.resolve('tsx')] : [];
}

/** Runs each of `tasks` on one of `threads` threads running `worker`; the results in the order of the tasks. */
export async function runInThreads<Task, Result>(
	worker: URL,
	tasks: readonly Task[],
	threads = tasks.length,
): Promise<Result[]> {
	const pool = startThreads(worker, Math.max(1, Math.min(threads, tasks.length)));
	try {
		return await Promise.all(tasks.map((task) => pool.run(task) as Promise<Result>));
	} finally {
		await pool.destroy();
	}
}
