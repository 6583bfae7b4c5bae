/**
 * A paper with hundreds of co-signatories, as Land associations collect them:
 * its page stays small and links to a page with the full list, in both
 * languages; that page passes axe and is no document for search or the
 * benchmark. No example paper has that many, so this builds a small library
 * from the benchmark's generator, whose first paper always has 150 to 600.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/t.ts';
import { writeCorpus, type CorpusSummary } from '../../bench/generate-corpus.ts';
import { measureOutput } from '../../bench/measure-output.ts';
import { copyProject } from '../../bench/project-copy.ts';
import { COSIGNATORIES_INLINE_LIMIT } from '../../src/lib/library/cosignatories.ts';
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import { cosignatoriesHref, href } from '../../src/lib/routes/routes.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

/** The benchmark's goal for every document page, whatever the size of the library. */
const DOCUMENT_PAGE_BUDGET = 40 * 1024;
const TODAY = '2026-11-27';

let root: string;
let dist: string;
let corpus: CorpusSummary;
let paper: { id: string; title: string; cosignatories: number };
let baseUrl: string;
let context: BrowserContext;
const stop: (() => Promise<void>)[] = [];

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-cosignatories-'));
	copyProject(process.cwd(), root);
	corpus = writeCorpus(root, loadRegistries(root).registries, { docs: 5, today: TODAY });
	// Marked as an example, as the papers of a demonstration library are, so that the notice can be checked on its list page too.
	const file = join(root, 'content/positions', `${corpus.ids.positions[0]}.md`);
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^example: false$/m, 'example: true'));
	const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', DREIKLANG_BUILD_DATE: TODAY },
	});
	if (build.status !== 0) throw new Error(`The generated library did not build:\n${build.stdout}\n${build.stderr}`);
	dist = join(root, 'dist');
	const id = corpus.ids.positions[0]!;
	const data = parseFrontmatter(readFileSync(join(root, 'content/positions', `${id}.md`), 'utf8')).frontmatter;
	paper = { id, title: data.title as string, cosignatories: cosignatoriesOf(id) };
	const server = await serveStatic(dist);
	baseUrl = server.url;
	stop.push(server.close);
	const browser = await launchBrowser();
	context = browser.context;
	stop.push(browser.close);
});
afterAll(async () => {
	for (const close of stop.reverse()) await close();
	if (root) rmSync(root, { recursive: true, force: true });
});

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** A pattern for a sentence whose placeholders were filled with patterns. */
const sentence = (filled: string) => new RegExp(`<p[^>]*>${filled.replace(/[.()]/g, '\\$&')}</p>`);
const cosignatoriesOf = (id: string) =>
	(
		parseFrontmatter(readFileSync(join(root, 'content/positions', `${id}.md`), 'utf8')).frontmatter.cosignatories as
			unknown[] | undefined
	)?.length ?? 0;

describe('a paper with more co-signatories than its page lists', () => {
	it('is the case this test is about', () => {
		expect(paper.cosignatories).toBeGreaterThan(COSIGNATORIES_INLINE_LIMIT);
	});

	it.each(UI_LANGUAGES)('keeps its page under 40 KB and links to the full list (%s)', (lang) => {
		const page = html(href(lang, 'positions', paper.id));
		expect(Buffer.byteLength(page)).toBeLessThan(DOCUMENT_PAGE_BUDGET);
		expect(page).toContain(`href="${cosignatoriesHref(lang, paper.id)}"`);
		expect(page).toContain(t(lang)('position.cosignatories.all', { count: paper.cosignatories }));
		// The summary sentence and the counts by Land stay; the entries move.
		expect(page).toMatch(
			sentence(
				t(lang)('position.cosignatories.summary', {
					total: t(lang)('position.cosignatories.total', { count: paper.cosignatories }),
					kommunen: '\\d+ [^<]+',
					laender: '[^<]+',
				}),
			),
		);
		expect(page).toContain(`href="${cosignatoriesHref(lang, paper.id)}#cosignatories-kommune-`);
		expect(page).not.toContain(t(lang)('position.cosignatories.signed', { date: '' }).trim());
	});

	it.each(UI_LANGUAGES)('has a page listing every co-signatory (%s)', (lang) => {
		const page = html(cosignatoriesHref(lang, paper.id));
		const signed = t(lang)('position.cosignatories.signed', { date: '' }).trim();
		expect(page.split(signed).length - 1).toBe(paper.cosignatories);
		expect(page).toContain(`<title>${t(lang)('position.cosignatories.page.title', { title: paper.title })}`);
		// No document: search indexes only what carries data-pagefind-body.
		expect(page).not.toContain('data-pagefind-body');
	});

	it.each(UI_LANGUAGES)('leads from the paper to the full list and back, and passes axe (%s)', async (lang) => {
		const page = await context.newPage();
		try {
			await page.goto(`${baseUrl}${href(lang, 'positions', paper.id)}`);
			expect(await axeViolations(page)).toEqual([]);
			await page.click(`a[href="${cosignatoriesHref(lang, paper.id)}"]`);
			expect(new URL(page.url()).pathname).toBe(cosignatoriesHref(lang, paper.id));
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect((await page.locator('main h1').innerText()).trim()).toBe(
				t(lang)('position.cosignatories.page.title', { title: paper.title }),
			);
			expect(await page.locator(`nav.breadcrumbs a[href="${href(lang, 'positions', paper.id)}"]`).innerText()).toBe(
				paper.title,
			);
			expect(await page.locator('script').count()).toBe(0);
			// The list names real bodies: it says, as the paper does, that this is an example.
			await expect(page.locator('.notice--example').isVisible()).resolves.toBe(true);
			expect(await axeViolations(page)).toEqual([]);
			// The overview jumps to a Land's part of the list.
			const first = page.locator('.cosignatory-overview ul a').first();
			const target = (await first.getAttribute('href'))!;
			expect(await page.locator(target).count()).toBe(1);
		} finally {
			await page.close();
		}
	});

	it('is no document page for search or the benchmark', () => {
		const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const documents = Object.values(corpus.counts).reduce((sum, n) => sum + n, 0);
		for (const { page_count } of Object.values(entry.languages)) expect(page_count).toBeLessThanOrEqual(documents);
		const output = measureOutput(dist, corpus.ids);
		const subpage = join(cosignatoriesHref('de', paper.id).slice(1), 'index.html');
		// One of the largest pages of the site, counted among all pages, but not as a document.
		expect(output.largestPages.map((f) => f.path)).toContain(subpage);
		expect(output.largestDocumentPage!.path).not.toBe(subpage);
		expect(output.largestDocumentPage!.bytes).toBeLessThan(statSync(join(dist, subpage)).size);
		expect(output.largestDocumentPage!.bytes).toBeLessThan(DOCUMENT_PAGE_BUDGET);
	});
});

describe('every paper of the library', () => {
	it('has a co-signatory page exactly when it has more co-signatories than its page lists', () => {
		for (const id of corpus.ids.positions) {
			for (const lang of UI_LANGUAGES)
				expect(existsSync(join(dist, cosignatoriesHref(lang, id))), id).toBe(
					cosignatoriesOf(id) > COSIGNATORIES_INLINE_LIMIT,
				);
		}
	});
});
