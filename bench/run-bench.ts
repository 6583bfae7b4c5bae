/**
 * Benchmarks one corpus size: generates the library in a scratch copy of the
 * project, insists that it validates clean, then times validation and a cold
 * build `runs` times and measures what the build wrote.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRegistries } from '../src/lib/registries/load-registries.ts';
import type { TableRow } from './format-table.ts';
import { CorpusHistory } from './commit-corpus.ts';
import { writeCorpus, type CorpusSummary } from './generate-corpus.ts';
import { measureHistory, type HistoryMeasurement } from './measure-history.ts';
import { measureFirstQuery } from './first-query.ts';
import { measureOutput, type OutputMeasurement } from './measure-output.ts';
import { measureProcess, type ProcessMeasurement } from './measure-process.ts';
import { parseBuildLog, type BuildLog } from './parse-build-log.ts';
import { cleanBuild, copyProject } from './project-copy.ts';
import { projectState, type ProjectState } from './project-state.ts';
import { medianOf } from './stats.ts';

/** One timed run. */
export interface RunResult {
	validate: ProcessMeasurement;
	build: ProcessMeasurement;
	output: OutputMeasurement;
	log: BuildLog;
}

/** Everything measured for one corpus size. */
export interface SizeResult {
	docs: number;
	corpus: Omit<CorpusSummary, 'ids'> & { generateMs: number };
	/** The corpus's git history (three commits per document) and what reading it costs. */
	history: HistoryMeasurement;
	/** The state of the project when it was copied: the code that was measured. */
	project: ProjectState;
	/** The scratch folder, when it was kept. */
	folder?: string;
	runs: RunResult[];
	/** Medians over the runs, as the table shows them. */
	median: TableRow;
}

/** How to benchmark one size. */
export interface SizeOptions {
	/** The project to copy: code, configuration, registries and `node_modules`. */
	projectRoot: string;
	runs: number;
	keep: boolean;
	/** Today, `YYYY-MM-DD`, for the generator, the validator and the build alike. */
	today: string;
	/** Progress messages. */
	progress: (message: string) => void;
}

/** A failure the benchmark reports in words, with the log that explains it. */
export class BenchFailure extends Error {}

const excerpt = (file: string, lines: number, from: 'head' | 'tail') => {
	const all = readFileSync(file, 'utf8').trimEnd().split('\n');
	return (from === 'head' ? all.slice(0, lines) : all.slice(-lines)).join('\n');
};

/** Medians of the runs of one size. */
export function medianRow(docs: number, runs: readonly RunResult[]): TableRow {
	return {
		docs,
		pages: medianOf(runs, (r) => r.output.pages),
		validateMs: medianOf(runs, (r) => r.validate.wallMs),
		validateRssBytes: medianOf(runs, (r) => r.validate.peakRssBytes),
		buildMs: medianOf(runs, (r) => r.build.wallMs),
		buildRssBytes: medianOf(runs, (r) => r.build.peakRssBytes),
		distBytes: medianOf(runs, (r) => r.output.distBytes),
		documentPageBytes: medianOf(runs, (r) => r.output.documentPageBytes),
		searchIndexBytes: medianOf(runs, (r) => r.output.searchIndexBytes),
		firstQueryBytes: medianOf(runs, (r) => r.output.firstQueryBytes),
		typedMs: medianOf(runs, (r) => r.output.firstQuery?.typedMedianMs ?? null),
	};
}

/** A generated library that passed validation, ready to be built. */
export interface PreparedCorpus {
	folder: string;
	ids: CorpusSummary['ids'];
	corpus: Omit<CorpusSummary, 'ids'> & { generateMs: number };
	history: HistoryMeasurement;
	project: ProjectState;
	/** Runs `node <args>` in the folder, measured, its output into `log` there. */
	run: (args: string[], log: string) => Promise<ProcessMeasurement>;
}

/**
 * Generates the library of `docs` documents in a new scratch folder, commits
 * its history and insists that it validates clean. The caller removes the
 * folder; on a failure it is kept and named in the message.
 */
