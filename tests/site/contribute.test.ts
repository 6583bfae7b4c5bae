/**
 * The contribution form as a contributor uses it: a bad entry shows the error
 * summary, and a complete entry produces a file that passes the validator.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/validate/report/diagnostics.ts';
import { validateLibrary } from '../../src/lib/validate/run/validate-library.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
let context: BrowserContext;
let close: () => Promise<void>;
let page: Page;
const foreign: string[] = [];

beforeAll(async () => {
	({ context, close } = await launchBrowser());
	context.on('request', (r) => {
		if (!r.url().startsWith(`${baseUrl}/`)) foreign.push(r.url());
	});
	page = await context.newPage();
	await page.goto(`${baseUrl}/mitmachen/`);
	await page.check('#kind-lessons');
});
afterAll(async () => close?.());

describe('contribution form', () => {
	it('shows an error summary that leads to the field', async () => {
		await page.fill('#form-lessons-contact-email', 'keine-adresse');
		await page.fill('#form-lessons-organization', 'staedtetach');
		await page.click('#form-lessons button[type=submit]');
		const summary = page.locator('#form-lessons [data-error-summary]');
		await expect(summary.isVisible()).resolves.toBe(true);
		expect(await page.evaluate(() => document.activeElement?.matches('[data-error-summary]'))).toBe(true);
		const items = await summary.locator('li').allInnerTexts();
		expect(items).toContain('Fehlendes Feld „Titel“, erwartet: ein Text');
		expect(items.some((t) => t.includes('keine-adresse') && t.includes('Funktionspostfach'))).toBe(true);
		// Values by the labels the site shows, registries by their lists: no codes, no repository paths.
		expect(items).toContain('Fehlendes Feld „Ergebnis“, erwartet: einer der Werte „Erfolg“, „Gemischt“, „Gescheitert“');
		expect(items).toContain(
			'Unbekannter Verweis `staedtetach` in „Berichtende Stelle“, erwartet: eine Organisation aus dem Verzeichnis der Organisationen (Namen eintippen und auswählen) – meinten Sie `staedtetag` (Deutscher Städtetag)?',
		);
		expect(items.join('\n')).not.toMatch(/content\/registry|`success`/);
		await summary.getByText('Fehlendes Feld „Titel“, erwartet: ein Text').click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('form-lessons-title');
		expect(await page.getAttribute('#form-lessons-title', 'aria-invalid')).toBe('true');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('turns complete entries into a file that passes the validator', async () => {
		await page.fill('#form-lessons-title', 'Hitzeschutz im Rathaus');
		await page.fill('#form-lessons-summary', 'Wie eine Stadtverwaltung ihre Büros im Sommer kühl hielt.');
		await page.check('#form-lessons-topics-klimaanpassung');
		await page.selectOption('#form-lessons-crisis', 'energiekrise-2022');
		await page.selectOption('#form-lessons-phase', 'preparedness');
		await page.fill('#form-lessons-period-from', '2022-06-01');
		await page.fill('#form-lessons-organization', 'Kaisers');
		// The organization search offers the Gemeinde by name.
		await expect.poll(() => page.locator('#form-lessons-organizations option[value="ags:07312000"]').count()).toBe(1);
		await page.fill('#form-lessons-organization', 'ags:07312000');
		await page.selectOption('#form-lessons-outcome', 'mixed');
		await page.selectOption('#form-lessons-transferability-rating', 'medium');
		await page.fill(
			'#form-lessons-transferability-conditions',
			'Gebäudeleittechnik vorhanden\nPersonalrat eingebunden',
		);
		await page.fill('#form-lessons-contact-role', 'Gebäudemanagement');
		await page.fill('#form-lessons-contact-email', 'gebaeude@example.org');
		await page.click('#form-lessons button[type=submit]');
		await expect(page.locator('#form-lessons [data-result]').isVisible()).resolves.toBe(true);
		expect(await page.locator('#form-lessons [data-error-summary]').isHidden()).toBe(true);
		const text = await page.inputValue('#form-lessons-output');
		expect(await page.locator('#form-lessons [data-result-path]').innerText()).toContain(
			'content/lessons/hitzeschutz-im-rathaus.md',
		);
		expect(await page.getAttribute('#form-lessons [data-open]', 'href')).toMatch(
			/\/new\/main\?filename=content%2Flessons%2Fhitzeschutz-im-rathaus\.md&value=---/,
		);

		const root = mkdtempSync(join(tmpdir(), 'dreiklang-form-'));
		try {
			cpSync('content/registry', join(root, 'content/registry'), { recursive: true });
			for (const dir of ['positions', 'lessons', 'guides']) mkdirSync(join(root, 'content', dir), { recursive: true });
			writeFileSync(join(root, 'content/lessons/hitzeschutz-im-rathaus.md'), text);
			const report = validateLibrary(root, { today: new Date().toISOString().slice(0, 10) });
			expect(report.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
			expect(report.documents[0]?.data).toMatchObject({
				title: 'Hitzeschutz im Rathaus',
				organization: 'ags:07312000',
				transferability: { conditions: ['Gebäudeleittechnik vorhanden', 'Personalrat eingebunden'] },
			});
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
		expect(foreign).toEqual([]);
		expect(await context.cookies()).toEqual([]);
	});
});
