/**
 * Which state of the project a benchmark measured: the commit and whether the
 * working tree had changes, so that figures from different days can be told
 * apart when the code changed in between.
 */
import { execFileSync } from 'node:child_process';

/** The commit and working-tree state; `null` fields outside a git checkout. */
export interface ProjectState {
	commit: string | null;
	/** Paths with uncommitted changes, as `git status --porcelain` lists them. */
	changes: string[] | null;
}

function git(root: string, args: string[]): string | null {
	try {
		return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	} catch {
		return null;
	}
}

/** Reads the state of the checkout at `root`. */
export function projectState(root: string): ProjectState {
	const status = git(root, ['status', '--porcelain']);
	return {
		commit: git(root, ['rev-parse', 'HEAD'])?.trim() ?? null,
		changes: status === null ? null : status.split('\n').filter((line) => line.trim() !== ''),
	};
}
