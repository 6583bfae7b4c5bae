/**
 * Addresses that last, in the shared build of the repository's own content:
 * the example redirect of `content/redirects.yaml` serves a page at
 * the old address that leads to the new one, the example withdrawal a notice,
 * and the sitemap index, its files and `robots.txt` are what crawlers read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { htmlToHast } from 'satteri';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/registries/load-site-config.ts';
import { SITEMAP_LIMIT } from '../../src/lib/addresses/sitemap.ts';
import { readHistory } from '../../src/lib/history/git-history.ts';
import { REPOSITORY } from '../support/temp-library.ts';

const site = loadSiteConfig(REPOSITORY).url;
const page = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');

/** The elements of an HTML page, as the browser-grade parser the output guard uses reads them, with attributes and text. */
function tags(html: string): { name: string; attrs: Record<string, string>; text: string }[] {
	type Node = {
		type: string;
		tagName?: string;
		value?: string;
		properties?: Record<string, unknown>;
		children?: Node[];
	};
	const out: { name: string; attrs: Record<string, string>; text: string }[] = [];
	const text = (node: Node): string => (node.type === 'text' ? node.value! : (node.children ?? []).map(text).join(''));
	const walk = (node: Node) => {
		if (node.type === 'element')
			out.push({
				name: node.tagName!,
				attrs: Object.fromEntries(
					Object.entries(node.properties ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(' ') : String(v)]),
				),
				text: text(node),
			});
		node.children?.forEach(walk);
	};
	walk(htmlToHast(html) as Node);
	return out;
}

describe('the old address of a moved paper', () => {
	for (const [old, target] of [
		['/positionen/beispiel-ozg-positionspapier/', '/positionen/ozg-weiterentwicklung-2022/'],
		['/en/positions/beispiel-ozg-positionspapier/history/', '/en/positions/ozg-weiterentwicklung-2022/history/'],
	] as const) {
		it(`${old} leads to ${target}: refresh, a visible link, canonical, noindex`, () => {
			const found = tags(page(old));
			const meta = (attr: string, value: string) => found.find((t) => t.name === 'meta' && t.attrs[attr] === value);
			expect(meta('httpEquiv', 'refresh')?.attrs['content']).toBe(`0; url=${target}`);
			expect(meta('name', 'robots')?.attrs['content']).toBe('noindex');
			expect(found.find((t) => t.name === 'link' && t.attrs['rel'] === 'canonical')?.attrs['href']).toBe(
				new URL(target, site).href,
			);
			const link = found.find((t) => t.name === 'a' && t.attrs['href'] === target);
			expect(link?.text).toContain(target);
		});
	}
});

describe('the old address of a withdrawn report', () => {
	it('says it was withdrawn, when and why, links to its section, and does not refresh', () => {
		const found = tags(page('/en/lessons/beispiel-zurueckgezogener-bericht/'));
		const main = found.find((t) => t.name === 'main')!.text;
		expect(main).toContain('This document was withdrawn');
		expect(main).toContain('2 November 2026');
		expect(main).toContain("removed at the organization's request");
		expect(found.some((t) => t.name === 'a' && t.attrs['href'] === '/en/lessons/')).toBe(true);
		expect(found.some((t) => t.attrs['httpEquiv'] === 'refresh')).toBe(false);
		expect(found.find((t) => t.attrs['name'] === 'robots')?.attrs['content']).toBe('noindex');
	});
});

/** Elements `name` of `xml` with their text and attributes, parsed strictly: a broken file throws. */
function elements(xml: string, name: string): { text: string; attrs: Record<string, string> }[] {
	const parser = sax.parser(true);
	const out: { text: string; attrs: Record<string, string> }[] = [];
	const open: { text: string; attrs: Record<string, string> }[] = [];
	parser.onopentag = (tag) => {
		const entry = { text: '', attrs: tag.attributes as Record<string, string> };
		if (tag.name === name) out.push(entry);
		open.push(entry);
	};
	parser.ontext = (text) => {
		const top = open.at(-1);
		if (top && out.includes(top)) top.text += text;
	};
	parser.onclosetag = () => void open.pop();
	parser.write(xml).close();
	return out;
}

describe('the sitemap', () => {
	const index = readFileSync('dist/sitemap-index.xml', 'utf8');
	const files = elements(index, 'loc').map((loc) => loc.text);

	it('is an index of sitemap files that exist, named by robots.txt', () => {
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) expect(file.startsWith(`${site}/sitemap-`)).toBe(true);
		expect(readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f))).toHaveLength(files.length);
		expect(readFileSync('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
	});

	const sitemap = files.map((file) => readFileSync(`dist${new URL(file).pathname}`, 'utf8'));
	const urls = sitemap.flatMap((xml) => {
		const locs = elements(xml, 'loc').map((l) => l.text);
		expect(locs.length).toBeLessThanOrEqual(SITEMAP_LIMIT);
		return locs;
	});

	it('lists every document page in both languages, absolute, and no old address', () => {
		expect(urls).toContain(`${site}/positionen/ozg-weiterentwicklung-2022/`);
		expect(urls).toContain(`${site}/en/positions/ozg-weiterentwicklung-2022/`);
		expect(urls.every((u) => u.startsWith(`${site}/`))).toBe(true);
		expect(urls.some((u) => u.includes('beispiel-ozg-positionspapier'))).toBe(false);
		expect(new Set(urls).size).toBe(urls.length);
	});

	it("gives a document's last change from git, and its page in the other language", () => {
		const file = 'content/positions/ozg-weiterentwicklung-2022.md';
		const versions = readHistory(REPOSITORY).files.get(file);
		const xml = sitemap.join('\n');
		const entry = xml
			.split('<url>')
			.find((u) => u.includes(`<loc>${site}/positionen/ozg-weiterentwicklung-2022/</loc>`))!;
		if (versions?.[0]) expect(entry).toContain(`<lastmod>${versions[0].date}</lastmod>`);
		else expect(entry).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
		expect(entry).toContain(`hreflang="en" href="${site}/en/positions/ozg-weiterentwicklung-2022/"`);
	});
});
