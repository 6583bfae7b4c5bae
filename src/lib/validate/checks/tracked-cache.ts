/**
 * Refuses cache files committed to the repository. `.cache/` once held the
 * validation cache, and still holds Astro's build cache: a pull request that
 * commits forged entries there could make a build skip checks or publish
 * pages it never built from the reviewed sources. Git says what is tracked;
 * where there is no git (an unpacked archive, a copy), there is nothing
 * committed to refuse.
 */
import { execFileSync } from 'node:child_process';
import type { Diagnostic } from '../report/diagnostics.ts';
import { rule } from '../report/rules.ts';
import { say } from '../report/messages.ts';

/** The folder of the library no file may be committed in. */
export const CACHE_DIRECTORY = '.cache';

/** The files under `.cache/` that git tracks in the library at `root`, relative to it; empty without git or a repository. */
export function trackedCacheFiles(root: string): string[] {
	try {
		const listed = execFileSync('git', ['ls-files', '-z', '--', CACHE_DIRECTORY], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			timeout: 20_000,
			maxBuffer: 64 * 1024 * 1024,
		});
		return listed.split('\0').filter(Boolean).sort();
	} catch {
		// No git, not a repository, or git refuses the folder (another owner): nothing to report.
		return [];
	}
}

/** One error per tracked cache file. */
export function checkTrackedCache(root: string): Diagnostic[] {
	return trackedCacheFiles(root).map((file) => ({
		file,
		line: 1,
		column: 1,
		...rule('tracked-cache'),
		message: say(
			`Die Cache-Datei \`${file}\` ist im Repository eingecheckt; erwartet: nichts unter \`${CACHE_DIRECTORY}/\` in git – Caches entstehen auf dem Rechner, der prüft oder baut. Mit \`git rm -r --cached ${CACHE_DIRECTORY}\` aus dem Repository nehmen`,
			`Unexpected cache file \`${file}\` committed to the repository, expected nothing under \`${CACHE_DIRECTORY}/\` in git – caches are made on the machine that checks or builds; remove it with \`git rm -r --cached ${CACHE_DIRECTORY}\``,
		),
	}));
}
