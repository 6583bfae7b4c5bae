/**
 * A library under a sub-path: the example library built once more with `url`
 * at `/bibliothek/` and served only there, as a host that has other things at
 * its root would serve it. In Chromium every page of every template opens
 * with its styles, scripts and images, nothing is fetched outside the base or
 * answered with an error, every address a page writes stays below the base
 * (or leads to another host), no Content-Security-Policy violation happens,
 * and axe finds nothing; the search finds a document and its link works; the
 * feeds and sitemaps name addresses below the base. This is the one extra
 * build of the whole example library in the site tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withBase } from '../../src/lib/routes/base.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { testPages } from './pages.ts';
import { axeViolations, idOf, searchesDone, shownResults, waitForSearch } from './search-page.ts';

const BASE = '/bibliothek/';

let root: string;
let served: Awaited<ReturnType<typeof serveStatic>>;
/** The library's address: `http://127.0.0.1:<port>/bibliothek/`. */
let site: string;
let origin: string;
let buildLog: string;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;
let page: Page;
/** The page being looked at; what goes wrong is filed under it. */
let current = '';
const incidents: string[] = [];
const report = (what: string) => incidents.push(`${current}: ${what}`);

/** The address of a site path in the library under test. */
const at = (path: string) => `${origin}${withBase(path, BASE)}`;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-base-'));
	for (const entry of [
		'astro.config.mjs',
		'package.json',
		'tsconfig.json',
		'site.config.yaml',
		'src',
		'public',
		'content',
	])
		cpSync(entry, join(root, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
	// The server starts before the build, so that the library's address can name its port.
	mkdirSync(join(root, 'dist'));
	writeFileSync(join(root, 'dist/404.html'), '<!doctype html><title>404</title>');
	served = await serveStatic(join(root, 'dist'), { prefix: BASE });
	origin = served.url;
	site = `${origin}${BASE}`;
	const config = parse(readFileSync(join(root, 'site.config.yaml'), 'utf8')) as Record<string, unknown>;
	writeFileSync(join(root, 'site.config.yaml'), stringify({ ...config, url: site }));
	const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', DREIKLANG_BUILD_DATE: inject('buildDate') },
	});
	if (build.status !== 0) throw new Error(`The library under ${BASE} did not build:\n${build.stdout}\n${build.stderr}`);
	buildLog = build.stdout;

	({ context, close: closeBrowser } = await launchBrowser());
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin) report(`request to another host: ${url.href}`);
		else if (!url.pathname.startsWith(BASE)) report(`request outside ${BASE}: ${url.pathname}`);
	});
	context.on('response', (response) => {
		const expected = response.request().isNavigationRequest() && current.includes('gibt-es-nicht');
		if (response.status() >= 400 && !expected) report(`${response.status()} for ${response.url()}`);
	});
	await context.exposeBinding('reportCspViolation', (_source, v: { directive: string; blocked: string }) =>
		report(`CSP violation of ${v.directive}: ${v.blocked || 'inline'}`),
	);
	await context.addInitScript(() => {
		document.addEventListener(
			'securitypolicyviolation',
			(e) =>
				(window as unknown as { reportCspViolation: (v: object) => void }).reportCspViolation({
					directive: e.effectiveDirective,
					blocked: e.blockedURI,
				}),
			true,
		);
	});
	page = await context.newPage();
	page.on('pageerror', (error) => report(`script error: ${error.message}`));
}, 240_000);

afterAll(async () => {
	await closeBrowser?.();
	await served?.close();
	if (root) rmSync(root, { recursive: true, force: true });
});

/** Opens a site path and, where the page runs scripts, waits until they have done their work. */
async function open(path: string): Promise<void> {
	current = path;
	await page.goto(at(path));
	if ((await page.locator('script[src]').count()) > 0) await page.waitForLoadState('networkidle');
}

