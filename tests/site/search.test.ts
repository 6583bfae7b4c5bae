/**
 * The search page as a reader uses it, in Chromium against the built site:
 * a query, facets (OR within one, AND across), browsing without a query, the
 * URL as the whole state with a working back button, keyboard-only use, the
 * header search box, and recall of the German compound and abbreviation
 * query set.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import de from '../../src/i18n/de.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import type { CatalogDocument } from '../../src/lib/search/build/catalog.ts';
import { launchBrowser } from '../support/browser.ts';
import {
	axeViolations,
	facetValues,
	idOf,
	openFacet,
	openSearch,
	readCatalog,
	searchesDone,
	shownResults,
	statusText,
	waitForSearch,
} from './search-page.ts';
import { ABBREVIATION_QUERIES, COMPOUND_QUERIES, type RecallQuery } from './search-queries.ts';

const baseUrl = inject('baseUrl');
const catalog = readCatalog();
const { registries } = loadRegistries(process.cwd());
const landName = (code: string) => registries.register.laender.get(code as 'BY')!.name;
let context: BrowserContext;
let close: () => Promise<void>;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
	({ context, close } = await launchBrowser());
	context.on('request', (request) => {
		if (!request.url().startsWith(`${baseUrl}/`)) problems.push(`request to ${request.url()}`);
	});
});
afterAll(async () => close?.());
afterEach(async () => {
	await page?.close();
	expect(problems).toEqual([]);
});

async function newPage(): Promise<Page> {
	page = await context.newPage();
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	return page;
}

const ids = (docs: CatalogDocument[]) => docs.map((d) => d.id).sort();

describe('a query', () => {
	it('shows kind, title, date, organization, summary and a highlighted excerpt, announces the count, and passes axe', async () => {
		await newPage();
		await openSearch(page, baseUrl, '?q=W%C3%A4rmeplanung');
		const results = await shownResults(page);
		expect(results.length).toBeGreaterThan(0);
		expect(results.map((r) => idOf(r.href))).toContain('kommunale-waermeplanung');
		const first = page.locator('#search-list > li').first();
		await expect(first.locator('.meta').first().innerText()).resolves.toMatch(
			/^(Positionspapier|Erfahrungsbericht|Umsetzungsleitfaden) · \d{1,2}\. \p{L}+ \d{4}$/u,
		);
		expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(await first.locator('p').count()).toBeGreaterThanOrEqual(4); // kind and date, organization, summary, excerpt
		// The words that matched are highlighted, in the summary or in the excerpt below it.
		expect(results[0]!.highlighted).toContain('<mark>');
		// The count is announced politely; the whole sentence, not just the changed part.
		const count = Number(/^(\d+) Treffer für „Wärmeplanung“$/.exec(await statusText(page))?.[1]);
		expect(results.length).toBe(Math.min(count, 10));
		const region = page.locator('#search-status');
		expect([
			await region.getAttribute('role'),
			await region.getAttribute('aria-live'),
			await region.getAttribute('aria-atomic'),
		]).toEqual(['status', 'polite', 'true']);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('finds a compound by its part and highlights the compound, not the added terms', async () => {
		await newPage();
		await openSearch(page, baseUrl, '?q=Planung');
		await page.click('#search-more');
		await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 10);
		const hit = (await shownResults(page)).find((r) => idOf(r.href) === 'altschulden-aktionsbuendnis-2023');
		// Pagefind highlights a word with the punctuation around it, so a comma may be part of the mark.
		expect(hit?.highlighted).toMatch(/<mark>Wärmeplanung,?<\/mark>/);
		for (const result of await shownResults(page)) expect(result.highlighted).not.toMatch(/[⟨⟩]/);
	});

	it('says helpfully when nothing matches', async () => {
		await newPage();
		await openSearch(page, baseUrl, '?q=Xylophonorchester');
		await expect(statusText(page)).resolves.toBe('0 Treffer für „Xylophonorchester“');
		expect(await page.isVisible('#search-none')).toBe(true);
		await expect(page.innerText('#search-none')).resolves.toContain(de['search.none.spelling']);
		expect(await page.locator('#search-none a').count()).toBeGreaterThan(0);
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('what each result says', () => {
	const byId = new Map(catalog.documents.map((d) => [d.id, d]));
	/** How often `needle` occurs in `text`, whitespace as one space. */
	const occurrences = (text: string, needle: string) => {
		const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
		return squash(text).split(squash(needle)).length - 1;
	};

	it('marks a superseded paper as no longer in force, in words, and gives every result its status and example flag', async () => {
		await newPage();
		await openSearch(page, baseUrl, '?q=Deutschlandticket');
		const results = await shownResults(page);
		const superseded = results.filter((r) => byId.get(idOf(r.href))?.status === 'superseded');
		const adopted = results.filter((r) => byId.get(idOf(r.href))?.status === 'adopted');
		expect(superseded.length).toBeGreaterThan(0);
		expect(adopted.length).toBeGreaterThan(0);
		for (const result of superseded)
			expect(result.status).toBe(`${de['status.superseded']} – gilt nicht mehr · ${de['search.result.example']}`);
		for (const result of adopted)
			expect(result.status).toBe(`Status: ${de['status.adopted']} · ${de['search.result.example']}`);
		for (const result of results) {
			const doc = byId.get(idOf(result.href))!;
			expect(result.status).toMatch(/^(Status: .+|.+ – gilt nicht mehr)( · Beispiel, kein echtes Dokument)?$/);
			expect(result.status.endsWith(de['search.result.example'])).toBe(doc.example);
		}
		// The mark is text, in a strong element: it does not rest on colour.
		const mark = page.locator('#search-list .search-result__outdated').first();
		expect(await mark.evaluate((el) => el.tagName)).toBe('STRONG');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('says the status in English on the English page', async () => {
		await newPage();
		await openSearch(page, baseUrl, '?q=Deutschlandticket', '/en/search/');
		const results = await shownResults(page);
		const superseded = results.find((r) => byId.get(idOf(r.href))?.status === 'superseded');
		expect(superseded?.status).toBe(`${en['status.superseded']} – no longer in force · ${en['search.result.example']}`);
		expect(await axeViolations(page)).toEqual([]);
	});

	it.each(['Deutschlandticket', 'Wärmeplanung', 'Grundsteuer'])(
		'shows the summary once, and the title once, for %s',
		async (query) => {
			await newPage();
			await openSearch(page, baseUrl, `?q=${encodeURIComponent(query)}`);
			const results = await shownResults(page);
			expect(results.length).toBeGreaterThan(0);
			for (const result of results) {
				const doc = byId.get(idOf(result.href))!;
				expect(occurrences(result.text, doc.summary), `${doc.id}: ${result.text}`).toBe(1);
				expect(occurrences(result.text, doc.title), `${doc.id}: ${result.text}`).toBe(1);
			}
			// The words that matched are still highlighted somewhere in each entry.
			expect(results.filter((r) => r.highlighted.includes('<mark>')).length).toBe(results.length);
		},
	);
});

