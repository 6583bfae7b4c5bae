/**
 * The build as a contributor meets it: every document becomes a page in both
 * languages, and a broken document stops the build with a message that names
 * the file, the field and the value — never a silent skip.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, inject, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/t.ts';
import { COSIGNATORIES_INLINE_LIMIT } from '../../src/lib/library/cosignatories.ts';
import { cosignatoriesHref, href } from '../../src/lib/routes/routes.ts';
import { DOCUMENT_KINDS, documentKinds } from '../../src/schemas/kinds.ts';
import { documentIds } from './pages.ts';

/** The benchmark's goal for every document page, whatever the size of the library. */
const DOCUMENT_PAGE_BUDGET = 40 * 1024;

describe('site build', () => {
	it('builds a page for every document in both languages', () => {
		for (const kind of DOCUMENT_KINDS) {
			const ids = documentIds(kind);
			expect(ids.length).toBeGreaterThan(0);
			for (const lang of UI_LANGUAGES)
				for (const id of ids)
					expect(existsSync(`dist${href(lang, kind, id)}index.html`), `${lang} ${kind}/${id}`).toBe(true);
		}
		expect(inject('buildLog')).toMatch(/\d+ page\(s\) built/);
	});

	it('keeps every document page under 40 KB', () => {
		for (const kind of DOCUMENT_KINDS) {
			for (const lang of UI_LANGUAGES)
				for (const id of documentIds(kind))
					expect(statSync(`dist${href(lang, kind, id)}index.html`).size, `${lang} ${kind}/${id}`).toBeLessThan(
						DOCUMENT_PAGE_BUDGET,
					);
		}
	});

	it("lists a paper's co-signatories on its page up to the bound, and on a page of their own beyond it", () => {
		const counts = documentIds('positions').map((id) => {
			const file = ['.md', '.mdx']
				.map((ext) => `${documentKinds.positions.directory}/${id}${ext}`)
				.find((f) => existsSync(f))!;
			return [
				id,
				((parseFrontmatter(readFileSync(file, 'utf8')).frontmatter.cosignatories as unknown[] | undefined) ?? [])
					.length,
			] as const;
		});
		// The example paper with dozens of co-signatories keeps them on its page.
		expect(counts.some(([, n]) => n > 20 && n <= COSIGNATORIES_INLINE_LIMIT)).toBe(true);
		for (const [id, n] of counts) {
			const listed = n <= COSIGNATORIES_INLINE_LIMIT;
			for (const lang of UI_LANGUAGES) {
				const signed = t(lang)('position.cosignatories.signed', { date: '' }).trim();
				expect(
					readFileSync(`dist${href(lang, 'positions', id)}index.html`, 'utf8').split(signed).length - 1,
					`${lang} ${id}`,
				).toBe(listed ? n : 0);
				expect(existsSync(`dist${cosignatoriesHref(lang, id)}index.html`), `${lang} ${id}`).toBe(!listed);
			}
		}
	});

	it('ships no script on document pages', () => {
		const html = readFileSync(`dist${href('de', 'guides', documentIds('guides')[0]!)}index.html`, 'utf8');
		// JSON-LD (`DocumentJsonLd.astro`) is a data block no browser runs; nothing else may be a script.
		expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '')).not.toMatch(/<script/i);
	});
});

describe('a broken document', () => {
	it('fails the build, naming file, line, field and value of every problem', () => {
		const root = mkdtempSync(join(tmpdir(), 'dreiklang-broken-'));
		try {
			for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'site.config.yaml', 'src', 'content'])
				cpSync(entry, join(root, entry), { recursive: true });
			symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
			writeFileSync(
				join(root, 'content/positions/kaputter-verweis.md'),
				[
					'---',
					'title: Kaputt',
					'summary: Ein Verweis ins Leere.',
					'published: 2024-01-01',
					'topics: [finanzen]',
					'status: draft',
					'dates: { drafted: 2024-01-01 }',
					'lead: ags:99999999',
					'addressees: [level:bund]',
					'---',
					'Text.',
					'',
				].join('\n'),
			);
			writeFileSync(
				join(root, 'content/lessons/kaputtes-yaml.md'),
				['---', 'title: "Kaputt', 'summary: x', '---', 'Text.', ''].join('\n'),
			);
			writeFileSync(
				join(root, 'content/guides/falscher-status.md'),
				[
					'---',
					'title: Falsch',
					'summary: x',
					'published: 2024-01-01',
					'topics: [finanzen]',
					'measure: grundsteuerreform',
					'legalBasis: []',
					'responsible: [{ body: level:kommune, task: x }]',
					'baseline: {}',
					'reviewed: 2024-01-01',
					'reviewIntervall: 12',
					'---',
					'Text.',
					'',
				].join('\n'),
			);
			const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, FORCE_COLOR: '0' },
			});
			const output = `${build.stdout}\n${build.stderr}`;
			expect(build.status).not.toBe(0);
			expect(output).toContain(
				'content/positions/kaputter-verweis.md:8:7  Fehler  Unbekannter Verweis `ags:99999999` in `lead`',
			);
			expect(output).toMatch(
				/content\/lessons\/kaputtes-yaml\.md:\d+:\d+ {2}Fehler {2}Fehlerhaftes YAML im Front Matter/,
			);
			expect(output).toContain('content/guides/falscher-status.md:11:1  Fehler  Unbekanntes Feld `reviewIntervall`');
			expect(output).toContain('content/guides/falscher-status.md:7:13  Fehler  Leere Liste `legalBasis`');
			expect(output).not.toContain('    at ');
			expect(existsSync(join(root, 'dist'))).toBe(false);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
