/**
 * Contributions written as an attacker would write them
 * (`tests/fixtures/hostile/`): script in readers' browsers, code at build
 * time, loads from other hosts, redirects and defacement, paths out of the
 * repository, inputs meant to stall or crash the validator, and front matter
 * that two YAML readers would read differently. Each one, validated alone,
 * must be refused with a located message; its messages are pinned beside it.
 * The files in `built/` are also built, unchecked, by
 * `tests/site/output-guard.test.ts`, to prove that the check of the built
 * pages finds each of them. The build's own content guard is tested here too:
 * Astro's Sätteri renderer with the site's plugin refuses every body of
 * `built/`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/validate/report/diagnostics.ts';
import { contentGuard } from '../../src/lib/validate/body/guard-plugin.ts';
import { MARKDOWN_FEATURES } from '../../src/lib/validate/body/markdown-features.ts';
import { BOUNDED_CASES } from '../../bench/bounded-inputs.ts';
import { validateLibrary } from '../../src/lib/validate/run/validate-library.ts';
import { RULE_IDS } from '../../src/lib/validate/index.ts';
import {
	clearDocuments,
	createTempLibrary,
	kindDirectory,
	removeTempLibrary,
	REPOSITORY,
} from '../support/temp-library.ts';

const HOSTILE = join(REPOSITORY, 'tests/fixtures/hostile');
const list = (folder: string) =>
	readdirSync(join(HOSTILE, folder))
		.filter((f) => !f.endsWith('.expected.txt'))
		.sort();
const BUILT = list('built');
const REFUSED = list('refused');

let root: string;
beforeAll(() => {
	root = createTempLibrary();
});
afterAll(() => removeTempLibrary(root));

function validateAlone(folder: string, name: string) {
	clearDocuments(root);
	const text = readFileSync(join(HOSTILE, folder, name));
	writeFileSync(join(kindDirectory(root, 'positions'), name), text);
	return {
		diagnostics: validateLibrary(root, { today: '2026-11-27' }).diagnostics,
		lines: text.toString('utf8').split(/\r\n|\r|\n/),
	};
}

describe('hostile contributions', () => {
	it('are many, of every class', () => {
		expect(BUILT.length).toBeGreaterThanOrEqual(40);
		expect(REFUSED.length).toBeGreaterThanOrEqual(15);
	});

	it.each([...BUILT.map((n) => ['built', n]), ...REFUSED.map((n) => ['refused', n])])(
		'%s/%s is refused with a located message',
		async (folder, name) => {
			const { diagnostics, lines } = validateAlone(folder, name);
			const errors = diagnostics.filter((d) => d.severity === 'error');
			expect(errors.length, 'refused').toBeGreaterThan(0);
			for (const d of errors) {
				expect(RULE_IDS as readonly string[]).toContain(d.ruleId);
				expect(d.file).toBe(`content/positions/${name}`);
				expect(d.line, formatDiagnostic(d)).toBeGreaterThanOrEqual(1);
				expect(d.line, formatDiagnostic(d)).toBeLessThanOrEqual(lines.length);
			}
			await expect(
				errors.map((d) => `${formatDiagnostic(d, 'de')}\n${formatDiagnostic(d, 'en')}\n`).join(''),
			).toMatchFileSnapshot(join(HOSTILE, folder, `${name}.expected.txt`));
		},
	);
});

describe('the content guard in the build', () => {
	it.each(BUILT.filter((n) => n.endsWith('.md')))("stops Astro's renderer on built/%s", async (name) => {
		const file = join(HOSTILE, 'built', name);
		const processor = await createSatteriMarkdownProcessor({
			features: { ...MARKDOWN_FEATURES },
			hastPlugins: [contentGuard(HOSTILE, 'en')],
		});
		const body = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' }).content.trim();
		await expect(processor.render(body, { fileURL: new URL(`file://${file}`) })).rejects.toThrow(
			/must not be published/,
		);
	});

	it('lets a harmless body through unchanged in meaning', async () => {
		const processor = await createSatteriMarkdownProcessor({
			features: { ...MARKDOWN_FEATURES },
			hastPlugins: [contentGuard(HOSTILE, 'en')],
		});
		const { code } = await processor.render(
			'Ein <abbr title="Onlinezugangsgesetz">OZG</abbr>-Link: [Gesetz](https://www.gesetze-im-internet.de/ozg/)[^1].\n\n[^1]: Stand 2024.\n',
		);
		expect(code).toContain('<abbr title="Onlinezugangsgesetz">OZG</abbr>');
		expect(code).toContain('href="https://www.gesetze-im-internet.de/ozg/"');
		expect(code).toContain('data-footnotes');
	});
});

describe('the worst bounded inputs (timed by `npm run bench -- --bounded`)', () => {
	it.each(BOUNDED_CASES.map(([name]) => [name] as const))(
		'%s: validated with located messages, never a crash',
		(name) => {
			const text = BOUNDED_CASES.find(([n]) => n === name)![1];
			clearDocuments(root);
			const file = join(kindDirectory(root, 'positions'), `grenzfall.${name.startsWith('MDX') ? 'mdx' : 'md'}`);
			writeFileSync(file, text);
			const { diagnostics } = validateLibrary(root, { today: '2026-11-27' });
			const lines = text.split('\n').length;
			for (const d of diagnostics) expect(d.line, formatDiagnostic(d)).toBeLessThanOrEqual(lines);
			// A file full of problems gets its first hundred and a count, not a million messages.
			expect(diagnostics.length).toBeLessThanOrEqual(101);
		},
	);
});
