/**
 * Reads what Astro logs during `astro build`: the time each page took to
 * render, the page count, and how long the phases took (validation, loading
 * the content, generating the pages, the search index). The
 * per-page times show where build time goes when it grows faster than the
 * corpus (a hub page that lists everything renders slower with every document).
 */

/** One rendered page and the time Astro logged for it. */
export interface PageTime {
	path: string;
	ms: number;
}

/** What the build log tells. */
export interface BuildLog {
	/** Pages Astro reports as built. */
	pagesBuilt: number | null;
	/** Sum of the logged render times of all pages. */
	renderMs: number;
	/** The slowest pages, slowest first. */
	slowestPages: PageTime[];
	/** Pages and render time per first path segment (`positionen`, `en/organizations`, …). */
	sections: Record<string, { pages: number; ms: number }>;
	/** Time the content validation hook took inside the build. */
	validationMs: number | null;
	/** Time Astro took to load the content collections (whole seconds: the log's clock). */
	contentSyncMs: number | null;
	/** Time Astro took to generate the pages. */
	pagesMs: number | null;
	/** Time the search index took, and of that, preparing the pages and Pagefind itself. */
	searchIndex: { ms: number; prepareMs: number; pagefindMs: number } | null;
}

/** `12:34:56` in seconds of the day. */
const clock = (line: string) => {
	const m = /^(\d\d):(\d\d):(\d\d) /.exec(line);
	return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
};

// eslint-disable-next-line no-control-regex -- colour codes begin with ESC
const ANSI = /\x1b\[[0-9;]*m/g;

/** Astro's time stat (`23ms`, `1.25s`, `2m 5s`) in milliseconds. */
export function parseTimeStat(stat: string): number | null {
	const m = /^(?:(\d+)m\s*(\d+)s|([\d.]+)(ms|s))$/.exec(stat.trim());
	if (!m) return null;
	if (m[1] !== undefined) return (Number(m[1]) * 60 + Number(m[2])) * 1000;
	return Number(m[3]) * (m[4] === 's' ? 1000 : 1);
}

/** Parses the text of an `astro build` log; `top` slowest pages are kept. */
export function parseBuildLog(log: string, top = 5): BuildLog {
	const pages: PageTime[] = [];
	let pagesBuilt: number | null = null;
	let validationMs: number | null = null;
	let syncStart: number | null = null;
	let contentSyncMs: number | null = null;
	let pagesMs: number | null = null;
	let generating = false;
	let searchIndex: BuildLog['searchIndex'] = null;
	for (const raw of log.split('\n')) {
		const line = raw.replace(ANSI, '');
		const page = /[├└]─ (\S+) \(\+([^)]+)\)/.exec(line);
		if (page) {
			const ms = parseTimeStat(page[2]!);
			if (ms !== null) pages.push({ path: page[1]!, ms });
			continue;
		}
		const built = /(\d+) page\(s\) built in/.exec(line);
		if (built) pagesBuilt = Number(built[1]);
		const validated = /\[dreiklang:validate-content\].*\((\d+) ms\)\s*$/.exec(line);
		if (validated) validationMs = Number(validated[1]);
		if (/\[content\] Syncing content/.test(line)) syncStart = clock(line);
		const synced = /\[content\] Synced content/.test(line) ? clock(line) : null;
		if (synced !== null && syncStart !== null) contentSyncMs = (synced - syncStart) * 1000;
		if (/generating static routes/.test(line)) generating = true;
		const completed = generating ? /^\S+ ✓ Completed in (.+)\.\s*$/.exec(line) : null;
		if (completed) {
			pagesMs = parseTimeStat(completed[1]!);
			generating = false;
		}
		const indexed = /\[dreiklang:search-index\].* in (\d+) ms \(preparing the pages (\d+) ms, Pagefind (\d+) ms\)/.exec(
			line,
		);
		if (indexed)
			searchIndex = { ms: Number(indexed[1]), prepareMs: Number(indexed[2]), pagefindMs: Number(indexed[3]) };
	}
	const sections: BuildLog['sections'] = {};
	for (const page of pages) {
		const [first = '', second = ''] = page.path.split('/').filter(Boolean);
		const key = first === 'en' ? `en/${second.endsWith('.html') ? '' : second}` : first.endsWith('.html') ? '/' : first;
		const section = (sections[key] ??= { pages: 0, ms: 0 });
		section.pages++;
		section.ms += page.ms;
	}
	return {
		pagesBuilt,
		renderMs: pages.reduce((sum, page) => sum + page.ms, 0),
		slowestPages: [...pages].sort((a, b) => b.ms - a.ms).slice(0, top),
		sections,
		validationMs,
		contentSyncMs,
		pagesMs,
		searchIndex,
	};
}
