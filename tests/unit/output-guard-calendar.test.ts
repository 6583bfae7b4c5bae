/**
 * The check of built calendars on calendars written for it: what the site
 * writes passes, and a file ical.js cannot read, an event that lacks what a
 * client needs, a second event smuggled in by a title written without
 * escapes, a control character and an address of another host are each found.
 */
import { describe, expect, it } from 'vitest';
import { calendarFile } from '../../src/lib/follow/icalendar.ts';
import { checkCalendar } from '../../src/lib/publish/output-guard-calendar.ts';

const SITE = 'https://dreiklang.example.org';
const problems = (text: string) => checkCalendar('/kalender.ics', text, SITE).map((f) => `${f.element}: ${f.problem}`);
const calendar = (...lines: string[]) =>
	['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//DE', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (...lines: string[]) => [
	'BEGIN:VEVENT',
	'UID:a-review-due@dreiklang.example.org',
	'DTSTAMP:20261203T000000Z',
	'DTSTART;VALUE=DATE:20270101',
	...lines,
	'END:VEVENT',
];

describe('the check of a built calendar', () => {
	it('passes what the site writes, with any title', () => {
		const text = calendarFile(
			[
				{
					id: 'x',
					documentKind: 'positions',
					field: 'consultation-end',
					date: '2027-01-29',
					title: 'A "b" & c; d, e \\ f\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nURL:https://evil.example/ 😀',
					kind: 'consultation-end',
					consultation: { start: '2026-11-02', end: '2027-01-29' },
				},
			],
			{
				lang: 'de',
				site: SITE,
				name: 'Dreiklang – Fristen',
				page: '/',
				file: '/kalender.ics',
				today: '2026-12-03',
				landName: (code) => code,
			},
		);
		expect(problems(text)).toEqual([]);
	});

	it('finds a file that is not a calendar ical.js can read', () => {
		expect(problems('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).toMatchInlineSnapshot(`
			[
			  "file: not a calendar ical.js can read: invalid ical body. component began but did not end",
			]
		`);
		expect(problems('nichts\r\n')).toHaveLength(1);
		expect(problems(`${calendar()}${calendar()}`)).toMatchInlineSnapshot(`
			[
			  "file: more than one calendar",
			]
		`);
	});

	it('finds an event without UID, DTSTAMP, DTSTART or SUMMARY, and a UID twice', () => {
		expect(
			problems(
				calendar(
					'BEGIN:VEVENT',
					'DTSTART;VALUE=DATE:20270101',
					'END:VEVENT',
					...event('SUMMARY:eins'),
					...event('SUMMARY:zwei'),
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "VEVENT[0]: an event without UID",
			  "VEVENT[0]: an event without DTSTAMP",
			  "VEVENT[0]: an event without SUMMARY",
			  "VEVENT[2] a-review-due@dreiklang.example.org: a UID that another event has",
			]
		`);
	});

	it('finds a title that ends its event and begins another', () => {
		// What a generator that does not escape line breaks would write for such a title.
		const text = calendar(
			...event('SUMMARY:Titel'),
			'BEGIN:VEVENT',
			'UID:evil@evil.example',
			'URL:https://evil.example/',
			'SUMMARY:x',
			'END:VEVENT',
		);
		expect(problems(text)).toMatchInlineSnapshot(`
			[
			  "VCALENDAR VEVENT[1] URL: https://evil.example/: address not on this site",
			  "VEVENT[1] evil@evil.example: an event without DTSTAMP",
			  "VEVENT[1] evil@evil.example: an event without DTSTART",
			]
		`);
	});

	it('finds addresses of other hosts in properties, and links in text that are not web addresses', () => {
		expect(
			problems(
				calendar(
					'URL:https://dreiklang.example.org.evil.example/',
					'SOURCE;VALUE=URI:javascript:alert(1)',
					...event(
						'SUMMARY:Siehe www.evil.example/x',
						'DESCRIPTION:Zum Dokument: https://dreiklang.example.org/positionen/x/\\nmehr: http://other.example/ javascript://%0aalert(1) file:///etc/passwd \\\\\\\\server\\\\share data:text/html,x',
						'URL;VALUE=URI:https://dreiklang.example.org/positionen/x/',
						'ATTACH:https://evil.example/a.pdf',
					),
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "VCALENDAR URL: https://dreiklang.example.org.evil.example/: address not on this site",
			  "VCALENDAR SOURCE: javascript:alert(1): address not on this site",
			  "VCALENDAR VEVENT[0] DESCRIPTION: javascript://%0aalert: a link in text that is not a web address",
			  "VCALENDAR VEVENT[0] DESCRIPTION: file:///etc/passwd: a link in text that is not a web address",
			  "VCALENDAR VEVENT[0] DESCRIPTION: \\\\server\\share: a link in text that is not a web address",
			  "VCALENDAR VEVENT[0] DESCRIPTION: data:text/html,x: a link in text that is not a web address",
			  "VCALENDAR VEVENT[0] ATTACH: https://evil.example/a.pdf: address not on this site",
			]
		`);
	});

	it('finds control characters, bare line breaks and a last line without CRLF', () => {
		expect(problems(calendar(...event('SUMMARY:a\u0007b'))).slice(0, 1)).toMatchInlineSnapshot(`
			[
			  "line 8: a control character RFC 5545 does not allow",
			]
		`);
		expect(
			problems(
				calendar(...event('SUMMARY:a'))
					.replace('VERSION:2.0\r\n', 'VERSION:2.0\n')
					.slice(0, -2),
			),
		).toMatchInlineSnapshot(`
				[
				  "end: the last line does not end in CRLF",
				  "line 2: a line break that is not CRLF",
				]
			`);
	});
});
