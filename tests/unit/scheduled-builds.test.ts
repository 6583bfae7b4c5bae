/**
 * The CI templates rebuild and publish the site every day, so that what a
 * page computes from the build date (a consultation's days left, "Mitzeichnung
 * beendet") appears on time without anyone pushing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

describe('templates/github/workflows/library.yml', () => {
	const workflow = parse(readFileSync('templates/github/workflows/library.yml', 'utf8')) as {
		on: { schedule?: { cron: string }[] };
		jobs: Record<string, { if?: string }>;
	};

	it('runs once a day on a schedule', () => {
		const crons = (workflow.on.schedule ?? []).map((s) => s.cron);
		expect(crons).toHaveLength(1);
		// minute hour * * *: one fixed time each day.
		expect(crons[0]).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
	});

	it('builds and deploys on that schedule as on a push to main', () => {
		// The conditions tell only pull requests apart; a scheduled run on main passes them as a push does.
		expect(workflow.jobs.check?.if).toContain("github.event_name != 'pull_request'");
		expect(workflow.jobs.deploy?.if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'");
		for (const [name, job] of Object.entries(workflow.jobs)) expect(job.if ?? '', name).not.toContain('schedule');
	});
});

type Variables = Record<string, string | undefined>;
type Rule = { if?: string; when?: string; changes?: unknown };

/**
 * Evaluates a GitLab `rules:if` of the forms the template uses: `$A`,
 * `$A && $B`, `$A == "x"`, `$A != "x"`, `$A == $B`. Any other form fails the
 * test, so that a new condition is checked here rather than guessed.
 */
function holds(condition: string, vars: Variables): boolean {
	const value = (term: string) => (term.startsWith('$') ? vars[term.slice(1)] : JSON.parse(term));
	return condition.split('&&').every((part) => {
		const match = /^\s*(\$\w+)\s*(?:(==|!=)\s*(\$\w+|"[^"]*"))?\s*$/.exec(part);
		if (!match) throw new Error(`condition form not covered by this test: ${condition}`);
		const [, left, op, right] = match;
		if (!op) return Boolean(value(left!));
		return (value(left!) === value(right!)) === (op === '==');
	});
}

/** Whether a job with `rules` runs, GitLab's way: the first rule that matches decides; none matching means it does not run. */
function runs(rules: Rule[] | undefined, vars: Variables): boolean {
	if (!rules) return true;
	// `changes` is always true outside merge request and push pipelines (GitLab's documented behaviour for schedules).
	const rule = rules.find((r) => r.if === undefined || holds(r.if, vars));
	return rule !== undefined && rule.when !== 'never';
}

describe('templates/gitlab/.gitlab-ci.yml', () => {
	const pipeline = parse(readFileSync('templates/gitlab/.gitlab-ci.yml', 'utf8'), { merge: true }) as Record<
		string,
		{ rules?: Rule[] }
	>;
	const schedule: Variables = {
		CI_PIPELINE_SOURCE: 'schedule',
		CI_COMMIT_BRANCH: 'main',
		CI_DEFAULT_BRANCH: 'main',
		// A merge request from the default branch may be open; the schedule still builds.
		CI_OPEN_MERGE_REQUESTS: 'gruppe/bibliothek!7',
	};

	it('lets a scheduled pipeline on the default branch validate, build and publish, without the approval job', () => {
		expect(runs(pipeline.workflow!.rules, schedule)).toBe(true);
		for (const job of ['validate', 'build', 'pages']) expect(runs(pipeline[job]!.rules, schedule), job).toBe(true);
		expect(runs(pipeline.freigabe!.rules, schedule)).toBe(false);
	});

	it('publishes a schedule on another branch nowhere', () => {
		const other = { ...schedule, CI_COMMIT_BRANCH: 'entwurf' };
		expect(runs(pipeline.pages!.rules, other)).toBe(false);
	});

	it('still runs no duplicate branch pipeline for a branch with an open merge request', () => {
		const push = { ...schedule, CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'entwurf' };
		expect(runs(pipeline.workflow!.rules, push)).toBe(false);
	});
});

describe('the CI templates fetch the whole history', () => {
	// A shallow clone builds, but every page's "last changed", history and diffs would stop at its depth.
	it('checks out with fetch-depth 0 on GitHub', () => {
		const workflow = parse(readFileSync('templates/github/workflows/library.yml', 'utf8')) as {
			jobs: Record<string, { steps?: { uses?: string; with?: { 'fetch-depth'?: number } }[] }>;
		};
		const checkouts = Object.values(workflow.jobs).flatMap((job) =>
			(job.steps ?? []).filter((step) => step.uses?.startsWith('actions/checkout')),
		);
		expect(checkouts.length).toBeGreaterThan(0);
		for (const step of checkouts) expect(step.with?.['fetch-depth']).toBe(0);
	});

	it('sets GIT_DEPTH 0 on GitLab', () => {
		const pipeline = parse(readFileSync('templates/gitlab/.gitlab-ci.yml', 'utf8')) as {
			variables?: { GIT_DEPTH?: number };
		};
		expect(pipeline.variables?.GIT_DEPTH).toBe(0);
	});
});
