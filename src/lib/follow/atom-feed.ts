/**
 * A feed as Atom (RFC 4287), written with `feed`. That library puts titles
 * and summaries into CDATA sections marked `type="html"`, so a feed reader
 * renders them as HTML: every text is escaped as HTML here first, so that a
 * title with `<script>` or `<img onerror>` reaches the reader as the words it
 * is, and characters XML does not allow are dropped (`clean-text.ts`). Dates
 * are the documents' own, never the build's, so that a rebuild with nothing
 * changed writes the same bytes.
 */
import { Feed } from 'feed';
import { utcMidnight } from '../iso-day.ts';
import { cleanText } from '../open-data/clean-text.ts';

/** At most this many entries per feed: the newest; a reader keeps what it has already seen. */
export const FEED_ENTRIES = 50;

/** One document as an entry. */
export interface FeedEntry {
	title: string;
	summary: string;
	/** Its page, absolute. */
	link: string;
	/** The day it last changed, `YYYY-MM-DD`. */
	updated: string;
	/** The day it was published, `YYYY-MM-DD`. */
	published: string;
	/** Facts shown above the summary: kind, status, dates, organization, each as label and value. */
	facts: [label: string, value: string][];
	/** Categories: kind, status and topics, each by its id (`term`) and as shown (`label`). */
	categories: { term: string; label: string }[];
	/** The leading or reporting organization. */
	author?: string | undefined;
	/** The licence's name. */
	rights: string;
}

/** The feed. */
export interface FeedMeta {
	title: string;
	subtitle: string;
	/** The page the feed follows, absolute. */
	link: string;
	/** The feed's own address, absolute; also its id. */
	self: string;
	lang: string;
	/** The instance's licence, by name. */
	rights: string;
}

/** Text for a CDATA section marked `type="html"`: escaped as HTML, and valid in XML. */
export function htmlText(text: string): string {
	return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text for an attribute: `feed` escapes only `&` there, and XML allows no `<`
 * in an attribute value, so angle brackets are dropped (category labels are
 * registry labels, which have none in practice).
 */
const attribute = (text: string) => cleanText(text).replace(/[<>]/g, '');

/** The Atom text of a feed with `entries` (newest first; only the first `FEED_ENTRIES` are kept). */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
	const kept = entries.slice(0, FEED_ENTRIES);
	const feed = new Feed({
		id: meta.self,
		title: cleanText(meta.title),
		description: cleanText(meta.subtitle),
		link: meta.link,
		feedLinks: { atom: meta.self },
		language: meta.lang,
		copyright: cleanText(meta.rights),
		generator: 'Dreiklang',
		// The newest change among the entries, so that the file changes only with them.
		updated: utcMidnight(
			kept
				.map((entry) => entry.updated)
				.sort()
				.at(-1) ?? '1970-01-01',
		),
	});
	for (const entry of kept) {
		const facts = entry.facts.map(([label, value]) => `<li>${htmlText(label)}: ${htmlText(value)}</li>`).join('');
		feed.addItem({
			title: htmlText(entry.title),
			id: entry.link,
			link: entry.link,
			date: utcMidnight(entry.updated),
			published: utcMidnight(entry.published),
			description: htmlText(entry.summary),
			content: `<ul>${facts}</ul><p>${htmlText(entry.summary)}</p>`,
			category: entry.categories.map(({ term, label }) => ({ term: attribute(term), name: attribute(label) })),
			...(entry.author && { author: [{ name: cleanText(entry.author) }] }),
			copyright: cleanText(entry.rights),
		});
	}
	return `${feed.atom1()}\n`;
}
