/**
 * A paper in consultation as a reader meets it on the shared test build: the
 * state on the build date, the ways to take part (co-sign, an issue on the
 * configured forge, the comment page), counts above the list, no script on the
 * paper's page; and the comment page, whose links name each section and whose
 * quote form turns what the reader pastes into the links and into nothing
 * else. Every state is checked with axe, in both languages.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '../../src/i18n/languages.ts';
import { formatDate, t } from '../../src/i18n/t.ts';
import { buildDate } from '../../src/lib/build-date.ts';
import { consultationSentence, consultationState } from '../../src/lib/library/consultation-state.ts';
import { loadSiteConfig } from '../../src/lib/registries/load-site-config.ts';
import { commentIssueUrl, type CommentSubject } from '../../src/lib/routes/comment-links.ts';
import { commentHref, cosignHref, href } from '../../src/lib/routes/routes.ts';
import { documentKinds } from '../../src/schemas/kinds.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const config = loadSiteConfig(process.cwd());
/** The example paper in consultation from 2026-11-02 to 2027-01-29. */
const ID = 'waermeplanung-finanzierung-2026';
const front = parseFrontmatter(readFileSync(`${documentKinds.positions.directory}/${ID}.md`, 'utf8')).frontmatter as {
	title: string;
	dates: { consultationStart: Date | string; consultationEnd: Date | string };
};
// The front matter parser reads an unquoted day as a date.
const day = (value: Date | string) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
// The test build runs on today's date (no DREIKLANG_BUILD_DATE), which this reads too.
const today = buildDate();
const state = consultationState(
	{ start: day(front.dates.consultationStart), end: day(front.dates.consultationEnd) },
	today,
);
const subject = (lang: UiLanguage): CommentSubject => ({
	title: front.title,
	url: new URL(href(lang, 'positions', ID), config.url).href,
	lang,
});

let context: BrowserContext;
let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
	({ context, close } = await launchBrowser());
});
afterAll(async () => close?.());
afterEach(async () => page?.close());

async function open(path: string): Promise<Page> {
	page = await context.newPage();
	const response = await page.goto(`${baseUrl}${path}`);
	expect(response?.status()).toBe(200);
	return page;
}

