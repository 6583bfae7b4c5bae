/**
 * The history read from git: one pass over the first-parent line, a merge as
 * one version with its merger as approver, renames followed, and no history
 * (with a reason) where git cannot tell.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBase } from '../../src/lib/history/base-branch.ts';
import { commitUrl, readBlobs, readHistory } from '../../src/lib/history/git-history.ts';

let root: string;
let outside: string;
let day = 0;

function git(args: string[], who = 'Redaktion', email = 'redaktion@verband.example') {
	day++;
	const date = `2026-0${1 + Math.floor(day / 28)}-${String(1 + (day % 28)).padStart(2, '0')}T10:00:00+01:00`;
	return execFileSync('git', args, {
		cwd: root,
		encoding: 'utf8',
		env: {
			...process.env,
			GIT_AUTHOR_NAME: who,
			GIT_AUTHOR_EMAIL: email,
			GIT_COMMITTER_NAME: who,
			GIT_COMMITTER_EMAIL: email,
			GIT_AUTHOR_DATE: date,
			GIT_COMMITTER_DATE: date,
		},
	});
}
const write = (path: string, text: string) => {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
};

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-history-'));
	outside = mkdtempSync(join(tmpdir(), 'dreiklang-nogit-'));
	git(['init', '-q', '-b', 'main']);
	write('content/positions/a.md', 'one\n');
	write('README.md', 'not content\n');
	git(['add', '-A']);
	git(['commit', '-q', '-m', 'Paper a']);
	// A branch with two commits, merged by a maintainer: one version on main.
	git(['checkout', '-q', '-b', 'change']);
	write('content/positions/a.md', 'two\n');
	git(['commit', '-qam', 'Wording'], 'Beitragende', 'beitrag@kommune.example');
	write('content/positions/a.md', 'three\n');
	git(['commit', '-qam', 'Typo'], 'Beitragende', 'beitrag@kommune.example');
	git(['checkout', '-q', 'main']);
	git(['merge', '-q', '--no-ff', '-m', 'Merge pull request #2', 'change'], 'Maintainerin', 'm@verband.example');
	// A web squash merge: the forge commits, so git cannot say who approved.
	write('content/positions/a.md', 'four\n');
	git(['commit', '-qam', 'Squashed change (#3)'], 'GitHub', 'noreply@github.com');
	// A rename: the versions of the old name go with the file.
	renameSync(join(root, 'content/positions/a.md'), join(root, 'content/positions/b.md'));
	git(['add', '-A']);
	git(['commit', '-qm', 'Rename a to b']);
}, 60_000);
afterAll(() => {
	rmSync(root, { recursive: true, force: true });
	rmSync(outside, { recursive: true, force: true });
});

describe('readHistory', () => {
	it('reads the first-parent versions of each file, newest first, a renamed file with its old versions', () => {
		const history = readHistory(root);
		expect(history.state).toBe('complete');
		expect(history.problem).toBeUndefined();
		expect([...history.files.keys()]).toEqual(['content/positions/b.md']);
		const versions = history.files.get('content/positions/b.md')!;
		expect(versions.map((v) => v.subject)).toEqual([
			'Rename a to b',
			'Squashed change (#3)',
			'Merge pull request #2',
			'Paper a',
		]);
		expect(versions.map((v) => v.path)).toEqual([
			'content/positions/b.md',
			'content/positions/a.md',
			'content/positions/a.md',
			'content/positions/a.md',
		]);
		expect(versions[2]).toMatchObject({ merge: true, approvedBy: 'Maintainerin' });
		expect(versions[1]).toMatchObject({ merge: false, approvedBy: undefined });
		expect(versions[3]).toMatchObject({ merge: false, approvedBy: 'Redaktion' });
		expect(versions.every((v) => /^[0-9a-f]{40}$/.test(v.commit) && /^\d{4}-\d{2}-\d{2}$/.test(v.date))).toBe(true);
		const texts = readBlobs(
			root,
			versions.map((v) => v.blob!),
		);
		expect(versions.map((v) => texts.get(v.blob!))).toEqual(['four\n', 'four\n', 'three\n', 'one\n']);
	});

	it('has no history, and says why, outside a repository', () => {
		const history = readHistory(outside);
		expect(history.state).toBe('none');
		expect(history.files.size).toBe(0);
		expect(history.problem?.de).toMatch(/git/);
		expect(history.problem?.en).toMatch(/git/);
	});

	it('says when a shallow clone hides older versions', () => {
		const shallow = mkdtempSync(join(tmpdir(), 'dreiklang-shallow-'));
		try {
			execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow]);
			const history = readHistory(shallow);
			expect(history.state).toBe('shallow');
			expect(history.problem?.en).toMatch(/shallow/);
			expect(history.files.get('content/positions/b.md')).toHaveLength(1);
		} finally {
			rmSync(shallow, { recursive: true, force: true });
		}
	});
});

describe('readBase', () => {
	it('reads the files of a base without a checkout, and refuses what is no ref', () => {
		const base = readBase(root, 'main~1');
		if ('problem' in base) throw new Error(base.problem.en);
		expect([...base.files.keys()]).toEqual(['content/positions/a.md']);
		expect(base.read(['content/positions/a.md', 'content/positions/b.md'])).toEqual(
			new Map([['content/positions/a.md', 'four\n']]),
		);
		expect(readBase(root, 'no-such-branch')).toHaveProperty('problem');
		expect(readBase(root, '--output=x')).toHaveProperty('problem');
		expect(readBase(outside, 'main')).toHaveProperty('problem');
	});
});

describe('commitUrl', () => {
	it('links a commit on GitHub and on GitLab', () => {
		expect(commitUrl({ host: 'github', url: 'https://github.com/o/r/' }, 'abc')).toBe(
			'https://github.com/o/r/commit/abc',
		);
		expect(commitUrl({ host: 'gitlab', url: 'https://gitlab.example/o/r' }, 'abc')).toBe(
			'https://gitlab.example/o/r/-/commit/abc',
		);
	});
});

describe('readHistory of hostile commits', () => {
	it('keeps every version whatever a subject or name holds: the record mark, a made-up hash, a raw line', () => {
		const hostile = mkdtempSync(join(tmpdir(), 'dreiklang-hostile-'));
		const run = (args: string[], who = 'Redaktion') =>
			execFileSync('git', args, {
				cwd: hostile,
				encoding: 'utf8',
				env: {
					...process.env,
					GIT_AUTHOR_NAME: who,
					GIT_AUTHOR_EMAIL: 'r@verband.example',
					GIT_COMMITTER_NAME: who,
					GIT_COMMITTER_EMAIL: 'r@verband.example',
					GIT_AUTHOR_DATE: '2026-03-01T10:00:00+01:00',
					GIT_COMMITTER_DATE: '2026-03-01T10:00:00+01:00',
				},
			});
		try {
			run(['init', '-q', '-b', 'main']);
			mkdirSync(join(hostile, 'content/positions'), { recursive: true });
			writeFileSync(join(hostile, 'content/positions/a.md'), 'one\n');
			run(['add', '-A']);
			run(['commit', '-q', '-m', 'Paper a']);
			writeFileSync(join(hostile, 'content/positions/a.md'), 'two\n');
			const fake = 'f'.repeat(40);
			const rawLine = `:100644 100644 ${'0'.repeat(40)} ${'e'.repeat(40)} M`;
			run(['commit', '-qam', `Wording\x1e../../x\x1e${fake}`], `Eve\x1e${fake}`);
			writeFileSync(join(hostile, 'content/positions/a.md'), 'three\n');
			run(['commit', '-qam', `${rawLine}\x1e${rawLine}`]);
			writeFileSync(join(hostile, 'content/positions/a.md'), 'four\n');
			run(['commit', '-qam', 'ü'.repeat(20_000)]);
			const versions = readHistory(hostile).files.get('content/positions/a.md')!.slice(1);
			expect(readHistory(hostile).files.get('content/positions/a.md')![0]!.subject).toBe(`${'ü'.repeat(298)}..`);
			expect(versions).toHaveLength(3);
			expect(versions.every((v) => /^[0-9a-f]{40}$/.test(v.commit) && v.commit !== fake)).toBe(true);
			expect(versions[1]!.subject).toBe(`Wording\x1e../../x\x1e${fake}`);
			const texts = readBlobs(
				hostile,
				versions.map((v) => v.blob!),
			);
			expect(versions.map((v) => texts.get(v.blob!))).toEqual(['three\n', 'two\n', 'one\n']);
		} finally {
			rmSync(hostile, { recursive: true, force: true });
		}
	});
});

describe('readHistory under a reader’s git configuration', () => {
	const sshKeygen = spawnSync('ssh-keygen', ['-?']).error === undefined;
	it.skipIf(!sshKeygen)('keeps every version of signed commits when the configuration shows signatures', () => {
		const signed = mkdtempSync(join(tmpdir(), 'dreiklang-signed-'));
		const key = join(signed, 'key');
		const env = {
			...process.env,
			GIT_AUTHOR_NAME: 'Redaktion',
			GIT_AUTHOR_EMAIL: 'r@verband.example',
			GIT_COMMITTER_NAME: 'Redaktion',
			GIT_COMMITTER_EMAIL: 'r@verband.example',
		};
		const run = (...args: string[]) => execFileSync('git', args, { cwd: join(signed, 'repo'), env });
		const saved = { ...process.env };
		try {
			execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
			mkdirSync(join(signed, 'repo/content/positions'), { recursive: true });
			run('init', '-q', '-b', 'main');
			for (const text of ['one\n', 'two\n']) {
				writeFileSync(join(signed, 'repo/content/positions/a.md'), text);
				run('add', '-A');
				run('-c', 'gpg.format=ssh', '-c', `user.signingkey=${key}`, 'commit', '-S', '-q', '-m', text.trim());
			}
			Object.assign(process.env, {
				GIT_CONFIG_COUNT: '1',
				GIT_CONFIG_KEY_0: 'log.showSignature',
				GIT_CONFIG_VALUE_0: 'true',
			});
			expect(
				readHistory(join(signed, 'repo'))
					.files.get('content/positions/a.md')
					?.map((v) => v.subject),
			).toEqual(['two', 'one']);
		} finally {
			for (const name of ['GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0'])
				if (saved[name] === undefined) delete process.env[name];
				else process.env[name] = saved[name];
			rmSync(signed, { recursive: true, force: true });
		}
	});
});
