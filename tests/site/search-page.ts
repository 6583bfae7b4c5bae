/**
 * Helpers for the search tests: open the search page, wait until a search has
 * finished, read what a reader sees, and run axe.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Catalog } from '../../src/lib/search/build/catalog.ts';

/** The catalogue of the build under test, for expected results. */
export function readCatalog(dist = 'dist'): Catalog {
	return JSON.parse(readFileSync(`${dist}/api/catalog.json`, 'utf8')) as Catalog;
}

/** How many searches the page has finished. */
export async function searchesDone(page: Page): Promise<number> {
	return page.evaluate(() => Number(document.getElementById('search-app')?.dataset['done'] ?? 0));
}

/** Waits until a search after `after` finished searches has finished, its results are shown and its count announced. */
export async function waitForSearch(page: Page, after = 0): Promise<void> {
	await page.waitForFunction(
		(previous) =>
			Number(document.getElementById('search-app')?.dataset['done'] ?? 0) > previous &&
			!document.getElementById('search-list')?.hasAttribute('aria-busy') &&
			!document.getElementById('search-app')?.hasAttribute('data-settling'),
		after,
		{ timeout: 20_000 },
	);
}

/** Opens the search page at `query` (e.g. `?q=OZG`) and waits for its first search. */
export async function openSearch(page: Page, baseUrl: string, query = '', path = '/suche/'): Promise<void> {
	await page.goto(`${baseUrl}${path}${query}`);
	await waitForSearch(page);
}

/** What the result list shows. */
export interface ShownResult {
	title: string;
	href: string;
	meta: string;
	/** The status line: `Status: Beschlossen`, `Ersetzt – gilt nicht mehr`, with the example flag. */
	status: string;
	/** The summary, as HTML (highlights are `<mark>`). */
	summary: string;
	/** The excerpt below the summary, as HTML; empty when it would only repeat the summary. */
	excerpt: string;
	/** Title, summary and excerpt, as HTML: where a reader sees the words that matched. */
	highlighted: string;
	/** All text of the entry, as a reader sees it. */
	text: string;
	source: string | undefined;
}

export async function shownResults(page: Page): Promise<ShownResult[]> {
	return page.$$eval('#search-list > li', (items) =>
		items.map((li) => ({
			title: li.querySelector('h3')?.textContent?.trim() ?? '',
			href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
			meta: li.querySelector('.meta')?.textContent?.trim() ?? '',
			status: li.querySelector('.search-result__status')?.textContent?.trim() ?? '',
			summary: li.querySelector('.search-summary')?.innerHTML ?? '',
			excerpt: li.querySelector('.search-excerpt')?.innerHTML ?? '',
			highlighted: ['h3 a', '.search-summary', '.search-excerpt']
				.map((selector) => li.querySelector(selector)?.innerHTML ?? '')
				.join(' '),
			text: (li as HTMLElement).innerText,
			source: li.querySelector('.badge--source')?.textContent?.trim(),
		})),
	);
}

/** The text of the announced status. */
export async function statusText(page: Page): Promise<string> {
	return (await page.textContent('#search-status'))?.trim() ?? '';
}

/** The document id at the end of a result address. */
export function idOf(href: string): string {
	return href.replace(/\/$/, '').split('/').at(-1)!;
}

/**
 * Opens a facet's disclosure as a reader does, unless it is open, and waits
 * until its values and their counts are there: they load when it opens.
 */
export async function openFacet(page: Page, facet: string): Promise<void> {
	const details = page.locator(`#search-facets details[data-facet="${facet}"]`);
	if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
		await details.locator(':scope > summary').click();
	await page.waitForFunction((name) => {
		const element = document.querySelector(`#search-facets details[data-facet="${name}"]`);
		const counts = [...(element?.querySelectorAll('.search-facet__count') ?? [])];
		return counts.length > 0 && counts.every((count) => /\(\d/.test(count.textContent ?? ''));
	}, facet);
}

/** The visible values of one facet with their counts: `{ Bayern: 3 }`. */
export async function facetValues(page: Page, facet: string): Promise<Record<string, number>> {
	return page.$$eval(`#search-facets input[name="${facet}"]`, (inputs) =>
		Object.fromEntries(
			inputs
				.filter((input) => !(input.closest('li') as HTMLElement).hidden)
				.map((input) => [
					(input as HTMLInputElement).value,
					Number(/\((\d+)\)/.exec(input.closest('li')!.textContent ?? '')?.[1] ?? NaN),
				]),
		),
	);
}

export { axeViolations } from '../support/axe.ts';
