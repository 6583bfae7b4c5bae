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
import { CHROMIUM_PATH, launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

/** The bytes of a first query, or `null` when there is no index or no browser. */
export interface FirstQuery {
	/** Bytes as transferred from a server that does not compress on the fly. */
	bytes: number;
	/** The same files, gzip-compressed as most hosts send text. */
	gzipBytes: number;
	requests: number;
	/** Milliseconds from submitting the query to the first result on screen. */
	resultMs: number;
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
		const gzipBytes = fetched.reduce((sum, path) => {
			const file = join(dist, decodeURIComponent(path).replace(/\/$/, '/index.html'));
			if (!existsSync(file)) return sum;
			const body = readFileSync(file);
			// Pagefind's own files are compressed already; a host sends them as they are.
			return (
				sum +
				(/\.(pf_\w+|pagefind)$/.test(file) ? body.byteLength : Math.min(body.byteLength, gzipSync(body).byteLength))
			);
		}, 0);
		return { bytes, gzipBytes, requests: fetched.length, resultMs };
	} finally {
		await browser.close();
		await server.close();
	}
}
