/**
 * The same generated bodies built with Starlight, for `npm run bench --
 * --starlight`: a yardstick from the same field (Astro, Markdown, Pagefind),
 * measured on the same machine in the same run. Starlight is installed from
 * the npm registry into a scratch folder of its own at bench time, at a pinned
 * version, with the Astro this project has installed; it is never a dependency
 * of the project and never part of `npm test`.
 *
 * Each document becomes a Starlight page with its title and summary and the
 * same Markdown body; everything else is Starlight's default (its sidebar
 * lists every page, its Pagefind search indexes every page).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { documentKinds, type DocumentKind } from '../src/schemas/kinds.ts';
import { formatBytes, formatCount, formatDuration, formatTable } from './format-table.ts';
import { measureProcess, type ProcessMeasurement } from './measure-process.ts';
import { cleanBuild } from './project-copy.ts';
import { BenchFailure, prepareCorpus, type SizeOptions } from './run-bench.ts';
import { median } from './stats.ts';

/** The Starlight compared with; raise it deliberately, and say so in docs/performance.md. */
export const STARLIGHT_VERSION = '0.42.4';

/** Where Starlight's copy of the bodies is built, beside the library's scratch folder. */
export function starlightFolder(libraryFolder: string): string {
	return `${libraryFolder}-starlight`;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [
		starlight({
			title: 'Dreiklang-Vergleich',
			defaultLocale: 'root',
			locales: { root: { label: 'Deutsch', lang: 'de' } },
		}),
	],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Sets up a Starlight site in `folder` holding the documents of the library at
 * `library` (`ids` per kind), and installs it; throws with npm's words if the
 * installation fails.
 */
export function prepareStarlight(
	folder: string,
	library: string,
	ids: Record<DocumentKind, readonly string[]>,
	astroVersion: string,
): void {
	mkdirSync(join(folder, 'src', 'content', 'docs'), { recursive: true });
	writeFileSync(
		join(folder, 'package.json'),
		`${JSON.stringify(
			{
				name: 'dreiklang-bench-starlight',
				private: true,
				type: 'module',
				dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION },
			},
			null,
			2,
		)}\n`,
	);
	writeFileSync(join(folder, 'astro.config.mjs'), CONFIG);
	writeFileSync(join(folder, 'src', 'content.config.ts'), CONTENT_CONFIG);
	writeFileSync(
		join(folder, 'src', 'content', 'docs', 'index.md'),
		'---\ntitle: Dreiklang-Vergleich\ndescription: Die Texte des Benchmarks.\n---\n\nDie Texte des Benchmarks.\n',
	);
	for (const [kind, kindIds] of Object.entries(ids) as [DocumentKind, readonly string[]][]) {
		const directory = documentKinds[kind].directory;
		mkdirSync(join(folder, 'src', 'content', 'docs', kind), { recursive: true });
		for (const id of kindIds) {
			// The generator's files: front matter between the first two `---` lines, then the body.
			const text = readFileSync(join(library, directory, `${id}.md`), 'utf8');
			const end = text.indexOf('\n---\n', 4);
			const data = parse(text.slice(4, end)) as Record<string, unknown>;
			const content = text.slice(end + 5);
			const front = { title: String(data['title']), description: String(data['summary'] ?? '') };
			writeFileSync(
				join(folder, 'src', 'content', 'docs', kind, `${id}.md`),
				`---\n${stringify(front)}---\n${content}`,
			);
		}
	}
	const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: folder,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (install.status !== 0)
		throw new Error(
			`Installing Starlight ${STARLIGHT_VERSION} failed (npm exit code ${install.status}):\n${`${install.stdout}${install.stderr}`.trim()}`,
		);
}

/** A cold build of the Starlight site in `folder`, measured as the library's builds are. */
export function buildStarlight(folder: string, log: string): Promise<ProcessMeasurement> {
	cleanBuild(folder);
	return measureProcess(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: folder,
		log: join(folder, log),
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
}

/** Both builds of one comparison run. */
export interface ComparisonRun {
	dreiklang: ProcessMeasurement;
	starlight: ProcessMeasurement;
}

/** What `--starlight` measured. */
export interface StarlightComparison {
	docs: number;
	starlightVersion: string;
	astroVersion: string;
	runs: ComparisonRun[];
	/** Median wall times, and the library's as a share of Starlight's. */
	dreiklangMs: number;
	starlightMs: number;
	ratio: number;
	/** HTML files each build wrote. */
	pages: { dreiklang: number; starlight: number };
}

const htmlFiles = (dir: string) =>
	(readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).length;

/**
 * Generates `docs` documents, then builds them `runs` times with this project
 * and with Starlight, alternating, each build cold.
 */
export async function benchStarlight(docs: number, options: SizeOptions): Promise<StarlightComparison> {
	const { progress } = options;
	const prepared = await prepareCorpus(docs, options);
	const { folder, run } = prepared;
	const other = starlightFolder(folder);
	const astroVersion = (
		JSON.parse(readFileSync(join(options.projectRoot, 'node_modules', 'astro', 'package.json'), 'utf8')) as {
			version: string;
		}
	).version;
	let keep = options.keep;
	try {
		const installing = performance.now();
		prepareStarlight(other, folder, prepared.ids, astroVersion);
		progress(
			`${docs} docs: Starlight ${STARLIGHT_VERSION} with Astro ${astroVersion} installed in ${other} in ${((performance.now() - installing) / 1000).toFixed(1)} s`,
		);
		const runs: ComparisonRun[] = [];
		const pages = { dreiklang: 0, starlight: 0 };
		for (let i = 1; i <= options.runs; i++) {
			cleanBuild(folder);
			const dreiklang = await run(['scripts/build.ts'], `build-${i}.log`);
			const starlight = await buildStarlight(other, `build-${i}.log`);
			for (const [name, measured, dir] of [
				['Dreiklang', dreiklang, folder],
				['Starlight', starlight, other],
			] as const)
				if (measured.exitCode !== 0) {
					keep = true;
					throw new BenchFailure(
						`The ${name} build of ${docs} documents failed in run ${i} (exit code ${measured.exitCode}); the end of its log (${join(dir, `build-${i}.log`)}):\n${readFileSync(
							join(dir, `build-${i}.log`),
							'utf8',
						)
							.trimEnd()
							.split('\n')
							.slice(-30)
							.join('\n')}`,
					);
				}
			pages.dreiklang = htmlFiles(join(folder, 'dist'));
			pages.starlight = htmlFiles(join(other, 'dist'));
			runs.push({ dreiklang, starlight });
			progress(
				`${docs} docs, run ${i}/${options.runs}: Dreiklang ${(dreiklang.wallMs / 1000).toFixed(1)} s (${pages.dreiklang} pages), Starlight ${(starlight.wallMs / 1000).toFixed(1)} s (${pages.starlight} pages)`,
			);
		}
		const dreiklangMs = median(runs.map((r) => r.dreiklang.wallMs))!;
		const starlightMs = median(runs.map((r) => r.starlight.wallMs))!;
		return {
			docs,
			starlightVersion: STARLIGHT_VERSION,
			astroVersion,
			runs,
			dreiklangMs,
			starlightMs,
			ratio: dreiklangMs / starlightMs,
			pages,
		};
	} finally {
		if (!keep) {
			rmSync(folder, { recursive: true, force: true });
			rmSync(other, { recursive: true, force: true });
		}
	}
}

/** The comparison as the benchmark prints it. */
export function starlightTable(result: StarlightComparison): string {
	const peak = (runs: readonly ProcessMeasurement[]) => median(runs.map((r) => r.peakRssBytes));
	return formatTable(
		['build', 'pages', 'wall (median)', 'runs', 'peak RSS (median)'],
		[
			[
				'Dreiklang',
				formatCount(result.pages.dreiklang),
				formatDuration(result.dreiklangMs),
				result.runs.map((r) => formatDuration(r.dreiklang.wallMs)).join(', '),
				formatBytes(peak(result.runs.map((r) => r.dreiklang))),
			],
			[
				`Starlight ${result.starlightVersion}`,
				formatCount(result.pages.starlight),
				formatDuration(result.starlightMs),
				result.runs.map((r) => formatDuration(r.starlight.wallMs)).join(', '),
				formatBytes(peak(result.runs.map((r) => r.starlight))),
			],
		],
	);
}
