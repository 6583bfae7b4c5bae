/**
 * An operator can publish the site: its name and logo in the header, the
 * legal pages with what its legal form requires, Leichte Sprache and
 * Gebärdensprache linked from every page, and a demonstration banner that
 * no page of a demonstration instance lacks. A library with placeholder
 * operator details and no `demo: true` does not build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/t.ts';
import { href, languageRoot } from '../../src/lib/routes/routes.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

const config = parse(readFileSync('site.config.yaml', 'utf8')) as {
	operator: {
		name: string;
		representative: string;
		contentResponsible: string;
		register: { court: string; number: string };
	};
	hosting: { name: string };
	accessibility: { knownBarriers: { de: string; en: string }[] };
};
const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
/** The text of a page, without tags, with entities for `&` and quotes decoded, spaces collapsed. */
const text = (path: string) =>
	html(path)
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#34;|&quot;/g, '"')
		.replace(/\s+/g, ' ');

describe('a demonstration instance', () => {
	it('says on every page that the operator details are placeholders', () => {
		const pages = globSync('dist/**/*.html');
		expect(pages.length).toBeGreaterThan(100);
		const without = pages.filter((page) => {
			const source = readFileSync(page, 'utf8');
			return !(source.includes(t('de')('demo.banner')) || source.includes(t('en')('demo.banner')));
		});
		expect(without).toEqual([]);
	});
});

