/**
 * The demand tracker and the demand timeline on the shared build of the
 * repository's own papers: the counts per addressee, how long an open demand
 * has been open, the links back to the very demand, the static status
 * filters, and a paper's timeline, in German and English. (axe runs over one
 * page of each tracker template in `browser.test.ts`.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildDate } from '../../src/lib/build-date.ts';
import { href, trackerHref } from '../../src/lib/routes/routes.ts';
import { launchBrowser } from '../support/browser.ts';
import { documentIds } from './pages.ts';

const baseUrl = inject('baseUrl');
let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => {
	({ context, close } = await launchBrowser());
});
afterAll(async () => close?.());

async function open(path: string): Promise<Page> {
	const page = await context.newPage();
	const response = await page.goto(`${baseUrl}${path}`);
	expect(response?.status(), path).toBe(200);
	return page;
}

/** The cells of the row of the index table named `row`. */
const cells = (page: Page, row: string) =>
	page.locator('main table tbody tr').evaluateAll(
		(rows, name) =>
			rows
				.find((tr) => tr.querySelector('th')?.textContent?.trim() === name)
				?.querySelectorAll('td')
				.values()
				.map((td) => td.textContent!.trim())
				.toArray() ?? [],
		row,
	);

/** Whole days from `from` to the build date, as the tracker counts them. */
const daysSince = (from: string) => Math.round((Date.parse(buildDate()) - Date.parse(from)) / 86_400_000);

describe('demand tracker', () => {
	it('counts every demand of every paper once, and the demands to the Bund per status', async () => {
		const demands = documentIds('positions').reduce((sum, id) => {
			const data = parseFrontmatter(readFileSync(`content/positions/${id}.md`, 'utf8')).frontmatter as {
				demands?: unknown[];
			};
			return sum + (data.demands?.length ?? 0);
		}, 0);
		const page = await open(trackerHref('de'));
		await expect(page.locator('main').innerText()).resolves.toContain(`${demands} Forderungen in allen Papieren.`);
		// Open, in progress, partly met, met, rejected, all: `level:bund` and the federal government together.
		expect(await cells(page, 'Bund')).toEqual(['11', '3', '0', '4', '4', '22']);
		expect(await cells(page, 'Bundesregierung')).toEqual(['3', '1', '0', '1', '0', '5']);
		// The Länder-level demand of the paper Bavaria's association co-signed is Bavaria's too.
		expect(await cells(page, 'Bayern')).toEqual(['1', '0', '0', '0', '0', '1']);
		await page.close();
		const en = await open(trackerHref('en'));
		expect(await cells(en, 'Federation')).toEqual(['11', '3', '0', '4', '4', '22']);
		await expect(en.locator('main').innerText()).resolves.toContain(`${demands} demands in all papers.`);
		await en.close();
	});

	it('lists the open demands to the Bund, longest open first, each linked to its place in its paper', async () => {
		const page = await open(trackerHref('de', 'bund', 'open'));
		const rows = page.locator('main table tbody tr');
		await expect(rows.count()).resolves.toBe(11);
		// Longest open first: the days they have been open since do not decrease.
		const opened = await rows
			.locator('td:nth-of-type(2) time')
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
		expect(opened).toHaveLength(11);
		expect([...opened].sort()).toEqual(opened);
		const link = `${href('de', 'positions', 'altschulden-aktionsbuendnis-2023')}#demand-2`;
		const row = rows.filter({ has: page.locator(`a[href="${link}"]`) });
		await expect(row.locator('td').nth(1).innerText()).resolves.toBe(
			`seit ${daysSince('2023-10-20').toLocaleString('de-DE')} Tagen offen\noffen seit 20. Oktober 2023`,
		);
		// The filter links say their counts; the current one is marked as such, not by colour.
		const current = page.locator('nav[aria-labelledby="by-status"] a[aria-current="page"]');
		await expect(current.innerText()).resolves.toBe('○ Offen');
		await expect(page.locator('nav[aria-labelledby="by-status"]').innerText()).resolves.toContain('Alle (22)');
		await page.close();
		const paper = await open(link);
		await expect(paper.locator('#demand-2 th').innerText()).resolves.toContain('faire Finanzverteilung');
		await paper.close();
	});

	it('counts a demand in progress as open since it was first open, by its history', async () => {
		const page = await open(trackerHref('en', 'bundesregierung', 'in-progress'));
		await expect(page.locator('main table tbody tr td').nth(1).innerText()).resolves.toBe(
			`open for ${daysSince('2023-10-20').toLocaleString('en-GB')} days\nopen since 20 October 2023`,
		);
		await page.close();
	});

	it('has no page in the search index', () => {
		for (const root of ['dist/forderungen', 'dist/en/demands']) {
			const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
			expect(pages.length).toBeGreaterThan(10);
			for (const file of pages)
				expect(readFileSync(join(root, file), 'utf8'), file).not.toContain('data-pagefind-body');
		}
	});
});

describe('a paper’s demands', () => {
	it('show each status with a shape beside the word and the history as a dated list', async () => {
		const page = await open(href('de', 'positions', 'deutschlandticket-oepnv-finanzierung-2024'));
		const row = page.locator('#demand-5');
		await expect(row.locator('.demand-status').innerText()).resolves.toBe('● Erfüllt');
		await expect(row.locator('.demand-status [aria-hidden="true"]').innerText()).resolves.toBe('●');
		await expect(row.locator('ol.demand-steps li').allInnerTexts()).resolves.toEqual([
			'5. Juni 2024: Offen',
			'7. November 2025: In Bearbeitung – Bundestag beschließt die elfte Änderung des Regionalisierungsgesetzes.',
			'21. November 2025: Erfüllt – Bundesrat stimmt zu.',
		]);
		await expect(row.locator('ol.demand-steps').getAttribute('aria-label')).resolves.toBe('Verlauf des Stands');
		// A demand without a history shows no list.
		await expect(page.locator('#demand-1 ol').count()).resolves.toBe(0);
		await page.close();
		const en = await open(href('en', 'positions', 'deutschlandticket-oepnv-finanzierung-2024'));
		await expect(en.locator('#demand-5 ol.demand-steps li').first().innerText()).resolves.toBe('5 June 2024: Open');
		await en.close();
	});
});
