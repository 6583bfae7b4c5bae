/**
 * The one worker pool (`run-in-threads.ts`): how many threads a job gets, and
 * the check of built pages, which must find the same in threads as in one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardPages } from '../../src/lib/publish/output-guard-pages.ts';
import { threadCount } from '../../src/lib/threads/run-in-threads.ts';

describe('threadCount', () => {
	it('uses one thread below the threshold and, from it on, no more threads than cores or than leave half a threshold each', () => {
		expect(threadCount(399, 400, 8)).toBe(1);
		expect(threadCount(400, 400, 8)).toBe(2);
		expect(threadCount(1000, 400, 8)).toBe(5);
		expect(threadCount(100_000, 400, 8)).toBe(8);
		expect(threadCount(5, 1, 2)).toBe(2);
		expect(threadCount(5, 1, 0)).toBe(1);
	});
});

describe('guardPages', () => {
	it('finds the same in worker threads as in one thread, links across pages included', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'dreiklang-guard-'));
		const page = (body: string) =>
			`<!doctype html><html lang="de"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"></head><body>${body}</body></html>`;
		const pages: Record<string, string> = {
			'index.html': page(
				'<main id="inhalt"><a href="/a/#da">a</a> <a href="/b/#fehlt">b</a> <a href="/nirgends/">x</a></main>',
			),
			'a/index.html': page(
				'<main><h1 id="da">A</h1><h2 id="zwei&#10;zeilen">Z</h2><img src="x.png" onerror="alert(1)"></main>',
			),
			'b/index.html': page('<main><p>B</p><script>alert(1)</script></main>'),
			'c/index.html': page('<main><a href="javascript:alert(1)">c</a></main>'),
			'd/index.html': page('<main><iframe src="/a/"></iframe></main>'),
			'f/index.html': page('<main><a href="/a/#zwei">z</a> <a href="/a/#zwei%0Azeilen">zz</a></main>'),
			'e/index.html': page(
				'<main><h1 id="hier">E</h1><a href="#hier">h</a> <a href="#weg">w</a> <a href="/karte.svg#x">m</a> <a href="/c/#c">c</a> <a href="/a#da">a</a></main>',
			),
		};
		try {
			for (const [file, html] of Object.entries(pages)) {
				mkdirSync(dirname(join(dir, file)), { recursive: true });
				writeFileSync(join(dir, file), html);
			}
			// A file that is no page: its fragments are not looked into.
			writeFileSync(join(dir, 'karte.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
			const rules = { formOrigins: ['https://github.com'] };
			const sorted = (found: Awaited<ReturnType<typeof guardPages>>) => ({
				pages: found.pages,
				findings: found.findings.map((f) => JSON.stringify(f)).sort(),
			});
			const one = sorted(await guardPages(dir, rules, { threads: 1 }));
			const two = sorted(await guardPages(dir, rules, { threads: 2, threshold: 1 }));
			expect(one.pages).toBe(7);
			expect(one.findings.length).toBeGreaterThanOrEqual(8);
			expect(two).toEqual(one);
			const problems = (page: string) =>
				one.findings.map((f) => JSON.parse(f) as { page: string; problem: string }).filter((f) => f.page === page);
			expect(problems('/').map((f) => f.problem)).toEqual(
				expect.arrayContaining([
					'fragment #fehlt, which /b/ does not have',
					'internal link to /nirgends/, which the build does not have',
				]),
			);
			expect(problems('/').some((f) => f.problem.includes('#da'))).toBe(false);
			// An id may hold a line break; a link to a part of it finds nothing, one to all of it finds it.
			expect(problems('/f/').map((f) => f.problem)).toEqual(['fragment #zwei, which /a/ does not have']);
			expect(
				problems('/e/')
					.map((f) => f.problem)
					.sort(),
			).toEqual(['fragment #c, which /c/ does not have', 'fragment #weg, which /e/ does not have']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
