/**
 * The layout as a reader meets it on a phone (390 × 844) and on a desktop
 * (1280 px): the header leaves room for the page, the navigation and the
 * search stay reachable by keyboard, tables keep each row's name in view
 * while they scroll sideways, and the contribution form asks only for what
 * the chosen status needs. Every state is checked with axe.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import de from '../../src/i18n/de.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const GUIDE = '/leitfaeden/grundsteuerreform-umsetzung/';
const PAPER = '/positionen/altschulden-aktionsbuendnis-2023/';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let context: BrowserContext;
let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
	({ context, close } = await launchBrowser());
});
afterAll(async () => close?.());
afterEach(async () => page?.close());

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
	page = await context.newPage();
	await page.setViewportSize(viewport);
	await page.goto(`${baseUrl}${path}`);
	return page;
}

/** Whether `inner` lies wholly inside the visible box of `outer` (one pixel of rounding allowed). */
async function inside(inner: Locator, outer: Locator): Promise<boolean> {
	const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
	if (!a || !b) return false;
	return a.x >= b.x - 1 && a.x + a.width <= b.x + b.width + 1;
}

/** The table's scroll box, scrolled sideways as far as it goes. */
async function scrollToEnd(box: Locator): Promise<number> {
	return box.evaluate((el) => {
		el.scrollLeft = el.scrollWidth;
		return el.scrollLeft;
	});
}

/** Presses Tab until `selector` has the focus; the number of presses, or -1 when it never gets it. */
async function tabTo(selector: string, most = 12): Promise<number> {
	for (let n = 1; n <= most; n++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return n;
	}
	return -1;
}

