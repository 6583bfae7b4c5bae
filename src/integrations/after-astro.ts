/**
 * The last two steps of a build — the search index and the output guard —
 * can run after Astro's process has ended: `scripts/build.ts` (what `npm run
 * build` and `dreiklang build` run) starts `astro build` with
 * `DREIKLANG_AFTER_ASTRO=1`, and then runs both steps in its own, fresh
 * process. At 10,000 documents Astro still holds some 3.4 GB when its pages
 * are written, and Pagefind needs 4 GB of its own: run inside Astro's
 * process, the two added up. A plain `astro build` runs both steps inside,
 * as before; either way, nothing is published unguarded.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The variable `scripts/build.ts` sets for the `astro build` it starts. */
export const AFTER_ASTRO = 'DREIKLANG_AFTER_ASTRO';

/** Where Astro's part of the build leaves the output folder for the rest: under the library's root. */
const HANDOVER = '.cache/dreiklang/after-astro.json';

/** Whether this `astro build` leaves the search index and the output guard to the build command. */
export function finishingAfterAstro(): boolean {
	return process.env[AFTER_ASTRO] === '1';
}

/** Called by the last integration when Astro is done: tells the build command which folder to finish. */
export function handOver(root: string, dir: string): void {
	const file = join(root, HANDOVER);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify({ dir }));
}

/** Forgets an earlier handover, before Astro starts. */
export function clearHandover(root: string): void {
	rmSync(join(root, HANDOVER), { force: true });
}

/** The output folder Astro handed over, or `undefined` when its build did not get that far. */
export function takeHandover(root: string): string | undefined {
	try {
		const { dir } = JSON.parse(readFileSync(join(root, HANDOVER), 'utf8')) as { dir?: unknown };
		return typeof dir === 'string' ? dir : undefined;
	} catch {
		return undefined;
	} finally {
		clearHandover(root);
	}
}
