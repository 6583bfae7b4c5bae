/**
 * The map of the Länder in a real Chromium, on the home page, the Länder
 * index and a topic hub, in both languages: the 16 Länder are drawn from the
 * map file under the Content-Security-Policy, each leads to its Land's page,
 * the table beside the map gives the same counts, and the map stays visible
 * and passes axe with forced colours (Windows contrast themes) as without.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { href, languageRoot } from '../../src/lib/routes/routes.ts';
import { LAND_CODES } from '../../src/schemas/primitives.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
let context: BrowserContext;
let close: () => Promise<void>;

beforeAll(async () => {
	({ context, close } = await launchBrowser());
});
afterAll(async () => close?.());

/** What a page says went wrong: console errors (a CSP violation is one) and requests that failed. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`${response.status()}: ${response.url()}`);
	});
	await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
	return { page, errors };
}

/** The map's links as drawn: address, title and size on screen. */
const mapLinks = (page: Page) =>
	page.locator('.laender-map__svg a').evaluateAll((links) =>
		links.map((a) => {
			const box = a.getBoundingClientRect();
			return {
				href: a.getAttribute('href') ?? '',
				title: a.querySelector('title')?.textContent?.trim() ?? '',
				width: box.width,
				height: box.height,
				stroke: getComputedStyle(a.querySelector('use')!).stroke,
			};
		}),
	);

/** The table's rows: the Land's name and address, and its count. */
const tableRows = (page: Page) =>
	page.locator('.laender-map tbody tr').evaluateAll((rows) =>
		rows.map((row) => ({
			name: row.querySelector('th a')?.textContent?.trim() ?? '',
			href: row.querySelector('th a')?.getAttribute('href') ?? '',
			count: Number(row.querySelector('td')?.textContent?.replace(/\D/g, '')),
		})),
	);

const pages = UI_LANGUAGES.flatMap((lang) => [
	{ lang, path: languageRoot(lang) },
	{ lang, path: href(lang, 'laender') },
	{ lang, path: href(lang, 'topics', 'energie') },
]);

describe.each(pages)('the map on $path', ({ lang, path }) => {
	it('draws the 16 Länder, each a link to its page, with the counts of the table beside it', async () => {
		const { page, errors } = await open(path);
		try {
			const links = await mapLinks(page);
			expect(links.map((l) => l.href).sort()).toEqual(LAND_CODES.map((code) => href(lang, 'laender', code)).sort());
			for (const link of links) {
				expect(link.width, link.href).toBeGreaterThan(0);
				expect(link.height, link.href).toBeGreaterThan(0);
			}
			const rows = await tableRows(page);
			expect(rows).toHaveLength(16);
			for (const link of links) {
				const row = rows.find((r) => r.href === link.href)!;
				expect(row, link.href).toBeDefined();
				// "Bayern: 3 Dokumente" / "Bayern: no documents": the name, then the count (none is 0).
				expect(link.title.startsWith(`${row.name}: `), link.title).toBe(true);
				expect(Number(/\d+/.exec(link.title.replace(/\./g, ''))?.[0] ?? 0), link.title).toBe(row.count);
			}
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('passes axe, and stays visible and passes axe with forced colours', async () => {
		const { page } = await open(path);
		try {
			expect(await axeViolations(page)).toEqual([]);
			await page.emulateMedia({ forcedColors: 'active' });
			for (const link of await mapLinks(page)) {
				expect(link.stroke, link.href).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
				expect(link.width, link.href).toBeGreaterThan(0);
			}
			expect(await axeViolations(page)).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

describe('a Land of the map', () => {
	it('leads to its page when clicked', async () => {
		const { page } = await open('/laender/');
		try {
			// Bayern is large: the middle of its box is Bayern's own, whatever the rounding.
			await Promise.all([
				page.waitForURL(`${baseUrl}/laender/by/`),
				page.locator('.laender-map__svg a[href="/laender/by/"]').click(),
			]);
			expect(new URL(page.url()).pathname).toBe('/laender/by/');
		} finally {
			await page.close();
		}
	});

	it('stands out under the pointer, in forced colours too', async () => {
		const { page } = await open('/laender/');
		try {
			const bayern = page.locator('.laender-map__svg a[href="/laender/by/"]');
			const fill = () => bayern.evaluate((a) => getComputedStyle(a.querySelector('use')!).fill);
			const before = await fill();
			await bayern.hover();
			expect(await fill()).not.toBe(before);
			await page.emulateMedia({ forcedColors: 'active' });
			await page.mouse.move(0, 0);
			const canvas = await fill();
			await bayern.hover();
			expect(await fill()).not.toBe(canvas);
		} finally {
			await page.close();
		}
	});
});
