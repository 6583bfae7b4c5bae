/**
 * Old versions nobody validated (written before a rule existed, or
 * force-pushed): binary files, files larger than a document may be, YAML
 * nested past the stack or full of aliases, and texts unrelated enough to
 * make a word diff quadratic. The history is still built, quickly, and each
 * such version is listed without notes or diff while the others keep theirs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentHistories, unusedRedactions } from '../../src/lib/history/document-history.ts';
import { readHistory } from '../../src/lib/history/git-history.ts';
import { MAX_DIFF_EDITS, paperDiff, wordDiff } from '../../src/lib/history/paper-diff.ts';
import { checkRedactions } from '../../src/lib/registries/redaction-entries.ts';
import { scratchGit } from '../support/scratch-git.ts';

const FILE = 'content/positions/papier.md';
let root: string;
let day = 0;

function commit(content: string | Buffer, subject: string): void {
	day++;
	writeFileSync(join(root, FILE), content);
	const date = `2026-01-${String(day).padStart(2, '0')}T09:00:00Z`;
	const git = (...args: string[]) => scratchGit(root, args, { date, email: 'r@example.org' });
	git('add', '.');
	git('commit', '--quiet', '-m', subject);
}

const paper = (body: string, front = '') =>
	`---\ntitle: Papier\n${front}demands:\n  - text: Der Bund zahlt.\n    status: open\n---\n\n${body}\n`;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-hostile-history-'));
	mkdirSync(join(root, 'content/positions'), { recursive: true });
	execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '--quiet'], { cwd: root });
	commit(paper('Die Kommunen tragen die Kosten.'), 'readable');
	commit(Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x2d, 0x2d, 0x2d, 0x0a]), 'binary');
	commit(paper('x '.repeat(700_000)), 'larger than a document');
	commit(paper('Tief.', `deep: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`), 'nested past the stack');
	const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
	for (let i = 1; i < 30; i++)
		laughs.push(
			`${'b'.repeat(i)}: &${'b'.repeat(i)} [${`*${i === 1 ? 'a' : 'b'.repeat(i - 1)}, `.repeat(9)}*${i === 1 ? 'a' : 'b'.repeat(i - 1)}]`,
		);
	commit(paper('Aliase.', `${laughs.join('\n')}\nchanges: *${'b'.repeat(29)}\n`), 'aliases');
	commit(
		`---\ntitle: Papier\ndemands:\n  - { text: { toString: 1 }, status: { valueOf: 2 } }\nchanges:\n  - { date: { toString: 1 }, note: { toString: 1 } }\n---\n\nObjekte.\n`,
		'mappings named toString',
	);
	commit(paper('Die Kommunen tragen die Kosten allein.'), 'readable again');
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('documentHistories of hostile old versions', () => {
	it('lists every version, reads none it should not, and diffs the readable ones', () => {
		const started = performance.now();
		const history = documentHistories(
			root,
			readHistory(root),
			[{ id: 'papier', kind: 'positions', filePath: FILE, changes: [] }],
			[],
		).get('papier')!;
		expect(performance.now() - started).toBeLessThan(10_000);
		expect(history.versions.map((v) => [v.subject, v.text !== undefined])).toEqual([
			['readable again', true],
			['mappings named toString', true],
			['aliases', true],
			['nested past the stack', false],
			['larger than a document', false],
			['binary', false],
			['readable', true],
		]);
		expect(history.diffs.map((d) => [d.from.subject, d.to.subject])).toEqual([
			['readable', 'aliases'],
			['aliases', 'mappings named toString'],
			['mappings named toString', 'readable again'],
			['readable', 'readable again'],
		]);
	});
});

describe('wordDiff', () => {
	it('gives up word by word on unrelated long texts, showing them deleted and inserted whole, in bounded time', () => {
		const words = (seed: string) => Array.from({ length: 10_000 }, (_, i) => `${seed}${i}`).join(' ');
		const started = performance.now();
		const parts = wordDiff(words('a'), words('b'));
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(parts).toEqual([
			{ kind: 'del', text: words('a') },
			{ kind: 'ins', text: words('b') },
		]);
		expect(MAX_DIFF_EDITS).toBeGreaterThan(1_000);
		expect(wordDiff('Der Bund zahlt.', 'Der Bund zahlt alles.').filter((p) => p.kind !== 'same')).toEqual([
			{ kind: 'ins', text: 'alles' },
		]);
	});
});

describe('documentHistories with redactions', () => {
	it('takes down the merge that brought a redacted branch commit, and a version under a file’s old name', () => {
		const repo = mkdtempSync(join(tmpdir(), 'dreiklang-redacted-merge-'));
		const git = (...args: string[]) =>
			scratchGit(repo, args, { date: '2026-02-01T09:00:00Z', email: 'r@example.org' }).trim();
		const old = 'content/positions/alt.md';
		const now = 'content/positions/neu.md';
		try {
			mkdirSync(join(repo, 'content/positions'), { recursive: true });
			git('init', '--quiet', '-b', 'main');
			writeFileSync(join(repo, old), paper('Die Kommunen tragen die Kosten.'));
			git('add', '.');
			git('commit', '--quiet', '-m', 'first');
			git('checkout', '--quiet', '-b', 'beitrag');
			writeFileSync(join(repo, old), paper('Die Kommunen tragen die Kosten, sagt Erika Muster.'));
			git('commit', '--quiet', '-am', 'secret');
			const secret = git('rev-parse', 'HEAD');
			writeFileSync(join(repo, old), paper('Die Kommunen tragen die Kosten allein, sagt Erika Muster.'));
			git('commit', '--quiet', '-am', 'more');
			git('checkout', '--quiet', 'main');
			git('merge', '--quiet', '--no-ff', '-m', 'Merge beitrag', 'beitrag');
			const merge = git('rev-parse', 'HEAD');
			writeFileSync(join(repo, old), paper('Die Kommunen tragen die Kosten allein.'));
			git('commit', '--quiet', '-am', 'fix');
			const fix = git('rev-parse', 'HEAD');
			git('mv', old, now);
			git('commit', '--quiet', '-m', 'rename');
			const input = { id: 'neu', kind: 'positions' as const, filePath: now, changes: [] };
			const history = readHistory(repo);
			const shown = (redactions: Parameters<typeof documentHistories>[3]) => {
				const h = documentHistories(repo, history, [input], redactions).get('neu')!;
				return {
					versions: h.versions.map((v) => [v.subject, Boolean(v.redacted), v.text !== undefined]),
					diffs: h.diffs.map((d) => `${d.from.subject}→${d.to.subject}`),
				};
			};
			expect(shown([{ commit: secret.slice(0, 7), reason: 'data-protection', files: [now] }])).toEqual({
				versions: [
					['rename', false, true],
					['fix', false, true],
					['Merge beitrag', true, false],
					['first', false, true],
				],
				diffs: ['first→fix', 'fix→rename', 'first→rename'],
			});
			expect(shown([{ commit: merge, reason: 'data-protection', files: [old] }]).versions[2]).toEqual([
				'Merge beitrag',
				true,
				false,
			]);
			expect(shown([{ commit: fix, reason: 'copyright' }]).versions[1]).toEqual(['fix', true, false]);
			// Each version names the entry as written; one that takes down nothing is found for the build to say so.
			const entries = [
				{ commit: secret.slice(0, 7), reason: 'data-protection' as const },
				{ commit: 'abcdef0', reason: 'other' as const },
				{ commit: fix, reason: 'copyright' as const, files: ['content/positions/anders.md'] },
			];
			const histories = documentHistories(repo, history, [input], entries);
			expect(histories.get('neu')!.versions[2]!.redacted).toBe(entries[0]);
			expect(unusedRedactions(histories, entries)).toEqual(entries.slice(1));
		} finally {
			rmSync(repo, { recursive: true, force: true });
		}
	});
});

describe('documentHistories of commits that share a prefix', () => {
	it('names each version by enough characters of its commit that no two share an address', () => {
		const version = (commit: string) => ({
			commit,
			date: '2026-01-01',
			time: '2026-01-01T09:00:00Z',
			subject: 's',
			merge: false,
			path: FILE,
		});
		const history = {
			state: 'complete' as const,
			files: new Map([
				[
					FILE,
					[version(`3f2c1ab9aa${'0'.repeat(30)}`), version(`3f2c1ab9ab${'0'.repeat(30)}`), version('e'.repeat(40))],
				],
			]),
		};
		const shorts = (input: string) =>
			documentHistories(root, history, [{ id: 'papier', kind: 'positions', filePath: input, changes: [] }], [])
				.get('papier')!
				.versions.map((v) => v.short);
		expect(shorts(FILE)).toEqual(['3f2c1ab9aa', '3f2c1ab9ab', 'eeeeeeeeee']);
		expect(
			documentHistories(root, readHistory(root), [{ id: 'papier', kind: 'positions', filePath: FILE, changes: [] }], [])
				.get('papier')!
				.versions.every((v) => v.short.length === 8),
		).toBe(true);
	});
});

describe('paperDiff', () => {
	it('diffs a pair once, for the pages of both languages', () => {
		const from = { body: 'Der Bund zahlt.', demands: [{ text: 'Zahlen.', status: 'open' }] };
		const to = { body: 'Der Bund zahlt alles.', demands: [{ text: 'Zahlen.', status: 'met' }] };
		const diff = paperDiff(from, to);
		expect(paperDiff(from, to)).toBe(diff);
		expect(diff.unchanged).toBe(false);
		expect(diff.demands[0]).toMatchObject({ before: 'open', after: 'met' });
	});
});

describe('many redactions', () => {
	it('are checked and applied in linear time, asking git once for the commits no version has', () => {
		const hex = (i: number) => `${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}aaaa`;
		const entries = Array.from({ length: 17_000 }, (_, i) => ({ commit: hex(i), reason: 'other' as const }));
		let started = performance.now();
		expect(checkRedactions(entries, 'content/registry/redactions.yaml', () => ({ line: 1, column: 1 }))).toEqual([]);
		expect(performance.now() - started).toBeLessThan(1_000);
		started = performance.now();
		const history = documentHistories(
			root,
			readHistory(root),
			[{ id: 'papier', kind: 'positions', filePath: FILE, changes: [] }],
			entries,
		).get('papier')!;
		expect(performance.now() - started).toBeLessThan(3_000);
		expect(history.versions.some((v) => v.redacted)).toBe(false);
	});
});
