/**
 * The check of the built files that crawlers and web servers read: what the
 * site writes passes; a redirect line a server would read otherwise, a
 * sitemap that is not XML or names another host, and a robots.txt pointing
 * elsewhere are each found.
 */
import { describe, expect, it } from 'vitest';
import { checkRedirectFile, checkRobots, checkSitemap } from '../../src/lib/publish/output-guard-files.ts';
import { redirectMaps } from '../../src/lib/addresses/redirects.ts';
import { robotsTxt, sitemapFile, sitemapIndex } from '../../src/lib/addresses/sitemap.ts';

const SITE = 'https://dreiklang.example/';
const problems = (findings: { element: string; problem: string }[]) =>
	findings.map((f) => `${f.element}: ${f.problem}`);

describe('the check of sitemaps, robots.txt and redirect files', () => {
	it('passes what the site writes', () => {
		const page = {
			lang: 'de' as const,
			path: '/positionen/alt/',
			alternate: '/en/positions/alt/',
			target: '/positionen/neu/',
		};
		const { netlify, nginx } = redirectMaps([{ ...page, redirect: { kind: 'positions', from: 'alt', to: 'neu' } }]);
		expect(checkRedirectFile('/_redirects', netlify, ' 301')).toEqual([]);
		expect(checkRedirectFile('/redirects.map', nginx, ';')).toEqual([]);
		const entries = [
			{ path: '/positionen/a&b/', lang: 'de' as const, alternate: '/en/positions/a&b/', lastmod: '2026-01-02' },
		];
		expect(checkSitemap('/sitemap-1.xml', sitemapFile(SITE, entries, 1), SITE)).toEqual([]);
		expect(checkSitemap('/sitemap-index.xml', sitemapIndex(SITE, 2, '2026-11-27'), SITE)).toEqual([]);
		expect(checkRobots('/robots.txt', robotsTxt(SITE), SITE)).toEqual([]);
	});

	it('finds a redirect line that is more than one redirect or leaves the site', () => {
		expect(
			problems(
				checkRedirectFile('/redirects.map', '/a/ /b/;\n/a/ /b/; } server { x;\n/a/ //evil.example/;\n/a/\t/b/;\n', ';'),
			),
		).toMatchInlineSnapshot(`
			[
			  "line 2: /a/ /b/; } server { x;: not one redirect between two paths of this site",
			  "line 3: /a/ //evil.example/;: not one redirect between two paths of this site",
			  "line 4: /a/	/b/;: not one redirect between two paths of this site",
			]
		`);
		expect(problems(checkRedirectFile('/_redirects', '/a/ https://evil.example/ 301\n', ' 301'))).toHaveLength(1);
	});

	it('finds a sitemap that is not well-formed, has a character XML forbids, or names another host', () => {
		const urlset = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<urlset>${inner}</urlset>\n`;
		expect(
			problems(checkSitemap('/sitemap-1.xml', urlset('<url><loc>https://dreiklang.example/a&b/</loc></url>'), SITE)),
		).toHaveLength(1);
		expect(
			problems(
				checkSitemap('/sitemap-1.xml', urlset('<url><loc>https://dreiklang.example/a\u0001/</loc></url>'), SITE),
			),
		).toContain('text: a character XML 1.0 does not allow');
		expect(
			problems(
				checkSitemap(
					'/sitemap-1.xml',
					urlset(
						'<url><loc>https://evil.example/</loc><xhtml:link rel="alternate" hreflang="en" href="javascript:alert(1)"/></url>',
					),
					SITE,
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "loc: https://evil.example/: address not on this site",
			  "xhtml:link: javascript:alert(1): address not on this site",
			]
		`);
	});

	it('finds a robots.txt that names another host or more than crawl rules', () => {
		expect(
			problems(
				checkRobots('/robots.txt', 'User-agent: *\nAllow: /\nSitemap: https://evil.example/s.xml\n<script>\n', SITE),
			),
		).toMatchInlineSnapshot(`
			[
			  "line 3: Sitemap: https://evil.example/s.xml: not a crawl rule or a sitemap of this site",
			  "line 4: <script>: not a crawl rule or a sitemap of this site",
			]
		`);
	});
});
