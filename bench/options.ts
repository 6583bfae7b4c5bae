/** The command line of `npm run bench`: its options and its help text. */
import { parseArgs } from 'node:util';

/** What a benchmark run was asked to do. */
export interface BenchOptions {
	/** Corpus sizes, in documents. */
	docs: number[];
	/** Timed runs per size; the table shows medians. */
	runs: number;
	/** Where to write the results as JSON. */
	json?: string;
	/** Keep the scratch folders for a look afterwards. */
	keep: boolean;
	/** Time the validator on the worst bounded inputs instead of building libraries. */
	bounded: boolean;
	/** Instead: build the same generated bodies with this project and with Starlight, and compare. */
	starlight: boolean;
	help: boolean;
}

/** A wrong command line, with what to do instead. */
export class UsageError extends Error {}

export const HELP = `Benchmarks validation and the full site build on synthetic libraries.

Usage: npm run bench -- [options]

  --docs N[,N…]   corpus sizes in documents (default: 1000), e.g. --docs 1000,5000,10000
  --runs N        timed runs per size; the table shows medians (default: 1)
  --json FILE     also write the results, every run included, as JSON to FILE
  --keep          keep the scratch folders (their paths are printed)
  --bounded       instead: time the validator on the worst inputs a contribution may
                  hold (raw HTML nested to the limit, 1 MB bodies, deep front matter …)
  --starlight     instead: build the same generated bodies (3,000 unless --docs says
                  otherwise, one size) with Dreiklang and with Starlight, alternating,
                  and print both times and their ratio; Starlight is installed from the
                  npm registry into a scratch folder for this, never into the project
  --help          show this help

For each size, a library is generated in a scratch folder (a copy of the project
with node_modules linked, 40 % position papers, 40 % lessons, 20 % guides, German
texts of 400–900 words, references into the real registries; the same every time),
committed to git in three commits that each change every document (the build reads a
real history; the "history:" line under the table says what reading it took), and
must pass \`scripts/validate.ts --strict\` (no errors, no warnings) before anything
is timed. Then each run times
\`node scripts/validate.ts\` and a cold \`node scripts/build.ts\` (what \`npm run build\` runs) there.

Columns: wall time and milliseconds per document; peak memory as the summed RSS of
the whole process tree (sampled every 50 ms); pages = HTML files in dist/; dist =
bytes of dist/; doc page = median HTML size of the document pages; search index =
dist/pagefind/ and 1st query = bytes a first search fetches, "n/a" while the site
has no search; typed→result = with the index loaded, the median time from the input
event of a typed query to its first result in the list, less the pause the page
waits for typing to rest, over twelve queries. Sizes are binary (1 KB = 1024 bytes).

Exit code: 0 done, 1 a corpus failed validation or a build failed, 2 usage error.`;

function positiveInteger(text: string, option: string): number {
	if (!/^\d+$/.test(text.trim()) || Number(text) < 1)
		throw new UsageError(`Unexpected ${option} \`${text}\`, expected a whole number of at least 1`);
	return Number(text);
}

/** Parses the arguments after `npm run bench --`. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
	let values;
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: {
				docs: { type: 'string' },
				runs: { type: 'string' },
				json: { type: 'string' },
				keep: { type: 'boolean' },
				bounded: { type: 'boolean' },
				starlight: { type: 'boolean' },
				help: { type: 'boolean' },
			},
			strict: true,
		}));
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const docs = (values.docs ?? (values.starlight ? '3000' : '1000'))
		.split(',')
		.filter((part) => part.trim() !== '')
		.map((part) => positiveInteger(part, '--docs'));
	if (docs.length === 0) throw new UsageError('Unexpected empty `--docs`, expected sizes such as `1000,5000`');
	if (values.starlight && docs.length > 1)
		throw new UsageError(`Unexpected ${docs.length} sizes with \`--starlight\`, expected one, such as \`--docs 3000\``);
	return {
		docs,
		runs: values.runs === undefined ? 1 : positiveInteger(values.runs, '--runs'),
		...(values.json !== undefined ? { json: values.json } : {}),
		keep: values.keep ?? false,
		bounded: values.bounded ?? false,
		starlight: values.starlight ?? false,
		help: values.help ?? false,
	};
}
