/**
 * A calendar of deadlines as iCalendar text (RFC 5545), for Outlook,
 * Thunderbird and every other calendar that subscribes to an address. Each
 * deadline is an all-day event that links to its document; its `UID` is
 * `<id>-<field>@<host>` and its `DTSTAMP` the build date at midnight UTC, so
 * that two builds of one commit on one day give the same bytes and a client
 * updates an event rather than adding it twice. ical-generator escapes what
 * the text of an event holds (`;`, `,`, `\` and line breaks); what it leaves
 * as written (control characters, the calendar's name) is made safe here.
 */
import ical, { foldLines, ICalCalendarMethod } from 'ical-generator';
import type { UiLanguage } from '../../i18n/languages.ts';
import { formatDate, t } from '../../i18n/t.ts';
import type { LandCode } from '../../schemas/primitives.ts';
import { compareKeys } from '../collate.ts';
import { addDays, utcMidnight } from '../iso-day.ts';
import { href } from '../routes/routes.ts';
import type { Deadline } from './deadlines.ts';

/** What a calendar file needs besides its deadlines. */
export interface CalendarOptions {
	/** The calendar's language: the words of its events and the addresses they link to. */
	lang: UiLanguage;
	/** The site's public address (`url` in `site.config.yaml`): `https://dreiklang.example.org`. */
	site: string;
	/** The calendar's name as clients list it: `Dreiklang – Fristen – Energie`. */
	name: string;
	/** The path of the page the calendar follows: `/themen/energie/`. */
	page: string;
	/** The calendar's own path: `/themen/energie/kalender.ics`. */
	file: string;
	/** The build date, `YYYY-MM-DD`: every event's `DTSTAMP`. */
	today: string;
	/** A Land's name: `Mecklenburg-Vorpommern`. */
	landName: (code: LandCode) => string;
}

/** How often a client should fetch the calendar again: the site is built daily. */
const REFRESH_SECONDS = 86_400;

// RFC 5545 allows no control character in text but the tab; a line break is written as `\n`.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text as a calendar may hold it: line breaks as `\n` (which ical-generator
 * escapes), no control character, no lone surrogate (which would not be UTF-8).
 */
export function calendarText(value: string): string {
	return (
		value
			.toWellFormed()
			// Unicode's line breaks are line breaks to some readers: written as the escaped `\\n` ical-generator makes of a line feed.
			.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
			.replace(CONTROL, '')
			// A client that shows the text as HTML must find no markup in it.
			.replace(/</g, '‹')
			.replace(/>/g, '›')
			// Nor a word a client would open as a script, a file or a network share (Outlook links `\\\\server`).
			.replace(/\b(javascript|vbscript|data|file):/gi, '$1 :')
			.replace(/\\{2,}/g, (run) => run.split('').join(' '))
	);
}

/** A one-line text escaped as RFC 5545 `TEXT`, for what ical-generator writes as given (the calendar's name). */
function escapedLine(value: string): string {
	return calendarText(value)
		.replace(/\s*\n\s*/g, ' ')
		.replace(/[\\;,]/g, (c) => `\\${c}`);
}

/** The event's title and the text above its link, in the calendar's language. */
function eventWords(deadline: Deadline, options: CalendarOptions): { summary: string; detail: string | undefined } {
	const tr = t(options.lang);
	const date = (isoDay: string) => formatDate(options.lang, isoDay);
	const title = deadline.title;
	switch (deadline.kind) {
		case 'consultation-start':
		case 'consultation-end':
			return {
				summary: tr(
					deadline.kind === 'consultation-start' ? 'calendar.consultationStart' : 'calendar.consultationEnd',
					{
						title,
					},
				),
				detail: tr('calendar.consultation', {
					start: date(deadline.consultation.start),
					end: date(deadline.consultation.end),
				}),
			};
		case 'deadline':
			return { summary: tr('calendar.deadline', { title }), detail: deadline.text };
		case 'land-deadline':
			return {
				summary: tr('calendar.landDeadline', { title, land: options.landName(deadline.land) }),
				detail: deadline.text,
			};
		case 'review-due':
			return {
				summary: tr('calendar.reviewDue', { title }),
				detail: tr('calendar.review', { count: deadline.months, date: date(deadline.reviewed) }),
			};
	}
}

/** The order of the events: by day, then document, then field, so that the file is the same in every build. */
function byDay(a: Deadline, b: Deadline): number {
	return compareKeys(a.date, b.date) || compareKeys(a.id, b.id) || compareKeys(a.field, b.field);
}

/**
 * The calendar of `deadlines` as iCalendar text, lines ending in CRLF.
 * `events` keeps each event's text by language and UID across the calendars
 * of a build, which repeat them (measured in `docs/performance.md`).
 *
 * @example calendarFile(deadlines, { lang: 'de', site: 'https://dreiklang.example.org', name: 'Dreiklang – Fristen',
 *   page: '/', file: '/kalender.ics', today: '2026-12-03', landName })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…UID:kommunale-waermeplanung-deadline-2026-06-30@dreiklang.example.org\r\n…'
 */
export function calendarFile(
	deadlines: readonly Deadline[],
	options: CalendarOptions,
	events: Map<string, string> = new Map(),
): string {
	const tr = t(options.lang);
	const host = new URL(options.site).hostname;
	const stamp = utcMidnight(options.today);
	const calendar = ical({
		// The product, not the instance: the same for every library that runs this software.
		prodId: { company: 'Dreiklang', product: 'Fristen', language: options.lang.toUpperCase() },
		method: ICalCalendarMethod.PUBLISH,
		name: escapedLine(options.name),
		url: new URL(options.page, options.site).href,
		source: new URL(options.file, options.site).href,
		ttl: REFRESH_SECONDS,
	});
	// A deadline is an event in the library's calendar, its topics' and its Länder's: written once per language.
	const scratch = ical();
	const texts = [...deadlines].sort(byDay).map((deadline) => {
		const id = `${deadline.id}-${deadline.field}@${host}`;
		const key = `${options.lang} ${options.today} ${id}`;
		let text = events.get(key);
		if (text === undefined) {
			const url = new URL(href(options.lang, deadline.documentKind, deadline.id), options.site).href;
			const { summary, detail } = eventWords(deadline, options);
			const link = tr('calendar.link', { url });
			text = foldLines(
				scratch
					.createEvent({
						id,
						allDay: true,
						start: utcMidnight(deadline.date),
						// Outlook reads an all-day event without an end as one without length.
						end: utcMidnight(addDays(deadline.date, 1)),
						stamp,
						summary: calendarText(summary),
						description: calendarText(detail ? `${detail}\n\n${link}` : link),
						url,
					})
					.toString(),
			);
			scratch.clear();
			events.set(key, text);
		}
		return text;
	});
	const empty = calendar.toString();
	const end = empty.lastIndexOf('END:VCALENDAR');
	// ical-generator ends the last line without the CRLF that RFC 5545 requires of every line.
	return `${empty.slice(0, end)}${texts.join('')}${empty.slice(end)}\r\n`;
}
