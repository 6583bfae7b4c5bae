/**
 * The one `<svg>` the check of built pages lets through: the map of the
 * Länder as its component writes it passes; every way of bringing something
 * else in an `<svg>` with the map's class is found, and so is a map file
 * that holds more than outlines.
 */
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../src/lib/publish/output-guard.ts';
import { checkSpriteFile } from '../../src/lib/publish/output-guard-svg.ts';
import { laenderSprite } from '../../src/lib/map/laender-sprite.ts';

const RULES = { formOrigins: [] };
const page = (body: string) =>
	`<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body><main>${body}</main></body></html>`;
const land = (code = 'by', extra = '') =>
	`<a href="/laender/${code}/" tabindex="-1" class="laender-map__land laender-map__land--step-2"><title>Bayern: 3 Dokumente</title><use href="/karte/laender.svg#${code}"${extra}></use></a>`;
const map = (inner = land(), attributes = '') =>
	`<figure><svg class="laender-map__svg" viewBox="0 0 586 793" aria-hidden="true" focusable="false"${attributes}>${inner}</svg><figcaption>Karte</figcaption></figure>`;
const problems = (body: string) =>
	checkPage('/laender/', page(body), RULES).findings.map((f) => `${f.element}: ${f.problem}`);

describe('the map of the Länder in a built page', () => {
	it('passes as the component writes it, and its <use> must be a file of the build', () => {
		expect(problems(map(land('by') + land('bw')))).toEqual([]);
		const facts = checkPage('/laender/', page(map()), RULES);
		expect(facts.links.map(([element, path]) => `${element} ${path}`)).toContain(
			'use[href=/karte/laender.svg#by] /karte/laender.svg',
		);
	});

	it('is still refused without its class, as every other <svg>', () => {
		expect(problems(`<svg viewBox="0 0 1 1">${land()}</svg>`)).toContain(
			'svg: element <svg> is not allowed on any page',
		);
	});

	it.each([
		['a script', '<script>alert(1)</script>', 'svg.laender-map__svg script: element <script> is not part of the map'],
		[
			'a foreignObject',
			'<foreignObject><div>x</div></foreignObject>',
			'svg.laender-map__svg foreignobject: element <foreignobject> is not part of the map',
		],
		[
			'a style sheet',
			'<style>a{fill:red}</style>',
			'svg.laender-map__svg style: element <style> is not part of the map',
		],
		[
			'an animation into a link',
			'<a href="/laender/by/"><set attributeName="href" to="javascript:alert(1)"/></a>',
			'svg.laender-map__svg set: element <set> is not part of the map',
		],
		[
			'an animate',
			'<animate attributeName="x" values="0;1"/>',
			'svg.laender-map__svg animate: element <animate> is not part of the map',
		],
		[
			'an image',
			'<image href="https://tracker.example/p.png"/>',
			'svg.laender-map__svg image: element <image> is not part of the map',
		],
		[
			'a nested svg',
			'<svg><path d="m0 0 1 1z"/></svg>',
			'svg.laender-map__svg svg: element <svg> is not part of the map',
		],
		[
			'an event handler',
			land('by', ' onclick="alert(1)"'),
			'svg.laender-map__svg use[onclick]: attribute onclick is not allowed on <use> in the map',
		],
		[
			'a <use> of another host',
			'<use href="https://evil.example/x.svg#by"/>',
			'svg.laender-map__svg use[href=https://evil.example/x.svg#by]: a <use> of something else than a Land of /karte/laender.svg',
		],
		[
			'a <use> of another file of the site',
			'<use href="/betreiber/logo.svg#a"/>',
			'svg.laender-map__svg use[href=/betreiber/logo.svg#a]: a <use> of something else than a Land of /karte/laender.svg',
		],
		[
			'a <use> of a data address',
			'<use xlink:href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;"/>',
			'svg.laender-map__svg use[xlink:href=data:image/svg+xml,<svg onload=alert(1)>]: a <use> of something else than a Land of /karte/laender.svg',
		],
		[
			'a <use> of an id that is no Land',
			'<use href="/karte/laender.svg#evil"/>',
			'svg.laender-map__svg use[href=/karte/laender.svg#evil]: a <use> of something else than a Land of /karte/laender.svg',
		],
		[
			'a link off the site',
			'<a href="https://evil.example/"><title>x</title></a>',
			'svg.laender-map__svg a[href=https://evil.example/]: a link of the map that leaves the site',
		],
		[
			'a javascript: link',
			'<a href="javascript:alert(1)"></a>',
			'a[href=javascript:alert(1)]: link with the scheme javascript:',
		],
		[
			'a style attribute',
			'<path d="m0 0 1 1z" style="fill:url(https://evil.example/#x)"/>',
			'svg.laender-map__svg path[style]: attribute style is not allowed on <path> in the map',
		],
		[
			'a fill that loads',
			'<path d="m0 0 1 1z" fill="url(https://evil.example/#x)"/>',
			'svg.laender-map__svg path[fill]: attribute fill is not allowed on <path> in the map',
		],
		['path data that is not lines', '<path d="url(x)"/>', 'svg.laender-map__svg path[d]: path data other than lines'],
		['text outside a title', '<g>Klick hier</g>', 'svg.laender-map__svg g: text outside <title> and <desc>'],
	])('finds %s', (_, inner, expected) => {
		expect(problems(map(land() + inner))).toContain(expected);
	});

	it('finds attributes on the <svg> itself that the map does not write', () => {
		expect(problems(map(land(), ' onload="alert(1)"'))).toEqual(
			expect.arrayContaining([
				'svg.laender-map__svg svg[onload]: attribute onload is not allowed on <svg> in the map',
				'svg[onload=alert(1)]: event-handler attribute',
			]),
		);
	});
});