describe('browsing everything', () => {
	it('lists every document with an empty query, newest first, and says how many', async () => {
		await newPage();
		await openSearch(page, baseUrl);
		await expect(statusText(page)).resolves.toBe(`${catalog.documents.length} Dokumente in der Bibliothek`);
		while (await page.isVisible('#search-more')) {
			const before = await page.locator('#search-list > li').count();
			await page.click('#search-more');
			await page.waitForFunction((n) => document.querySelectorAll('#search-list > li').length > n, before);
		}
		const shown = await shownResults(page);
		expect(shown.map((r) => idOf(r.href)).sort()).toEqual(ids(catalog.documents));
		const dates = await page.$$eval('#search-list time', (times) => times.map((t) => t.getAttribute('datetime')!));
		expect(dates).toEqual([...dates].sort().reverse());
		// Every document says its status; exactly the superseded and withdrawn ones say that they no longer apply.
		const outdated = new Set(['superseded', 'withdrawn']);
		expect(catalog.documents.filter((d) => outdated.has(d.status)).map((d) => d.status)).toEqual(
			expect.arrayContaining(['superseded', 'withdrawn']),
		);
		for (const result of shown) {
			const doc = catalog.documents.find((d) => d.id === idOf(result.href))!;
			expect(result.status, doc.id).toMatch(
				outdated.has(doc.status) ? /^(Ersetzt|Zurückgezogen) – gilt nicht mehr/ : /^Status: \S/,
			);
		}
		expect(await axeViolations(page)).toEqual([]);
	});

	it('counts documents by the year they were published, and says so', async () => {
		const years: Record<string, number> = {};
		for (const doc of catalog.documents) {
			const year = doc.dates['published']!.slice(0, 4);
			years[year] = (years[year] ?? 0) + 1;
		}
		// The example library has documents whose latest date lies in another year than their publication.
		expect(catalog.documents.some((d) => d.dates['listed']!.slice(0, 4) !== d.dates['published']!.slice(0, 4))).toBe(
			true,
		);
		await newPage();
		await openSearch(page, baseUrl);
		const summary = page.locator('#search-facets details[data-facet="year"] > summary');
		await expect(summary.innerText()).resolves.toBe('Jahr der Veröffentlichung');
		// Its values load when it is opened (issue 16: facet counts load when a facet is opened).
		await openFacet(page, 'year');
		const showAll = page.locator('#search-facets details[data-facet="year"] button[aria-controls]');
		if (await showAll.isVisible()) await showAll.click();
		expect(await facetValues(page, 'year')).toEqual(years);
	});
});

