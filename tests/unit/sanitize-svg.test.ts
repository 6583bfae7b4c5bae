/**
 * The operator's SVG logo against hostile files: whatever could run script
 * or load something is refused with its place, harmless editor clutter is
 * dropped, and the result is written anew from the parse.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeSvg, SVG_LIMITS } from '../../src/lib/operator/sanitize-svg.ts';

const SVG = 'xmlns="http://www.w3.org/2000/svg"';

/** The refusal in both languages with its place, or the sanitized text. */
function result(source: string) {
	const out = sanitizeSvg(source);
	return out.ok
		? out.svg
		: `${out.problem.line}:${out.problem.column}\n${out.problem.message.de}\n${out.problem.message.en}`;
}

describe('an SVG logo', () => {
	it('keeps shapes, gradients and fragment references, and drops editor metadata, comments and classes', () => {
		const inkscape = [
			'<?xml version="1.0" encoding="UTF-8"?>',
			`<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 10 10" sodipodi:docname="logo.svg">`,
			'  <!-- made by hand -->',
			'  <sodipodi:namedview pagecolor="#fff"><rect width="99"/></sodipodi:namedview>',
			'  <defs><linearGradient id="g"><stop offset="0" stop-color="#003a70"/></linearGradient></defs>',
			'  <rect class="x" width="10" height="10" fill="url(#g)" style="stroke:#fff;cursor:pointer"/>',
			'  <use xlink:href="#g"/>',
			'  <text x="1" y="9">A &amp; B &lt;3</text>',
			'</svg>',
		].join('\n');
		expect(result(inkscape)).toMatchInlineSnapshot(`
			"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
			  
			  
			  <defs><linearGradient id="g"><stop offset="0" stop-color="#003a70"></stop></linearGradient></defs>
			  <rect width="10" height="10" fill="url(#g)" style="stroke:#fff"></rect>
			  <use href="#g"></use>
			  <text x="1" y="9">A &amp; B &lt;3</text>
			</svg>
			"
		`);
	});

	it.each([
		['script', `<svg ${SVG}>\n  <script>alert(document.cookie)</script>\n</svg>`],
		['an event handler', `<svg ${SVG} onload="alert(1)"><rect/></svg>`],
		['an event handler on a shape, in any case', `<svg ${SVG}><rect ONCLICK="alert(1)"/></svg>`],
		[
			'foreignObject',
			`<svg ${SVG}><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>`,
		],
		['an external href', `<svg ${SVG}><use href="https://evil.example/sprite.svg#a"/></svg>`],
		[
			'xlink:href to javascript:',
			`<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><rect/></a></svg>`,
		],
		[
			'xlink:href on use to javascript:',
			`<svg ${SVG} xmlns:x="http://www.w3.org/1999/xlink"><use x:href="javascript:alert(1)"/></svg>`,
		],
		['an image', `<svg ${SVG}><image href="#a"/></svg>`],
		['style with url()', `<svg ${SVG}><rect style="fill: url('https://evil.example/track.png')"/></svg>`],
		['a style attribute with an escape', `<svg ${SVG}><rect style="fill:u\\72l(https://evil.example/)"/></svg>`],
		['a presentation attribute with url() elsewhere', `<svg ${SVG}><rect fill="url(https://evil.example/#g)"/></svg>`],
		['a style sheet', `<svg ${SVG}><style>@import url(https://evil.example/a.css);</style></svg>`],
		['an xml-stylesheet instruction', `<?xml-stylesheet href="https://evil.example/a.css"?><svg ${SVG}/>`],
		[
			'a DOCTYPE with entities',
			`<!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n<svg ${SVG}><text>&lol2;</text></svg>`,
		],
		['an undeclared entity', `<svg ${SVG}><text>&nbsp;</text></svg>`],
		['an animation that sets a link', `<svg ${SVG}><set attributeName="href" to="javascript:alert(1)"/></svg>`],
		['an HTML root', '<html><body><svg></svg></body></html>'],
		['broken XML', `<svg ${SVG}><rect></svg>`],
	])('with %s is refused with its place', (_, source) => {
		expect(sanitizeSvg(source).ok).toBe(false);
		expect(result(source)).toMatchSnapshot();
	});

	it('is refused when it is huge or nested without end, before or while reading it', () => {
		const huge = `<svg ${SVG}>${'<rect width="1" height="1"/>'.repeat(SVG_LIMITS.bytes / 20)}</svg>`;
		expect(result(huge)).toMatchInlineSnapshot(`
			"1:1
			Das Logo ist größer als 256 KiB; erwartet: eine kleinere SVG-Datei – die Grafik vereinfachen oder als PNG speichern
			Unexpected size of the logo (more than 256 KiB), expected a smaller SVG file – simplify the graphic or save it as PNG"
		`);
		const deep = `<svg ${SVG}>${'<g>'.repeat(SVG_LIMITS.depth + 1)}${'</g>'.repeat(SVG_LIMITS.depth + 1)}</svg>`;
		expect(result(deep)).toMatchInlineSnapshot(`
			"1:188
			Das Logo ist zu tief verschachtelt oder hat zu viele Elemente (höchstens 50 Ebenen, 5000 Elemente); erwartet: eine einfache Grafik – sie vereinfachen
			Unexpected size of the logo's tree (at most 50 levels and 5000 elements), expected a simple graphic – simplify it"
		`);
	});

	// Opened at its own address (/betreiber/logo.svg) the logo is a document of its own, without the pages'
	// Content-Security-Policy: Chromium then fetches each of these from the other host.
	it.each([
		['image-set() in a style', `<svg ${SVG}><rect style="mask:image-set('https://evil.example/a.png' 1x)"/></svg>`],
		[
			'image-set() in a presentation attribute',
			`<svg ${SVG}><rect mask="image-set('https://evil.example/a.png' 1x)"/></svg>`,
		],
		[
			'an escaped url() in a presentation attribute',
			`<svg ${SVG}><rect fill="u\\72l(https://evil.example/p.svg#p)"/></svg>`,
		],
		['an escaped url() in clip-path', `<svg ${SVG}><rect clip-path="u\\72l(https://evil.example/c.svg#c)"/></svg>`],
		['src() in a style', `<svg ${SVG}><rect style="mask:src('https://evil.example/a.png')"/></svg>`],
		['a function that is not a colour or transform', `<svg ${SVG}><rect mask="cross-fade(url(#a), url(#b))"/></svg>`],
	])('with %s, which would load from another host, is refused', (_, source) => {
		const out = sanitizeSvg(source);
		expect(out.ok).toBe(false);
		if (!out.ok) expect(out.problem.message.en).toMatch(/^Unexpected (value|style declaration) `/);
	});

	it('refuses a control character XML does not allow, where it is, instead of publishing a file no browser reads', () => {
		expect(result(`<svg ${SVG}>\n<text>a\u0000b</text></svg>`)).toMatchInlineSnapshot(`
			"2:8
			Unerwartetes Steuerzeichen U+0000 im Logo; erwartet: nur Zeichen, die XML erlaubt – die Datei mit einem Grafikprogramm neu speichern
			Unexpected control character U+0000 in the logo, expected only characters XML allows – save the file again from a graphics program"
		`);
	});

	it('keeps colours, transforms, font names and text with brackets', () => {
		const source = `<svg ${SVG} aria-label="Stadt (Bayern)"><g transform="translate(1 2) rotate(3) scale(2)"><text font-family="'Open Sans', sans-serif" fill="rgb(0 58 112)" style="stroke:hsl(0 0% 100%);stroke-width:calc(1px + 1px)">A (B)</text></g></svg>`;
		expect(sanitizeSvg(source)).toEqual({ ok: true, svg: `${source}\n`.replace(/\/>/g, '>') });
	});

	it('is refused when its <use> elements multiply into more than Chromium can draw in time', () => {
		// Seven levels of ten copies: 1.4 KB that kept a page with this logo in an <img> from loading for over 30 s.
		let defs = '<g id="l0"><rect width="1" height="1"/></g>';
		for (let i = 1; i <= 7; i++) defs += `<g id="l${i}">${`<use href="#l${i - 1}"/>`.repeat(10)}</g>`;
		expect(result(`<svg ${SVG}><defs>${defs}</defs><use href="#l7"/></svg>`)).toMatchInlineSnapshot(`
			"1:1
			Das Logo zeichnet über \`<use>\` und \`url(#…)\` mehr als 5000 Elemente; erwartet: eine einfache Grafik – verschachtelte \`<use>\`, Masken und Muster auflösen oder die Grafik vereinfachen
			Unexpected size of the logo as drawn through \`<use>\` and \`url(#…)\` (more than 5000 elements), expected a simple graphic – resolve nested \`<use>\`, masks and patterns or simplify the graphic"
		`);
	});

	it('is refused when masks or clips multiply what is drawn, counting every element that names them', () => {
		const mask = `<svg ${SVG}><defs><mask id="m">${'<rect/>'.repeat(1000)}</mask></defs>${'<rect mask="url(#m)"/>'.repeat(3000)}</svg>`;
		const clip = `<svg ${SVG}><clipPath id="c">${'<rect/>'.repeat(100)}</clipPath>${'<rect style="clip-path:url(#c)"/>'.repeat(100)}</svg>`;
		for (const source of [mask, clip]) expect(result(source)).toMatch(/^1:1\n.*\nUnexpected size of the logo as drawn/);
		// A gradient is one paint, however many shapes use it.
		const gradient = `<svg ${SVG}><defs><linearGradient id="g"><stop/><stop/></linearGradient></defs>${'<rect fill="url(#g)"/>'.repeat(4000)}</svg>`;
		expect(sanitizeSvg(gradient).ok).toBe(true);
	});

	it('refuses a <marker>, which is drawn again at every point of a path', () => {
		// 4000 rectangles in a marker on a line of 6000 points: 145 KB that took Chromium a minute to paint in an <img>.
		expect(
			result(
				`<svg ${SVG}>\n<defs><marker id="m"><rect/></marker></defs><path d="M0 0L1 1" marker-mid="url(#m)"/></svg>`,
			),
		).toMatchInlineSnapshot(`
			"2:7
			Unerwartetes Element \`<marker>\` im Logo; erwartet: Formen ohne Marker – ein Marker wird an jedem Punkt eines Pfads neu gezeichnet, so kann ein kleines Logo jede Seite lahmlegen; die Marker in Pfade umwandeln (z. B. Inkscape: „Objekt in Pfad umwandeln“)
			Unexpected element \`<marker>\` in the logo, expected shapes without markers – a marker is drawn again at every point of a path, so a small logo can stall every page; convert the markers to paths (e.g. Inkscape: "Object to Path")"
		`);
	});

	it('is refused when a <use> shows an element that contains it', () => {
		expect(result(`<svg ${SVG}>\n<g id="a"><rect/><use href="#a"/></g></svg>`)).toMatchInlineSnapshot(`
			"2:18
			Ein Element im Logo zeigt sich selbst (\`<use>\` oder \`url(#…)\` auf ein Element, das es enthält); erwartet: Verweise auf andere Teile der Grafik – den Verweis berichtigen
			Unexpected element in the logo that shows itself (\`<use>\` or \`url(#…)\` naming an element that contains it), expected references to other parts of the graphic – correct the reference"
		`);
	});

	it('keeps <use> copies that stay within the limit, through either spelling of href', () => {
		const source = `<svg ${SVG} xmlns:x="http://www.w3.org/1999/xlink"><defs><g id="a"><rect width="1" height="1"/></g></defs>${'<use x:href="#a"/><use href="#a"/>'.repeat(10)}<use href="#missing"/></svg>`;
		expect(sanitizeSvg(source).ok).toBe(true);
	});

	it('with markup in text or attributes is written back escaped, never as markup', () => {
		const out = sanitizeSvg(
			`<svg ${SVG}><title>&lt;script&gt;x&lt;/script&gt;</title><rect id="a&quot; onload=&quot;x"/></svg>`,
		);
		expect(out).toMatchInlineSnapshot(`
			{
			  "ok": true,
			  "svg": "<svg xmlns="http://www.w3.org/2000/svg"><title>&lt;script&gt;x&lt;/script&gt;</title><rect id="a&quot; onload=&quot;x"></rect></svg>
			",
			}
		`);
	});
});
