/**
 * Relevance of the search, measured with the judged query set
 * (`search-queries.ts`): each query typed into the real search page of its
 * language, reading the results a reader sees. Beside our figures the test
 * prints those of stock Pagefind on the same pages — the built document
 * pages indexed without our annotations, queried with the raw text.
 *
 * Definitions (per query, then averaged over all queries):
 * - recall@10: the share of the query's relevant documents among the first
 *   ten results (of at most ten relevant ones);
 * - first hit: 1 when the first result is one the judgment allows first
 *   (a relevant one, or for some queries only the version in force), else 0.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { idOf, openSearch, readCatalog, shownResults } from './search-page.ts';
import { JUDGED_QUERIES, type JudgedQuery } from './search-queries.ts';

const baseUrl = inject('baseUrl');
let context: BrowserContext;
let close: () => Promise<void>;
let stock: { url: string; close: () => Promise<void>; dir: string } | undefined;

beforeAll(async () => {
	({ context, close } = await launchBrowser());
	// Stock Pagefind: the same built pages, indexed as they are (no compound parts, no glossary terms).
	const dir = mkdtempSync(join(tmpdir(), 'dreiklang-stock-search-'));
	cpSync('dist', dir, { recursive: true });
	rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
	const pagefind = await import('pagefind');
	const { index } = await pagefind.createIndex({ forceLanguage: 'de' });
	await index!.addDirectory({ path: dir });
	await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
	await pagefind.close();
	stock = { ...(await serveStatic(dir)), dir };
}, 120_000);
afterAll(async () => {
	await close?.();
	await stock?.close();
	if (stock) rmSync(stock.dir, { recursive: true, force: true });
});

/** The measures of one query's ranking. */
function judge(query: JudgedQuery, ranking: readonly string[]): { recall: number; first: number } {
	const top = new Set(ranking.slice(0, 10));
	const wanted = query.relevant.slice(0, 10);
	const recall = wanted.filter((id) => top.has(id)).length / wanted.length;
	const first = ranking[0] !== undefined && (query.first ?? query.relevant).includes(ranking[0]) ? 1 : 0;
	return { recall, first };
}

/** Document ids of the first ten results the search page shows for a query. */
async function ourRanking(page: Page, query: JudgedQuery): Promise<string[]> {
	const path = query.lang === 'de' ? '/suche/' : '/en/search/';
	await openSearch(page, baseUrl, `?q=${encodeURIComponent(query.query)}`, path);
	return (await shownResults(page)).map((result) => idOf(result.href));
}

/** Document ids of stock Pagefind's first ten results for the raw query text. */
async function stockRanking(page: Page, query: JudgedQuery): Promise<string[]> {
	return page.evaluate(async (term) => {
		const pagefind = (
			window as unknown as {
				stockPagefind: {
					search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
				};
			}
		).stockPagefind;
		const { results } = await pagefind.search(term);
		return Promise.all(
			results.slice(0, 10).map(async (r) => (await r.data()).url.replace(/\/$/, '').split('/').at(-1)!),
		);
	}, query.query);
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

describe('search relevance on the judged query set', () => {
	it('finds the relevant documents in the first ten (recall@10 ≥ 0.95) and a relevant one first (≥ 0.92)', async () => {
		expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(80);
		const page = await context.newPage();
		const ours: { query: JudgedQuery; recall: number; first: number }[] = [];
		for (const query of JUDGED_QUERIES) ours.push({ query, ...judge(query, await ourRanking(page, query)) });

		// Stock Pagefind, from a page of the copy so that its module loads from its own origin.
		await page.goto(`${stock!.url}/suche/`);
		await page.evaluate(
			"import('/pagefind/pagefind.js').then(async (p) => { await p.init('de'); window.stockPagefind = p; })",
		);
		await page.waitForFunction(() => 'stockPagefind' in window);
		const theirs: typeof ours = [];
		for (const query of JUDGED_QUERIES) theirs.push({ query, ...judge(query, await stockRanking(page, query)) });
		await page.close();

		const recall = mean(ours.map((r) => r.recall));
		const first = mean(ours.map((r) => r.first));
		const stockRecall = mean(theirs.map((r) => r.recall));
		const stockFirst = mean(theirs.map((r) => r.first));
		const byKind = [...new Set(JUDGED_QUERIES.map((q) => q.kind))].map((kind) => {
			const mine = ours.filter((r) => r.query.kind === kind);
			const stockOnes = theirs.filter((r) => r.query.kind === kind);
			return `  ${kind.padEnd(12)} ${String(mine.length).padStart(3)} queries: recall@10 ${percent(mean(mine.map((r) => r.recall)))} (stock ${percent(mean(stockOnes.map((r) => r.recall)))}), first hit ${percent(mean(mine.map((r) => r.first)))} (stock ${percent(mean(stockOnes.map((r) => r.first)))})`;
		});
		console.log(
			[
				`Search relevance, ${JUDGED_QUERIES.length} judged queries:`,
				`  recall@10 ${percent(recall)} (stock Pagefind ${percent(stockRecall)})`,
				`  first hit relevant ${percent(first)} (stock Pagefind ${percent(stockFirst)})`,
				...byKind,
			].join('\n'),
		);
		const misses = ours
			.filter((r) => r.recall < 1 || r.first < 1)
			.map((r) => `${r.query.lang}: ${r.query.query} (recall ${r.recall.toFixed(2)}, first ${r.first})`);
		expect(recall, `short of the goal: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.95);
		expect(first, `short of the goal: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.92);
	}, 600_000);

	it('ranks superseded and withdrawn documents after the version in force, and "Show more" pages on in that order', async () => {
		const superseded = readCatalog()
			.documents.filter((d) => d.status === 'superseded' && d.id.startsWith('deutschlandticket-'))
			.map((d) => d.id);
		expect(superseded).toHaveLength(2);
		const page = await context.newPage();
		await openSearch(page, baseUrl, '?q=Deutschlandticket');
		const ids = (await shownResults(page)).map((r) => idOf(r.href));
		expect(ids[0]).toBe('deutschlandticket-oepnv-finanzierung-2024');
		const inForce = ids.indexOf('deutschlandticket-oepnv-finanzierung-2024');
		for (const old of superseded) expect(ids.indexOf(old)).toBeGreaterThan(inForce);

		// A query with more than one page of results: the second page continues the ranking, without repeats.
		await openSearch(page, baseUrl, '?q=Kommunen');
		const first = (await shownResults(page)).map((r) => idOf(r.href));
		expect(first).toHaveLength(10);
		await page.click('#search-more');
		await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 10);
		const all = (await shownResults(page)).map((r) => idOf(r.href));
		expect(all.slice(0, 10)).toEqual(first);
		expect(new Set(all).size).toBe(all.length);
		await page.close();
	});
});
