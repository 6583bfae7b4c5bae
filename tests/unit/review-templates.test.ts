/**
 * The review set-up in templates/: every path outside content/ needs the
 * maintainers, in CODEOWNERS and in both pipelines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

describe('templates/github/workflows/library.yml', () => {
	const workflow = parse(readFileSync('templates/github/workflows/library.yml', 'utf8')) as {
		on: Record<string, unknown>;
		jobs: Record<
			string,
			{
				needs?: string[] | string;
				environment?: string;
				if?: string;
				steps?: { run?: string; with?: Record<string, unknown> }[];
			}
		>;
	};

	it('has no pull_request_target and builds only after the path check and the approval job', () => {
		expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
		expect(workflow.jobs.approval?.environment).toBe('code-review');
		expect(workflow.jobs.check?.needs).toEqual(['changes', 'approval']);
		expect(workflow.jobs.check?.if).toContain("needs.changes.outputs.content-only == 'true'");
	});

	it('publishes the hidden .well-known folder', () => {
		const upload = workflow.jobs.check?.steps?.find((step) => step.with?.['path'] === 'dist');
		expect(upload?.with?.['include-hidden-files']).toBe(true);
	});
});

describe('templates/gitlab/.gitlab-ci.yml', () => {
	const pipeline = parse(readFileSync('templates/gitlab/.gitlab-ci.yml', 'utf8'), { merge: true }) as Record<
		string,
		{ stage?: string; rules?: { changes?: string[]; when?: string; allow_failure?: boolean }[] }
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
