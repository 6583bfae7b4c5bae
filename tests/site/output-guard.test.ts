/**
 * The check of the built pages (`src/lib/publish/output-guard.ts`) as a second
 * line: a library of every hostile body of `tests/fixtures/hostile/built/` is
 * built with the content checks switched off by the test-only switch, and the
 * guard must stop that build naming every one of those pages. And the other
 * way round: every file of the real third-party corpora that validates also
 * builds, and its pages pass the guard — "validates" means "builds".
 * (A few hostile bodies are refused by the validator only, in `refused/`:
 * they would break the build itself, or the renderer's re-serialization of
 * raw HTML already turns them harmless, as it does the `<noscript>` mXSS.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../bench/project-copy.ts';
import { AFTER_ASTRO } from '../../src/integrations/after-astro.ts';
import { href } from '../../src/lib/routes/routes.ts';
import { UNGUARDED_FOR_TESTS } from '../../src/lib/validate/body/guard-plugin.ts';
import type { PageFinding } from '../../src/lib/publish/output-guard.ts';
import { validateLibrary } from '../../src/lib/validate/run/validate-library.ts';
import { contentHash, validationCacheFile } from '../../src/lib/validate/run/validation-cache.ts';

const HOSTILE = join(process.cwd(), 'tests/fixtures/hostile/built');
const CORPORA = join(process.cwd(), '..', 'shared', 'corpora');
const TODAY = '2026-11-27';
const roots: string[] = [];
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function library(name: string): string {
	const root = mkdtempSync(join(tmpdir(), `dreiklang-${name}-`));
	roots.push(root);
	copyProject(process.cwd(), root);
	for (const kind of ['positions', 'lessons', 'guides']) mkdirSync(join(root, 'content', kind), { recursive: true });
	return root;
}

const build = (
	root: string,
	env: Record<string, string> = {},
	command = ['node_modules/astro/bin/astro.mjs', 'build'],
) =>
	spawnSync(process.execPath, command, {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', DREIKLANG_BUILD_DATE: TODAY, ...env },
	});

describe('the check of the built pages', () => {
	it('names every hostile page when the content checks are switched off', () => {
		const root = library('hostile');
		const names = readdirSync(HOSTILE).filter((f) => !f.endsWith('.expected.txt'));
		for (const name of names) writeFileSync(join(root, 'content/positions', name), readFileSync(join(HOSTILE, name)));
		const report = join(root, 'output-guard.json');
		// A library's `.env` (Vite copies it into the build's environment) cannot leave the check to a build command that is not there.
		writeFileSync(join(root, '.env'), `${AFTER_ASTRO}=1\n`);
		const result = build(root, { [UNGUARDED_FOR_TESTS]: '1', DREIKLANG_OUTPUT_GUARD_REPORT: report });
		expect(result.status, `${result.stdout}\n${result.stderr}`).not.toBe(0);
		expect(`${result.stdout}${result.stderr}`).toContain('must not be published');
		const findings = JSON.parse(readFileSync(report, 'utf8')) as PageFinding[];
		// `npm run build` checks the pages after Astro's process has ended, and fails the same way.
		const after = join(root, 'output-guard-after.json');
		const deferred = build(root, { [UNGUARDED_FOR_TESTS]: '1', DREIKLANG_OUTPUT_GUARD_REPORT: after }, [
			'scripts/build.ts',
		]);
		expect(deferred.status, `${deferred.stdout}\n${deferred.stderr}`).toBe(1);
		expect(`${deferred.stdout}${deferred.stderr}`).toContain('follow once Astro has ended');
		const findingsAfter = JSON.parse(readFileSync(after, 'utf8')) as PageFinding[];
		expect(new Set(findingsAfter.map((f) => f.page))).toEqual(new Set(findings.map((f) => f.page)));
		const pages = new Set(findings.map((f) => f.page));
		const missed = names.map((n) => n.replace(/\.mdx?$/, '')).filter((id) => !pages.has(href('de', 'positions', id)));
		expect(missed).toEqual([]);
		// Nothing but the hostile pages: the site's own pages are clean.
		const own = findings.filter((f) => !names.some((n) => f.page.endsWith(`/${n.replace(/\.mdx?$/, '')}/`)));
		expect(own).toEqual([]);
	});

	it.skipIf(!existsSync(CORPORA))('passes every page of a library of all real corpus files that validate', () => {
		const root = library('corpora');
		const dir = join(root, 'content/lessons');
		let count = 0;
		for (const corpus of readdirSync(CORPORA, { withFileTypes: true }).filter((d) => d.isDirectory())) {
			const files = (readdirSync(join(CORPORA, corpus.name), { recursive: true, encoding: 'utf8' }) as string[])
				.filter((f) => f.endsWith('.md'))
				.sort();
			for (const file of files) {
				const text = readFileSync(join(CORPORA, corpus.name, file), 'utf8').replace(
					/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[^\n]*(?:\n|$)/,
					'',
				);
				// A text's own `# Title` becomes the document's title, as a contributor moving it
				// here does: the page shows the title as its h1, and a second one is refused
				// (rule `heading-order`).
				const heading = /^\s*#[ \t]+([^\n]*)\n/.exec(text);
				const body = heading ? text.slice(heading[0].length) : text;
				const head = [
					'---',
					`title: ${JSON.stringify(heading?.[1]?.trim() || `${corpus.name}/${file}`)}`,
					'summary: Text aus dem Korpus.',
					'published: 2024-01-15',
					'topics: [verwaltungsdigitalisierung]',
					'crisis: covid-19',
					'phase: response',
					'period: { from: 2020-03-16 }',
					'organization: ags:08421000',
					'outcome: mixed',
					'transferability: { rating: medium, conditions: [Fremder Text für Tests] }',
					'contact: { role: Redaktion, email: redaktion@example.org }',
					'---',
					'',
				].join('\n');
				writeFileSync(join(dir, `korpus-${String(count++).padStart(4, '0')}.md`), head + body);
			}
		}
		const report = validateLibrary(root, { today: TODAY });
		const refused = new Set(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
		for (const file of refused) rmSync(join(root, file));
		expect(count - refused.size, 'most of the corpus validates').toBeGreaterThan(count / 2);
		const result = build(root);
		expect(result.status, `${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`).toBe(0);
		expect(result.stdout).toMatch(/Checked \d+ built pages: nothing that must not be published/);
	});

	it('stops a build whose validation passed on a stale or forged cache but whose body the build refuses', () => {
		const root = library('stale-cache');
		const env = { CI: '', DREIKLANG_CACHE_DIR: join(root, '..', `${root.split('/').pop()}-cache`) };
		roots.push(env.DREIKLANG_CACHE_DIR);
		const paper = join(root, 'content/positions/bild-weg.md');
		const source = readFileSync(
			join(process.cwd(), 'tests/fixtures/rules/attachment/ok/positions/mit-anlagen/grundsteuer-2024.md'),
			'utf8',
		);
		writeFileSync(paper, `${source}\n![Karte der Hebesätze](./bild-weg/karte.png)\n`);
		mkdirSync(join(root, 'content/positions/bild-weg'));
		const png = join(
			process.cwd(),
			'tests/fixtures/rules/attachment/ok/positions/mit-anlagen/grundsteuer-2024/karte.png',
		);
		writeFileSync(join(root, 'content/positions/bild-weg/karte.png'), readFileSync(png));
		const first = spawnSync(process.execPath, ['scripts/validate.ts'], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, ...env, DREIKLANG_BUILD_DATE: TODAY },
		});
		expect(first.status, first.stdout).toBe(0);
		// The image goes; the cache is made to say the paper is still fine, as a stale or forged entry would.
		rmSync(join(root, 'content/positions/bild-weg/karte.png'));
		const cacheFile = validationCacheFile(root, { ...process.env, ...env })!;
		const stored = JSON.parse(readFileSync(cacheFile, 'utf8'));
		stored.entries['content/positions/bild-weg.md'].hash = contentHash(readFileSync(paper), paper);
		writeFileSync(cacheFile, JSON.stringify(stored));
		const result = build(root, env);
		const output = `${result.stdout}${result.stderr}`;
		expect(result.status, output.slice(-4000)).not.toBe(0);
		expect(output).toContain('The body of `content/positions/bild-weg.md` could not be rendered');
		expect(existsSync(join(root, 'dist', href('de', 'positions', 'bild-weg'), 'index.html'))).toBe(false);
	});
});