export async function prepareCorpus(docs: number, options: SizeOptions): Promise<PreparedCorpus> {
	const { progress, today } = options;
	const folder = mkdtempSync(join(tmpdir(), `dreiklang-bench-${docs}-`));
	const node = process.execPath;
	// The validator's cache goes into the scratch folder's `.cache/`, which `cleanBuild` empties before every timed run.
	const env = {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		DREIKLANG_BUILD_DATE: today,
		DREIKLANG_CACHE_DIR: join(folder, '.cache', 'dreiklang'),
	};
	const run = (args: string[], log: string) => measureProcess(node, args, { cwd: folder, log: join(folder, log), env });
	const project = projectState(options.projectRoot);
	copyProject(options.projectRoot, folder);
	const loaded = loadRegistries(folder);
	if (loaded.diagnostics.length > 0)
		throw new BenchFailure('The registries of the project have problems; run `npm run validate` first.');
	const started = performance.now();
	const versions = new CorpusHistory(folder);
	const { ids, ...summary } = writeCorpus(folder, loaded.registries, { docs, today }, versions);
	const generateMs = performance.now() - started;
	progress(
		`${docs} docs: generated ${summary.counts.positions} papers, ${summary.counts.lessons} lessons, ${summary.counts.guides} guides in ${(generateMs / 1000).toFixed(1)} s in ${folder}`,
	);
	const committing = performance.now();
	const commits = versions.commit(today);
	const history = measureHistory(folder, { commits, commitMs: performance.now() - committing });
	progress(
		`${docs} docs: committed ${history.versions} versions in ${commits} commits in ${(history.commitMs / 1000).toFixed(1)} s; reading the history took ${(history.logMs / 1000).toFixed(2)} s, the ${history.paperVersions} versions of the papers ${(history.blobsMs / 1000).toFixed(2)} s`,
	);
	// The corpus must be clean, warnings included, or the timings would measure error reporting.
	const check = await run(['scripts/validate.ts', '--strict'], 'validate-check.log');
	if (check.exitCode !== 0)
		throw new BenchFailure(
			`The generated corpus of ${docs} documents does not pass \`node scripts/validate.ts --strict\` (exit code ${check.exitCode}):\n${excerpt(join(folder, 'validate-check.log'), 40, 'head')}\nThe corpus is kept in ${folder}.`,
		);
	return { folder, ids, corpus: { ...summary, generateMs }, history, project, run };
}

/** Generates, checks and times one corpus size. */
export async function benchSize(docs: number, options: SizeOptions): Promise<SizeResult> {
	const { progress } = options;
	const { folder, ids, corpus, history, project, run } = await prepareCorpus(docs, options);
	// A failed build is kept for a look, whatever `--keep` says.
	let keep = options.keep;
	try {
		const runs: RunResult[] = [];
		for (let i = 1; i <= options.runs; i++) {
			// Cold: without the validator's cache from the check above or an earlier run.
			cleanBuild(folder);
			const validate = await run(['scripts/validate.ts'], `validate-${i}.log`);
			if (validate.exitCode !== 0) {
				keep = true;
				throw new BenchFailure(
					`Validation failed in run ${i}:\n${excerpt(join(folder, `validate-${i}.log`), 40, 'head')}\nThe folder is kept: ${folder}`,
				);
			}
			cleanBuild(folder);
			const build = await run(['scripts/build.ts'], `build-${i}.log`);
			if (build.exitCode !== 0) {
				keep = true;
				throw new BenchFailure(
					`The build of ${docs} documents failed in run ${i} (exit code ${build.exitCode}); the end of its log:\n${excerpt(join(folder, `build-${i}.log`), 40, 'tail')}\nThe folder is kept: ${folder}`,
				);
			}
			const output = measureOutput(join(folder, 'dist'), ids);
			// What a first search fetches, compressed as hosts send text; raw bytes and time go to the JSON.
			const firstQuery = await measureFirstQuery(join(folder, 'dist'));
			const result = {
				validate,
				build,
				output: { ...output, firstQueryBytes: firstQuery?.gzipBytes ?? null, firstQuery },
				log: parseBuildLog(readFileSync(join(folder, `build-${i}.log`), 'utf8')),
			};
			runs.push(result);
			progress(
				`${docs} docs, run ${i}/${options.runs}: validate ${(validate.wallMs / 1000).toFixed(1)} s, build ${(build.wallMs / 1000).toFixed(1)} s, ${result.output.pages} pages${firstQuery ? `, first query ${Math.round(firstQuery.gzipBytes / 1024)} KB gzip (${Math.round(firstQuery.bytes / 1024)} KB raw, ${firstQuery.requests} requests) in ${firstQuery.resultMs} ms, typed queries ${firstQuery.typed.map((q) => q.ms).join('/')} ms (median ${firstQuery.typedMedianMs})` : ''}`,
			);
		}
		return {
			docs,
			corpus,
			history,
			project,
			...(keep ? { folder } : {}),
			runs,
			median: medianRow(docs, runs),
		};
	} finally {
		if (!keep) rmSync(folder, { recursive: true, force: true });
	}
}
