/**
 * git in a scratch repository of a test, with a fixed identity and date, so
 * that commits, their hashes and everything built from them are the same on
 * every run.
 */
import { execFileSync } from 'node:child_process';

/** Who commits and when; a bare day `YYYY-MM-DD` means 10:00 Central European Time that day. */
export interface ScratchCommitter {
	date?: string;
	name?: string;
	email?: string;
}

/** Runs git with `args` in `cwd` (new repositories start on `main`); returns what it printed. */
export function scratchGit(cwd: string, args: readonly string[], committer: ScratchCommitter = {}): string {
	const { date, name = 'Redaktion', email = 'redaktion@example.org' } = committer;
	const when = date === undefined ? undefined : /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T10:00:00+01:00` : date;
	return execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		env: {
			...process.env,
			GIT_AUTHOR_NAME: name,
			GIT_AUTHOR_EMAIL: email,
			GIT_COMMITTER_NAME: name,
			GIT_COMMITTER_EMAIL: email,
			...(when === undefined ? {} : { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when }),
		},
	});
}
