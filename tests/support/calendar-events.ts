/**
 * A calendar's events as a calendar program reads them (ical.js): the
 * properties the tests compare, as text.
 */
import ICAL from 'ical.js';

/** The parsed calendar and its events. */
export function calendarEvents(text: string) {
	const root = new ICAL.Component(ICAL.parse(text) as [string, unknown[], unknown[]]);
	return {
		root,
		events: root.getAllSubcomponents('vevent').map((event) => ({
			uid: String(event.getFirstPropertyValue('uid')),
			start: String(event.getFirstPropertyValue('dtstart')),
			end: String(event.getFirstPropertyValue('dtend')),
			stamp: String(event.getFirstPropertyValue('dtstamp')),
			summary: String(event.getFirstPropertyValue('summary')),
			description: String(event.getFirstPropertyValue('description')),
			url: String(event.getFirstPropertyValue('url')),
		})),
	};
}