describe('the map file', () => {
	const sprite = laenderSprite();
	const check = (text: string) => checkSpriteFile('/karte/laender.svg', text).map((f) => `${f.element}: ${f.problem}`);
	const withInner = (inner: string) => sprite.replace('</svg>', `${inner}</svg>`);

	it('passes as the build writes it', () => {
		expect(check(sprite)).toEqual([]);
	});

	it.each([
		['a script', withInner('<script>alert(1)</script>'), 'script: element <script> is not part of the map file'],
		['a style sheet', withInner('<style>path{fill:red}</style>'), 'style: element <style> is not part of the map file'],
		[
			'an event handler',
			sprite.replace('<path id="by"', '<path onload="alert(1)" id="by"'),
			'path[onload]: attribute onload is not allowed on <path> in the map file',
		],
		[
			'a foreign element',
			withInner('<x:a xmlns:x="http://www.w3.org/1999/xhtml"/>'),
			'x:a: element <x:a> is not part of the map file',
		],
		[
			'a nested element',
			sprite.replace('<path id="by" d="', '<path id="by" d="m0 0 1 0 0 1z"><animate/></path><path id="zz" d="'),
			'animate: element <animate> is not part of the map file',
		],
		['an id twice', withInner('<path id="by" d="m0 0 1 0 0 1z"/>'), 'path[id=by]: not the id of a Land, or twice'],
		[
			'path data that is not lines',
			sprite.replace('<path id="by" d="', '<path id="by" d="url(x) '),
			'path[d]: path data other than lines',
		],
		['text', withInner('hallo'), 'text: text in the map file'],
		['a DOCTYPE', `<!DOCTYPE svg [<!ENTITY x "y">]>${sprite}`, 'DOCTYPE: a DOCTYPE, which can declare entities'],
		[
			'a processing instruction',
			`<?xml-stylesheet href="https://evil.example/x.css"?>${sprite}`,
			'<?xml-stylesheet: a processing instruction',
		],
		['a character XML forbids', sprite.replace('</svg>', '\u0001</svg>'), 'text: a character XML 1.0 does not allow'],
		[
			'another namespace',
			sprite.replace('http://www.w3.org/2000/svg', 'http://evil.example/'),
			'svg: element <svg> is not part of the map file',
		],
	])('finds %s', (_, text, expected) => {
		expect(check(text).map((line) => line.replace(/^line \d+: /, ''))).toContain(expected);
	});

	it('finds a file that is not well-formed, or lacks a Land', () => {
		expect(check('<svg xmlns="http://www.w3.org/2000/svg"><path id="by" d="m0 0z">')).toEqual(
			expect.arrayContaining([expect.stringContaining('not well-formed XML')]),
		);
		expect(check(sprite.replace(/<path id="by"[^>]*>/, ''))).toEqual(
			expect.arrayContaining([expect.stringContaining('no outline for by')]),
		);
	});
});