describe.each(UI_LANGUAGES)('the paper in consultation (%s)', (lang) => {
	const tr = t(lang);

	it('says where the consultation stands on the build date, and offers the ways to take part only while open', async () => {
		await open(href(lang, 'positions', ID));
		const panel = page.locator('section.consultation');
		expect((await panel.locator('h2').innerText()).trim()).toBe(tr('consultation.heading'));
		const sentence = consultationSentence(tr, (day) => formatDate(lang, day), state, today);
		expect((await panel.locator('.consultation__state').innerText()).trim()).toBe(sentence);
		const links = await panel
			.locator('a')
			.evaluateAll((as) => as.map((a) => ({ text: a.textContent?.trim(), href: a.getAttribute('href') })));
		if (state.phase !== 'open') {
			expect(links).toEqual([]);
			return;
		}
		expect(sentence).toContain(formatDate(lang, today));
		expect(links).toEqual([
			{ text: tr('consultation.cosign'), href: cosignHref(lang, ID) },
			{ text: tr('consultation.comment'), href: commentIssueUrl(config.repository, subject(lang)).href },
			...(config.consultation?.mailbox ? [expect.objectContaining({ text: tr('consultation.mail') })] : []),
			{ text: tr('consultation.quote'), href: commentHref(lang, ID) },
		]);
		// The forge's own address for a new issue, and the note that comments there are public beside it.
		const forge = config.repository.url.replace(/\/+$/, '');
		expect(
			links[1]!.href!.startsWith(`${forge}${config.repository.host === 'gitlab' ? '/-/issues/new?' : '/issues/new?'}`),
		).toBe(true);
		expect(await panel.innerText()).toContain(tr('consultation.comment.public'));
		expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('shows the co-signatures counted by level and Land above the list, whatever their number', async () => {
		await open(href(lang, 'positions', ID));
		const section = page.locator('section[aria-labelledby="cosignatories"]');
		const listed = await section
			.locator('li:has-text("' + tr('position.cosignatories.signed', { date: '' }).trim() + '")')
			.count();
		if (listed === 0) {
			expect(await section.innerText()).toContain(tr('position.cosignatories.none'));
			return;
		}
		const counts = await section
			.locator('.cosignatory-overview > li')
			.evaluateAll((items) =>
				items.map((li) =>
					Number(/:\s*([\d.,]+)/.exec(li.firstElementChild!.nextSibling?.textContent ?? '')?.[1] ?? NaN),
				),
			);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(listed);
	});
});

describe.each(UI_LANGUAGES)('the comment page (%s)', (lang) => {
	const tr = t(lang);

	it('says first that comments on the forge are public, and links the whole paper and each section', async () => {
		await open(commentHref(lang, ID));
		if (state.phase !== 'open') {
			expect(await page.locator('main').innerText()).toContain(tr('consultation.page.closed'));
			expect(await page.locator(`main a[href^="${config.repository.url}"]`).count()).toBe(0);
			return;
		}
		expect(await page.locator('main').innerText()).toContain(tr('consultation.page.public'));
		expect(await page.locator('#comment-whole + ul a').first().getAttribute('href')).toBe(
			commentIssueUrl(config.repository, subject(lang)).href,
		);
		// The sections are the body's headings, as the paper's page has them.
		const paper = await context.newPage();
		await paper.goto(`${baseUrl}${href(lang, 'positions', ID)}`);
		const headings = await paper
			.locator('.prose :is(h2, h3)[id]')
			.evaluateAll((hs) => hs.map((h) => ({ text: h.textContent!.trim(), slug: h.id })));
		await paper.close();
		expect(headings.length).toBeGreaterThan(1);
		const items = page.locator('.comment-sections > li');
		expect(await items.count()).toBe(headings.length);
		for (const [i, section] of headings.entries()) {
			const links = items.nth(i).locator('a');
			expect(await links.first().getAttribute('href')).toBe(
				commentIssueUrl(config.repository, { ...subject(lang), section }).href,
			);
			expect(await links.last().getAttribute('href')).toBe(`${href(lang, 'positions', ID)}#${section.slug}`);
		}
		expect(await axeViolations(page)).toEqual([]);
	});

	it('turns the section chosen and a pasted passage into the link, as a value and never as markup', async () => {
		if (state.phase !== 'open') return;
		await open(commentHref(lang, ID));
		const form = page.locator('[data-comment-quote]');
		expect(await form.isVisible()).toBe(true);
		const passage =
			'Zeile & "eins" #2 100%\n<img src=x onerror="document.title=1"><script>document.title=2</script> ä 😀';
		await page.selectOption('#comment-section', { index: 2 });
		await page.fill('#comment-passage', passage);
		// The third option is the second section (the first is the whole paper), as the page hands it to its script.
		const chosen = await page.evaluate(
			() =>
				(
					JSON.parse(document.getElementById('comment-data')!.textContent!) as {
						sections: { text: string; slug: string }[];
					}
				).sections[1]!,
		);
		expect((await page.locator('#comment-section option:checked').innerText()).trim()).toBe(chosen.text);
		expect(await form.locator('[data-issue]').getAttribute('href')).toBe(
			commentIssueUrl(config.repository, { ...subject(lang), section: chosen, passage }).href,
		);
		// Nothing of the passage became an element, and nothing of it ran.
		expect(await page.locator('main img').count()).toBe(0);
		expect(await page.title()).not.toMatch(/^[12]$/);
		expect(await page.locator('[data-status]').innerText()).toBe('');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('says when a pasted passage had to be cut to fit the link', async () => {
		if (state.phase !== 'open') return;
		await open(commentHref(lang, ID));
		await page.fill('#comment-passage', 'Wärmeplanung ist eine Daueraufgabe. '.repeat(400));
		expect((await page.locator('[data-status]').innerText()).trim()).toBe(tr('consultation.page.quote.cut'));
		const link = (await page.locator('[data-issue]').getAttribute('href'))!;
		expect(link.length).toBeLessThanOrEqual(8000);
		expect(await axeViolations(page)).toEqual([]);
	});
});
