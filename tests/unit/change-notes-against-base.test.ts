/**
 * `validate --base`: an adopted paper changed in a pull request needs a new
 * change note. A scratch git repository holds the published state on `main`;
 * the working tree is the pull request.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../src/lib/addresses/manifest.ts';
import { readBase, type BaseTree } from '../../src/lib/history/base-branch.ts';
import { validateLibrary } from '../../src/lib/validate/index.ts';
import { createTempLibrary, removeTempLibrary, REPOSITORY } from '../support/temp-library.ts';
import { scratchGit } from '../support/scratch-git.ts';

const TODAY = '2026-11-27';
const FIXTURE = join(
	REPOSITORY,
	'tests/fixtures/rules/change-note/ok/base/forderung-erfuellt-mit-hinweis/base/content/positions/grundsteuer-hebesaetze.md',
);
const adopted = readFileSync(FIXTURE, 'utf8');
const papers = {
	changed: 'content/positions/grundsteuer-hebesaetze.md',
	same: 'content/positions/grundsteuer-unveraendert.md',
	draft: 'content/positions/grundsteuer-entwurf.md',
};
const asDraft = (text: string) =>
	text
		.replace('status: adopted', 'status: draft')
		.replace(/ {2}consultationStart.*\n {2}consultationEnd.*\n {2}adopted.*\n/, '')
		.replace(/adoptedBy.*\n/, '');

let root: string;
/** The paths each `read` of documents on the base was asked for (the address check reads the base's list of addresses besides). */
const reads: string[][] = [];

function git(...args: string[]): void {
	scratchGit(root, args, { date: '2026-01-05T10:00:00Z' });
}

function base(): BaseTree {
	const tree = readBase(root, 'main');
	if ('problem' in tree) throw new Error(tree.problem.en);
	return {
		...tree,
		read(paths) {
			if (!(paths.length === 1 && paths[0] === MANIFEST_FILE)) reads.push([...paths]);
			return tree.read(paths);
		},
	};
}

beforeAll(() => {
	root = createTempLibrary();
	writeFileSync(join(root, papers.changed), adopted);
	writeFileSync(join(root, papers.same), adopted.replace('Grundsteuer aufkommensneutral', 'Grundsteuer gerecht'));
	writeFileSync(join(root, papers.draft), asDraft(adopted));
	git('init', '--quiet');
	git('add', '--all');
	git('commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', 'Published');
});
afterAll(() => removeTempLibrary(root));

describe('change notes against the base', () => {
	it('is silent while nothing changed, and reads nothing from the base', () => {
		reads.length = 0;
		expect(validateLibrary(root, { today: TODAY, base: base() }).diagnostics).toEqual([]);
		expect(reads).toEqual([]);
	});

	it('requires a note for a changed adopted paper, reading only the changed files from the base, in one call', () => {
		writeFileSync(
			join(root, papers.changed),
			adopted.replace('status: open, since: 2024-03-01', 'status: rejected, since: 2026-11-02'),
		);
		writeFileSync(join(root, papers.draft), `${asDraft(adopted)}\nEin neuer Absatz.\n`);
		reads.length = 0;
		const found = validateLibrary(root, { today: TODAY, base: base() }).diagnostics;
		expect(reads).toEqual([[papers.changed, papers.draft].sort()]);
		// The draft may change freely; the adopted paper says so at its list of notes.
		expect(found.map((d) => `${d.file}:${d.line} ${d.ruleId} ${d.message.en.split(' without')[0]}`)).toEqual([
			`${papers.changed}:17 change-note Unexpected change of the adopted paper against \`main\` (demand 1: status \`open\` → \`rejected\`)`,
		]);
	});

	it('accepts the change once a new note says what changed', () => {
		writeFileSync(
			join(root, papers.changed),
			adopted
				.replace('status: open, since: 2024-03-01', 'status: rejected, since: 2026-11-02')
				.replace(
					'\n---\n',
					'\n  - { date: 2026-11-02, type: major, note: Der Landtag hat die Forderung abgelehnt. }\n---\n',
				),
		);
		expect(validateLibrary(root, { today: TODAY, base: base() }).diagnostics).toEqual([]);
	});
});
