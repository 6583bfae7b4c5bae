/**
 * The review set-up in templates/: every path outside content/ needs the
 * maintainers, in CODEOWNERS and in both pipelines, and a pull or merge
 * request is validated against its target branch.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const MAINTAINERS = '@PLATZHALTER-verband/bibliothek-betreuung';

/** The rules of a CODEOWNERS file, in order: pattern and owners. */
function codeowners(text: string): { pattern: string; owners: string[] }[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'))
		.map((line) => {
			const [pattern, ...owners] = line.split(/\s+/);
			return { pattern: pattern!, owners };
		});
}

/** Whether a CODEOWNERS pattern of the forms the template uses (`*`, `/dir/`, `/file`) matches `path`. */
function matches(pattern: string, path: string): boolean {
	if (pattern === '*') return true;
	if (!pattern.startsWith('/') || /[*?[]/.test(pattern)) throw new Error(`pattern ${pattern} needs a fuller matcher`);
	const anchored = pattern.slice(1);
	return anchored.endsWith('/') ? path.startsWith(anchored) : path === anchored || path.startsWith(`${anchored}/`);
}

/** The owners of `path`: the last matching rule wins. */
const ownersOf = (rules: ReturnType<typeof codeowners>, path: string) =>
	rules.findLast((rule) => matches(rule.pattern, path))?.owners ?? [];

describe('templates/CODEOWNERS', () => {
	const rules = codeowners(readFileSync('templates/CODEOWNERS', 'utf8'));
	const ignored = new Set(['.git', 'node_modules', 'dist', '.cache', '.astro', 'content']);
	const outside = [
		...readdirSync('.')
			.filter((entry) => !ignored.has(entry))
			.map((entry) => `${entry}/x`),
		'package.json',
		'package-lock.json',
		'astro.config.mjs',
		'site.config.yaml',
		'.npmrc',
		'.nvmrc',
		'.gitlab-ci.yml',
		'.github/workflows/library.yml',
		'.github/CODEOWNERS',
		'.gitlab/CODEOWNERS',
		'CODEOWNERS',
		'public/favicon.svg',
		'src/lib/inline-json.ts',
		'scripts/validate.ts',
		'templates/CODEOWNERS',
		'ein-neuer-ordner/datei.js',
	];

	it('gives every path outside content/ to the maintainers', () => {
		expect(outside.filter((path) => !ownersOf(rules, path).includes(MAINTAINERS))).toEqual([]);
	});

	it('gives the document folders to their editorial teams', () => {
		for (const kind of ['positions', 'lessons', 'guides'])
			expect(ownersOf(rules, `content/${kind}/a.md`).join(' ')).toMatch(/redaktion/);
	});

	it('gives co-signatures to the team of the papers they sign', () => {
		expect(ownersOf(rules, 'content/cosignatures/papier/ags-08421000.yaml')).toEqual(
			ownersOf(rules, 'content/positions/papier.md'),
		);
	});
});

/**
 * Runs a pipeline's shell script with `git` and `npm` replaced by stand-ins
 * that write down how they were called, one line per call: what the step
 * would run in CI, for the variables given.
 */
const stubs = mkdtempSync(join(tmpdir(), 'dreiklang-ci-'));
afterAll(() => rmSync(stubs, { recursive: true, force: true }));
for (const tool of ['git', 'npm']) {
	writeFileSync(join(stubs, tool), `#!/bin/sh\necho "${tool} $*" >> "$CALLS"\n`);
	chmodSync(join(stubs, tool), 0o755);
}
function calls(script: string, vars: Record<string, string>): string[] {
	const log = join(stubs, 'calls');
	writeFileSync(log, '');
	execFileSync('sh', ['-e', '-c', script], {
		cwd: stubs,
		env: { PATH: `${stubs}:/usr/bin:/bin`, CALLS: log, ...vars },
	});
	return readFileSync(log, 'utf8').trimEnd().split('\n');
}

describe('templates/github/workflows/library.yml', () => {
	const workflow = parse(readFileSync('templates/github/workflows/library.yml', 'utf8')) as {
		on: Record<string, unknown>;
		jobs: Record<
			string,
			{
				needs?: string[] | string;
				environment?: string;
				if?: string;
				steps?: { name?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> }[];
			}
		>;
	};

	it('has no pull_request_target and builds only after the path check and the approval job', () => {
		expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
		expect(workflow.jobs.approval?.environment).toBe('code-review');
		expect(workflow.jobs.check?.needs).toEqual(['changes', 'approval']);
		expect(workflow.jobs.check?.if).toContain("needs.changes.outputs.content-only == 'true'");
	});

	it('validates a pull request against its target branch, and a push or a scheduled run without', () => {
		const step = workflow.jobs.check?.steps?.find((s) => s.name === 'Inhalte prüfen');
		// The branch name reaches the shell as a variable, never as text in the script.
		expect(step?.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
		expect(step?.run).not.toContain('${{');
		expect(calls(step!.run!, { BASE_REF: 'main' })).toEqual([
			'git fetch --no-tags origin +refs/heads/main:refs/remotes/origin/main',
			'npm run validate -- --format github --base origin/main',
		]);
		// github.base_ref is empty outside pull requests.
		expect(calls(step!.run!, { BASE_REF: '' })).toEqual(['npm run validate -- --format github']);
	});

	it('publishes the hidden .well-known folder', () => {
		const upload = workflow.jobs.check?.steps?.find((step) => step.with?.['path'] === 'dist');
		expect(upload?.with?.['include-hidden-files']).toBe(true);
	});
});

describe('templates/gitlab/.gitlab-ci.yml', () => {
	const pipeline = parse(readFileSync('templates/gitlab/.gitlab-ci.yml', 'utf8'), { merge: true }) as Record<
		string,
		{ stage?: string; script?: string[]; rules?: { changes?: string[]; when?: string; allow_failure?: boolean }[] }
	> & { stages: string[] };

	it('holds a merge request that changes code in a blocking manual job before anything runs', () => {
		const gate = pipeline.freigabe!;
		expect(pipeline.stages[0]).toBe(gate.stage);
		const rule = gate.rules!.find((r) => r.changes);
		expect(rule).toMatchObject({ when: 'manual', allow_failure: false });
		// The complement of content/: root files and every folder not named `content` (checked with Ruby's fnmatch, which GitLab uses).
		expect(rule!.changes).toContain('*');
		expect(rule!.changes).toContain('content?*/**/*');
		for (const job of ['validate', 'build']) expect(pipeline.stages.indexOf(pipeline[job]!.stage!)).toBeGreaterThan(0);
	});

	it('validates a merge request against its target branch, fetched first, and other pipelines without', () => {
		const script = pipeline.validate!.script!.join('\n');
		expect(calls(script, { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' })).toEqual([
			'git fetch --no-tags origin +refs/heads/main:refs/remotes/origin/main',
			'npm run --silent validate -- --format gitlab --base origin/main',
		]);
		expect(calls(script, {})).toEqual(['npm run --silent validate -- --format gitlab']);
	});
});

describe.each([
	'templates/github/PULL_REQUEST_TEMPLATE/mitzeichnung.md',
	'templates/gitlab/merge_request_templates/Mitzeichnung.md',
])('%s', (path) => {
	const text = readFileSync(path, 'utf8');

	it('holds the checks of a co-signature: the decision, its confirmation by the published number, `verified`', () => {
		expect(text).toContain('`content/cosignatures/<papier>/<stelle>.yaml`');
		expect(text).toContain('Ratsinformationssystem der Stelle selbst');
		expect(text).toContain('über die Telefonnummer, die sie selbst veröffentlicht');
		expect(text).toContain('`verified: { by, date, how }`');
		expect(text).toContain('ist aber im Repository öffentlich');
	});
});
