/**
 * A feed as a feed reader reads it: valid XML whatever the title, every text
 * shown as the words it is (never as markup), the newest 50 entries, and
 * dates of the documents, never of the build.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { wellFormed } from '../support/well-formed-xml.ts';
import { atomFeed, FEED_ENTRIES, type FeedEntry, type FeedMeta } from '../../src/lib/follow/atom-feed.ts';
import { cleanText } from '../../src/lib/open-data/clean-text.ts';
import { checkFeed } from '../../src/lib/publish/output-guard-feeds.ts';

const SITE = 'https://dreiklang.example.org';
const HOSTILE = `"Wärme" & <img src=x onerror=alert(1)> ]]> 'ß' 🔥\u0008\u0000\ud800 ${'lang '.repeat(1000)}`;
const meta: FeedMeta = {
	title: HOSTILE,
	subtitle: 'Positionen & Erfahrungen',
	link: `${SITE}/`,
	self: `${SITE}/feed.xml`,
	lang: 'de',
	rights: 'CC BY 4.0',
};
const entry = (n: number, title = `Dokument ${n}`): FeedEntry => ({
	title,
	summary: `${title} – Zusammenfassung`,
	link: `${SITE}/positionen/d${n}/`,
	updated: `2026-01-${String((n % 28) + 1).padStart(2, '0')}`,
	published: '2025-12-01',
	facts: [['Status', 'Beschlossen <b>']],
	categories: [{ term: 'positions', label: `Positionspapier <${title}>` }],
	author: 'Deutscher Städtetag & Co.',
	rights: 'Datenlizenz Deutschland',
});
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'entry' });
/** What a reader shows of a `type="html"` text: the HTML decoded once more. */
const shown = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe('Atom feed', () => {
	it('stays valid XML with any title, and shows it as text', () => {
		const xml = atomFeed(meta, [entry(1, HOSTILE)]);
		expect(wellFormed(xml)).toBe(true);
		const feed = parser.parse(xml).feed;
		expect(feed.title).toBe(cleanText(HOSTILE).trim());
		const [first] = feed.entry;
		// The CDATA holds HTML-escaped text: no element a reader would render.
		expect(first.title['#text']).not.toMatch(/<img/);
		expect(shown(first.title['#text'])).toBe(cleanText(HOSTILE));
		expect(first.content['#text']).toContain('<li>Status: Beschlossen &lt;b&gt;</li>');
		expect(first.author.name).toBe('Deutscher Städtetag & Co.');
		expect(first.category.label).toBe(`Positionspapier ${cleanText(HOSTILE).replace(/[<>]/g, '')}`.trim());
		expect(checkFeed('/feed.xml', xml, SITE)).toEqual([]);
	});

	it('keeps the newest 50 entries and dates the feed by its newest change, not by the build', () => {
		const entries = Array.from({ length: 60 }, (_, i) => entry(i));
		const feed = parser.parse(atomFeed(meta, entries)).feed;
		expect(feed.entry).toHaveLength(FEED_ENTRIES);
		expect(feed.entry[0].link.href).toBe(`${SITE}/positionen/d0/`);
		const newest = entries
			.slice(0, FEED_ENTRIES)
			.map((e) => e.updated)
			.sort()
			.at(-1);
		expect(feed.updated).toBe(`${newest}T00:00:00.000Z`);
		expect(atomFeed(meta, entries)).toBe(atomFeed(meta, entries));
	});

	it('is refused by the output check when it is not well-formed, not Atom, or leads off the site', () => {
		expect(checkFeed('/f', '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</feed>', SITE)[0]?.problem).toMatch(
			/^not well-formed XML/,
		);
		expect(checkFeed('/f', '<rss/>', SITE)[0]?.problem).toBe('not an Atom feed');
		const off = `<feed xmlns="http://www.w3.org/2005/Atom"><id>${SITE}/f</id><entry><link href="https://evil.example/"/><id>javascript:alert(1)</id></entry></feed>`;
		expect(checkFeed('/f', off, SITE).map((f) => f.element)).toEqual([
			'link: https://evil.example/',
			'id: javascript:alert(1)',
		]);
		expect(checkFeed('/f', `<feed xmlns="http://www.w3.org/2005/Atom"><title>\u0001</title></feed>`, SITE)).not.toEqual(
			[],
		);
	});
});
