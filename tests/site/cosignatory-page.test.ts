/**
 * A paper with hundreds of co-signatories, as Land associations collect them:
 * its page stays small and links to a page with the full list, in both
 * languages; that page passes axe and is no document for search or the
 * benchmark. No example paper has that many, so this builds a small library
 * from the benchmark's generator, whose first paper always has 150 to 600.
 *
 * To those of its front matter, 300 co-signature files are added, by real
 * Gemeinden of Länder none of the inline ones is in (issue 12's "done when"):
 * the paper's page, the full list, the counts by level and Land, the
 * signatories' own pages, the Land lists and search all count them, and none
 * of their contact addresses reaches the built site.
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/t.ts';
import { writeCorpus, type CorpusSummary } from '../../bench/generate-corpus.ts';
import { measureOutput } from '../../bench/measure-output.ts';
import { copyProject } from '../../bench/project-copy.ts';
import { COSIGNATORIES_INLINE_LIMIT, cosignatoryAnchor } from '../../src/lib/library/cosignatories.ts';
import { landName } from '../../src/lib/library/labels.ts';
import { loadRegistries, type Registries } from '../../src/lib/registries/load-registries.ts';
import { organizationSlug, resolveOrganization } from '../../src/lib/registries/organizations.ts';
import { cosignatoriesHref, href, listHref } from '../../src/lib/routes/routes.ts';
import { cosignaturePath } from '../../src/schemas/cosignature.ts';
import type { LandCode } from '../../src/schemas/primitives.ts';
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
let registries: Registries;
/** The co-signature files added to the paper. */
let files: Signature[] = [];
/** The Länder of the front matter's municipal co-signatories. */
let inlineLaender: Set<LandCode>;
/** How many of the front matter's co-signatories are Gemeinden or Kreise. */
let inlineKommunen: number;

/** Co-signature files added to the first paper. */
const FILES = 300;
/** One co-signature file: who signs, from which Land, and how it can be trusted. */
interface Signature {
	ref: string;
	land: LandCode;
	trust: 'link' | 'verified' | 'none';
	contact: string;
}

/**
 * Writes {@link FILES} co-signature files for the paper `id`, by Gemeinden of
 * Länder none of its inline co-signatories or its lead is in, taken in turn
 * from each such Land; a third each with a link to the decision, with a
 * maintainer's confirmation, and with neither.
 */
function addCosignatureFiles(id: string): Signature[] {
	const data = parseFrontmatter(readFileSync(join(root, 'content/positions', `${id}.md`), 'utf8')).frontmatter as {
		lead: string;
		dates: { consultationStart: Date | string };
		cosignatories: { organization: string }[];
	};
	const resolve = (ref: string) => resolveOrganization(ref, registries.organizations, registries.register);
	const inline = data.cosignatories.map((c) => resolve(c.organization)!);
	const kommunen = inline.filter((o) => o.kind === 'gemeinde' || o.kind === 'kreis');
	inlineKommunen = kommunen.length;
	inlineLaender = new Set(kommunen.map((o) => o.land!));
	const taken = new Set([...inline.map((o) => o.land), resolve(data.lead)?.land]);
	const byLand = new Map<LandCode, string[]>();
	for (const g of registries.register.gemeinden.values())
		if (!taken.has(g.land) && !g.art.startsWith('gemeindefrei'))
			byLand.set(g.land, [...(byLand.get(g.land) ?? []), `ags:${g.ags}`]);
	const pools = [...byLand.values()].filter((list) => list.length >= FILES / 4).slice(0, 4);
	const out: Signature[] = [];
	for (let i = 0; out.length < FILES; i++) {
		const ref = pools[i % pools.length]![Math.floor(i / pools.length)]!;
		const ags = ref.slice(4);
		const trust = (['link', 'verified', 'none'] as const)[i % 3]!;
		const signature: Signature = {
			ref,
			land: resolve(ref)!.land!,
			trust,
			contact: `hauptamt-${ags}@rathaus-${ags}.example`,
		};
		// The front matter parser reads an unquoted date as a `Date`.
		const day = new Date(data.dates.consultationStart).toISOString().slice(0, 10);
		const text = [
			`date: ${day}`,
			'decision:',
			'  body: Gemeinderat',
			`  date: ${day}`,
			trust === 'link' ? `  url: https://ratsinfo.example/vorlage-${ags}` : `  reference: "${i + 1}/2026"`,
			'contact:',
			'  role: Hauptamt',
			`  email: ${signature.contact}`,
			...(trust === 'verified' ? ['verified:', '  by: Redaktion der Beispielbibliothek', `  date: ${TODAY}`] : []),
			'',
		].join('\n');
		const path = join(root, cosignaturePath(id, ref));
		mkdirSync(join(path, '..'), { recursive: true });
		writeFileSync(path, text);
		out.push(signature);
	}
	return out;
}

