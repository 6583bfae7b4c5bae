/**
 * `npm run bench` end to end on a tiny library: it generates, validates,
 * builds with the search index, measures a first query, and reports every
 * column. The real sizes are for people to run; see the README.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run bench', () => {
	it('measures a tiny library completely', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dreiklang-bench-smoke-'));
		try {
			const json = join(dir, 'bench.json');
			const run = spawnSync(process.execPath, ['bench/cli.ts', '--docs', '24', '--json', json], {
				encoding: 'utf8',
				env: { ...process.env, FORCE_COLOR: '0' },
			});
			expect(run.status, run.stderr).toBe(0);
			expect(run.stdout).toMatch(/\|\s+24 \|/);
			const result = JSON.parse(readFileSync(json, 'utf8'));
			const median = result.sizes[0].median;
			expect(median.docs).toBe(24);
			expect(median.pages).toBeGreaterThan(48);
			expect(median.documentPageBytes).toBeGreaterThan(1000);
			expect(median.searchIndexBytes).toBeGreaterThan(0);
			expect(median.firstQueryBytes).toBeGreaterThan(0);
			// The corpus has a history of three commits per document, and its reading is reported.
			expect(result.sizes[0].history).toMatchObject({ commits: 3, files: 24, versions: 72 });
			expect(run.stdout).toMatch(/history: 3 commits, 72 versions of 24 files/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 240_000);
});