describe('a value in the address that no document has', () => {
	it.each([
		{
			lang: 'de',
			path: '/suche/',
			notice: 'Diesen Filter aus der Adresse kennt die Suche nicht, kein Dokument hat ihn: Land „Atlantis“.',
		},
		{
			lang: 'en',
			path: '/en/search/',
			notice: 'The search does not know this filter from the address; no document has it: State “Atlantis”.',
		},
	])('is named, with a button that removes it ($lang)', async ({ lang, path, notice }) => {
		const dict = lang === 'de' ? de : en;
		await newPage();
		await openSearch(page, baseUrl, '?q=Grundsteuer&land=Atlantis', path);
		expect(await page.isVisible('#search-unknown')).toBe(true);
		await expect(page.innerText('#search-unknown-text')).resolves.toBe(notice);
		expect(await axeViolations(page)).toEqual([]);
		const done = await searchesDone(page);
		await page.getByRole('button', { name: dict['search.unknown.remove.one'] }).click();
		await waitForSearch(page, done);
		expect(new URL(page.url()).search).toBe('?q=Grundsteuer');
		expect(await page.isVisible('#search-unknown')).toBe(false);
		expect((await shownResults(page)).map((r) => idOf(r.href))).toContain('grundsteuerreform-umsetzung');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
	});
});

describe('the live region', () => {
	it('announces the count once when a slowly typed word is complete, not after every letter', async () => {
		await newPage();
		await openSearch(page, baseUrl);
		await page.evaluate(() => {
			const region = document.getElementById('search-status')!;
			const seen: string[] = [];
			(window as unknown as { announced: string[] }).announced = seen;
			new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		});
		const before = await searchesDone(page);
		// Slower than the search's debounce: each letter starts a search of its own.
		await page.locator('#search-q').pressSequentially('Grundsteuer', { delay: 400 });
		await waitForSearch(page, before);
		await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('Grundsteuer'));
		expect(await searchesDone(page)).toBeGreaterThan(before + 2);
		const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
		expect(announced).toEqual([await statusText(page)]);
		expect(announced[0]).toMatch(/^\d+ Treffer für „Grundsteuer“$/);
	});

	it('says that a slow search is still running, then the count', async () => {
		await newPage();
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		// The results' fragments are held back until the page has said that it is still searching.
		await page.route('**/pagefind/fragment/**', async (route) => {
			await released;
			await route.continue();
		});
		await page.goto(`${baseUrl}/suche/?q=Grundsteuer`);
		await page.waitForFunction(
			(text) => document.getElementById('search-status')?.textContent === text,
			de['search.status.slow'],
		);
		expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
		release();
		await waitForSearch(page);
		await expect(statusText(page)).resolves.toMatch(/^\d+ Treffer für „Grundsteuer“$/);
	});
});

