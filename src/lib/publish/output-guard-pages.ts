/**
 * Runs the check of built pages (`output-guard.ts`) over a whole `dist/`:
 * each page on its own, in worker threads (`run-in-threads.ts`) from
 * `PARALLEL_THRESHOLD` pages on (parsing 13,000 pages took 9 s in one thread);
 * then the links across pages, once every page's ids are known.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { runInThreads, threadCount } from '../threads/run-in-threads.ts';
import { checkInternalLinks, checkPage, type PageFacts, type PageFinding, type PageRules } from './output-guard.ts';

/** Below this many pages, starting threads costs more than it saves. */
const PARALLEL_THRESHOLD = 2000;

/** The pages one thread checks. */
export interface PageShare {
	dir: string;
	/** Paths relative to `dir`, with `/`. */
	files: string[];
	rules: PageRules;
}

/** What a thread found, per page, in a form that crosses threads. */
export type PortableFacts = { file: string; ids: string[]; links: PageFacts['links']; findings: PageFinding[] }[];

/** Checks a share of the pages. */
export function checkPages({ dir, files, rules }: PageShare): PortableFacts {
	return files.map((file) => {
		const facts = checkPage(`/${file}`.replace(/index\.html$/, ''), readFileSync(join(dir, file), 'utf8'), rules);
		return { file: `/${file}`, ids: [...facts.ids], links: facts.links, findings: facts.findings };
	});
}

/**
 * Checks every page of the build in `dir`; returns the number of pages and
 * every finding. `threads` (default: one per core) and `threshold` (default
 * `PARALLEL_THRESHOLD`) say how many threads from how many pages on.
 */
export async function guardPages(
	dir: string,
	rules: PageRules,
	{ threads, threshold = PARALLEL_THRESHOLD }: { threads?: number; threshold?: number } = {},
): Promise<{ pages: number; findings: PageFinding[] }> {
	const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) =>
		f.split(sep).join('/'),
	);
	const all = new Set(files.map((f) => `/${f}`));
	const pages = files.filter((f) => f.endsWith('.html'));
	const count = threadCount(pages.length, threshold, threads);
	const shares = Array.from({ length: count }, (_, i): PageShare => ({
		dir,
		files: pages.filter((_, j) => j % count === i),
		rules,
	}));
	const results =
		count === 1
			? [checkPages(shares[0]!)]
			: await runInThreads<PageShare, PortableFacts>(new URL('./output-guard-worker.ts', import.meta.url), shares);
	const byFile = new Map(results.flat().map((facts) => [facts.file, facts]));
	const ids = new Map([...byFile].map(([file, facts]) => [file, new Set(facts.ids)]));
	const findings: PageFinding[] = [];
	for (const [file, facts] of byFile) {
		findings.push(
			...facts.findings,
			...checkInternalLinks(
				file.replace(/index\.html$/, ''),
				{ ids: ids.get(file)!, links: facts.links, findings: [] },
				(p) => all.has(p),
				(p) => ids.get(p),
			),
		);
	}
	return { pages: byFile.size, findings };
}
