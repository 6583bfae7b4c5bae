/**
 * The operator's logo opened at its own address (`/betreiber/logo.svg`, "open
 * image in new tab") is a document of its own, without the pages'
 * Content-Security-Policy. Whatever the sanitizer publishes must then load
 * nothing from another host in Chromium, and a logo it refuses is not
 * published at all. Another host is a second loopback server that counts
 * what it is asked for.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../src/lib/operator/sanitize-svg.ts';
import { launchBrowser } from '../support/browser.ts';

const SVG = 'xmlns="http://www.w3.org/2000/svg"';

/** Logos that try to load from `other` (a base URL), beside plain ones that must stay publishable. */
const logos = (other: string): Record<string, string> => ({
	'image-set() in a style': `<svg ${SVG} width="10" height="10"><rect width="10" height="10" style="mask:image-set('${other}a.png' 1x)"/></svg>`,
	'image-set() in an attribute': `<svg ${SVG} width="10" height="10"><rect width="10" height="10" mask="image-set('${other}b.png' 1x)"/></svg>`,
	'an escaped url() in mask': `<svg ${SVG} width="10" height="10"><rect width="10" height="10" mask="u\\72l(${other}c.svg#m)"/></svg>`,
	'an escaped url() in fill': `<svg ${SVG} width="10" height="10"><rect width="10" height="10" fill="u\\72l(${other}d.svg#p)"/></svg>`,
	'an escaped url() in clip-path': `<svg ${SVG} width="10" height="10"><rect width="10" height="10" clip-path="u\\72l(${other}e.svg#c)"/></svg>`,
	'src() in a style': `<svg ${SVG} width="10" height="10"><rect width="10" height="10" style="mask:src('${other}f.png')"/></svg>`,
	'a plain logo with gradient, use and font': `<svg ${SVG} width="10" height="10"><defs><linearGradient id="g"><stop offset="0" stop-color="#003a70"/></linearGradient><g id="s"><rect width="5" height="5"/></g></defs><rect width="10" height="10" fill="url(#g)" style="stroke:rgb(0 0 0)"/><use href="#s" transform="translate(2 2)"/><text font-family="'Open Sans', sans-serif">A</text></svg>`,
});

const listen = async (server: Server) => {
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
};

describe('an SVG logo opened at its own address', () => {
	const asked: string[] = [];
	const published = new Map<string, string>();
	const other = createServer((request, response) => {
		asked.push(request.url ?? '');
		response.writeHead(200, { 'content-type': 'image/png' }).end();
	});
	const site = createServer((request, response) => {
		const svg = published.get(decodeURIComponent((request.url ?? '').slice('/betreiber/'.length)));
		if (svg === undefined) response.writeHead(404).end();
		else response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(svg);
	});
	let siteUrl = '';
	let otherUrl = '';

	beforeAll(async () => {
		[siteUrl, otherUrl] = await Promise.all([listen(site), listen(other)]);
	});
	afterAll(() => {
		site.close();
		other.close();
	});

	it('loads nothing from another host, whatever the file tried', async () => {
		const sources = logos(otherUrl);
		for (const [name, source] of Object.entries(sources)) {
			const out = sanitizeSvg(source);
			if (out.ok) published.set(name, out.svg);
		}
		// The plain logo is published; the others were refused, or written so that they load nothing.
		expect(published.has('a plain logo with gradient, use and font')).toBe(true);
		const { context, close } = await launchBrowser();
		try {
			const page = await context.newPage();
			for (const name of published.keys()) {
				const response = await page.goto(`${siteUrl}betreiber/${encodeURIComponent(name)}`);
				expect(response?.status()).toBe(200);
				// A screenshot makes Chromium paint, and so fetch what painting needs.
				await page.screenshot();
			}
		} finally {
			await close();
		}
		expect(asked).toEqual([]);
	});
});
