/**
 * Opens every template in German and English in a real Chromium and checks
 * what a reader would notice: the main content, WCAG 2.1 A/AA with axe, no
 * request beyond the local server, no cookie, no script on document pages.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentKinds } from '../../src/schemas/kinds.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { testPages } from './pages.ts';

const baseUrl = inject('baseUrl');
let context: BrowserContext;
let close: () => Promise<void>;
const foreignRequests: string[] = [];

beforeAll(async () => {
	({ context, close } = await launchBrowser());
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(`${baseUrl}/`)) foreignRequests.push(url);
	});
});
afterAll(async () => close?.());

function titleOf(kind: keyof typeof documentKinds, id: string): string {
	for (const ext of ['.md', '.mdx']) {
		try {
			return parseFrontmatter(readFileSync(`${documentKinds[kind].directory}/${id}${ext}`, 'utf8')).frontmatter
				.title as string;
		} catch {
			// No file with this extension: try the next.
		}
	}
	throw new Error(`No file for ${kind}/${id}`);
}

describe.each(testPages())('$template $path', ({ lang, path, template, document }) => {
	it('shows its content, passes axe, and stays on this server', async () => {
		const page = await context.newPage();
		try {
			const response = await page.goto(`${baseUrl}${path}`);
			expect(response?.status()).toBe(template === 'not-found' ? 404 : 200);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			const h1 = (await page.locator('main h1').first().innerText()).trim();
			expect(h1.length).toBeGreaterThan(0);
			expect(await page.locator('main').count()).toBe(1);
			if (document) {
				expect(h1).toBe(titleOf(document.kind, document.id).trim());
				// Document pages work without JavaScript and ship none.
				expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
				// Every example says so, visibly.
				await expect(page.locator('.notice--example').isVisible()).resolves.toBe(true);
			}
			expect(await axeViolations(page)).toEqual([]);
			expect(await context.cookies()).toEqual([]);
			expect(foreignRequests).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

describe('keyboard', () => {
	it('reaches the skip link first and jumps to the main content', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl}/`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.close();
	});
});