/** Every address the open page writes that leads neither below the base nor to another host over the web. */
async function strayAddresses(): Promise<string[]> {
	const written = await page.$$eval('[href], [src], [action], [srcset], [poster]', (elements) =>
		elements.flatMap((element) =>
			['href', 'src', 'action', 'srcset', 'poster'].flatMap((name) => {
				const value = element.getAttribute(name);
				if (value === null) return [];
				const targets = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
				return targets.map((target) => `${element.localName}[${name}]=${target}`);
			}),
		),
	);
	return written.filter((entry) => {
		const value = entry.slice(entry.indexOf('=') + 1);
		if (value.startsWith('#')) return false;
		const url = new URL(value, page.url());
		if (url.protocol === 'mailto:' || url.protocol === 'tel:') return false;
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return true;
		return url.origin === origin && !url.pathname.startsWith(BASE);
	});
}

describe('a library under a sub-path', () => {
	it('is not served at the root of its host, only below its base', async () => {
		expect(buildLog).toMatch(/Checked \d+ built pages: nothing that must not be published/);
		expect((await fetch(`${origin}/positionen/`)).status).toBe(404);
		const home = await fetch(site);
		expect(home.status).toBe(200);
		expect(await home.text()).toContain(`<link rel="canonical" href="${site}">`);
	});

	it('opens every template with nothing fetched or linked outside the base, no error, no CSP violation, and no axe finding', async () => {
		const pages = testPages();
		expect(pages.length).toBeGreaterThan(50);
		const stray: string[] = [];
		const violations: string[] = [];
		for (const { path } of pages) {
			await open(path);
			// The page's own style sheet applied: the header is laid out, not plain text.
			if (!path.includes('gibt-es-nicht'))
				expect(await page.$eval('link[rel=stylesheet]', (link) => (link as HTMLLinkElement).sheet !== null)).toBe(true);
			stray.push(...(await strayAddresses()).map((entry) => `${path}: ${entry}`));
			violations.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
		}
		expect(stray).toEqual([]);
		expect(incidents).toEqual([]);
		expect(violations).toEqual([]);
	}, 600_000);

	it('finds a document in the search, and its link opens the page below the base', async () => {
		incidents.length = 0;
		await open('/suche/');
		const done = await searchesDone(page);
		await page.locator('#search-q').pressSequentially('Grundsteuer', { delay: 20 });
		await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('Grundsteuer'));
		await waitForSearch(page, done);
		const results = await shownResults(page);
		const hit = results.find((r) => idOf(r.href) === 'grundsteuerreform-umsetzung');
		expect(hit?.href).toBe(withBase('/leitfaeden/grundsteuerreform-umsetzung/', BASE));
		for (const result of results) expect(result.href.startsWith(BASE), result.href).toBe(true);
		await page.locator(`#search-list a[href="${hit!.href}"]`).first().click();
		await page.waitForURL(at('/leitfaeden/grundsteuerreform-umsetzung/'));
		expect(await page.locator('h1').textContent()).toContain('Grundsteuer');
		// The English search page links to the English pages, below the base as well.
		current = '/en/search/';
		await page.goto(`${at('/en/search/')}?q=Grundsteuer`);
		await waitForSearch(page);
		expect((await shownResults(page)).map((r) => r.href)).toContain(
			withBase('/en/guides/grundsteuerreform-umsetzung/', BASE),
		);
		expect(incidents).toEqual([]);
	});

	it('names addresses below the base in its feeds, calendars, sitemaps and open data', async () => {
		for (const path of [
			'/feed.xml',
			'/kalender.ics',
			'/sitemap-index.xml',
			'/sitemap-1.xml',
			'/robots.txt',
			'/api/catalog.json',
		]) {
			const response = await fetch(at(path));
			expect(response.status, path).toBe(200);
			// Calendar lines are folded at 75 octets; unfolded, every address is whole again.
			const text = (await response.text()).replace(/\r\n[ \t]/g, '');
			const addresses = [...text.matchAll(new RegExp(`${origin.replace(/[.]/g, '\\.')}[^\\s"<>]*`, 'g'))].map(
				(m) => m[0],
			);
			expect(addresses.length, path).toBeGreaterThan(0);
			expect(
				addresses.filter((address) => !address.startsWith(site)),
				path,
			).toEqual([]);
		}
	});
});
