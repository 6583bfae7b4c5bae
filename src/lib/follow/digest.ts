/**
 * "Neu in der Bibliothek": what an operator passes on in the association's
 * circular (Rundschreiben) or an e-mail, for readers whose office PCs allow
 * no feed reader — the documents published in the seven days up to the
 * build, those changed in them, and the consultations that end in the two
 * weeks after it. A page (`DigestView.astro`) and a plain text file
 * (`digestText`) say the same.
 */
import { addDays } from '../iso-day.ts';
import type { DocumentSummary } from '../library/summaries.ts';

/** The days the digest looks back, the build's day included. */
export const DIGEST_DAYS = 7;
/** The days it looks ahead for consultations that end. */
export const CLOSING_DAYS = 14;
/**
 * Documents each section names at most, on the page and in the text: a week in
 * which every file changed (a registry renamed, say) must not make a page of
 * megabytes or a circular nobody reads; the rest is counted.
 */
export const DIGEST_LIMIT = 30;

/** One week of the library. */
export interface Digest {
	/** First and last day of the week, `YYYY-MM-DD`. */
	from: string;
	to: string;
	/** Published in the week, newest first. */
	added: DocumentSummary[];
	/** Published before, changed in the week, newest change first. */
	changed: DocumentSummary[];
	/** Consultations that end from the build's day to `CLOSING_DAYS` after it, soonest first. */
	closing: { summary: DocumentSummary; until: string }[];
}

/**
 * The digest of the week up to `today`. `published` and `changed` give each
 * document's day of publication and of its last change.
 */
export function buildDigest(
	today: string,
	summaries: readonly DocumentSummary[],
	dates: (id: string) => { published: string; changed: string },
	consultations: readonly { summary: DocumentSummary; until: string }[],
): Digest {
	const from = addDays(today, -(DIGEST_DAYS - 1));
	const inWeek = (day: string) => day >= from && day <= today;
	const added: DocumentSummary[] = [];
	const changed: [DocumentSummary, string][] = [];
	for (const summary of summaries) {
		const { published, changed: last } = dates(summary.id);
		if (inWeek(published)) added.push(summary);
		else if (inWeek(last)) changed.push([summary, last]);
	}
	changed.sort(([a, x], [b, y]) => (x < y ? 1 : x > y ? -1 : a.title.localeCompare(b.title, 'de')));
	const horizon = addDays(today, CLOSING_DAYS);
	return {
		from,
		to: today,
		added,
		changed: changed.map(([summary]) => summary),
		closing: consultations.filter(({ until }) => until >= today && until <= horizon),
	};
}

/** One document in the text: its title, what it is, and its address. */
export interface DigestLine {
	title: string;
	/** Kind, organization, end of consultation: what a reader needs to decide whether to open it. */
	about: string;
	url: string;
}

/** The words of the text, in the reader's language. */
export interface DigestWords {
	heading: string;
	week: string;
	added: string;
	changed: string;
	closing: string;
	none: string;
	footer: string;
	/** The line after a section's `DIGEST_LIMIT` entries: how many more there are. */
	more: (count: number) => string;
}

/** One line of text: no line break, control or direction character a title could carry into the layout. */
const oneLine = (text: string) =>
	text
		// eslint-disable-next-line no-control-regex -- control characters are what this folds
		.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ')
		.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
		.trim();

/** The digest as plain text for a circular: headed sections, one entry of two lines per document, `DIGEST_LIMIT` per section. */
export function digestText(
	words: DigestWords,
	sections: { added: DigestLine[]; changed: DigestLine[]; closing: DigestLine[] },
): string {
	const out = [oneLine(words.heading), oneLine(words.week), ''];
	for (const key of ['added', 'changed', 'closing'] as const) {
		out.push(oneLine(words[key]), '');
		if (sections[key].length === 0) out.push(`  ${oneLine(words.none)}`);
		for (const line of sections[key].slice(0, DIGEST_LIMIT))
			out.push(`- ${oneLine(line.title)} (${oneLine(line.about)})`, `  ${line.url}`);
		if (sections[key].length > DIGEST_LIMIT) out.push(`  ${oneLine(words.more(sections[key].length - DIGEST_LIMIT))}`);
		out.push('');
	}
	out.push(oneLine(words.footer));
	return `${out.join('\n')}\n`;
}
