/**
 * The "Mitzeichnen" form as a Kommune uses it, on the example paper in
 * consultation: bad entries show the same words as the CLI's checks, and
 * complete entries produce a file that the schema, the check against the
 * paper and the validator accept.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { buildDate } from '../../src/lib/build-date.ts';
import { checkCosignature, type PaperFacts } from '../../src/lib/cosignatures/check-cosignature.ts';
import { COSIGNATURE_BYTES, cosignatureTooLarge } from '../../src/lib/cosignatures/cosignature-size.ts';
import type { ReferenceData } from '../../src/lib/contribute/reference-data.ts';
import { unresolvedMessage } from '../../src/lib/registries/references.ts';
import { formatDiagnostic } from '../../src/lib/validate/report/diagnostics.ts';
import { validateLibrary } from '../../src/lib/validate/run/validate-library.ts';
import { cosignatureSchema } from '../../src/schemas/cosignature.ts';
import { DOCUMENT_KINDS, documentKinds } from '../../src/schemas/kinds.ts';
import { isoDate } from '../../src/schemas/primitives.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { createTempLibrary, REPOSITORY, removeTempLibrary } from '../support/temp-library.ts';

const baseUrl = inject('baseUrl');
const PAPER = 'waermeplanung-finanzierung-2026';
const paperData = parseFrontmatter(readFileSync(`content/positions/${PAPER}.md`, 'utf8')).frontmatter as {
	lead: string;
	status: string;
	dates: { consultationStart: unknown; consultationEnd: unknown };
};
// The front matter's reader makes days into dates; the library reads them as `YYYY-MM-DD`.
const day = (value: unknown) => isoDate.parse(value) as string;
const paper: PaperFacts = {
	id: PAPER,
	kind: 'positions',
	lead: paperData.lead,
	status: paperData.status,
	consultationStart: day(paperData.dates.consultationStart),
	consultationEnd: day(paperData.dates.consultationEnd),
};
// The shared build is of today (or of `DREIKLANG_BUILD_DATE`, which this process sees too).
const built = buildDate();
const open = paper.consultationStart! <= built && built <= paper.consultationEnd!;
// The form's "today" is the browser's day in UTC, as the pipeline's validator counts it.
const today = new Date().toISOString().slice(0, 10);
// A year after the consultation: in the future for as long as the form is open.
const FUTURE = `${Number(paper.consultationEnd!.slice(0, 4)) + 1}-06-30`;

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
});
afterAll(async () => close?.());

/** The file the form produced, for the validator's turn. */
let produced: { path: string; text: string } | undefined;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const summaryItems = () => page.locator('#cosign [data-error-summary] li').allInnerTexts();
const submit = () => page.click('#cosign button[type=submit]');

