/**
 * The per-build history of documents, on a scratch git repository: notes go
 * to the version that first holds them, a redacted version keeps no content
 * and no diff is built with it, and a library without git keeps its notes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentHistories } from '../../src/lib/history/document-history.ts';
import { readHistory } from '../../src/lib/history/git-history.ts';
import { paperDiff } from '../../src/lib/history/paper-diff.ts';
import type { ChangeNote } from '../../src/schemas/change-note.ts';
import { scratchGit } from '../support/scratch-git.ts';

const FILE = 'content/positions/papier.md';
const NOTES: ChangeNote[] = [
	{ date: '2026-02-01', type: 'major', note: 'Forderung ergänzt.' },
	{ date: '2026-03-01', type: 'minor', note: 'Name entfernt.' },
];
let root: string;
const commits: string[] = [];

function paper(body: string, status: string, notes: ChangeNote[]): string {
	const changes = notes.map((n) => `  - { date: ${n.date}, type: ${n.type}, note: "${n.note}" }\n`).join('');
	return `---\ntitle: Papier\ndemands:\n  - text: Der Bund zahlt.\n    status: ${status}\n${notes.length ? `changes:\n${changes}` : ''}---\n\n${body}\n`;
}

function commit(text: string, date: string): void {
	writeFileSync(join(root, FILE), text);
	const git = (...args: string[]) => scratchGit(root, args, { date: `${date}T09:00:00Z`, email: 'r@example.org' });
	git('add', '.');
	git('commit', '--quiet', '-m', `Stand ${date}`);
	commits.unshift(git('rev-parse', 'HEAD').trim());
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'dreiklang-doc-history-'));
	mkdirSync(join(root, 'content/positions'), { recursive: true });
	execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '--quiet'], { cwd: root });
	commit(paper('Die Kommunen tragen die Kosten.', 'open', []), '2026-01-10');
	commit(paper('Die Kommunen tragen die Kosten allein, sagt Erika Muster.', 'open', NOTES.slice(0, 1)), '2026-02-01');
	commit(paper('Die Kommunen tragen die Kosten allein.', 'met', NOTES), '2026-03-01');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const input = { id: 'papier', kind: 'positions' as const, filePath: FILE, changes: NOTES };

describe('documentHistories', () => {
	it('gives each note to the version that first holds it, newest version first', () => {
		const history = documentHistories(root, readHistory(root), [input], []).get('papier')!;
		expect(history.state).toBe('complete');
		expect(history.lastChanged).toBe('2026-03-01');
		expect(history.versions.map((v) => v.notes.map((n) => n.note))).toEqual([
			['Name entfernt.'],
			['Forderung ergänzt.'],
			[],
		]);
		expect(history.unattached).toEqual([]);
		expect(history.diffs.map((d) => [d.from.commit, d.to.commit, d.whole])).toEqual([
			[commits[2], commits[1], false],
			[commits[1], commits[0], false],
			[commits[2], commits[0], true],
		]);
	});

	it('diffs body words and demand statuses', () => {
		const { diffs } = documentHistories(root, readHistory(root), [input], []).get('papier')!;
		const diff = paperDiff(diffs[1]!.from.text!, diffs[1]!.to.text!);
		expect(diff.body.filter((p) => p.kind === 'del').map((p) => p.text.trim())).toEqual([', sagt Erika Muster']);
		expect(diff.demands[0]).toMatchObject({ before: 'open', after: 'met' });
	});

	it('keeps a redacted version without content and builds no diff with it', () => {
		const redaction = { commit: commits[1]!.slice(0, 7), reason: 'data-protection' as const };
		const history = documentHistories(root, readHistory(root), [input], [redaction]).get('papier')!;
		const version = history.versions[1]!;
		expect(version.redacted).toEqual(redaction);
		expect(version.text).toBeUndefined();
		expect(version.notes).toEqual([]);
		for (const pair of history.diffs) expect([pair.from.commit, pair.to.commit]).not.toContain(commits[1]);
		expect(JSON.stringify(history.diffs)).not.toContain('Erika Muster');
		// The note the redacted version brought is given to the next version that holds it.
		expect(history.versions[0]!.notes.map((n) => n.note)).toEqual(['Name entfernt.', 'Forderung ergänzt.']);
	});

	it('keeps every note, unattached, without git', () => {
		const bare = mkdtempSync(join(tmpdir(), 'dreiklang-no-git-'));
		try {
			const history = documentHistories(bare, readHistory(bare), [input], []).get('papier')!;
			expect(history.state).toBe('none');
			expect(history.versions).toEqual([]);
			expect(history.unattached.map((n) => n.note)).toEqual(['Name entfernt.', 'Forderung ergänzt.']);
		} finally {
			rmSync(bare, { recursive: true, force: true });
		}
	});
});
