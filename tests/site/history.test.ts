/**
 * Version history from git, on a scratch library: one paper changed in three
 * commits, each with a change note, builds a history page with three entries
 * and their notes and word diffs that show the changed words; a shallow clone
 * of it (`git clone --depth 1`) still builds, says once that its history is
 * incomplete, and shows the front-matter dates. Two small builds, shared by
 * all assertions.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
	return execFileSync('git', args, {
		cwd,
		encoding: 'utf8',
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 'Redaktion',
			GIT_AUTHOR_EMAIL: 'redaktion@example.org',
			GIT_COMMITTER_NAME: 'Redaktion',
			GIT_COMMITTER_EMAIL: 'redaktion@example.org',
			...(date ? { GIT_AUTHOR_DATE: `${date}T10:00:00+01:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+01:00` } : {}),
		},
	});
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
	// The generated corpus carries change notes of its own: these replace them.
	text = text.replace(/^changes:.*\n(?: {2}.*\n)*/m, '');
	const yaml = notes.map((n) => `  - date: ${n.date}\n    type: ${n.type}\n    note: "${n.note}"\n`).join('');
	return text.replace(/\n---\n/, `\nchanges:\n${yaml}---\n`);
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-history-'));
	copyProject(process.cwd(), root);
	const corpus = writeCorpus(root, loadRegistries(root).registries, { docs: 3, today: TODAY });
	id = corpus.ids.positions[0]!;
	const file = join(root, 'content/positions', `${id}.md`);
	const first = readFileSync(file, 'utf8');
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
