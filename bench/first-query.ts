/**
 * What a reader's browser fetches for a first search: the built site is
 * served on loopback, Chromium opens the search page with a query, and every
 * response after the page itself is counted — the search script, Pagefind's
 * loader, WebAssembly, metadata, filters, index chunks and result fragments.
 * Bytes are as sent by a plain static server without on-the-fly compression;
 * `gzipBytes` adds what a host that compresses would send instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { SEARCH_DEBOUNCE_MS } from '../src/lib/search/client/search-state.ts';
import { CHROMIUM_PATH, launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { median } from './stats.ts';

/** The bytes of a first query, or `null` when there is no index or no browser. */
export interface FirstQuery {
	/** Bytes as transferred from a server that does not compress on the fly. */
	bytes: number;
	/** The same files, gzip-compressed as most hosts send text. */
	gzipBytes: number;
	requests: number;
	/** Milliseconds from submitting the query to the first result on screen. */
	resultMs: number;
	/**
	 * With the index loaded: per query of `TYPED_QUERIES`, milliseconds from
	 * the input event that completes it to its first result in the list,
	 * less the pause the page waits for typing to rest (`SEARCH_DEBOUNCE_MS`).
	 */
	typed: { query: string; ms: number }[];
	/** Their median. */
	typedMedianMs: number | null;
}

/**
 * The queries typed with the index warm: words of the generated library's
 * vocabulary, one to three words, topics, compounds and places.
 */
export const TYPED_QUERIES = [
	'Breitbandausbau',
	'Hochwasserschutz',
	'Digitalisierung Verwaltung',
	'Wohngeld',
	'Fachkräftemangel',
	'Katastrophenschutz',
	'Ganztag',
	'Vergabeverfahren',
	'Starkregen Vorsorge',
	'Deutschlandticket',
	'Krankenhausreform',
	'Grundsteuer Bayern',
] as const;

/**
 * Types each query into the field at once (one input event, as a paste or
 * the last key of a word) and times until its first result is in the list;
 * the field is emptied and its search finished between queries.
 */
async function typedQueries(page: Page): Promise<{ query: string; ms: number }[]> {
	const done = () => page.evaluate(() => document.getElementById('search-app')?.dataset['done'] ?? '');
	const finished = (before: string) =>
		page.waitForFunction(
			(previous) => (document.getElementById('search-app')?.dataset['done'] ?? '') !== previous,
			before,
			{ timeout: 30_000 },
		);
	const out: { query: string; ms: number }[] = [];
	for (const query of TYPED_QUERIES) {
		let before = await done();
		await page.fill('#search-q', '');
		await finished(before);
		before = await done();
		// Marks the input event and the first change of the list after it, in the page's own clock.
		await page.evaluate(() => {
			const list = document.getElementById('search-list')!;
			const marks: { input?: number; result?: number } = {};
			(window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
			document.getElementById('search-q')!.addEventListener('input', () => (marks.input = performance.now()), {
				capture: true,
				once: true,
			});
			const observer = new MutationObserver(() => {
				if (marks.input !== undefined && list.children.length > 0) {
					marks.result = performance.now();
					observer.disconnect();
				}
			});
			observer.observe(list, { childList: true });
		});
		await page.fill('#search-q', query);
		await finished(before);
		const marks = await page.evaluate(
			() => (window as unknown as { benchMarks: { input?: number; result?: number } }).benchMarks,
		);
		if (marks.input !== undefined && marks.result !== undefined)
			out.push({ query, ms: Math.round(marks.result - marks.input - SEARCH_DEBOUNCE_MS) });
	}
	return out;
}

/** Measures a first query for `term` on the German search page of the site in `dist`. */
export async function measureFirstQuery(dist: string, term = 'Förderung'): Promise<FirstQuery | null> {
	if (!existsSync(join(dist, 'pagefind')) || !existsSync(CHROMIUM_PATH)) return null;
	// Without CORS headers: the bytes counted are those of a plain static host.
	const server = await serveStatic(dist, { cors: false });
	const base = server.url;
	const browser = await launchBrowser();
	try {
		const { context } = browser;
		const page = await context.newPage();
		await page.goto(`${base}/suche/`);
		await page.waitForLoadState('networkidle');
		const fetched: string[] = [];
		let bytes = 0;
		page.on('requestfinished', async (request) => {
			const sizes = await request.sizes();
			fetched.push(new URL(request.url()).pathname);
			bytes += sizes.responseBodySize + sizes.responseHeadersSize;
		});
		// The page and its stylesheet came with the first load; count from the query on.
		const started = performance.now();
		await page.goto(`${base}/suche/?q=${encodeURIComponent(term)}`);
		await page.locator('#search-list > li').first().waitFor({ timeout: 30_000 });
		const resultMs = Math.round(performance.now() - started);
		await page.waitForLoadState('networkidle');
		// What the first query fetched, before the typed queries fetch more.
		const first = { paths: [...fetched], bytes };
		const typed = await typedQueries(page);
		const gzipBytes = first.paths.reduce((sum, path) => {
			const file = join(dist, decodeURIComponent(path).replace(/\/$/, '/index.html'));
			if (!existsSync(file)) return sum;
			const body = readFileSync(file);
			// Pagefind's own files are compressed already; a host sends them as they are.
			return (
				sum +
				(/\.(pf_\w+|pagefind)$/.test(file) ? body.byteLength : Math.min(body.byteLength, gzipSync(body).byteLength))
			);
		}, 0);
		return {
			bytes: first.bytes,
			gzipBytes,
			requests: first.paths.length,
			resultMs,
			typed,
			typedMedianMs: median(typed.map((t) => t.ms)),
		};
	} finally {
		await browser.close();
		await server.close();
	}
}
