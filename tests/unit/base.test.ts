/**
 * A library under a sub-path: the base comes from the path of `url`, site
 * paths go below it and come back, and what the build writes for crawlers,
 * security contacts and the check of built pages knows the base.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentGuard } from '../../src/lib/validate/body/guard-plugin.ts';
import { MARKDOWN_FEATURES } from '../../src/lib/validate/body/markdown-features.ts';
import { basePath, onSite, routeParam, sitePathOf, withBase } from '../../src/lib/routes/base.ts';
import { checkInternalLinks, checkPage } from '../../src/lib/publish/output-guard.ts';
import { checkRedirectFile, checkRobots, checkSitemap } from '../../src/lib/publish/output-guard-files.ts';
import { robotsTxt, sitemapIndex } from '../../src/lib/addresses/sitemap.ts';
import { securityTxt } from '../../src/lib/publish/security-txt.ts';
import { siteConfigSchema } from '../../src/schemas/site-config.ts';
import { parseWithDiagnostics } from '../../src/lib/validate/report/diagnostics.ts';
import { loadSiteConfig } from '../../src/lib/registries/load-site-config.ts';
import { createTempLibrary, REPOSITORY } from '../support/temp-library.ts';

const SITE = 'https://example.org/bibliothek/';
const BASE = '/bibliothek/';

describe('the base of a library', () => {
	it('is the path of its address, with a slash at each end', () => {
		expect(basePath('https://example.org')).toBe('/');
		expect(basePath('https://example.org/')).toBe('/');
		expect(basePath('https://example.org/bibliothek')).toBe(BASE);
		expect(basePath(SITE)).toBe(BASE);
		expect(basePath('https://example.org/verbaende/bayern/')).toBe('/verbaende/bayern/');
	});

	it('puts site paths below it and takes them back out', () => {
		expect(withBase('/positionen/x/', BASE)).toBe('/bibliothek/positionen/x/');
		expect(withBase('/', BASE)).toBe(BASE);
		expect(withBase('/positionen/x/', '/')).toBe('/positionen/x/');
		expect(sitePathOf('/bibliothek/positionen/x/', BASE)).toBe('/positionen/x/');
		expect(sitePathOf('/bibliothek', BASE)).toBe('/');
		expect(sitePathOf('/bibliothekar/', BASE)).toBeUndefined();
		expect(sitePathOf('/positionen/x/', BASE)).toBeUndefined();
		expect(sitePathOf('/positionen/x/', '/')).toBe('/positionen/x/');
	});

	it("gives Astro's rest parameters without the base", () => {
		expect(routeParam('/bibliothek/positionen/x/', BASE)).toBe('positionen/x');
		expect(routeParam('/bibliothek/themen/energie/feed.xml', BASE)).toBe('themen/energie/feed.xml');
		expect(routeParam(BASE, BASE)).toBeUndefined();
		expect(routeParam('/en/', '/')).toBe('en');
		expect(() => routeParam('/positionen/x/', BASE)).toThrow('not below the base /bibliothek/');
	});

	it('decides which full addresses are on the site', () => {
		expect(onSite('https://example.org/bibliothek/positionen/x/', SITE)).toBe(true);
		expect(onSite('https://example.org/andere/', SITE)).toBe(false);
		expect(onSite('https://other.example/bibliothek/', SITE)).toBe(false);
		expect(onSite('https://example.org/andere/', 'https://example.org')).toBe(true);
		expect(onSite('kein url', SITE)).toBe(false);
	});
});

describe('the address in site.config.yaml', () => {
	const config = loadSiteConfig(REPOSITORY);
	const problems = (url: string, lang: 'de' | 'en' = 'en') => {
		const result = parseWithDiagnostics(siteConfigSchema, { ...config, url }, 'site.config.yaml', () => ({
			line: 1,
			column: 1,
		}));
		return result.success ? [] : result.diagnostics.map((d) => d.message[lang]);
	};

	it('may have a sub-path of plain segments', () => {
		expect(problems('https://example.org')).toEqual([]);
		expect(problems('https://example.org/bibliothek/')).toEqual([]);
		expect(problems('https://example.org/verbaende/bayern')).toEqual([]);
	});

	it('has no query, fragment, credentials or odd segments, said in both languages', () => {
		for (const url of [
			'https://example.org/bibliothek/?x=1',
			'https://example.org/#top',
			'https://nutzer:geheim@example.org/',
			'https://example.org/.versteckt/',
			'https://example.org/a%20b/',
			'https://example.org/a//b/',
		])
			expect(problems(url), url).toHaveLength(1);
		expect(problems('https://example.org/?x=1', 'de')).toMatchInlineSnapshot(`
			[
			  "Unerwartete Adresse \`https://example.org/?x=1\`; erwartet: die Adresse der Bibliothek ohne \`?\`, \`#\` und Anmeldedaten, ein Unterpfad aus Buchstaben, Ziffern, \`-\`, \`_\`, \`.\` und \`~\` (etwa \`https://example.org/bibliothek/\`)",
			]
		`);
		expect(problems('https://example.org/?x=1', 'en')).toMatchInlineSnapshot(`
			[
			  "Unexpected address \`https://example.org/?x=1\`, expected the library's address without \`?\`, \`#\` or credentials, a sub-path of letters, digits, \`-\`, \`_\`, \`.\` and \`~\` (such as \`https://example.org/bibliothek/\`)",
			]
		`);
	});
});

describe('the files for crawlers and security contacts under a sub-path', () => {
	it('name the sitemaps and security.txt below the base', () => {
		expect(robotsTxt(SITE)).toBe(
			'User-agent: *\nAllow: /bibliothek/\n\nSitemap: https://example.org/bibliothek/sitemap-index.xml\n',
		);
		expect(sitemapIndex(SITE, 1, '2026-12-03')).toContain('<loc>https://example.org/bibliothek/sitemap-1.xml</loc>');
		const config = { ...loadSiteConfig(REPOSITORY), url: SITE };
		expect(securityTxt(config, '2026-12-03')).toContain(
			'Canonical: https://example.org/bibliothek/.well-known/security.txt\n',
		);
	});

	it('are refused by the output check when they lead outside the base', () => {
		expect(checkRobots('/robots.txt', robotsTxt(SITE), SITE)).toEqual([]);
		expect(checkRobots('/robots.txt', 'Sitemap: https://example.org/sitemap-index.xml\n', SITE)).toHaveLength(1);
		const sitemap = (loc: string) =>
			`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${loc}</loc></url></urlset>\n`;
		expect(checkSitemap('/sitemap-1.xml', sitemap('https://example.org/bibliothek/x/'), SITE)).toEqual([]);
		expect(checkSitemap('/sitemap-1.xml', sitemap('https://example.org/x/'), SITE)).toHaveLength(1);
		expect(checkRedirectFile('/_redirects', '/bibliothek/alt/ /bibliothek/neu/ 301\n', ' 301', BASE)).toEqual([]);
		expect(checkRedirectFile('/_redirects', '/bibliothek/alt/ /neu/ 301\n', ' 301', BASE)).toHaveLength(1);
	});
});

describe('the check of built pages under a sub-path', () => {
	const rules = { formOrigins: ['https://github.com'], base: BASE };
	const page = (body: string, head = '') =>
		`<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="stylesheet" href="/bibliothek/_astro/site.css"><script type="module" src="/bibliothek/_astro/page.js"></script>${head}</head><body>${body}</body></html>`;
	const problems = (body: string, head = '') =>
		checkPage('/positionen/x/', page(body, head), rules).findings.map((f) => `${f.element}: ${f.problem}`);

	it("accepts the site's own files and links below the base", () => {
		expect(
			problems('<a href="/bibliothek/positionen/y/">y</a><a href="../y/">y</a><a href="https://other.example/">o</a>'),
		).toEqual([]);
		const facts = checkPage('/positionen/x/', page('<a href="/bibliothek/positionen/y/#z">y</a>'), rules);
		expect(facts.links.map(([, path, fragment]) => [path, fragment])).toEqual([['/positionen/y/', 'z']]);
	});

	it('refuses links, files, scripts and a refresh outside the base', () => {
		expect(
			problems(
				'<a href="/positionen/y/">y</a><img src="/bild.png" alt="">',
				'<link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/x.js"></script><meta http-equiv="refresh" content="0; url=/neu/">',
			),
		).toMatchInlineSnapshot(`
			[
			  "link[href=/favicon.svg]: a stylesheet, icon or preload outside the base /bibliothek/",
			  "script[src=/_astro/x.js]: src points outside the base /bibliothek/",
			  "script[src=/_astro/x.js]: a script that is not one of the site's bundles",
			  "meta[http-equiv=refresh]: a <meta http-equiv> other than the Content-Security-Policy",
			  "a[href=/positionen/y/]: internal link outside the base /bibliothek/, which this build does not serve",
			  "img[src=/bild.png]: src points outside the base /bibliothek/",
			]
		`);
	});

	it('looks the links up as files of the build, without the base', () => {
		const facts = checkPage('/positionen/x/', page('<a href="/bibliothek/positionen/fehlt/">f</a>'), rules);
		expect(
			checkInternalLinks(
				'/positionen/x/',
				facts,
				() => false,
				() => undefined,
			),
		).toEqual([
			{
				page: '/positionen/x/',
				element: 'a[href=/bibliothek/positionen/fehlt/]',
				problem: 'internal link to /positionen/fehlt/, which the build does not have',
			},
		]);
	});
});

describe('links in document bodies under a sub-path', () => {
	const render = async (body: string, base: string) => {
		const processor = await createSatteriMarkdownProcessor({
			features: { ...MARKDOWN_FEATURES },
			hastPlugins: [contentGuard(REPOSITORY, 'en', base)],
		});
		return (await processor.render(body)).code;
	};
	const body =
		'Siehe [das Papier](/positionen/x/#forderungen), [den Abschnitt](#ziele) und [die Quelle](https://www.gesetze-im-internet.de/ozg/).\n';

	it('lead to site paths below the base; fragments and other hosts stay as written', async () => {
		const html = await render(body, BASE);
		expect(html).toContain('href="/bibliothek/positionen/x/#forderungen"');
		expect(html).toContain('href="#ziele"');
		expect(html).toContain('href="https://www.gesetze-im-internet.de/ozg/"');
	});

	it("lead to a document's own files below the base", async () => {
		const root = createTempLibrary();
		try {
			mkdirSync(join(root, 'content/positions/x'));
			writeFileSync(join(root, 'content/positions/x/beschluss.pdf'), '%PDF-1.4\n');
			const processor = await createSatteriMarkdownProcessor({
				features: { ...MARKDOWN_FEATURES },
				hastPlugins: [contentGuard(root, 'en', BASE)],
			});
			const { code } = await processor.render('Der [Beschluss](./x/beschluss.pdf).\n', {
				fileURL: pathToFileURL(join(root, 'content/positions/x.md')),
			});
			expect(code).toContain('href="/bibliothek/dateien/positions/x/beschluss.pdf"');
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('stay exactly as written at the root of a host', async () => {
		expect(await render(body, '/')).toContain('href="/positionen/x/#forderungen"');
	});
});
