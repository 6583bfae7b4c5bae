/**
 * The check of the built calendars (`*.ics`): each is read with ical.js, a
 * parser that calendar programs share code with, and must be one calendar
 * whose every event has what a client needs to keep it (`UID`, `DTSTAMP`,
 * `DTSTART`, `SUMMARY`), whose every address a property holds leads to this
 * site, and whose every word a client turns into a link is a web address (a
 * guide's deadline may name another site's page, as its sources do; it may
 * not run a `javascript:` or open a `file:`). What
 * ical-generator escapes should make this find nothing; a title that broke
 * out of its line (a second event, another address) is what it is here for.
 */
import ICAL from 'ical.js';
import type { PageFinding } from './output-guard.ts';
import { onSite } from '../routes/base.ts';

/** What an event must have: a client matches updates by `UID` and shows nothing without a start or a title. */
const REQUIRED = ['uid', 'dtstamp', 'dtstart', 'summary'] as const;

// RFC 5545 allows no control character but the tab in a content line; CR and LF only as the CRLF ending a line.
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * What a calendar program links in a text: a word that starts with a scheme
 * and `//`, with `www.`, with `\\\\` (a network path Outlook opens), or with a
 * scheme that runs or reads something (`javascript:`, `data:`, `file:`); the
 * calendar writer (`calendarText`) breaks the last two up, so this finds them
 * only where it was bypassed. Calendar programs link such words in an event's
 * description; ical.js has already undone the escapes.
 */
const LINK_LIKE = /^(?:[a-z][a-z\d+.-]*:\/\/|www\.|\\\\|(?:javascript|vbscript|data|file):)/i;

/** The address a value or a linked word leads to, if it is a web (http or https) address; `www.…` as a client reads it. */
function webAddress(value: string): URL | undefined {
	if (/^\\\\/.test(value)) return undefined;
	try {
		const url = new URL(/^www\./i.test(value) ? `https://${value}` : value);
		return /^https?:$/.test(url.protocol) ? url : undefined;
	} catch {
		return undefined;
	}
}

/** Properties whose text ical.js gives with its escapes still in. */
const STILL_ESCAPED = new Set(['name', 'x-wr-calname']);

/** The text values of a property, for the link check; ical.js gives other types as objects. */
function textValues(property: ICAL.Property): string[] {
	return property
		.getValues()
		.flatMap((value: unknown) => (typeof value === 'string' ? [value] : []))
		.filter((value) => value !== '');
}

/** Checks one calendar's text; `file` is its path in the site, e.g. `/kalender.ics`, `site` the site's address. */
export function checkCalendar(file: string, text: string, site: string): PageFinding[] {
	const findings: PageFinding[] = [];
	const find = (element: string, problem: string) => findings.push({ page: file, element, problem });
	// Every line ends in CRLF; a lone CR or LF is a line break a client may read differently.
	const lines = text.split('\r\n');
	if (lines.at(-1) !== '') find('end', 'the last line does not end in CRLF');
	lines.forEach((line, i) => {
		if (/[\r\n]/.test(line)) find(`line ${i + 1}`, 'a line break that is not CRLF');
		else if (CONTROL.test(line)) find(`line ${i + 1}`, 'a control character RFC 5545 does not allow');
	});
	let root: ICAL.Component;
	try {
		const parsed: unknown = ICAL.parse(text);
		// Two calendars in one file parse as a list of them.
		if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') {
			find('file', 'more than one calendar');
			return findings;
		}
		root = new ICAL.Component(parsed as unknown as [string, unknown[], unknown[]]);
	} catch (error) {
		find('file', `not a calendar ical.js can read: ${String((error as Error).message ?? error).split('\n')[0]}`);
		return findings;
	}
	if (root.name !== 'vcalendar') {
		find(root.name, 'not a VCALENDAR');
		return findings;
	}
	const address = (element: string, value: string) => {
		if (!webAddress(value) || !onSite(value, site))
			find(`${element}: ${value.slice(0, 80)}`, 'address not on this site');
	};
	// A word a client links in a text may lead elsewhere, as a page's sources do, but only over the web.
	const linkInText = (element: string, value: string) => {
		if (!webAddress(value)) find(`${element}: ${value.slice(0, 80)}`, 'a link in text that is not a web address');
	};
	const uids = new Set<string>();
	const visit = (component: ICAL.Component, where: string) => {
		for (const property of component.getAllProperties()) {
			const element = `${where} ${property.name.toUpperCase()}`;
			if (property.type === 'uri' || property.type === 'cal-address')
				for (const value of textValues(property)) address(element, value);
			else
				for (const value of textValues(property))
					// ical.js leaves the escapes of properties it does not know (`NAME`, `X-WR-CALNAME`): a doubled backslash is one there.
					for (const word of (STILL_ESCAPED.has(property.name) ? value.replace(/\\\\/g, '\\') : value).split(
						/[\s<>"'()]+/,
					))
						if (LINK_LIKE.test(word)) linkInText(element, word);
		}
		component.getAllSubcomponents().forEach((child, i) => visit(child, `${where} ${child.name.toUpperCase()}[${i}]`));
	};
	visit(root, 'VCALENDAR');
	root.getAllSubcomponents('vevent').forEach((event, i) => {
		const uid = String(event.getFirstPropertyValue('uid') ?? '');
		for (const name of REQUIRED)
			if (!event.hasProperty(name)) find(`VEVENT[${i}] ${uid}`.trim(), `an event without ${name.toUpperCase()}`);
		if (uid && uids.has(uid)) find(`VEVENT[${i}] ${uid}`, 'a UID that another event has');
		uids.add(uid);
	});
	return findings;
}
