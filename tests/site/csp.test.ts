/**
 * The Content-Security-Policy in a real Chromium: every built page carries it
 * before anything it governs, and opening every page causes no violation, no
 * dialog and no request to another host. A canary proves the policy blocks
 * what it must and that the listeners hear it; the search and the
 * contribution form, the two pages with scripts, still work under it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy, TABLE_ALIGNMENT_STYLES } from '../../src/lib/publish/content-security-policy.ts';
import { loadSiteConfig } from '../../src/lib/registries/load-site-config.ts';
import { launchBrowser } from '../support/browser.ts';
import { idOf, searchesDone, shownResults, waitForSearch } from './search-page.ts';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const policy = contentSecurityPolicy(loadSiteConfig(process.cwd()));

/** Every page of the build, as the address a reader opens: `dist/a/index.html` → `/a/`. */
function builtPages(dist = 'dist'): string[] {
	return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
		.map((file) => file.split(sep).join('/'))
		.filter((file) => file.endsWith('.html') && !file.startsWith('.'))
		.map((file) => `/${file}`.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

/** Something a page did that it must not, with the page it happened on. */
interface Incident {
	page: string;
	what: string;
}

let context: BrowserContext;
let close: () => Promise<void>;
let page: Page;
/** The page being looked at; incidents are filed under it. */
let current = '';
const incidents: Incident[] = [];
const report = (what: string) => incidents.push({ page: current, what });
const lines = (list: Incident[]) => list.map((i) => `${i.page}: ${i.what}`);

beforeAll(async () => {
	({ context, close } = await launchBrowser());
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
			report(`request to ${url}`);
	});
	// The browser reports each violation to the page as an event; it reaches the test through a binding, across navigations.
	await context.exposeBinding(
		'reportCspViolation',
		(_source, v: { directive: string; blocked: string; sample: string; source: string; line: number }) => {
			report(
				`CSP violation of ${v.directive}: ${v.blocked || 'inline'}${v.sample ? ` "${v.sample}"` : ''}${v.source ? ` at ${v.source}:${v.line}` : ''}`,
			);
		},
	);
	await context.addInitScript(() => {
		document.addEventListener(
			'securitypolicyviolation',
			(e) => {
				(window as unknown as { reportCspViolation: (v: object) => void }).reportCspViolation({
					directive: e.effectiveDirective,
					blocked: e.blockedURI,
					sample: e.sample,
					source: e.sourceFile,
					line: e.lineNumber,
				});
			},
			true,
		);
	});
	page = await context.newPage();
	page.on('console', (message) => {
		if (/content.security.policy/i.test(message.text())) report(`console ${message.type()}: ${message.text()}`);
	});
	page.on('dialog', (dialog) => {
		report(`${dialog.type()} dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
});
afterAll(async () => close?.());
beforeEach(() => {
	incidents.length = 0;
});

/** Opens `path` and, where the page runs scripts, waits until they have done their work. */
async function open(path: string): Promise<void> {
	current = path;
	await page.goto(`${baseUrl}${path}`);
	if ((await page.locator('script[src]').count()) > 0) await page.waitForLoadState('networkidle');
}

describe('the policy', () => {
	it('is in every built page, once, before any script or style, with the configured directives', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(100);
		const problems: string[] = [];
		for (const path of pages) {
			const html = readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
			const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)];
			if (metas.length !== 1) {
				problems.push(`${path}: ${metas.length} policies`);
				continue;
			}
			const before = html.slice(0, metas[0]!.index);
			if (/<script|<style|<link[^>]+rel="stylesheet"/.test(before))
				problems.push(`${path}: a script or style comes before the policy`);
			const content = metas[0]![1]!.replaceAll('&#39;', "'");
			for (const directive of policy.directives)
				if (!content.includes(`${directive};`)) problems.push(`${path}: no "${directive}"`);
			if (!content.includes(`script-src ${policy.scriptDirective.resources.join(' ')} `))
				problems.push(`${path}: script-src is not "${policy.scriptDirective.resources.join(' ')}" and hashes`);
			if (/unsafe-inline|'unsafe-eval'|frame-ancestors/.test(content)) problems.push(`${path}: ${content}`);
		}
		expect(problems).toEqual([]);
	});

	it('blocks inline script, foreign images and other style attributes, lets aligned table cells keep their alignment, and the listeners hear it', async () => {
		await open('/');
		expect(incidents).toEqual([]);
		const result = await page.evaluate(
			async (alignments) => {
				const ran = { script: false };
				(window as unknown as { ran: typeof ran }).ran = ran;
				const script = document.createElement('script');
				script.textContent = 'window.ran.script = true';
				document.body.append(script);
				const img = document.createElement('img');
				img.src = 'https://tracker.example/pixel.gif';
				document.body.append(img);
				const hostile = document.createElement('p');
				hostile.setAttribute('style', 'position: fixed; inset: 0');
				document.body.append(hostile);
				const cells = alignments.map(() => Object.assign(document.createElement('td'), { textContent: 'x' }));
				alignments.forEach((style, i) => cells[i]!.setAttribute('style', style));
				const table = document.createElement('table');
				table.append(...cells);
				document.body.append(table);
				await new Promise((resolve) => setTimeout(resolve, 200));
				return {
					ran: ran.script,
					hostile: getComputedStyle(hostile).position,
					aligned: cells.map((c) => getComputedStyle(c).textAlign),
				};
			},
			[...TABLE_ALIGNMENT_STYLES],
		);
		// A call from the test itself is no page script: it shows that a dialog would be noticed.
		await page.evaluate(() => alert('canary'));
		expect(result).toEqual({ ran: false, hostile: 'static', aligned: ['left', 'center', 'right'] });
		const seen = lines(incidents).join('\n');
		expect(seen).toMatch(/CSP violation of script-src-elem: inline/);
		expect(seen).toMatch(/CSP violation of img-src: https:\/\/tracker\.example\/pixel\.gif/);
		expect(seen).toMatch(/CSP violation of style-src-attr: inline/);
		expect(seen).toMatch(/console error: .*Content Security Policy/);
		expect(seen).toMatch(/alert dialog: canary/);
		// The request listener hears even an attempt that the policy then blocks.
		expect(seen).toMatch(/request to https:\/\/tracker\.example\/pixel\.gif/);
		// Exactly the three things above were refused: the aligned table cells were not.
		expect(incidents.filter((i) => i.what.startsWith('CSP violation'))).toHaveLength(3);
	});
});

describe('every built page', () => {
	it('opens without a CSP violation, a dialog or a request to another host', async () => {
		// A page at an old address leaves at once for the page it names, which is opened in its own turn.
		const leaves = (path: string) => readFileSync(`dist${path}index.html`, 'utf8').includes('http-equiv="refresh"');
		const pages = builtPages().filter((path) => !path.endsWith('/') || !leaves(path));
		const all: Incident[] = [];
		for (const path of pages) {
			await open(path);
			all.push(...incidents.splice(0));
		}
		expect(lines(all)).toEqual([]);
	}, 600_000);
});

describe('under the policy', () => {
	it('the search page finds what a reader types', async () => {
		await open('/suche/');
		const done = await searchesDone(page);
		await page.locator('#search-q').pressSequentially('Grundsteuer', { delay: 20 });
		await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('Grundsteuer'));
		await waitForSearch(page, done);
		expect((await shownResults(page)).map((r) => idOf(r.href))).toContain('grundsteuerreform-umsetzung');
		expect(lines(incidents)).toEqual([]);
	});

	it('the contribution form loads its references, checks entries and shows the error summary', async () => {
		await open('/mitmachen/');
		await page.check('#kind-lessons');
		// The organization search fetches the register from this site.
		await page.fill('#form-lessons-organization', 'Kaisers');
		await expect.poll(() => page.locator('#form-lessons-organizations option[value="ags:07312000"]').count()).toBe(1);
		await page.click('#form-lessons button[type=submit]');
		await expect(page.locator('#form-lessons [data-error-summary]').isVisible()).resolves.toBe(true);
		expect(await page.locator('#form-lessons [data-error-summary] li').count()).toBeGreaterThan(0);
		expect(lines(incidents)).toEqual([]);
	});

	it('the co-signature form finds a body, checks entries with the schema and shows the error summary', async () => {
		await open('/positionen/waermeplanung-finanzierung-2026/mitzeichnen/');
		// Only while the example paper's consultation is open does the page have its form.
		if ((await page.locator('#cosign').count()) === 0) return;
		await page.fill('#cosign-signatory', 'Ulm');
		await expect.poll(() => page.locator('#cosign-organizations option[value="ags:08421000"]').count()).toBe(1);
		await page.click('#cosign button[type=submit]');
		await expect(page.locator('#cosign [data-error-summary]').isVisible()).resolves.toBe(true);
		expect(await page.locator('#cosign [data-error-summary] li').count()).toBeGreaterThan(0);
		expect(lines(incidents)).toEqual([]);
	});
});
