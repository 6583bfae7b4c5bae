#!/usr/bin/env node
/**
 * `npm run bench -- [--docs 1000,5000,10000] [--runs N] [--json FILE] [--keep] [--bounded | --starlight]` —
 * generates synthetic libraries, then times validation and the full build on
 * each and prints a table of medians. `--help` explains every column.
 * Exit code: 0 done, 1 a corpus or a build failed, 2 usage or internal error.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchBoundedInputs, boundedTable } from './bounded-inputs.ts';
import { formatDetails } from './format-details.ts';
import { benchTable } from './format-table.ts';
import { HELP, parseBenchArgs, UsageError, type BenchOptions } from './options.ts';
import { BenchFailure, benchSize, type SizeResult } from './run-bench.ts';
import { benchStarlight, starlightTable } from './starlight.ts';

let options: BenchOptions;
try {
	options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
	if (!(error instanceof UsageError)) throw error;
	console.error(`${error.message}\n\n${HELP}`);
	process.exit(2);
}
if (options.help) {
	console.log(HELP);
	process.exit(0);
}
if (options.bounded) {
	console.log(
		`Worst bounded inputs, each validated alone (median of 3), ${cpus().length} cores, Node.js ${process.version}:\n`,
	);
	console.log(boundedTable(benchBoundedInputs()));
	process.exit(0);
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const today = new Date().toISOString().slice(0, 10);
const progress = (message: string) => console.error(`[bench] ${message}`);

if (options.starlight) {
	try {
		const result = await benchStarlight(options.docs[0]!, {
			projectRoot,
			runs: options.runs,
			keep: options.keep,
			today,
			progress,
		});
		console.log(
			`\nThe same ${result.docs} generated bodies, ${options.runs} cold build(s) each, alternating, ${cpus().length} cores, Node.js ${process.version}, Astro ${result.astroVersion}:\n`,
		);
		console.log(starlightTable(result));
		console.log(`\nDreiklang / Starlight: ${result.ratio.toFixed(2)}× (medians)`);
		if (options.json)
			writeFileSync(options.json, `${JSON.stringify({ date: new Date().toISOString(), options, result }, null, 2)}\n`);
		process.exit(0);
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
const sizes: SizeResult[] = [];
try {
	for (const docs of options.docs) {
		sizes.push(
			await benchSize(docs, {
				projectRoot,
				runs: options.runs,
				keep: options.keep,
				today,
				progress,
			}),
		);
	}
} catch (error) {
	console.error(
		error instanceof BenchFailure
			? error.message
			: `Internal error: ${error instanceof Error ? error.stack : String(error)}`,
	);
	process.exitCode = error instanceof BenchFailure ? 1 : 2;
}

if (sizes.length > 0) {
	console.log(`\nMedians of ${options.runs} run(s) per size, ${cpus().length} cores, Node.js ${process.version}:\n`);
	console.log(benchTable(sizes.map((size) => size.median)));
	console.log(`\n${sizes.map(formatDetails).join('\n')}`);
}
if (options.json) {
	const machine = {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model,
		memoryBytes: totalmem(),
		node: process.version,
		platform: process.platform,
	};
	writeFileSync(
		options.json,
		`${JSON.stringify({ date: new Date().toISOString(), machine, options, sizes }, null, 2)}\n`,
	);
	console.log(`\nResults written to ${options.json}.`);
}
