/**
 * The deadlines a document contributes and the calendar built from them, read
 * back with ical.js: each deadline is one all-day event with a stable UID, the
 * build date as DTSTAMP and a link to its document in the calendar's
 * language; a document without a deadline adds nothing; and no title, however
 * hostile, adds an event, a line or an address of its own.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents } from '../support/calendar-events.ts';
import { documentDeadlines, libraryDeadlines, type Deadline } from '../../src/lib/follow/deadlines.ts';
import { calendarFile, calendarText, type CalendarOptions } from '../../src/lib/follow/icalendar.ts';
import { calendarName, scopeDeadlines } from '../../src/lib/follow/scope-calendar.ts';
import type { AnyDocument, DocumentSummary } from '../../src/lib/library/summaries.ts';
import { checkCalendar } from '../../src/lib/publish/output-guard-calendar.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { positionSchema } from '../../src/schemas/position.ts';

const SITE = 'https://dreiklang.example.org';
const TODAY = '2026-12-03';
const common = {
	summary: 'Kurz.',
	published: '2025-01-01',
	topics: ['energie'],
	sources: [{ title: 'Quelle', url: 'https://example.org/quelle' }],
};

/** A paper; `dates` replaces its consultation. */
function paper(id: string, title: string, dates: Record<string, string> = {}): AnyDocument {
	const data = positionSchema.parse({
		...common,
		title,
		status: 'consultation',
		dates: { drafted: '2026-10-01', consultationStart: '2026-11-02', consultationEnd: '2027-01-29', ...dates },
		lead: 'staedtetag',
		addressees: ['level:bund'],
	});
	return { kind: 'positions', id, data };
}

function guide(id: string, title: string, extra: Record<string, unknown> = {}): AnyDocument {
	const data = guideSchema.parse({
		...common,
		title,
		measure: 'waermeplanungsgesetz',
		legalBasis: [{ citation: '§ 4 WPG', url: 'https://www.gesetze-im-internet.de/wpg/__4.html' }],
		responsible: [{ body: 'level:kommune', task: 'Planen' }],
		baseline: { deadline: '2028-06-30' },
		reviewed: '2026-02-16',
		reviewIntervalMonths: 6,
		deadlines: [
			{ date: '2026-06-30', description: 'Große Städte' },
			{ date: '2028-06-30', description: 'Alle übrigen' },
			{ date: '2026-06-30', description: 'Zweite Frist am selben Tag' },
		],
		laender: { MV: { deadline: '2027-01-31', note: 'Anträge bis Ende Januar' }, BY: { note: 'Ohne eigene Frist' } },
		...extra,
	});
	return { kind: 'guides', id, data };
}

const options = (lang: 'de' | 'en' = 'de'): CalendarOptions => ({
	lang,
	site: SITE,
	name: calendarName(lang, 'Dreiklang'),
	page: lang === 'de' ? '/' : '/en/',
	file: lang === 'de' ? '/kalender.ics' : '/en/calendar.ics',
	today: TODAY,
	landName: (code) => ({ MV: 'Mecklenburg-Vorpommern', BY: 'Bayern' })[code as 'MV' | 'BY'] ?? code,
});

/** The events of a calendar as ical.js reads them. */
const events = (text: string) => calendarEvents(text).events;

describe('the deadlines of a document', () => {
	it('are the consultation of a paper: its first day and its last, for co-signatures and comments', () => {
		expect(documentDeadlines(paper('p', 'Papier')).map((d) => [d.field, d.date, d.kind])).toEqual([
			['consultation-start', '2026-11-02', 'consultation-start'],
			['consultation-end', '2027-01-29', 'consultation-end'],
		]);
	});

	it('are none for a paper without consultation and for a lesson', () => {
		const draft = positionSchema.parse({
			...common,
			title: 'Entwurf',
			status: 'draft',
			dates: { drafted: '2026-10-01' },
			lead: 'staedtetag',
			addressees: ['level:bund'],
		});
		expect(documentDeadlines({ kind: 'positions', id: 'd', data: draft })).toEqual([]);
		// A lesson has no deadline field at all; whatever it holds, it adds none.
		const lesson = { kind: 'lessons', id: 'l', data: { title: 'Bericht', dates: {} } } as unknown as AnyDocument;
		expect(documentDeadlines(lesson)).toEqual([]);
	});

	it('are a guide’s deadlines named by day, the Länder’s own, and its review', () => {
		const deadlines = documentDeadlines(guide('g', 'Leitfaden'), { due: '2026-08-16', overdue: true });
		expect(deadlines.map((d) => [d.field, d.date])).toEqual([
			['deadline-2026-06-30', '2026-06-30'],
			['deadline-2028-06-30', '2028-06-30'],
			['deadline-2026-06-30-2', '2026-06-30'],
			['deadline-land-mv', '2027-01-31'],
			['review-due', '2026-08-16'],
		]);
	});

	it('keep their fields when a deadline is added before another', () => {
		const before = documentDeadlines(guide('g', 'L')).map((d) => `${d.date} ${d.field}`);
		const after = documentDeadlines(
			guide('g', 'L', {
				deadlines: [
					{ date: '2025-01-01', description: 'Neu' },
					{ date: '2026-06-30', description: 'Große Städte' },
					{ date: '2028-06-30', description: 'Alle übrigen' },
					{ date: '2026-06-30', description: 'Zweite Frist am selben Tag' },
				],
			}),
		).map((d) => `${d.date} ${d.field}`);
		expect(after.filter((x) => !x.startsWith('2025'))).toEqual(before);
	});
});