describe('the language switch on the search page', () => {
	it('keeps query and filters, and follows changes', async () => {
		await newPage();
		await openSearch(page, baseUrl, `?q=Grundsteuer&land=${encodeURIComponent(landName('BY'))}`);
		const switchHref = () => page.getAttribute('#lang-switch', 'href');
		await expect(switchHref()).resolves.toBe(`/en/search/?q=Grundsteuer&land=${encodeURIComponent(landName('BY'))}`);
		const done = await searchesDone(page);
		await openFacet(page, 'kind');
		await page.check(`#search-facets input[name="kind"][value="${de['kind.guides']}"]`);
		await waitForSearch(page, done);
		const expected = `/en/search/?q=Grundsteuer&kind=${encodeURIComponent(de['kind.guides'])}&land=${encodeURIComponent(landName('BY'))}`;
		await expect(switchHref()).resolves.toBe(expected);
		await Promise.all([page.waitForURL(`${baseUrl}${expected}`), page.click('#lang-switch')]);
		await waitForSearch(page);
		expect(await page.inputValue('#search-q')).toBe('Grundsteuer');
		expect(await page.isChecked(`#search-facets input[name="kind"][value="${de['kind.guides']}"]`)).toBe(true);
		await expect(switchHref()).resolves.toBe(expected.replace('/en/search/', '/suche/'));
	});
});

describe('on a phone (390 px)', () => {
	it.each([
		{ lang: 'de', path: '/suche/' },
		{ lang: 'en', path: '/en/search/' },
	])(
		'shows results first and the filters behind a disclosure that works by keyboard ($lang)',
		async ({ lang, path }) => {
			const dict = lang === 'de' ? de : en;
			await newPage();
			await page.setViewportSize({ width: 390, height: 844 });
			await openSearch(page, baseUrl, '?q=Planung', path);
			const first = await page.locator('#search-list > li').first().boundingBox();
			expect(first!.y).toBeLessThan(844);
			expect(await page.isVisible('#search-facets')).toBe(false);
			expect(await page.isVisible('#search-sort')).toBe(false);
			const summary = page.locator('#search-filters-toggle > summary');
			await expect(summary.innerText()).resolves.toBe(dict['search.filters.toggle']);
			expect(await axeViolations(page)).toEqual([]);

			// Tab from the field reaches the disclosure; Enter opens it, and the checkboxes follow it.
			await page.focus('#search-q');
			for (let i = 0; i < 10 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
				await page.keyboard.press('Tab');
			expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
			await page.keyboard.press('Enter');
			expect(await page.isVisible('#search-facets')).toBe(true);
			// Each facet is a disclosure whose values load when it opens (issue 16: facet counts load when a facet is opened).
			const kindFacet = () => document.activeElement?.matches('details[data-facet="kind"] > summary') ?? false;
			for (let i = 0; i < 20 && !(await page.evaluate(kindFacet)); i++) await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await openFacet(page, 'kind');
			for (
				let i = 0;
				i < 20 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement).name === 'kind'));
				i++
			)
				await page.keyboard.press('Tab');
			const done = await searchesDone(page);
			await page.keyboard.press('Space');
			await waitForSearch(page, done);
			expect(new URL(page.url()).search).toMatch(/^\?q=Planung&kind=/);
			await expect(summary.innerText()).resolves.toBe(
				`${dict['search.filters.toggle']} (${dict['search.filters.selected.one']})`,
			);
			expect(await axeViolations(page)).toEqual([]);
		},
	);

	it('keeps the filters in view beside the results on a wide screen', async () => {
		await newPage();
		await openSearch(page, baseUrl, '?q=Planung');
		expect(await page.isVisible('#search-facets')).toBe(true);
		expect(await page.isVisible('#search-filters-toggle > summary')).toBe(false);
	});
});

