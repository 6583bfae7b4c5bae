/**
 * The check of built pages on pages written for it: the site's own kind of
 * page passes, and each thing no page may have is found and named.
 */
import { describe, expect, it } from 'vitest';
import { checkInternalLinks, checkPage } from '../../src/lib/publish/output-guard.ts';

const RULES = { formOrigins: ['https://github.com'] };
const page = (body: string, head = '') =>
	`<!doctype html><html lang="de"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"><style>body{margin:0}</style><link rel="stylesheet" href="/_astro/site.css"><link rel="alternate" hreflang="en" href="https://dreiklang.example/en/">${head}</head><body>${body}</body></html>`;
const problems = (body: string, head = '') =>
	checkPage('/positionen/x/', page(body, head), RULES).findings.map((f) => `${f.element}: ${f.problem}`);

describe('the check of a built page', () => {
	it("lets a <video> play only the operator's own sign-language video and captions", () => {
		const video = (src: string, track = '/betreiber/dgs.vtt') =>
			checkPage(
				'/gebaerdensprache/',
				page(`<video controls src="${src}"><track kind="captions" src="${track}"></video>`),
				{ ...RULES, media: ['/betreiber/dgs.mp4', '/betreiber/dgs.vtt'] },
			).findings.map((f) => `${f.element}: ${f.problem}`);
		expect(video('/betreiber/dgs.mp4')).toEqual([]);
		expect(video('/betreiber/anderes.mp4', '/betreiber/dgs.vtt?x')).toMatchInlineSnapshot(`
			[
			  "video: element <video> is not allowed on any page",
			  "track: element <track> is not allowed on any page",
			]
		`);
		expect(video('https://videos.example/dgs.mp4')).toMatchInlineSnapshot(`
			[
			  "video: element <video> is not allowed on any page",
			  "video[src=https://videos.example/dgs.mp4]: src points to another host or scheme",
			]
		`);
		// Without configured media, a video is not allowed at all.
		expect(problems('<video controls src="/betreiber/dgs.mp4"></video>')).toMatchInlineSnapshot(`
			[
			  "video: element <video> is not allowed on any page",
			]
		`);
	});

	it('passes what the site writes', () => {
		expect(
			problems(
				'<main id="inhalt"><h1>Titel</h1><p><a href="/positionen/">Liste</a> <a href="https://www.gesetze-im-internet.de/">Gesetz</a></p><script type="module" src="/_astro/search.js"></script><script type="application/json" id="c">{"a":1}</script><form action="https://github.com/x/new/main"><button>Vorschlagen</button></form><noscript><p>Die Suche braucht JavaScript.</p></noscript><td style="text-align: left">1</td></main>',
			),
		).toEqual([]);
	});

	it.each([
		['<img src="x.png" onerror="alert(1)">', 'img[onerror=alert(1)]: event-handler attribute'],
		['<a href="javascript:alert(1)">x</a>', 'a[href=javascript:alert(1)]: link with the scheme javascript:'],
		[
			'<img src="https://tracker.example/p.png">',
			'img[src=https://tracker.example/p.png]: src points to another host or scheme',
		],
		[
			'<img srcset="/a.png 1x, https://tracker.example/b.png 2x">',
			'img[srcset=https://tracker.example/b.png]: srcset points to another host or scheme',
		],
		['<script>alert(1)</script>', 'script: an inline script'],
		[
			'<script src="https://cdn.example/x.js"></script>',
			"script[src=https://cdn.example/x.js]: a script that is not one of the site's bundles",
		],
		['<iframe src="/x/"></iframe>', 'iframe: element <iframe> is not allowed on any page'],
		['<base href="https://evil.example/">', 'base: element <base> is not allowed on any page'],
		['<style>body{display:none}</style>', 'style: element <style> in the body'],
		['<div style="position:fixed">x</div>', 'div[style=position:fixed]: inline style'],
		[
			'<form action="https://evil.example/"></form>',
			'form[action=https://evil.example/]: action points to another host or scheme',
		],
		['<svg><a href="/x/">x</a></svg>', 'svg: element <svg> is not allowed on any page'],
		['<x-widget></x-widget>', 'x-widget: unknown element <x-widget>'],
		[
			'<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
			'noscript: a `</noscript` inside <noscript>, which a browser with script reads as its end',
		],
	])('finds %s', (body, expected) => {
		expect(problems(body)).toContain(expected);
	});

	it('finds a redirect in the head', () => {
		expect(problems('', '<meta http-equiv="refresh" content="0;url=https://evil.example/">')).toEqual([
			'meta[http-equiv=refresh]: a <meta http-equiv> other than the Content-Security-Policy',
		]);
	});

	it('finds internal links and fragments that lead nowhere', () => {
		const facts = checkPage(
			'/positionen/x/',
			page(
				'<a href="/positionen/y/#ziel">y</a> <a href="/fehlt/">fehlt</a> <a href="#oben">oben</a><h2 id="oben">Oben</h2>',
			),
			RULES,
		);
		const files = new Set(['/positionen/x/index.html', '/positionen/y/index.html']);
		const ids = new Map([
			['/positionen/y/index.html', new Set(['anderes'])],
			['/positionen/x/index.html', facts.ids],
		]);
		expect(
			checkInternalLinks(
				'/positionen/x/',
				facts,
				(p) => files.has(p),
				(p) => ids.get(p),
			).map((f) => f.problem),
		).toEqual([
			'fragment #ziel, which /positionen/y/ does not have',
			'internal link to /fehlt/, which the build does not have',
		]);
	});
});