describe('the header', () => {
	it("shows the operator's logo with its name as alternative text, on every language's pages", () => {
		for (const lang of UI_LANGUAGES) {
			const page = html(languageRoot(lang));
			expect(page).toContain(
				`<img class="site-operator__logo" src="/betreiber/logo.svg" alt="${config.operator.name}"`,
			);
			expect(page).toContain(t(lang)('header.operator'));
		}
	});

	it('serves the logo as sanitized SVG from this site', () => {
		const logo = readFileSync('dist/betreiber/logo.svg', 'utf8');
		expect(logo.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(logo).not.toContain('<?xml');
	});
});

describe('the footer', () => {
	it('links Leichte Sprache and Gebärdensprache under their German names, in both languages', () => {
		for (const lang of UI_LANGUAGES) {
			const page = html(href(lang, 'positions'));
			const marked = lang === 'de' ? '' : ' lang="de"';
			expect(page).toContain(`<a href="${href(lang, 'easyLanguage')}"${marked}>Leichte Sprache</a>`);
			expect(page).toContain(`<a href="${href(lang, 'signLanguage')}"${marked}>Gebärdensprache</a>`);
		}
	});
});

describe('the legal pages', () => {
	it('Impressum names legal form, representative, register and who is responsible for content', () => {
		const page = text(href('de', 'imprint'));
		for (const item of [
			'§ 5 Digitale-Dienste-Gesetz',
			'eingetragener Verein (e. V.)',
			config.operator.representative,
			`Vereinsregister, ${config.operator.register.court}, ${config.operator.register.number}`,
			'§ 18 Abs. 2 MStV',
			config.operator.contentResponsible,
		])
			expect(page).toContain(item);
		expect(text(href('en', 'imprint'))).toContain('registered association (e. V.)');
	});

	it('the privacy notice names the hoster and how long logs are kept, with nothing left for the operator to fill in', () => {
		const de = text(href('de', 'privacy'));
		expect(de).toContain(config.hosting.name);
		expect(de).toContain('Die Protokolle werden nach 7 Tagen gelöscht.');
		expect(de).not.toContain('nennt es hier');
		expect(text(href('en', 'privacy'))).toContain('The logs are deleted after 7 days.');
	});

	it('the accessibility statement has conformity, known barriers, feedback, § 16 BGG conciliation and its date', () => {
		const de = text(href('de', 'accessibility'));
		for (const item of [
			'teilweise vereinbar',
			config.accessibility.knownBarriers[0]!.de,
			'barrierefreiheit@example.org',
			'Schlichtungsverfahren nach § 16 BGG',
			'27. November 2026',
		])
			expect(de).toContain(item);
		expect(text(href('en', 'accessibility'))).toContain('partially compliant');
	});

	it('Leichte Sprache is in German on both languages’ pages and marked as not yet checked', () => {
		expect(text(href('de', 'easyLanguage'))).toContain('Noch nicht geprüft');
		const en = html(href('en', 'easyLanguage'));
		expect(en).toContain('<div class="easy-language" lang="de"');
		expect(en).toContain('<h1 lang="de">Leichte Sprache</h1>');
	});

	it('Gebärdensprache says where to ask while no video is configured', () => {
		expect(text(href('de', 'signLanguage'))).toContain(t('de')('signLanguage.missing'));
		expect(html(href('de', 'signLanguage'))).not.toContain('<video');
	});
});

/** A copy of this project, with `site.config.yaml` changed by `configure`, for a build of its own. */
function projectCopy(configure: (config: Record<string, unknown>) => void): string {
	const root = mkdtempSync(join(tmpdir(), 'dreiklang-operator-'));
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content'])
		cpSync(entry, join(root, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
	const config = parse(readFileSync('site.config.yaml', 'utf8')) as Record<string, unknown>;
	configure(config);
	writeFileSync(join(root, 'site.config.yaml'), stringify(config));
	return root;
}

const build = (root: string) =>
	spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0' },
	});

describe('an operator who configures a sign-language video and checked Leichte Sprache', () => {
	it('gets the video with captions from this site, and the own text without the "not yet checked" note', async () => {
		const root = projectCopy((config) => {
			config.signLanguage = { video: 'content/site/dgs.mp4', captions: 'content/site/dgs.vtt' };
			config.easyLanguage = {
				checked: true,
				sections: [{ heading: 'Wer wir sind', paragraphs: ['Wir sind ein Verband.', 'Wir helfen Gemeinden.'] }],
			};
		});
		try {
			writeFileSync(
				join(root, 'content/site/dgs.mp4'),
				Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 0, 0]),
			);
			writeFileSync(join(root, 'content/site/dgs.vtt'), 'WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen\n');
			const result = build(root);
			// The check of every built page runs in the build: it lets this video through, and only this one.
			expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
			const page = readFileSync(join(root, `dist${href('de', 'signLanguage')}index.html`), 'utf8');
			expect(page).toMatch(/<video controls preload="metadata" src="\/betreiber\/dgs\.mp4"/);
			expect(page).toMatch(
				/<track kind="captions" srclang="de" label="Deutsche Untertitel" src="\/betreiber\/dgs\.vtt" default/,
			);
			expect(readFileSync(join(root, 'dist/betreiber/dgs.vtt'), 'utf8')).toContain('Willkommen');
			const easy = readFileSync(join(root, `dist${href('de', 'easyLanguage')}index.html`), 'utf8');
			expect(easy).toContain('Wir helfen Gemeinden.');
			expect(easy).not.toContain('Noch nicht geprüft');
			// The page with the video player, in a real browser, in both languages: axe finds nothing.
			const server = await serveStatic(join(root, 'dist'));
			const browser = await launchBrowser();
			try {
				for (const lang of UI_LANGUAGES) {
					const tab = await browser.context.newPage();
					await tab.goto(`${server.url}${href(lang, 'signLanguage')}`);
					expect(await tab.locator('video track[kind="captions"]').count()).toBe(1);
					expect(await axeViolations(tab), lang).toEqual([]);
					await tab.close();
				}
			} finally {
				await browser.close();
				await server.close();
			}
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('a library with placeholder operator details and no `demo: true`', () => {
	it('does not build, and the message names the field and the fix', () => {
		const root = projectCopy((config) => {
			delete config.demo;
		});
		try {
			// The configuration is read when Astro loads its config: the build stops before any page.
			const result = build(root);
			expect(result.status).not.toBe(0);
			const output = `${result.stdout}\n${result.stderr}`;
			expect(output).toMatch(
				/site\.config\.yaml:\d+:\d+ {2}Fehler {2}Unerwarteter Platzhalter `Dreiklang-Demonstrationsinstanz \(Platzhalter\)` in `operator\.name`/,
			);
			expect(output).toContain('or set `demo: true` if this is a demonstration instance');
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
