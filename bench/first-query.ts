/**
 * What a reader's browser fetches for a first search: the built site is
 * served on loopback, Chromium opens the search page with a query, and every
 * response after the page itself is counted — the search script, Pagefind's
 * loader, WebAssembly, metadata, filters, index chunks and result fragments.
 * Bytes are as sent by a plain static server without on-the-fly compression;
 * `gzipBytes` adds what a host that compresses would send instead.
 */
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

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

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Measures a first query for `term` on the German search page of the site in `dist`. */
export async function measureFirstQuery(dist: string, term = 'Förderung'): Promise<FirstQuery | null> {
	if (!existsSync(join(dist, 'pagefind')) || !existsSync(CHROMIUM)) return null;
	const files = sirv(dist, { dev: true, etag: false });
	const server = createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end(); })).listen(0, '127.0.0.1');
	await once(server, 'listening');
	const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
	const profile = mkdtempSync(join(tmpdir(), 'dreiklang-bench-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
	try {
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
			return sum + (/\.(pf_\w+|pagefind)$/.test(file) ? body.byteLength : Math.min(body.byteLength, gzipSync(body).byteLength));
		}, 0);
		return { bytes, gzipBytes, requests: fetched.length, resultMs };
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
		server.close();
	}
}
