/**
 * Version history from git, on a scratch library: one paper changed in three
 * commits, each with a change note, builds a history page with three entries
 * and their notes and word diffs that show the changed words; a shallow clone
 * of it (`git clone --depth 1`) still builds, says once that its history is
 * incomplete, and shows the front-matter dates. The history page's form
 * compares any two versions in a real browser, from the paper's versions
 * file, with the diff pages' markup. Two small builds, shared by all
 * assertions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/t.ts';
import { writeCorpus } from '../../bench/generate-corpus.ts';
import { copyProject } from '../../bench/project-copy.ts';
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import type { VersionTexts } from '../../src/lib/history/version-texts.ts';
import { diffHref, historyHref, href, versionsHref } from '../../src/lib/routes/routes.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { scratchGit } from '../support/scratch-git.ts';

const TODAY = '2026-11-27';
let root: string;
let shallow: string;
let id: string;
let shallowLog: string;
const commits: string[] = [];

const NOTES = [
	{ date: '2026-03-02', type: 'major', note: 'Forderung 1 geschärft: Frist bis 2027.' },
	{ date: '2026-06-15', type: 'minor', note: 'Tippfehler im Text berichtigt.' },
];

function git(cwd: string, args: string[], date?: string): string {
	return scratchGit(cwd, args, date === undefined ? {} : { date });
}

function build(cwd: string): string {
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', DREIKLANG_BUILD_DATE: TODAY },
	});
	if (result.status !== 0) throw new Error(`The scratch library did not build:\n${result.stdout}\n${result.stderr}`);
	return result.stdout + result.stderr;
}

/** The paper's file with change notes added to its front matter. */
function withNotes(text: string, notes: typeof NOTES): string {
	if (notes.length === 0) return text;
	const yaml = notes.map((n) => `  - date: ${n.date}\n    type: ${n.type}\n    note: "${n.note}"\n`).join('');
	return text.replace(/\n---\n/, `\nchanges:\n${yaml}---\n`);
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-history-'));
	copyProject(process.cwd(), root);
	const corpus = writeCorpus(root, loadRegistries(root).registries, { docs: 3, today: TODAY });
	id = corpus.ids.positions[0]!;
	const file = join(root, 'content/positions', `${id}.md`);
	// The generated paper's own change notes go: this test writes the notes of its three versions itself.
	const first = readFileSync(file, 'utf8').replace(/^changes:\n(?: .*\n)*/m, '');
	writeFileSync(file, first);
	git(root, ['-c', 'init.defaultBranch=main', 'init', '--quiet']);
	git(root, ['add', 'content']);
	git(root, ['commit', '--quiet', '-m', 'Erste Fassung'], '2026-01-10');
	// Second version: a sentence added and a demand reworded, with a major note.
	const body = first.replace(/\n---\n\n?/, '\n---\n\nDie Frist endet 2027 verbindlich.\n\n');
	const reworded = body.replace(/^( {2}- text: )(.*)$/m, '$1Bis 2027 gilt, $2');
	writeFileSync(file, withNotes(reworded, NOTES.slice(0, 1)));
	git(root, ['commit', '--quiet', '-am', 'Forderung 1 geschärft'], '2026-03-02');
	// Third version: one word changed, with a minor note.
	writeFileSync(file, withNotes(reworded.replace('verbindlich', 'unwiderruflich'), NOTES));
	git(root, ['commit', '--quiet', '-am', 'Tippfehler'], '2026-06-15');
	commits.push(...git(root, ['log', '--format=%H']).trim().split('\n'));
	build(root);
	shallow = mkdtempSync(join(tmpdir(), 'dreiklang-history-shallow-'));
	rmSync(shallow, { recursive: true });
	git(tmpdir(), ['clone', '--quiet', '--depth', '1', `file://${root}`, shallow]);
	copyProject(process.cwd(), shallow);
	shallowLog = build(shallow);
}, 300_000);
afterAll(() => {
	for (const dir of [root, shallow]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const page = (dir: string, path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
/** The visible text of a page, tags removed, spaces collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const short = (commit: string) => commit.slice(0, 8);

describe('a paper changed in three commits', () => {
	it.each(UI_LANGUAGES)('lists three versions with their notes, newest first (%s)', (lang) => {
		const html = page(root, historyHref(lang, 'positions', id));
		const versions = html.split('<li class="history-version">').slice(1);
		expect(versions).toHaveLength(3);
		expect(text(versions[0]!)).toContain(NOTES[1]!.note);
		expect(text(versions[1]!)).toContain(NOTES[0]!.note);
		expect(text(versions[2]!)).not.toContain(NOTES[0]!.note);
		expect(versions[0]).toContain(`/commit/${commits[0]}`);
		expect(text(versions[0]!)).toContain(t(lang)('history.approvedBy', { name: 'Redaktion' }));
	});

	it.each(UI_LANGUAGES)('shows both dates and the major note on the paper, with a link to its history (%s)', (lang) => {
		const html = text(page(root, href(lang, 'positions', id)));
		expect(html).toContain(t(lang)('history.lastChanged'));
		expect(page(root, href(lang, 'positions', id))).toContain('datetime="2026-06-15"');
		expect(html).toContain(NOTES[0]!.note);
		expect(html).not.toContain(NOTES[1]!.note);
		expect(page(root, href(lang, 'positions', id))).toContain(`href="${historyHref(lang, 'positions', id)}"`);
	});

	it('builds word diffs of neighbours and of the first against the current version', () => {
		const [third, second, first] = commits.map(short);
		const neighbour = page(root, diffHref('de', id, second!, third!));
		expect(neighbour).toMatch(/<del>.*\[−<\/span>verbindlich<span aria-hidden="true">−\]/);
		expect(neighbour).toMatch(/<ins>.*\[\+<\/span>unwiderruflich<span aria-hidden="true">\+\]/);
		expect(neighbour).toContain('eingefügt:');
		const whole = text(page(root, diffHref('en', id, first!, third!)));
		expect(whole).toContain('inserted: [+ Bis');
		expect(page(root, historyHref('de', 'positions', id))).toContain(`href="${diffHref('de', id, first!, third!)}"`);
	});
});

describe('the history and diff pages', () => {
	it.each(UI_LANGUAGES)('pass axe, and a document page stays within 40 KB (%s)', async (lang) => {
		const server = await serveStatic(join(root, 'dist'));
		const browser = await launchBrowser();
		try {
			const [third, second] = commits.map(short);
			for (const path of [historyHref(lang, 'positions', id), diffHref(lang, id, second!, third!)]) {
				const tab = await browser.context.newPage();
				await tab.goto(`${server.url}${path}`);
				expect(await axeViolations(tab), path).toEqual([]);
				await tab.close();
			}
		} finally {
			await browser.close();
			await server.close();
		}
		expect(readFileSync(join(root, 'dist', href(lang, 'positions', id), 'index.html')).length).toBeLessThan(40 * 1024);
	});
});

describe('comparing any two versions', () => {
	const strip = (html: string) => html.replace(/<!--.*?-->/gs, '');

	it('writes the versions file: three versions, oldest first, with their texts', () => {
		const file = JSON.parse(readFileSync(join(root, 'dist', versionsHref(id)), 'utf8')) as VersionTexts;
		expect(file.versions.map((v) => v.short)).toEqual([...commits].reverse().map(short));
		expect(file.versions.map((v) => v.date)).toEqual(['2026-01-10', '2026-03-02', '2026-06-15']);
		expect(file.versions[2]!.body).toContain('Die Frist endet 2027 unwiderruflich.');
		expect(file.versions[1]!.demands[0]!.text).toMatch(/^Bis 2027 gilt, /);
	});

	it('hides the form without script, and only the history page loads the script', () => {
		const history = page(root, historyHref('de', 'positions', id));
		expect(history).toMatch(/<section class="compare" aria-labelledby="compare-heading" data-compare hidden>/);
		const scripts = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
		const own = scripts(history).filter((src) => !scripts(page(root, href('de', 'positions', id))).includes(src));
		expect(own).toHaveLength(1);
	});

	it.each(UI_LANGUAGES)(
		'shows the first against the second version as the diff page does, says so, and passes axe (%s)',
		async (lang) => {
			const [, second, first] = commits.map(short);
			const server = await serveStatic(join(root, 'dist'));
			const browser = await launchBrowser();
			try {
				const fetched: string[] = [];
				browser.context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
				const tab = await browser.context.newPage();
				// The pages carry the site's Content-Security-Policy: the script and its fetch must stay within it.
				const refused: string[] = [];
				tab.on('console', (message) => {
					if (/content.security.policy/i.test(message.text())) refused.push(message.text());
				});
				await tab.goto(`${server.url}${diffHref(lang, id, first!, second!)}`);
				const expected = await tab.locator('.diff').innerHTML();
				const textLang = await tab.locator('.diff').getAttribute('lang');
				const demands = await tab.locator('.diff-demands').innerHTML();
				await tab.goto(`${server.url}${historyHref(lang, 'positions', id)}`);
				await tab.waitForLoadState('networkidle');
				expect(fetched).not.toContain(versionsHref(id));
				await tab.getByLabel(t(lang)('compare.from')).selectOption(first!);
				await tab.getByLabel(t(lang)('compare.to')).selectOption(second!);
				await tab.getByRole('button', { name: t(lang)('compare.submit') }).click();
				const status = tab.locator('[data-compare-status]');
				await expect.poll(() => status.textContent()).toContain(`${first} `);
				expect(await status.getAttribute('role')).toBe('status');
				expect(await status.textContent()).toBe(
					t(lang)('compare.result', { from: first!, to: second!, insertions: 2, deletions: 0 }),
				);
				expect(fetched).toContain(versionsHref(id));
				const result = tab.locator('[data-compare-result]');
				expect(strip(await result.locator('.diff').innerHTML())).toBe(strip(expected));
				expect(await result.locator('.diff').getAttribute('lang')).toBe(textLang);
				expect(strip(await result.locator('.diff-demands').innerHTML())).toBe(strip(demands));
				const inserted = await result.locator('ins').allTextContents();
				expect(inserted).toHaveLength(2);
				const tr = t(lang);
				for (const run of inserted)
					expect(run).toMatch(new RegExp(`^${tr('diff.inserted')} \\[\\+[^]+\\+\\] ${tr('diff.insertedEnd')}$`));
				expect(inserted[0]).toContain('Die Frist endet 2027 verbindlich.');
				expect(inserted[1]).toContain('Bis 2027 gilt,');
				expect(await result.locator('del').count()).toBe(0);
				expect(await axeViolations(tab)).toEqual([]);
				// The same version twice is refused in words, and nothing is shown.
				await tab.getByLabel(t(lang)('compare.to')).selectOption(first!);
				await tab.getByRole('button', { name: t(lang)('compare.submit') }).click();
				await expect.poll(() => status.textContent()).toBe(t(lang)('compare.same'));
				expect(await result.innerHTML()).toBe('');
				expect(refused).toEqual([]);
			} finally {
				await browser.close();
				await server.close();
			}
		},
	);
});

describe('a shallow clone', () => {
	it('builds, and says once that the history is incomplete', () => {
		expect(shallowLog.split('Incomplete version history').length - 1).toBe(1);
	});

	it.each(UI_LANGUAGES)('says so on the history page and shows the front-matter dates (%s)', (lang) => {
		const html = text(page(shallow, historyHref(lang, 'positions', id)));
		expect(html).toContain(t(lang)('history.shallow'));
		expect(html).toContain(t(lang)('history.dates'));
		// Both notes are older than the one version the clone has: they are listed, not given to it.
		expect(html).toContain(NOTES[0]!.note);
		expect(html).toContain(t(lang)('history.unattached'));
	});
});