describe('a calendar', () => {
	const documents = [
		paper('p', 'Papier'),
		guide('g', 'Leitfaden'),
		guide('ohne', 'Ohne', { deadlines: [], laender: {} }),
	];
	const all = libraryDeadlines(documents, new Map([['g', { due: '2026-08-16', overdue: true }]]));

	it('has one all-day event per deadline, sorted by day, with UID, DTSTAMP and a link to its document', () => {
		const text = calendarFile(all, options());
		const read = events(text);
		expect(read.map((e) => `${e.start} ${e.end} ${e.uid}`)).toEqual([
			'2026-06-30 2026-07-01 g-deadline-2026-06-30@dreiklang.example.org',
			'2026-06-30 2026-07-01 g-deadline-2026-06-30-2@dreiklang.example.org',
			'2026-08-16 2026-08-17 g-review-due@dreiklang.example.org',
			'2026-11-02 2026-11-03 p-consultation-start@dreiklang.example.org',
			'2027-01-29 2027-01-30 p-consultation-end@dreiklang.example.org',
			'2027-01-31 2027-02-01 g-deadline-land-mv@dreiklang.example.org',
			'2028-06-30 2028-07-01 g-deadline-2028-06-30@dreiklang.example.org',
		]);
		expect(new Set(read.map((e) => e.stamp))).toEqual(new Set(['2026-12-03T00:00:00Z']));
		const end = read.find((e) => e.uid.startsWith('p-consultation-end'))!;
		expect(end.summary).toBe('Mitzeichnung endet: Papier');
		expect(end.url).toBe(`${SITE}/positionen/p/`);
		expect(end.description).toBe(
			`Mitzeichnung und Anmerkungen vom 2. November 2026 bis zum 29. Januar 2027.\n\nZum Dokument: ${SITE}/positionen/p/`,
		);
		expect(read.find((e) => e.uid.startsWith('g-deadline-land-mv'))!.summary).toBe(
			'Frist in Mecklenburg-Vorpommern: Leitfaden',
		);
		expect(read.find((e) => e.uid.startsWith('g-review-due'))!.description).toBe(
			`Zuletzt geprüft am 16. Februar 2026; der Leitfaden wird alle 6 Monate geprüft.\n\nZum Dokument: ${SITE}/leitfaeden/g/`,
		);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text).toContain('\r\nX-WR-CALNAME:Dreiklang – Fristen\r\n');
		expect(checkCalendar('/kalender.ics', text, SITE)).toEqual([]);
	});

	it('speaks the calendar’s language and links the page in it', () => {
		const read = events(calendarFile(all, options('en')));
		const start = read.find((e) => e.uid.startsWith('p-consultation-start'))!;
		expect(start.summary).toBe('Co-signing opens: Papier');
		expect(start.url).toBe(`${SITE}/en/positions/p/`);
		expect(start.description).toBe(
			`Co-signatures and comments from 2 November 2026 to 29 January 2027.\n\nThe document: ${SITE}/en/positions/p/`,
		);
		expect(read.find((e) => e.uid.startsWith('g-deadline-2028'))!.summary).toBe('Deadline: Leitfaden');
	});

	it('gives the same bytes for the same deadlines in any order', () => {
		expect(calendarFile([...all].reverse(), options())).toBe(calendarFile(all, options()));
	});

	it('gives the same bytes when the events are kept across the calendars of a build', () => {
		const events = new Map<string, string>();
		const some = all.slice(0, 2);
		expect(calendarFile(all, options('en'), events)).toBe(calendarFile(all, options('en')));
		expect(calendarFile(some, options('en'), events)).toBe(calendarFile(some, options('en')));
		expect(calendarFile(all, options('de'), events)).toBe(calendarFile(all, options('de')));
		expect(events.size).toBe(2 * all.length);
	});

	it('is a valid calendar without any event', () => {
		const text = calendarFile([], options());
		expect(events(text)).toEqual([]);
		expect(checkCalendar('/kalender.ics', text, SITE)).toEqual([]);
	});

	it('of a Land holds what its documents set and its own row of a matrix, not another Land’s', () => {
		const summaries = (ids: string[]) => ids.map((id) => ({ id }) as DocumentSummary);
		const index = {
			groups: {
				land: new Map([
					['BY', summaries(['g'])],
					['MV', summaries(['g'])],
				]),
				topic: new Map([['energie', summaries(['p', 'g'])]]),
			},
		} as unknown as Parameters<typeof scopeDeadlines>[2];
		const fields = (scope: Parameters<typeof scopeDeadlines>[0]) =>
			scopeDeadlines(scope, all, index).map((d) => `${d.id}-${d.field}`);
		expect(fields({ of: 'hub', section: 'laender', id: 'BY' })).not.toContain('g-deadline-land-mv');
		expect(fields({ of: 'hub', section: 'laender', id: 'MV' })).toContain('g-deadline-land-mv');
		expect(fields({ of: 'hub', section: 'laender', id: 'MV' })).not.toContain('p-consultation-end');
		expect(fields({ of: 'hub', section: 'topics', id: 'energie' })).toHaveLength(all.length);
		expect(fields({ of: 'hub', section: 'topics', id: 'kultur' })).toEqual([]);
		expect(fields({ of: 'library' })).toHaveLength(all.length);
		expect(calendarName('en', 'Dreiklang', 'Bavaria')).toBe('Dreiklang – Deadlines – Bavaria');
	});
});