describe('facets', () => {
	it('combine values of one facet with OR and different facets with AND, counting each value as it would add', async () => {
		const inBY = catalog.documents.filter((d) => d.laender.includes('BY'));
		const inBE = catalog.documents.filter((d) => d.laender.includes('BE'));
		const either = catalog.documents.filter((d) => d.laender.includes('BY') || d.laender.includes('BE'));
		const guides = either.filter((d) => d.kind === 'guides');
		expect(either.length).toBeGreaterThan(Math.max(inBY.length, inBE.length));
		expect(guides.length).toBeGreaterThan(0);
		expect(guides.length).toBeLessThan(either.length);

		await newPage();
		await openSearch(page, baseUrl, `?land=${landName('BY')}`);
		await expect(statusText(page)).resolves.toBe(`${inBY.length} Dokumente mit den gewählten Filtern`);

		let done = await searchesDone(page);
		await page.check(`#search-facets input[name="land"][value="${landName('BE')}"]`);
		await waitForSearch(page, done);
		expect(new URL(page.url()).search).toBe(
			`?land=${encodeURIComponent(landName('BY'))}&land=${encodeURIComponent(landName('BE'))}`,
		);
		await expect(statusText(page)).resolves.toBe(`${either.length} Dokumente mit den gewählten Filtern`);
		if (either.length <= 10) expect((await shownResults(page)).map((r) => idOf(r.href)).sort()).toEqual(ids(either));
		// Within the Land facet each value counts as if it were added with OR: its own documents.
		expect(await facetValues(page, 'land')).toMatchObject({
			[landName('BY')]: inBY.length,
			[landName('BE')]: inBE.length,
		});

		done = await searchesDone(page);
		await openFacet(page, 'kind');
		await page.check(`#search-facets input[name="kind"][value="${de['kind.guides']}"]`);
		await waitForSearch(page, done);
		await expect(statusText(page)).resolves.toBe(
			`${guides.length} Dokument${guides.length === 1 ? '' : 'e'} mit den gewählten Filtern`,
		);
		expect((await shownResults(page)).map((r) => idOf(r.href)).sort()).toEqual(ids(guides));
		expect(await facetValues(page, 'land')).toMatchObject({
			[landName('BY')]: inBY.filter((d) => d.kind === 'guides').length,
		});
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('browsing', () => {
	it('lists every document of a topic, newest first, with an empty query', async () => {
		const label = registries.topics.get('energie')!.label.de;
		const expected = catalog.documents.filter((d) => d.topics.some((t) => t.id === 'energie'));
		expect(expected.length).toBeGreaterThan(1);
		await newPage();
		await openSearch(page, baseUrl, `?topic=${encodeURIComponent(label)}`);
		await expect(statusText(page)).resolves.toBe(`${expected.length} Dokumente mit den gewählten Filtern`);
		const shown = await shownResults(page);
		if (expected.length <= 10) expect(shown.map((r) => idOf(r.href)).sort()).toEqual(ids(expected));
		const dates = await page.$$eval('#search-list time', (times) => times.map((t) => t.getAttribute('datetime')!));
		expect(dates).toEqual([...dates].sort().reverse());
		expect(await page.isChecked(`#search-facets input[name="topic"][value="${label}"]`)).toBe(true);
	});
});

describe('the URL', () => {
	it('holds query, filters and sort, so that back and forward restore each step', async () => {
		await newPage();
		await openSearch(page, baseUrl);
		await expect(statusText(page)).resolves.toBe(`${catalog.documents.length} Dokumente in der Bibliothek`);
		const search = () => decodeURIComponent(new URL(page.url()).search);

		let done = await searchesDone(page);
		await page.locator('#search-q').pressSequentially('Grundsteuer', { delay: 20 });
		await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('Grundsteuer'));
		await waitForSearch(page, done);
		expect(search()).toBe('?q=Grundsteuer');

		done = await searchesDone(page);
		await openFacet(page, 'kind');
		await page.check(`#search-facets input[name="kind"][value="${de['kind.guides']}"]`);
		await waitForSearch(page, done);
		expect(search()).toBe(`?q=Grundsteuer&kind=${de['kind.guides']}`);

		done = await searchesDone(page);
		await page.selectOption('#search-sort', 'newest');
		await waitForSearch(page, done);
		expect(search()).toBe(`?q=Grundsteuer&kind=${de['kind.guides']}&sort=newest`);

		// A reload shows the same: the state is in the URL and nowhere else.
		await page.reload();
		await waitForSearch(page);
		expect(await page.inputValue('#search-q')).toBe('Grundsteuer');
		expect(await page.inputValue('#search-sort')).toBe('newest');
		expect(await page.isChecked(`#search-facets input[name="kind"][value="${de['kind.guides']}"]`)).toBe(true);

		const back = async () => {
			const before = await searchesDone(page);
			await page.goBack();
			await waitForSearch(page, before);
		};
		await back();
		expect(search()).toBe(`?q=Grundsteuer&kind=${de['kind.guides']}`);
		expect(await page.inputValue('#search-sort')).toBe('relevance');
		await back();
		expect(search()).toBe('?q=Grundsteuer');
		expect(await page.isChecked(`#search-facets input[name="kind"][value="${de['kind.guides']}"]`)).toBe(false);
		// Typing a word was one step, not one per letter.
		await back();
		expect(search()).toBe('');
		expect(await page.inputValue('#search-q')).toBe('');
		await expect(statusText(page)).resolves.toBe(`${catalog.documents.length} Dokumente in der Bibliothek`);

		const before = await searchesDone(page);
		await page.goForward();
		await waitForSearch(page, before);
		expect(search()).toBe('?q=Grundsteuer');
		expect((await shownResults(page)).map((r) => idOf(r.href))).toContain('grundsteuerreform-umsetzung');
	});
});

describe('keyboard', () => {
	async function tabTo(predicate: () => boolean, max = 80): Promise<void> {
		for (let i = 0; i < max; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(predicate)) return;
		}
		throw new Error(
			`Tab did not reach the element; focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`,
		);
	}

	it('reaches the field, searches, shows more, filters and opens a result without a mouse', async () => {
		await newPage();
		await openSearch(page, baseUrl);
		await tabTo(() => document.activeElement?.id === 'search-q');
		let done = await searchesDone(page);
		await page.keyboard.type('Planung');
		await page.keyboard.press('Enter');
		await waitForSearch(page, done);
		await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('Planung'));
		expect((await shownResults(page)).length).toBe(10);

		// A skip link leads past the filters to the results.
		await tabTo(() => document.activeElement?.classList.contains('search-skip') ?? false);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
		await tabTo(() => document.activeElement?.id === 'search-more', 12);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 10);
		// Focus moves to the first newly shown result.
		expect(
			await page.evaluate(() =>
				[...document.querySelectorAll('#search-list > li')].indexOf(document.activeElement!.closest('li')!),
			),
		).toBe(10);

		await page.focus('#search-q');
		// The facet opens with Enter on its summary, and its values load then (issue 16: facet counts load when a facet is opened).
		await tabTo(() => document.activeElement?.matches('details[data-facet="kind"] > summary') ?? false);
		await page.keyboard.press('Enter');
		await openFacet(page, 'kind');
		await tabTo(() => (document.activeElement as HTMLInputElement | null)?.name === 'kind');
		const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
		done = await searchesDone(page);
		await page.keyboard.press('Space');
		await waitForSearch(page, done);
		expect(decodeURIComponent(new URL(page.url()).search)).toBe(`?q=Planung&kind=${value}`);
		// The checkbox keeps its focus while counts update around it.
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);

		await tabTo(() => Boolean(document.activeElement?.closest('#search-list a')));
		const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
		await Promise.all([page.waitForURL(href), page.keyboard.press('Enter')]);
		expect(await page.locator('main h1').count()).toBe(1);
	});
});

