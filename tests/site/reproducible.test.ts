/**
 * Two builds of one commit with the same build date are byte-identical: a
 * reader, a mirror or an archive can check that the published site is what
 * the repository says, and a rebuild changes only what changed. The shared
 * build of the repository's content is compared with a second, cold one
 * (without Astro's content cache) into another folder; any difference fails
 * unless its path is in `ALLOWED`, each entry with its reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

/** Files that may differ between two builds, and why. None so far: fix a source of difference rather than list it. */
const ALLOWED: readonly { path: RegExp; reason: string }[] = [];

/** Every file under `dir`, relative to it, sorted. */
function files(dir: string, at = dir): string[] {
	return readdirSync(at, { withFileTypes: true })
		.flatMap((entry) =>
			entry.isDirectory() ? files(dir, join(at, entry.name)) : [relative(dir, join(at, entry.name))],
		)
		.sort();
}

/** Where two files first differ, with a little of each around it, for the failure message. */
function firstDifference(a: Buffer, b: Buffer): string {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const around = (x: Buffer) => JSON.stringify(x.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
	return `byte ${i} (${a.length} vs ${b.length} bytes): ${around(a)} vs ${around(b)}`;
}

describe('the build', () => {
	const second = mkdtempSync(join(tmpdir(), 'dreiklang-rebuild-'));
	afterAll(() => rmSync(second, { recursive: true, force: true }));

	it('gives the same bytes twice for one commit and one build date', () => {
		// Cold, as in a fresh clone: a content cache that changed the order of anything would show.
		rmSync('.cache/astro', { recursive: true, force: true });
		const started = performance.now();
		const build = spawnSync(
			process.execPath,
			['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(second, 'dist')],
			{ encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', DREIKLANG_BUILD_DATE: inject('buildDate') } },
		);
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
		console.info(`[reproducible] second build: ${((performance.now() - started) / 1000).toFixed(1)} s`);

		const first = files('dist');
		const again = files(join(second, 'dist'));
		const allowed = (path: string) => ALLOWED.some((entry) => entry.path.test(path));
		expect(again.filter((path) => !allowed(path))).toEqual(first.filter((path) => !allowed(path)));
		const differing = first.flatMap((path) => {
			if (allowed(path)) return [];
			const a = readFileSync(join('dist', path));
			const b = readFileSync(join(second, 'dist', path));
			return a.equals(b) ? [] : [`${path}: ${firstDifference(a, b)}`];
		});
		expect(differing).toEqual([]);
		expect(first.length).toBeGreaterThan(500);
		// The calendars' DTSTAMP is the build date, not the time of the build: they are compared too.
		expect(first.filter((path) => path.endsWith('.ics')).length).toBeGreaterThan(0);
	}, 240_000);
});