describe('a calendar with hostile titles', () => {
	const INJECTION =
		'Titel\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@evil.example\r\nURL:https://evil.example/\r\nSUMMARY:x';
	const hostile = [
		INJECTION,
		'„Anführungszeichen“ "double" \'single\' & <b>Tags</b> Ä Ö Ü ß 😀👩🏽‍💻',
		'Semikolon; Komma, Rückstrich \\ und \\n und \\, zusammen',
		`Steuerzeichen \u0000\u0001\u0007\u000b\u000c\u001b\u007f Ende \ud800 allein`,
		'Ü'.repeat(5000),
	];
	const deadline = (i: number, title = `Titel ${i}`): Deadline & { kind: 'deadline' } => ({
		id: `d${i}`,
		documentKind: 'guides',
		field: 'deadline-2026-01-01',
		date: '2026-01-01',
		title,
		kind: 'deadline',
		text: `${title}\r\nmehr`,
	});
	const deadlines: Deadline[] = hostile.map((title, i) => deadline(i, title));
	const text = calendarFile(deadlines, { ...options(), name: `Dreiklang; Fristen, \\ ${INJECTION}` });

	it('keeps one event per deadline, each title whole in its summary', () => {
		const read = events(text);
		expect(read.map((e) => e.uid)).toEqual(hostile.map((_, i) => `d${i}-deadline-2026-01-01@dreiklang.example.org`));
		expect(read[0]!.summary).toBe(`Frist: ${INJECTION.replace(/\r\n/g, '\n')}`);
		expect(read[1]!.summary).toBe(`Frist: ${hostile[1]!.replace(/</g, '‹').replace(/>/g, '›')}`);
		expect(read[2]!.summary).toBe(`Frist: ${hostile[2]}`);
		expect(read[3]!.summary).toBe('Frist: Steuerzeichen  Ende \ufffd allein');
		expect(read[4]!.summary).toBe(`Frist: ${'Ü'.repeat(5000)}`);
		expect(read[0]!.description).toBe(
			`${INJECTION.replace(/\r\n/g, '\n')}\nmehr\n\nZum Dokument: ${SITE}/leitfaeden/d0/`,
		);
	});

	it('folds every line to at most 75 octets and has no address but the site’s', () => {
		for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(checkCalendar('/kalender.ics', text, SITE)).toEqual([]);
	});

	it('keeps the calendar’s name on its own line', () => {
		const root = new ICAL.Component(ICAL.parse(text) as [string, unknown[], unknown[]]);
		expect(root.getAllSubcomponents().length).toBe(hostile.length);
		const unfolded = text.replace(/\r\n[ \t]/g, '');
		expect(unfolded).toMatch(/\r\nX-WR-CALNAME:Dreiklang\\; Fristen\\, \\\\ Titel END:VEVENT BEGIN:VEVENT UID:evil@/);
	});

	it('removes control characters and lone surrogates from text', () => {
		expect(calendarText('a\u0000b\tc\r\nd\re\u007f\udc00')).toBe('ab\tc\nd\ne\ufffd');
	});

	it('writes Unicode line breaks as escaped line feeds and leaves no markup a client could link', () => {
		const separated = 'Frist\u2028END:VEVENT\u2028BEGIN:VEVENT\u2028URL:https://evil.example/\u0085x';
		const markup = 'Antrag: <a href="javascript:alert(1)">Formular</a>';
		const file = calendarFile(
			[
				{ ...deadline(0), title: separated, text: markup },
				{ ...deadline(1), title: 'Zweite', text: 'Portal: //evil.example/ und \\\\server\\freigabe' },
			],
			options(),
		);
		expect(file).not.toMatch(/[\u0085\u2028\u2029<>]/);
		const read = events(file);
		expect(read).toHaveLength(2);
		expect(read[0]!.summary).toBe('Frist: Frist\nEND:VEVENT\nBEGIN:VEVENT\nURL:https://evil.example/\nx');
		expect(read[0]!.description).toContain('Antrag: ‹a href="javascript :alert(1)"›Formular‹/a›');
		expect(read[0]!.description).not.toMatch(/javascript:/);
		expect(read[1]!.description).toContain('\\ \\server');
		expect(checkCalendar('/kalender.ics', file, SITE)).toEqual([]);
	});
});