describe('the English search page', () => {
	it('searches the one index in English words: facet labels, result kinds and links to the English pages', async () => {
		await newPage();
		await openSearch(page, baseUrl, '?q=Grundsteuer', '/en/search/');
		const results = await shownResults(page);
		expect(results.length).toBeGreaterThan(0);
		for (const result of results) expect(result.href).toMatch(/^\/en\/(positions|lessons|guides)\/[^/]+\/$/);
		const kinds = await page.locator('#search-list > li > .meta:first-child').allInnerTexts();
		for (const kind of kinds)
			expect(kind).toMatch(
				new RegExp(
					`^(${[en['kind.positions'], en['kind.lessons'], en['kind.guides']].join('|')}) · \\d{1,2} \\p{L}+ \\d{4}$`,
					'u',
				),
			);
		// Values keep the index's labels (they are what the URL holds); the labels say them in English.
		await openFacet(page, 'kind');
		const labels = await page.$$eval('#search-facets input[name="kind"]', (inputs) =>
			inputs.map((input) => [
				(input as HTMLInputElement).value,
				input
					.closest('li')!
					.querySelector('label')!
					.textContent!.replace(/\s*\(\d+\)\s*$/, ''),
			]),
		);
		expect(Object.fromEntries(labels)).toMatchObject({ [de['kind.guides']]: en['kind.guides'] });
		await page.check(`#search-facets input[name="kind"][value="${de['kind.guides']}"]`);
		await waitForSearch(page);
		for (const result of await shownResults(page)) expect(result.href).toMatch(/^\/en\/guides\//);
		// The English page of a result exists.
		const response = await page.goto(`${baseUrl}${(await shownResults(page))[0]!.href}`);
		expect(response?.status()).toBe(200);
	});
});

describe('the search box in the header', () => {
	it('is a plain form that works on pages without any script', async () => {
		await newPage();
		await page.goto(`${baseUrl}/leitfaeden/grundsteuerreform-umsetzung/`);
		expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
		expect(await page.getAttribute('header form[role="search"]', 'method')).toBe('get');
		await page.fill('#site-search-q', 'Messzahl');
		await Promise.all([page.waitForURL(`${baseUrl}/suche/?q=Messzahl`), page.keyboard.press('Enter')]);
		await waitForSearch(page);
		expect((await shownResults(page)).map((r) => idOf(r.href))).toContain('grundsteuerreform-umsetzung');

		await page.goto(`${baseUrl}/en/guides/grundsteuerreform-umsetzung/`);
		await page.fill('#site-search-q', 'Grundsteuer');
		await Promise.all([page.waitForURL(`${baseUrl}/en/search/?q=Grundsteuer`), page.keyboard.press('Enter')]);
		await waitForSearch(page);
		await expect(statusText(page)).resolves.toMatch(/^\d+ results? for “Grundsteuer”$/);
		expect((await shownResults(page))[0]!.href).toMatch(/^\/en\//);
	});
});

describe('German compounds and abbreviations', () => {
	/** Runs the queries through Pagefind on the search page of their language; returns each query's rank of the expected document (-1: missing). */
	async function ranks(queries: RecallQuery[]): Promise<number[]> {
		const out: number[] = [];
		for (const lang of ['de', 'en'] as const) {
			const mine = queries.filter((q) => q.lang === lang);
			if (mine.length === 0) continue;
			await page.goto(`${baseUrl}${lang === 'de' ? '/suche/' : '/en/search/'}`);
			// Pagefind's own API on the search page of that language; one index, in the index language, serves both.
			// Evaluated by the test, not injected as a page script: the page's CSP allows no inline script.
			await page.evaluate("import('/pagefind/pagefind.js').then((pagefind) => { window.pagefindForTest = pagefind; })");
			await page.waitForFunction(() => 'pagefindForTest' in window);
			const urls = await page.evaluate(
				async (terms) => {
					const pagefind = (
						window as unknown as {
							pagefindForTest: {
								search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
							};
						}
					).pagefindForTest;
					const all: string[][] = [];
					for (const term of terms) {
						const { results } = await pagefind.search(term);
						all.push(await Promise.all(results.map(async (r) => (await r.data()).url)));
					}
					return all;
				},
				mine.map((q) => q.query),
			);
			mine.forEach((q, i) => (out[queries.indexOf(q)] = urls[i]!.findIndex((url) => idOf(url) === q.expected)));
		}
		return out;
	}

	it.each([
		{ name: 'compound', queries: COMPOUND_QUERIES },
		{ name: 'abbreviation', queries: ABBREVIATION_QUERIES },
	])('finds the expected document for at least 90 per cent of the $name queries', async ({ name, queries }) => {
		await newPage();
		const found = await ranks(queries);
		const missed = queries
			.filter((_, i) => found[i]! < 0)
			.map((q) => `${q.lang}: ${q.query} → ${q.expected} (${q.via})`);
		const recall = (queries.length - missed.length) / queries.length;
		const helped = queries.filter((q) => !q.plain);
		const helpedRecall = helped.filter((q) => found[queries.indexOf(q)]! >= 0).length / helped.length;
		const top10 = found.filter((rank) => rank >= 0 && rank < 10).length / queries.length;
		console.info(
			`${name} queries: recall ${(recall * 100).toFixed(0)} % of ${queries.length} (${(helpedRecall * 100).toFixed(0)} % of the ${helped.length} that Pagefind alone misses), on the first page ${(top10 * 100).toFixed(0)} %`,
		);
		expect(recall, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(0.9);
	});
});
