/**
 * Runs a command and measures it: wall time, and peak memory as the resident
 * set size of the whole process tree (the command and every descendant, such
 * as esbuild), sampled from /proc every ~50 ms. The /proc reader is injectable,
 * so that the summing can be tested without real processes.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';

/** Reads processes the way /proc shows them. */
export interface ProcReader {
	/** Ids of all running processes. */
	pids(): number[];
	/** The text of `/proc/<pid>/status`, or `undefined` when the process is gone. */
	status(pid: number): string | undefined;
}

/** The real /proc of this machine (Linux). */
export const procfs: ProcReader = {
	pids: () =>
		readdirSync('/proc')
			.filter((name) => /^\d+$/.test(name))
			.map(Number),
	status: (pid) => {
		try {
			return readFileSync(`/proc/${pid}/status`, 'utf8');
		} catch {
			return undefined;
		}
	},
};

/** Parent id and resident set size (KiB) from a status text; a zombie or kernel thread has no `VmRSS`, which counts as 0. */
export function parseStatus(text: string): { ppid: number; rssKb: number } {
	const ppid = Number(/^PPid:\s+(\d+)/m.exec(text)?.[1] ?? -1);
	const rssKb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(text)?.[1] ?? 0);
	return { ppid, rssKb };
}

/** The summed resident set size, in bytes, of `root` and all its descendants right now. */
export function processTreeRss(root: number, reader: ProcReader): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const pid of reader.pids()) {
		const text = reader.status(pid);
		if (text === undefined) continue;
		const { ppid, rssKb } = parseStatus(text);
		rss.set(pid, rssKb);
		const siblings = children.get(ppid);
		if (siblings) siblings.push(pid);
		else children.set(ppid, [pid]);
	}
	if (!rss.has(root)) return 0;
	let total = 0;
	const seen = new Set<number>();
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		if (seen.has(pid)) continue;
		seen.add(pid);
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total * 1024;
}

/** What one measured run of a command gives. */
export interface ProcessMeasurement {
	exitCode: number;
	/** Wall time from start to exit, in milliseconds. */
	wallMs: number;
	/** The largest sampled process-tree RSS, in bytes. */
	peakRssBytes: number;
}

/** How to run and sample a command. */
export interface MeasureOptions {
	cwd: string;
	/** File that receives stdout and stderr. */
	log: string;
	env?: NodeJS.ProcessEnv;
	/** Sampling interval. Default: 50 ms. */
	intervalMs?: number;
	reader?: ProcReader;
}

/** Runs `command` with `args` and samples its process tree until it exits. */
export function measureProcess(
	command: string,
	args: readonly string[],
	options: MeasureOptions,
): Promise<ProcessMeasurement> {
	const reader = options.reader ?? procfs;
	const out = openSync(options.log, 'w');
	const started = performance.now();
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env ?? process.env,
		stdio: ['ignore', out, out],
	});
	closeSync(out);
	let peak = 0;
	const sample = () => {
		if (child.pid !== undefined) peak = Math.max(peak, processTreeRss(child.pid, reader));
	};
	const timer = setInterval(sample, options.intervalMs ?? 50);
	sample();
	return new Promise((resolve, reject) => {
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('exit', (code, signal) => {
			clearInterval(timer);
			resolve({ exitCode: code ?? (signal ? 128 : 1), wallMs: performance.now() - started, peakRssBytes: peak });
		});
	});
}
