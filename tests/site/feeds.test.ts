/**
 * The feeds of the example library as a feed reader and a reader of the page
 * meet them: announced in the head and offered under the heading of every
 * page that can be followed, valid Atom, and holding exactly the documents
 * the page lists — checked against the documents' own front matter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { wellFormed } from '../support/well-formed-xml.ts';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { FEED_ENTRIES } from '../../src/lib/follow/atom-feed.ts';
import { digestTextHref, feedHref, href, type FollowScope } from '../../src/lib/routes/routes.ts';
import { DOCUMENT_KINDS, documentKinds } from '../../src/schemas/kinds.ts';
import { documentIds } from './pages.ts';

const documents = DOCUMENT_KINDS.flatMap((kind) =>
	documentIds(kind).map((id) => {
		const { frontmatter } = parseFrontmatter(readFileSync(`${documentKinds[kind].directory}/${id}.md`, 'utf8'));
		return { kind, id, title: String(frontmatter['title']), topics: (frontmatter['topics'] as string[]) ?? [] };
	}),
);
const topics = (parse(readFileSync('content/registry/topics.yaml', 'utf8')) as { id: string }[]).map((t) => t.id);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'entry' });
const decode = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

interface Entry {
	title: { '#text': string };
	link: { href: string };
	updated: string;
	published: string;
}
function readFeed(path: string): { title: string; entry?: Entry[] } {
	const xml = readFileSync(`dist${path}`, 'utf8');
	expect(wellFormed(xml), path).toBe(true);
	return parser.parse(xml).feed;
}
/** The page addresses of a feed's entries. */
const linked = (path: string) => (readFeed(path).entry ?? []).map((e) => new URL(e.link.href).pathname).sort();
const pagesOf = (lang: 'de' | 'en', docs: typeof documents) => docs.map((d) => href(lang, d.kind, d.id)).sort();

describe('feeds', () => {
	it('are announced in the head and offered under the heading of the pages that can be followed', () => {
		const followed: [string, FollowScope][] = UI_LANGUAGES.flatMap((lang) => [
			[href(lang, 'positions'), { of: 'kind', kind: 'positions' }] as [string, FollowScope],
			[href(lang, 'topics', 'energie'), { of: 'hub', section: 'topics', id: 'energie' }],
			[href(lang, 'laender', 'BY'), { of: 'hub', section: 'laender', id: 'BY' }],
			[lang === 'de' ? '/' : '/en/', { of: 'library' }],
		]);
		for (const [page, scope] of followed) {
			const lang = page.startsWith('/en/') ? 'en' : 'de';
			const html = readFileSync(`dist${page}index.html`, 'utf8');
			const feed = feedHref(lang, scope);
			expect(html, page).toContain(`<link rel="alternate" type="application/atom+xml" title=`);
			expect(html, page).toMatch(
				new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${feed}">`),
			);
			expect(html, page).toMatch(new RegExp(`<p class="follow"><a href="${feed}" type="application/atom\\+xml">`));
			expect(existsSync(`dist${feed}`), feed).toBe(true);
		}
		expect(readFileSync('dist/positionen/kindergrundsicherung-2023/index.html', 'utf8')).not.toContain(
			'application/atom+xml',
		);
	});

	it('hold the library, each kind and each topic as their documents say, newest change first', () => {
		for (const lang of UI_LANGUAGES) {
			const library = readFeed(feedHref(lang, { of: 'library' }));
			expect(library.entry).toHaveLength(Math.min(FEED_ENTRIES, documents.length));
			const titles = new Map(documents.map((d) => [href(lang, d.kind, d.id), d.title]));
			for (const entry of library.entry!) {
				const page = new URL(entry.link.href).pathname;
				expect(decode(entry.title['#text']), page).toBe(titles.get(page));
				expect(existsSync(`dist${page}index.html`), page).toBe(true);
				expect(entry.updated >= entry.published, page).toBe(true);
			}
			const updated = library.entry!.map((e) => e.updated);
			expect(updated).toEqual([...updated].sort().reverse());
			for (const kind of DOCUMENT_KINDS)
				expect(linked(feedHref(lang, { of: 'kind', kind }))).toEqual(
					pagesOf(
						lang,
						documents.filter((d) => d.kind === kind),
					),
				);
			for (const topic of topics)
				expect(linked(feedHref(lang, { of: 'hub', section: 'topics', id: topic })), topic).toEqual(
					pagesOf(
						lang,
						documents.filter((d) => d.topics.includes(topic)),
					),
				);
		}
	});

	it('are all valid Atom with pages of this site', () => {
		const feeds = (readdirSync('dist', { recursive: true, encoding: 'utf8' }) as string[]).filter((f) =>
			f.endsWith('feed.xml'),
		);
		// Library, 3 kinds, consultations, the topics, 16 Länder, organizations: in both languages.
		expect(feeds.length).toBeGreaterThanOrEqual(2 * (5 + topics.length + 16));
		for (const file of feeds)
			for (const entry of readFeed(`/${file}`).entry ?? [])
				expect(existsSync(join('dist', new URL(entry.link.href).pathname, 'index.html')), file).toBe(true);
	});
});

describe('digest', () => {
	it('says on its page and in its text file the same documents, each linked to its page', () => {
		for (const lang of UI_LANGUAGES) {
			const page = readFileSync(`dist${href(lang, 'digest')}index.html`, 'utf8');
			const text = readFileSync(`dist${digestTextHref(lang)}`, 'utf8');
			expect(page).toContain(`href="${digestTextHref(lang)}"`);
			const listed = [...page.matchAll(/<h3><a href="([^"]+)"/g)].map((m) => m[1]).sort();
			const written = [...text.matchAll(/^ {2}(https?:\/\/\S+)$/gm)].map((m) => new URL(m[1]!).pathname);
			expect(written.filter((p) => !p.endsWith('feed.xml')).sort()).toEqual(listed);
			for (const path of written) expect(existsSync(`dist${path}index.html`), path).toBe(true);
			for (const id of ['digest-added', 'digest-changed', 'digest-closing']) expect(page).toContain(`id="${id}"`);
			expect(text.split('\n\n').length).toBeGreaterThanOrEqual(7);
		}
	});
});