/** Every file under `dir`, decompressed where it is gzip (as Pagefind's index is). */
function* builtFiles(dir: string): Generator<[string, Buffer]> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* builtFiles(path);
		else {
			const bytes = readFileSync(path);
			yield [path, bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes];
		}
	}
}
let baseUrl: string;
let context: BrowserContext;
const stop: (() => Promise<void>)[] = [];

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-cosignatories-'));
	copyProject(process.cwd(), root);
	registries = loadRegistries(root).registries;
	corpus = writeCorpus(root, registries, { docs: 5, today: TODAY });
	// Marked as an example, as the papers of a demonstration library are, so that the notice can be checked on its list page too.
	const file = join(root, 'content/positions', `${corpus.ids.positions[0]}.md`);
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^example: false$/m, 'example: true'));
	// Co-signature files need a consultation: where the generator gave the paper none, the time from draft to adoption is one.
	const text = readFileSync(file, 'utf8');
	if (!/^ {2}consultationStart:/m.test(text))
		writeFileSync(
			file,
			text.replace(
				/^( {2}drafted: (\S+)\n)( {2}adopted: (\S+)\n)/m,
				'$1  consultationStart: $2\n  consultationEnd: $4\n$3',
			),
		);
	files = addCosignatureFiles(corpus.ids.positions[0]!);
	const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', DREIKLANG_BUILD_DATE: TODAY },
	});
	if (build.status !== 0) throw new Error(`The generated library did not build:\n${build.stdout}\n${build.stderr}`);
	dist = join(root, 'dist');
	const id = corpus.ids.positions[0]!;
	const data = parseFrontmatter(readFileSync(join(root, 'content/positions', `${id}.md`), 'utf8')).frontmatter;
	paper = { id, title: data.title as string, cosignatories: cosignatoriesOf(id) + files.length };
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

describe('300 co-signature files of the paper', () => {
	const fileLaender = () => [...new Set(files.map((f) => f.land))];

	it('are the case this test is about: real Gemeinden of several Länder, none of them inline', () => {
		expect(files).toHaveLength(FILES);
		expect(fileLaender().length).toBeGreaterThanOrEqual(3);
		for (const land of fileLaender()) expect(inlineLaender.has(land), land).toBe(false);
	});

	it.each(UI_LANGUAGES)('are counted on the paper page, by level and Land (%s)', (lang) => {
		const page = html(href(lang, 'positions', paper.id));
		const tr = t(lang);
		expect(page).toMatch(
			sentence(
				tr('position.cosignatories.summary', {
					total: tr('position.cosignatories.total', { count: paper.cosignatories }),
					kommunen: tr('position.cosignatories.kommunen', { count: inlineKommunen + FILES }),
					laender: tr('position.cosignatories.laender', { count: inlineLaender.size + fileLaender().length }),
				}),
			),
		);
		for (const land of fileLaender())
			expect(page).toContain(`href="${cosignatoriesHref(lang, paper.id)}#${cosignatoryAnchor('kommune', land)}"`);
	});

	it.each(UI_LANGUAGES)('are listed on the full page, each saying how it can be trusted (%s)', (lang) => {
		const page = html(cosignatoriesHref(lang, paper.id));
		const tr = t(lang);
		for (const land of fileLaender()) {
			const count = files.filter((f) => f.land === land).length;
			expect(page).toContain(
				`id="${cosignatoryAnchor('kommune', land)}">${landName(registries, land)} (${count})</h3>`,
			);
		}
		for (const f of files.filter((f) => f.trust === 'link'))
			expect(page).toContain(`<a href="https://ratsinfo.example/vorlage-${f.ref.slice(4)}">`);
		const verified = tr('cosignature.verified', { by: 'Redaktion der Beispielbibliothek', date: '' })
			.split(' ')
			.slice(0, 2)
			.join(' ');
		expect(page.split(verified).length - 1).toBe(files.filter((f) => f.trust === 'verified').length);
		// Only the files with neither a link nor a confirmation; the entries of the front matter need no such word.
		expect(page.split(tr('cosignature.unverified')).length - 1).toBe(files.filter((f) => f.trust === 'none').length);
		// A linked decision is said to be unconfirmed all the same, after the contributor's own words of the decision.
		expect(page.split(tr('cosignature.linked')).length - 1).toBe(files.filter((f) => f.trust === 'link').length);
	});

	it('show on the pages of their signatories as "signed"', () => {
		for (const f of files.slice(0, 12)) {
			for (const lang of UI_LANGUAGES)
				expect(html(href(lang, 'organizations', organizationSlug(f.ref))), f.ref).toContain(
					`href="${href(lang, 'positions', paper.id)}"`,
				);
		}
	});

	it('bring their Länder to the paper: its Land lists and its search filters', () => {
		const page = html(href('de', 'positions', paper.id));
		for (const land of fileLaender()) {
			expect(page).toContain(`data-pagefind-filter="land:${landName(registries, land)}"`);
			for (const lang of UI_LANGUAGES)
				expect(html(listHref(lang, 'positions', { filter: 'land', value: land })), land).toContain(
					`href="${href(lang, 'positions', paper.id)}"`,
				);
		}
	});

	it('leave no contact address anywhere in the built site, its compressed search index included', () => {
		let searched = 0;
		for (const [path, bytes] of builtFiles(dist)) {
			expect(bytes.includes('@rathaus-'), path).toBe(false);
			if (path.includes('/pagefind/')) searched++;
		}
		expect(searched).toBeGreaterThan(0);
		expect(files.every((f) => f.contact.includes('@rathaus-'))).toBe(true);
	});
});

describe('every paper of the library', () => {
	it('has a co-signatory page exactly when it has more co-signatories than its page lists', () => {
		for (const id of corpus.ids.positions) {
			for (const lang of UI_LANGUAGES)
				expect(existsSync(join(dist, cosignatoriesHref(lang, id))), id).toBe(
					cosignatoriesOf(id) + (id === paper.id ? files.length : 0) > COSIGNATORIES_INLINE_LIMIT,
				);
		}
	});
});
