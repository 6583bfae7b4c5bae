/**
 * The versions file of a paper, read by its history page's comparison form,
 * on a scratch git repository with four versions: every version with text,
 * oldest first, with body and demands; a redacted version is not in it, in
 * no form; and with fewer than three versions left, no file is offered.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentHistories } from '../../src/lib/history/document-history.ts';
import { readHistory } from '../../src/lib/history/git-history.ts';
import { offersComparison, versionTexts } from '../../src/lib/history/version-texts.ts';
import { versionsHref } from '../../src/lib/routes/routes.ts';
import type { Redaction } from '../../src/schemas/redaction.ts';
import { scratchGit } from '../support/scratch-git.ts';

const FILE = 'content/positions/papier.md';
let root: string;
/** Newest first. */
const commits: string[] = [];

function commit(body: string, status: string, date: string): void {
	writeFileSync(
		join(root, FILE),
		`---\ntitle: Papier\ndemands:\n  - text: Der Bund zahlt.\n    status: ${status}\n---\n\n${body}\n`,
	);
	const git = (...args: string[]) => scratchGit(root, args, { date: `${date}T09:00:00Z`, email: 'r@example.org' });
	git('add', '.');
	git('commit', '--quiet', '-m', `Stand ${date}`);
	commits.unshift(git('rev-parse', 'HEAD').trim());
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-version-texts-'));
	mkdirSync(join(root, 'content/positions'), { recursive: true });
	execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '--quiet'], { cwd: root });
	commit('Die Kommunen tragen die Kosten.', 'open', '2026-01-10');
	commit('Die Kommunen tragen die Kosten allein, sagt Erika Muster.', 'open', '2026-02-01');
	commit('Die Kommunen tragen die Kosten allein.', 'in-progress', '2026-03-01');
	commit('Die Kommunen tragen die Kosten nicht allein.', 'met', '2026-04-01');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const input = { id: 'papier', kind: 'positions' as const, filePath: FILE, changes: [] };
const history = (redactions: Redaction[] = []) =>
	documentHistories(root, readHistory(root), [input], redactions).get('papier');

describe('versionTexts', () => {
	it('holds every version oldest first, named by its short commit, with body and demands', () => {
		expect(offersComparison(history())).toBe(true);
		expect(versionTexts(history())).toEqual({
			versions: [
				{
					short: commits[3]!.slice(0, 8),
					date: '2026-01-10',
					body: 'Die Kommunen tragen die Kosten.',
					demands: [{ text: 'Der Bund zahlt.', status: 'open' }],
				},
				{
					short: commits[2]!.slice(0, 8),
					date: '2026-02-01',
					body: 'Die Kommunen tragen die Kosten allein, sagt Erika Muster.',
					demands: [{ text: 'Der Bund zahlt.', status: 'open' }],
				},
				{
					short: commits[1]!.slice(0, 8),
					date: '2026-03-01',
					body: 'Die Kommunen tragen die Kosten allein.',
					demands: [{ text: 'Der Bund zahlt.', status: 'in-progress' }],
				},
				{
					short: commits[0]!.slice(0, 8),
					date: '2026-04-01',
					body: 'Die Kommunen tragen die Kosten nicht allein.',
					demands: [{ text: 'Der Bund zahlt.', status: 'met' }],
				},
			],
		});
	});

	it('leaves a redacted version out entirely: no text, no name, no day', () => {
		const redacted = history([{ commit: commits[2]!.slice(0, 7), reason: 'data-protection' }]);
		const file = JSON.stringify(versionTexts(redacted));
		expect(file).not.toContain('Erika Muster');
		expect(file).not.toContain(commits[2]!.slice(0, 7));
		expect(file).not.toContain('2026-02-01');
		expect(versionTexts(redacted).versions.map((v) => v.date)).toEqual(['2026-01-10', '2026-03-01', '2026-04-01']);
		expect(offersComparison(redacted)).toBe(true);
	});

	it('offers no comparison with fewer than three versions with text', () => {
		const two = history([
			{ commit: commits[2]!, reason: 'copyright' },
			{ commit: commits[1]!, reason: 'other' },
		]);
		expect(offersComparison(two)).toBe(false);
		expect(offersComparison(undefined)).toBe(false);
	});

	it('is one file next to the German history page, for both languages', () => {
		expect(versionsHref('papier')).toBe('/positionen/papier/verlauf/fassungen.json');
	});
});