describe('header', () => {
	it('takes at most a fifth of a phone screen, and its menu opens by keyboard', async () => {
		await open(GUIDE, PHONE);
		const header = await page.locator('.site-header').boundingBox();
		expect(header!.height).toBeLessThanOrEqual(0.2 * PHONE.height);
		const first = page.locator('.site-nav a').first();
		expect(await first.isVisible()).toBe(false);
		// Skip link, Leichte Sprache, Gebärdensprache, site name, language, then the menu button.
		expect(await tabTo('.site-menu > summary')).toBe(6);
		expect(await page.locator('.site-menu > summary').ariaSnapshot()).toContain(de['nav.menu']);
		await page.keyboard.press('Enter');
		expect(await page.locator('.site-menu').getAttribute('open')).toBe('');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(de['section.positions']);
		expect(await first.isVisible()).toBe(true);
		// The open menu lies over the page: the header keeps its height, nothing below moves.
		expect((await page.locator('.site-header').boundingBox())!.height).toBe(header!.height);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('shows the whole navigation at desktop width, without a menu button', async () => {
		await open(GUIDE, DESKTOP);
		expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
		const links = page.locator('.site-nav a');
		expect(await links.count()).toBe(9);
		for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
		expect(await tabTo('.site-nav a')).toBe(6);
		expect(await axeViolations(page)).toEqual([]);
	});

	// BITV 2.0 § 4: Leichte Sprache and Gebärdensprache are findable from the start page, here from every page's header.
	it.each([
		{ lang: 'de', dict: de, path: '/', easy: '/leichte-sprache/', sign: '/gebaerdensprache/' },
		{ lang: 'de', dict: de, path: GUIDE, easy: '/leichte-sprache/', sign: '/gebaerdensprache/' },
		{ lang: 'en', dict: en, path: '/en/', easy: '/en/easy-read/', sign: '/en/sign-language/' },
		{
			lang: 'en',
			dict: en,
			path: '/en/guides/grundsteuerreform-umsetzung/',
			easy: '/en/easy-read/',
			sign: '/en/sign-language/',
		},
	])(
		'leads to Leichte Sprache and Gebärdensprache from the header of $path',
		async ({ lang, dict, path, easy, sign }) => {
			await open(path, PHONE);
			for (const [key, target] of [
				['easyLanguage', easy],
				['signLanguage', sign],
			] as const) {
				const link = page.locator(`.site-header a[href="${target}"]`);
				expect(await link.isVisible()).toBe(true);
				// The visible name is German in both languages, and said in German on the English pages.
				expect((await link.locator('span').first().innerText()).trim()).toBe(de[`section.${key}`]);
				expect(await link.locator('span').first().getAttribute('lang')).toBe(lang === 'de' ? null : 'de');
				// Its accessible name starts with what is seen (WCAG 2.5.3) and says, in the reader's language, what is behind it.
				expect(await link.ariaSnapshot()).toContain(`link "${de[`section.${key}`]}${dict[`header.${key}.hint`]}"`);
				expect(await tabTo(`.site-header a[href="${target}"]`)).toBeGreaterThan(0);
				await page.keyboard.press('Enter');
				await page.waitForURL(`${baseUrl}${target}`);
				await page.goBack();
			}
			const header = await page.locator('.site-header').boundingBox();
			expect(header!.height).toBeLessThanOrEqual(0.2 * PHONE.height);
			expect(await axeViolations(page)).toEqual([]);
		},
	);

	it.each([PHONE, DESKTOP])('labels the search field visibly, with the label in its name (%o)', async (viewport) => {
		await open('/', viewport);
		const label = page.locator('label[for="site-search-q"]');
		expect(await label.isVisible()).toBe(true);
		expect((await label.innerText()).trim()).toBe(de['search.header.field']);
		expect(await page.locator('.site-search').ariaSnapshot()).toContain(`searchbox "${de['search.header.field']}"`);
		const field = await page.locator('#site-search-q').boundingBox();
		expect(field!.width).toBeGreaterThan(100);
	});
});

describe('tables', () => {
	it('keeps the Land in view while the matrix scrolls sideways on a phone', async () => {
		await open(GUIDE, PHONE);
		const box = page.locator('.table-scroll:has(table.matrix)');
		// A focusable region named by the heading, so that keyboard users can scroll it.
		expect(await box.getAttribute('role')).toBe('region');
		expect(await box.getAttribute('tabindex')).toBe('0');
		expect(await box.getAttribute('aria-labelledby')).toBe('matrix');
		expect(await scrollToEnd(box)).toBeGreaterThan(0);
		const lands = box.locator('tbody th[scope="row"]');
		expect(await lands.count()).toBe(17);
		for (const land of await lands.all()) expect(await inside(land, box)).toBe(true);
		expect(await inside(box.locator('thead th').last(), box)).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('keeps the demand in view and shows its status beside it on a phone', async () => {
		await open(PAPER, PHONE);
		const box = page.locator('section[aria-labelledby="demands"] .table-scroll');
		const header = await box.locator('thead th').allInnerTexts();
		expect(header.slice(0, 2)).toEqual([de['position.demand'], de['position.demand.status']]);
		const row = box.locator('tbody tr').first();
		expect(await inside(row.locator('th[scope="row"]'), box)).toBe(true);
		expect(await inside(row.locator('td').first(), box)).toBe(true);
		expect(await scrollToEnd(box)).toBeGreaterThan(0);
		for (const demand of await box.locator('tbody th[scope="row"]').all()) expect(await inside(demand, box)).toBe(true);
		expect(await inside(row.locator('td').last(), box)).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('fits the whole matrix, "Quelle" included, into its box at desktop width', async () => {
		await open(GUIDE, DESKTOP);
		const box = page.locator('.table-scroll:has(table.matrix)');
		expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		const source = box.locator('thead th').last();
		expect(await source.innerText()).toBe(de['guide.matrix.source']);
		expect(await inside(source, box)).toBe(true);
		for (const link of await box.locator('tbody td:last-child a').all()) expect(await inside(link, box)).toBe(true);
	});

	it('marks a Land’s own rule in words and sets its text in normal weight', async () => {
		await open(GUIDE, DESKTOP);
		const cells = page.locator('table.matrix .cell--overridden');
		expect(await cells.count()).toBeGreaterThan(10);
		const weights = await cells.evaluateAll((list) =>
			list.map((cell) => ({
				marker: cell.querySelector('.cell-state')?.textContent,
				text: getComputedStyle(cell.querySelector(':scope > span:not(.cell-state)')!).fontWeight,
			})),
		);
		for (const cell of weights) expect(cell).toEqual({ marker: de['guide.matrix.overridden'], text: '400' });
	});

	it('refers to the matrix by its name and a link, not by where it is', async () => {
		await open(GUIDE, DESKTOP);
		const prose = await page.locator('article').innerText();
		expect(prose).not.toMatch(/Matrix (unten|oben)/);
		const link = page.locator('article a[href="#matrix"]');
		expect(await link.innerText()).toBe(de['guide.matrix']);
		expect(await page.locator('h2#matrix').innerText()).toBe(de['guide.matrix']);
	});
});

describe('contribution form by status', () => {
	const lifecycle = [
		'[data-field="dates.consultationStart"]',
		'[data-field="dates.adopted"]',
		'[data-field="dates.withdrawn"]',
		'[data-field="adoptedBy"]',
		'[data-field="withdrawalReason"]',
		'[data-field="cosignatories"]',
	];
	const form = () => page.locator('#form-positions');
	const visible = async () =>
		Promise.all(lifecycle.map(async (selector) => [selector, await form().locator(selector).isVisible()] as const));
	const height = async () => (await form().boundingBox())!.height;
	/** The names the browser would submit: hidden fields are disabled and so left out. */
	const submitted = () => form().evaluate((f: HTMLFormElement) => [...new FormData(f).keys()]);

	it('asks a new paper, a draft, only for what a draft needs', async () => {
		await open('/mitmachen/', PHONE);
		await page.check('#kind-positions');
		expect(await page.inputValue('#form-positions-status')).toBe('draft');
		expect(await visible()).toEqual(lifecycle.map((s) => [s, false]));
		const draft = await height();
		expect(await submitted()).not.toContain('adoptedBy');
		expect(await axeViolations(page)).toEqual([]);

		await page.selectOption('#form-positions-status', 'withdrawn');
		expect(await visible()).toEqual(lifecycle.map((s) => [s, true]));
		const withdrawn = await height();
		// A withdrawn paper has every lifecycle field: the form as it was for every status.
		expect(draft).toBeLessThan(0.75 * withdrawn);
		expect(await submitted()).toEqual(expect.arrayContaining(['adoptedBy', 'withdrawalReason', 'dates.withdrawn']));
		expect(await axeViolations(page)).toEqual([]);

		await page.selectOption('#form-positions-status', 'consultation');
		expect(Object.fromEntries(await visible())).toMatchObject({
			'[data-field="dates.consultationStart"]': true,
			'[data-field="cosignatories"]': true,
			'[data-field="dates.adopted"]': false,
			'[data-field="withdrawalReason"]': false,
		});
		// What was typed for another status stays in the field but does not go into the file.
		await page.selectOption('#form-positions-status', 'adopted');
		await page.fill('#form-positions-adoptedBy', 'Präsidium');
		await page.selectOption('#form-positions-status', 'draft');
		expect(await submitted()).not.toContain('adoptedBy');
		expect(await height()).toBe(draft);

		await page.fill('#form-positions-title', 'Hitzeschutz in Kommunen');
		await page.fill('#form-positions-summary', 'Was Städte vom Land für den Hitzeschutz brauchen.');
		await page.check('#form-positions-topics-energie');
		await page.fill('#form-positions-lead', 'staedtetag');
		await page.check('#form-positions-addressees-level-land');
		await page.click('#form-positions button[type=submit]');
		await expect.poll(() => page.locator('#form-positions [data-result]').isVisible()).toBe(true);
		const file = await page.inputValue('#form-positions-output');
		expect(file).toContain('status: draft');
		expect(file).not.toContain('Präsidium');
		expect(file).not.toContain('adoptedBy');
	});
});
