/**
 * Runs the check of built pages (`output-guard.ts`) over a whole `dist/`:
 * each page on its own, in worker threads (`run-in-threads.ts`) from
 * `PARALLEL_THRESHOLD` pages on (parsing 13,000 pages took 9 s in one thread),
 * its links too; then the links to fragments of other pages, once every
 * page's ids are known.
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
	/** Every file of the build, as `/` + path: what an internal link may lead to. */
	all: string[];
	rules: PageRules;
}

/** A link to a fragment of another page: `[page, element, site path, fragment]`. */
type FragmentLink = [string, string, string, string];

/**
 * What a thread found. Links are checked in the thread, against `all` and
 * the page's own ids; only links to a fragment of another page wait for the
 * other page's ids.
 * Sending every link of every page instead held some 8 GB at 100,000 pages.
 */
export interface ShareFacts {
	pages: number;
	findings: PageFinding[];
	ids: [string, string[]][];
	fragmentLinks: FragmentLink[];
}

/**
 * Pages parsed between two turns of the event loop. Sätteri hands each parsed
 * tree over in memory that Node frees only between turns: a loop over 50,000
 * pages that never yields held some 2 GB in each thread.
 */
const PAGES_PER_TURN = 100;

/** Checks a share of the pages. */
export async function checkPages({ dir, files, all, rules }: PageShare): Promise<ShareFacts> {
	const exists = new Set(all);
	const out: ShareFacts = { pages: 0, findings: [], ids: [], fragmentLinks: [] };
	for (const file of files) {
		if (out.pages % PAGES_PER_TURN === PAGES_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
		const page = `/${file}`;
		const facts = checkPage(page.replace(/index\.html$/, ''), readFileSync(join(dir, file), 'utf8'), rules);
		out.pages++;
		out.findings.push(...facts.findings);
		if (facts.ids.size > 0) out.ids.push([page, [...facts.ids]]);
		const own: PageFacts['links'] = [];
		for (const link of facts.links) {
			const [element, path, fragment] = link;
			if (fragment !== undefined && linkTarget(path) !== page) out.fragmentLinks.push([page, element, path, fragment]);
			else own.push(link);
		}
		out.findings.push(
			...checkInternalLinks(
				page.replace(/index\.html$/, ''),
				{ ids: facts.ids, links: own, findings: [] },
				(p) => exists.has(p),
				() => facts.ids,
			),
		);
	}
	return out;
}

/** The file a link's path leads to, as `checkInternalLinks` looks it up first. */
function linkTarget(path: string): string {
	let decoded = path;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		// looked up as written
	}
	return decoded.endsWith('/') ? `${decoded}index.html` : decoded;
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
	const all = files.map((f) => `/${f}`);
	const exists = new Set(all);
	const pages = files.filter((f) => f.endsWith('.html'));
	const count = threadCount(pages.length, threshold, threads);
	const shares = Array.from({ length: count }, (_, i): PageShare => ({
		dir,
		files: pages.filter((_, j) => j % count === i),
		all,
		rules,
	}));
	const results =
		count === 1
			? [await checkPages(shares[0]!)]
			: await runInThreads<PageShare, ShareFacts>(new URL('./output-guard-worker.ts', import.meta.url), shares);
	const ids = new Map(results.flatMap((result) => result.ids));
	const idSets = new Map<string, Set<string>>();
	const idsOf = (path: string) => {
		let set = idSets.get(path);
		if (!set) {
			const list = ids.get(path);
			// A page without ids has none to link to; a file that is no page is not looked into.
			if (list === undefined) return path.endsWith('.html') && exists.has(path) ? new Set<string>() : undefined;
			set = new Set(list);
			idSets.set(path, set);
		}
		return set;
	};
	const findings = results.flatMap((result) => result.findings);
	for (const result of results)
		for (const [page, element, path, fragment] of result.fragmentLinks)
			findings.push(
				...checkInternalLinks(
					page.replace(/index\.html$/, ''),
					{ ids: new Set(), links: [[element, path, fragment]], findings: [] },
					(p) => exists.has(p),
					idsOf,
				),
			);
	return { pages: results.reduce((sum, result) => sum + result.pages, 0), findings };
}
