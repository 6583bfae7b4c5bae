/**
 * The history's pages under what a contribution's git history may hold, on a
 * scratch library: an old version that never passed validation (a demand
 * status the schema does not know, HTML in its body and demands), a commit
 * subject and a merger's name that are HTML, a paper with 100 major change
 * notes, a paper with 50 demands with five-step histories, and redirect pages
 * of a moved and a withdrawn paper. The build must
 * succeed, render all of it as text, keep the paper within 40 KB and pass axe.
 * One small build, shared by all assertions.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/t.ts';
import { writeCorpus } from '../../bench/generate-corpus.ts';
import { copyProject } from '../../bench/project-copy.ts';
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import { diffHref, historyHref, href } from '../../src/lib/routes/routes.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { scratchGit } from '../support/scratch-git.ts';

const TODAY = '2026-11-27';
const SUBJECT = '<script>alert("subject")</script> Erste Fassung';
// Git drops `<` and `>` from names itself; what is left must still be text.
const MERGER = '<img src=x onerror=alert(1)> "Bobby" & Co';
let root: string;
let id: string;
let noted: string;
let demanding: string;
const commits: string[] = [];

function git(cwd: string, args: string[], date: string, name = 'Redaktion'): string {
	return scratchGit(cwd, args, { date, name });
}

/** `count` major change notes, each ~150 characters, dated from `published` on, in order. */
function manyNotes(published: string, count: number): string {
	const start = Date.parse(`${published}T00:00:00Z`);
	const span = Date.parse(`${TODAY}T00:00:00Z`) - start;
	const lines = Array.from({ length: count }, (_, i) => {
		const date = new Date(start + Math.floor((span * i) / count)).toISOString().slice(0, 10);
		const note = `Änderung ${i + 1}: Forderung zur Finanzierung der kommunalen Digitalisierung neu gefasst und Frist für die Umsetzung in Land und Bund angepasst.`;
		return `  - date: ${date}\n    type: major\n    note: "${note}"\n`;
	});
	return `changes:\n${lines.join('')}`;
}