it('says by the build date whether the paper can be co-signed', async () => {
	await page.goto(`${baseUrl}/positionen/${PAPER}/mitzeichnen/`);
	const state = await page.locator('main .notice').first().innerText();
	if (open) {
		expect(state).toMatch(/Mitzeichnung bis 29\. Januar 2027 – noch (\d+ Tage?|heute) \(Stand: /);
		await expect(page.locator('form#cosign').isVisible()).resolves.toBe(true);
	} else {
		expect(state).toMatch(/Mitzeichnung beendet am 29\. Januar 2027|Mitzeichnung ab /);
		expect(await page.locator('form#cosign').count()).toBe(0);
	}
	await expect(page.getByRole('link', { name: 'Zurück zum Positionspapier' }).getAttribute('href')).resolves.toBe(
		`/positionen/${PAPER}/`,
	);
	expect(await axeViolations(page)).toEqual([]);
});

describe.runIf(open)('the form while the consultation is open', () => {
	it('says plainly who can sign, what to prepare, and that the contact is public in the repository', async () => {
		const main = await page.locator('main').innerText();
		expect(main).toContain('Wer kann mitzeichnen?');
		expect(main).toContain('Ratsinformationssystem');
		expect(main).toContain('Der Kontakt erscheint nicht auf der Website, ist aber im Repository öffentlich.');
	});

	it('shows the same words as the checks of the CLI for the lead body and a decision in the future', async () => {
		await page.fill('#cosign-signatory', paper.lead!);
		await page.fill('#cosign-decision-body', 'Präsidium');
		await page.fill('#cosign-decision-date', FUTURE);
		await page.fill('#cosign-decision-reference', '12/2026');
		await page.fill('#cosign-contact-role', 'Geschäftsstelle');
		await page.fill('#cosign-contact-email', 'post@verband.example');
		await submit();
		const expected = checkCosignature(
			paper.lead!,
			PAPER,
			{ date: today, decision: { body: 'Präsidium', date: FUTURE, reference: '12/2026' } },
			paper,
			today,
		).map((p) => p.message.de);
		expect(expected).toHaveLength(2);
		expect(await summaryItems()).toEqual(expected);
		expect(await page.evaluate(() => document.activeElement?.matches('[data-error-summary]'))).toBe(true);
		// Each message also stands at its field, which is marked.
		expect(await page.getAttribute('#cosign-signatory', 'aria-invalid')).toBe('true');
		expect(await page.getAttribute('#cosign-decision-date', 'aria-invalid')).toBe('true');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('names an unknown body as the reference check does', async () => {
		await page.fill('#cosign-signatory', 'ags:99999999');
		await page.fill('#cosign-decision-date', paper.consultationStart!);
		await submit();
		const refs = (await (await fetch(`${baseUrl}/api/register.json`)).json()) as ReferenceData;
		const message = unresolvedMessage({ path: ['signatory'], target: 'organization', value: 'ags:99999999' }, 'form', {
			organization: () => refs.organizations.map(([id, name]) => ({ id, name })),
		}).de.replace('`signatory`', '„Mitzeichnende Stelle“');
		expect(await summaryItems()).toEqual([message]);
	});

	it('turns what a Kommune enters into a file that the schema and the check against the paper accept', async () => {
		await page.fill('#cosign-signatory', 'Ulm');
		// The search offers the city by name; the field's value is its reference.
		await expect.poll(() => page.locator('#cosign-organizations option[value="ags:08421000"]').count()).toBe(1);
		await page.fill('#cosign-signatory', 'ags:08421000');
		expect(await page.inputValue('#cosign-date')).toBe(today);
		await page.fill('#cosign-decision-body', 'Gemeinderat');
		await page.fill('#cosign-decision-date', paper.consultationStart!);
		await page.fill('#cosign-decision-reference', 'GD 123/26');
		await page.fill('#cosign-decision-url', 'https://ratsinfo.ulm.example/vo0050.asp?__kvonr=1234');
		await page.fill('#cosign-contact-role', 'Hauptamt');
		await page.fill('#cosign-contact-email', 'hauptamt@ulm.example');
		await submit();
		await expect(page.locator('#cosign [data-result]').isVisible()).resolves.toBe(true);
		expect(await page.locator('#cosign [data-error-summary]').isHidden()).toBe(true);
		const path = `content/cosignatures/${PAPER}/ags-08421000.yaml`;
		expect(await page.locator('#cosign [data-result-path]').innerText()).toBe(`Dateiname im Repository: ${path}`);
		const text = await page.inputValue('#cosign-output');
		expect(text).toMatch(/^# Mitzeichnung des Positionspapiers „Kommunale Wärmeplanung/);
		expect(text).toContain('Ulm, Universitätsstadt');
		// The example library is on GitHub: its new-file page, with the name and the text.
		const link = new URL((await page.getAttribute('#cosign [data-open]', 'href'))!);
		expect(`${link.origin}${link.pathname}`).toBe('https://github.com/example/dreiklang/new/main');
		expect([...link.searchParams]).toEqual([
			['filename', path],
			['value', text],
		]);

		// The same file to download, under its name in the repository.
		const [file] = await Promise.all([page.waitForEvent('download'), page.click('#cosign [data-download]')]);
		expect(file.suggestedFilename()).toBe('ags-08421000.yaml');
		expect(readFileSync((await file.path())!, 'utf8')).toBe(text);

		// The file as the schema and the check against the paper read it.
		const data = cosignatureSchema.parse(parse(text));
		expect(data).toEqual({
			date: today,
			decision: {
				body: 'Gemeinderat',
				date: paper.consultationStart,
				reference: 'GD 123/26',
				url: 'https://ratsinfo.ulm.example/vo0050.asp?__kvonr=1234',
			},
			contact: { role: 'Hauptamt', email: 'hauptamt@ulm.example' },
		});
		expect(checkCosignature('ags:08421000', PAPER, data, paper, today)).toEqual([]);

		produced = { path, text };
		expect(foreign).toEqual([]);
		expect(await context.cookies()).toEqual([]);
	});

	// Holds once the co-signature reader of issue 12 is merged: before it, `content/cosignatures/` is an unknown folder.
	it('gives a file that `npm run validate` accepts at the path the page names, in a copy of the library', () => {
		const { path, text } = produced!;
		const root = createTempLibrary();
		try {
			for (const kind of DOCUMENT_KINDS)
				cpSync(join(REPOSITORY, documentKinds[kind].directory), join(root, documentKinds[kind].directory), {
					recursive: true,
				});
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
			const report = validateLibrary(root, { today });
			// Warnings of the real library (a guide due for review) are not the form's.
			const errors = report.diagnostics.filter((d) => d.severity === 'error');
			expect(errors.map((d) => formatDiagnostic(d))).toEqual([]);
		} finally {
			removeTempLibrary(root);
		}
	});

	it('passes axe in English, open and with errors shown', async () => {
		await page.goto(`${baseUrl}/en/positions/${PAPER}/co-sign/`);
		expect(await page.locator('main .notice').first().innerText()).toMatch(/Open for co-signing until 29 January 2027/);
		expect(await axeViolations(page)).toEqual([]);
		await submit();
		// Nothing typed yet, so the check first loads the registries: wait for its summary.
		await page.locator('#cosign [data-error-summary] li').first().waitFor();
		const items = await summaryItems();
		expect(items).toContain(
			'Missing “Signing body”, expected an organization from the list of organizations (type its name and pick it)',
		);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('refuses entries too long for a co-signature file, in the words of `npm run validate`, and offers no file', async () => {
		await page.goto(`${baseUrl}/positionen/${PAPER}/mitzeichnen/`);
		await page.fill('#cosign-signatory', 'ags:08421000');
		await page.fill('#cosign-decision-body', 'Gemeinderat');
		// Text fields are bounded; a link to the council information system is not, and may be long.
		await page.fill('#cosign-decision-url', `https://ratsinfo.ulm.example/vo0050.asp?${'__kvonr=1234&'.repeat(400)}`);
		await page.fill('#cosign-decision-date', paper.consultationStart!);
		await page.fill('#cosign-decision-reference', '1/2026');
		await page.fill('#cosign-contact-role', 'Hauptamt');
		await page.fill('#cosign-contact-email', 'hauptamt@ulm.example');
		await submit();
		await page.locator('#cosign [data-error-summary] li').first().waitFor();
		const size = cosignatureTooLarge(5 * 1024, COSIGNATURE_BYTES).de.replace('5 KiB', 'SIZE');
		const [before, after] = size.split('SIZE') as [string, string];
		expect(await summaryItems()).toEqual([
			expect.stringMatching(new RegExp(`^${escapeRegExp(before)}[\\d,]+ KiB${escapeRegExp(after)}$`)),
		]);
		expect(await page.locator('#cosign [data-result]').isHidden()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
	});
});