/** `count` demands to the Bund, each with a history of `steps` dated steps with notes, from `published` on. */
function manyDemands(published: string, count: number, steps: number): string {
	const start = Date.parse(`${published}T00:00:00Z`);
	const span = Date.parse(`${TODAY}T00:00:00Z`) - start;
	const day = (k: number) => new Date(start + Math.floor((span * k) / steps)).toISOString().slice(0, 10);
	const statuses = ['open', 'in-progress', 'partly-met', 'in-progress', 'met'];
	const demands = Array.from({ length: count }, (_, i) => {
		const history = Array.from(
			{ length: steps },
			(_, k) =>
				`      - { status: ${statuses[k % 5]}, since: ${day(k)}, note: Schritt ${k + 1} der Forderung ${i + 1} im Gesetzgebungsverfahren. }\n`,
		);
		return (
			`  - text: Forderung ${i + 1} – der Bund beteiligt sich dauerhaft und verlässlich an den Kosten der kommunalen Aufgaben.\n` +
			`    addressee: level:bund\n    status: ${statuses[(steps - 1) % 5]}\n    since: ${day(steps - 1)}\n    history:\n${history.join('')}`
		);
	});
	return `demands:\n${demands.join('')}`;
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-history-hostile-'));
	copyProject(process.cwd(), root);
	const corpus = writeCorpus(root, loadRegistries(root).registries, { docs: 8, today: TODAY });
	[id, noted, demanding] = corpus.ids.positions as [string, string, string];
	const demandingFile = join(root, 'content/positions', `${demanding}.md`);
	const demandingText = readFileSync(demandingFile, 'utf8');
	const demandingPublished = /^published: (\S+)$/m.exec(demandingText)![1]!.replace(/['"]/g, '');
	writeFileSync(
		demandingFile,
		demandingText.replace(/^demands:\n(?: {2}.*\n)*/m, manyDemands(demandingPublished, 50, 5)),
	);
	const file = join(root, 'content/positions', `${id}.md`);
	const valid = readFileSync(file, 'utf8');
	// An old version that never passed validation: a status no schema knows, HTML in body and demand.
	const hostile = valid
		.replace(/^( {4}status: )\S+$/m, '$1angenommen')
		.replace(/^( {2}- text: )(.*)$/m, '$1"<b onmouseover=alert(3)>fett</b> $2"')
		.replace(/\n---\n\n?/, '\n---\n\n<script>alert("body")</script> [klick](javascript:alert(4))\n\n');
	writeFileSync(file, hostile);
	git(root, ['-c', 'init.defaultBranch=main', 'init', '--quiet'], '2026-01-10');
	git(root, ['add', 'content'], '2026-01-10');
	git(root, ['commit', '--quiet', '-m', SUBJECT], '2026-01-10');
	// The valid version comes in by a merge whose author (the approver shown) is HTML.
	git(root, ['checkout', '--quiet', '-b', 'fix'], '2026-02-01');
	writeFileSync(file, valid);
	const notedFile = join(root, 'content/positions', `${noted}.md`);
	const notedText = readFileSync(notedFile, 'utf8');
	const published = /^published: (\S+)$/m.exec(notedText)![1]!.replace(/['"]/g, '');
	const withoutNotes = notedText.replace(/^changes:.*\n(?: {2}.*\n)*/m, '');
	writeFileSync(notedFile, withoutNotes.replace(/\n---\n/, `\n${manyNotes(published, 100)}---\n`));
	git(root, ['commit', '--quiet', '-am', 'Gültige Fassung'], '2026-02-01');
	git(root, ['checkout', '--quiet', 'main'], '2026-02-02');
	git(root, ['merge', '--quiet', '--no-ff', '-m', 'Merge fix', 'fix'], '2026-02-02', MERGER);
	writeFileSync(
		join(root, 'content/redirects.yaml'),
		`- kind: positions\n  from: alter-name\n  to: ${id}\n- kind: positions\n  from: zurueckgezogen\n  withdrawn:\n    date: 2026-05-01\n    reason:\n      de: Auf Wunsch der Verfasser zurückgezogen.\n      en: Withdrawn at the authors' request.\n`,
	);
	git(root, ['add', 'content'], '2026-02-03');
	git(root, ['commit', '--quiet', '-m', 'Umleitungen'], '2026-02-03');
	commits.push(
		...git(root, ['log', '--first-parent', '--format=%H', '--', `content/positions/${id}.md`], '2026-02-03')
			.trim()
			.split('\n'),
	);
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', DREIKLANG_BUILD_DATE: TODAY },
	});
	if (result.status !== 0) throw new Error(`The scratch library did not build:\n${result.stdout}\n${result.stderr}`);
}, 300_000);
afterAll(() => {
	if (root) rmSync(root, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
const diffPath = (lang: 'de' | 'en') => diffHref(lang, id, commits[1]!.slice(0, 8), commits[0]!.slice(0, 8));

describe('a history written by an attacker', () => {
	it.each(UI_LANGUAGES)('shows a commit subject and a merger name as text (%s)', (lang) => {
		const html = page(historyHref(lang, 'positions', id));
		expect(html).not.toContain('<script>alert');
		expect(html).not.toContain('<img src=x');
		expect(html).toContain('&lt;script&gt;alert');
		expect(html).toContain(
			t(lang)('history.approvedBy', { name: 'img src=x onerror=alert(1) &quot;Bobby&quot; &amp; Co' }),
		);
	});

	it.each(UI_LANGUAGES)('diffs an old version with an unknown status and HTML as text (%s)', (lang) => {
		const html = page(diffPath(lang));
		expect(html).not.toContain('<script>alert');
		expect(html).not.toContain('<b onmouseover');
		expect(html).not.toContain('href="javascript:');
		expect(html).toContain('&lt;script&gt;alert');
		// The unknown status is shown as written, beside the one it became.
		expect(html).toContain('angenommen');
	});
});

describe('a paper with 100 major change notes', () => {
	it.each(UI_LANGUAGES)('stays within 40 KB and links its history (%s)', (lang) => {
		const html = page(href(lang, 'positions', noted));
		expect(html.length).toBeLessThan(40 * 1024);
		// The newest ten are on the page, the other 90 in the history.
		expect(html).toContain('Änderung 100:');
		expect(html).not.toContain('Änderung 90:');
		expect(html).toContain(t(lang)('changes.more', { count: 90 }));
		expect(html).toContain(`href="${historyHref(lang, 'positions', noted)}"`);
		expect(page(historyHref(lang, 'positions', noted))).toContain('Änderung 1:');
	});
});

describe('a paper with 50 demands, each with five dated steps', () => {
	it.each(UI_LANGUAGES)('stays within 40 KB, linking the timelines on the history page (%s)', (lang) => {
		const html = page(href(lang, 'positions', demanding));
		expect(html).toContain('Forderung 50 –');
		expect(html.length).toBeLessThan(40 * 1024);
		// 250 steps are too many for the paper: one link leads to all the timelines on the history page.
		expect(html).not.toContain('class="demand-steps"');
		expect(html).toContain(`href="${historyHref(lang, 'positions', demanding)}#history-demands"`);
		expect(html).toContain(t(lang)('demand.history.link', { count: 250 }));
		const history = page(historyHref(lang, 'positions', demanding));
		expect(history).toContain('id="demand-50"');
		expect(history.split('class="demand-steps"')).toHaveLength(51);
	});
});

describe('the pages of these histories and redirects', () => {
	it.each(UI_LANGUAGES)('pass axe (%s)', async (lang) => {
		const server = await serveStatic(join(root, 'dist'));
		const browser = await launchBrowser();
		const moved = href(lang, 'positions', 'alter-name');
		const paths = [
			historyHref(lang, 'positions', id),
			diffPath(lang),
			href(lang, 'positions', noted),
			historyHref(lang, 'positions', noted),
			historyHref(lang, 'positions', demanding),
			href(lang, 'positions', 'zurueckgezogen'),
		];
		try {
			for (const path of paths) {
				const tab = await browser.context.newPage();
				await tab.goto(`${server.url}${path}`);
				expect(await axeViolations(tab), path).toEqual([]);
				await tab.close();
			}
			// A moved address leaves at once: a copy of its page without the refresh is checked where it was served.
			const copy = join(root, 'dist', moved, 'stay', 'index.html');
			mkdirSync(join(copy, '..'), { recursive: true });
			writeFileSync(
				copy,
				readFileSync(join(root, 'dist', moved, 'index.html'), 'utf8').replace(/<meta http-equiv="refresh"[^>]*>/, ''),
			);
			const tab = await browser.context.newPage();
			await tab.goto(`${server.url}${moved}stay/`);
			expect(await axeViolations(tab), moved).toEqual([]);
			await tab.close();
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
