/**
 * The calendars of the shared test build, read with ical.js: every scope that
 * has one has its file in both languages, and the library's, a topic's and a
 * Land's hold exactly the events that the example content's deadlines give —
 * derived here from the validated documents, not from the calendar code —
 * each on its day, with its UID, the build date as DTSTAMP and a link to its
 * document in the calendar's language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { calendarEvents } from '../support/calendar-events.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../src/i18n/languages.ts';
import { addMonths } from '../../src/lib/iso-day.ts';
import { checkCalendar } from '../../src/lib/publish/output-guard-calendar.ts';
import { loadSiteConfig } from '../../src/lib/registries/load-site-config.ts';
import { followScopes, hasCalendar } from '../../src/lib/routes/follow-scope.ts';
import { calendarHref, href, type FollowScope } from '../../src/lib/routes/routes.ts';
import { validateLibrary } from '../../src/lib/validate/run/validate-library.ts';

const today = inject('buildDate');
const config = loadSiteConfig(process.cwd());
const host = new URL(config.url).hostname;
const report = validateLibrary(process.cwd(), { today });

/** One expected event: its UID, day, document and the title its summary names. */
interface Expected {
	uid: string;
	date: string;
	id: string;
	kind: 'positions' | 'lessons' | 'guides';
	title: string;
	/** The Land whose matrix row sets it, for a Land's own deadline. */
	land?: string;
}

/** The events the content's deadlines give, read from the documents' fields as the schemas define them. */
const expected: Expected[] = report.documents.flatMap((doc): Expected[] => {
	const event = (field: string, date: string, land?: string): Expected => ({
		uid: `${doc.id}-${field}@${host}`,
		date,
		id: doc.id,
		kind: doc.kind,
		title: doc.data.title,
		...(land && { land }),
	});
	if (doc.kind === 'positions') {
		const { consultationStart, consultationEnd } = doc.data.dates as Record<string, string | undefined>;
		return consultationStart && consultationEnd
			? [event('consultation-start', consultationStart), event('consultation-end', consultationEnd)]
			: [];
	}
	if (doc.kind !== 'guides') return [];
	const data = doc.data as {
		deadlines: { date: string }[];
		laender: Record<string, { deadline?: string }>;
		reviewed: string;
		reviewIntervalMonths: number;
	};
	const count = new Map<string, number>();
	return [
		...data.deadlines.map(({ date }) => {
			const n = (count.get(date) ?? 0) + 1;
			count.set(date, n);
			return event(n === 1 ? `deadline-${date}` : `deadline-${date}-${n}`, date);
		}),
		...Object.entries(data.laender).flatMap(([land, row]) =>
			row.deadline ? [event(`deadline-land-${land.toLowerCase()}`, row.deadline, land)] : [],
		),
		event('review-due', addMonths(data.reviewed, data.reviewIntervalMonths)),
	];
});

/** A built calendar's events, as ical.js reads them. */
function read(path: string) {
	const text = readFileSync(join('dist', path), 'utf8');
	expect(checkCalendar(path, text, config.url)).toEqual([]);
	const { root, events } = calendarEvents(text);
	return { name: String(root.getFirstPropertyValue('x-wr-calname')), events };
}

/** Checks a calendar's events against `wanted`, one by one. */
function matches(lang: UiLanguage, scope: FollowScope, wanted: Expected[]) {
	const { events } = read(calendarHref(lang, scope));
	expect(events.map((e) => e.uid).sort()).toEqual(wanted.map((e) => e.uid).sort());
	for (const want of wanted) {
		const got = events.find((e) => e.uid === want.uid)!;
		const url = new URL(href(lang, want.kind, want.id), config.url).href;
		expect(got.start, want.uid).toBe(want.date);
		expect(got.stamp, want.uid).toBe(`${today}T00:00:00Z`);
		expect(got.summary, want.uid).toContain(want.title);
		expect(got.url, want.uid).toBe(url);
		expect(got.description, want.uid).toContain(url);
	}
	// Sorted by day, so that clients and readers of the file see them in order.
	expect(events.map((e) => e.start)).toEqual(events.map((e) => e.start).sort());
}

describe('the calendars', () => {
	it('exist for every scope that has one, in both languages', () => {
		const scopes = followScopes(report.index, report.registries).filter(hasCalendar);
		expect(scopes.length).toBe(1 + report.registries.topics.size + 16);
		for (const scope of scopes)
			for (const lang of UI_LANGUAGES) expect(existsSync(join('dist', calendarHref(lang, scope)))).toBe(true);
	});

	it('of the library hold every deadline of the content', () => {
		// The example content has papers in consultation and guides with deadlines of their own and of a Land.
		expect(expected.some((e) => e.uid.includes('-consultation-end@'))).toBe(true);
		expect(expected.some((e) => e.land)).toBe(true);
		for (const lang of UI_LANGUAGES) matches(lang, { of: 'library' }, expected);
		expect(read('/kalender.ics').name).toBe(`${config.name} – Fristen`);
		expect(read('/en/calendar.ics').name).toBe(`${config.name} – Deadlines`);
	});

	it('of a topic hold the deadlines of its documents', () => {
		const topic = 'energie';
		const ids = new Set(report.documents.filter((d) => d.data.topics.includes(topic)).map((d) => d.id));
		const wanted = expected.filter((e) => ids.has(e.id));
		expect(wanted.length).toBeGreaterThan(0);
		for (const lang of UI_LANGUAGES) matches(lang, { of: 'hub', section: 'topics', id: topic }, wanted);
		expect(read('/themen/energie/kalender.ics').name).toBe(`${config.name} – Fristen – Energie`);
	});

	it('of a Land hold the deadlines of the documents its page lists and its own, not another Land’s', () => {
		for (const land of ['BY', 'MV']) {
			const ids = new Set(report.index.groups.land.get(land)?.map((s) => s.id));
			const wanted = expected.filter((e) => ids.has(e.id) && (!e.land || e.land === land));
			expect(wanted.length).toBeGreaterThan(0);
			for (const lang of UI_LANGUAGES) matches(lang, { of: 'hub', section: 'laender', id: land }, wanted);
		}
		const mv = read('/laender/mv/kalender.ics').events.find((e) => e.uid.includes('-deadline-land-mv@'))!;
		expect(mv.summary).toMatch(/^Frist in Mecklenburg-Vorpommern: /);
		expect(read('/laender/by/kalender.ics').events.some((e) => e.uid.includes('-deadline-land-'))).toBe(false);
	});

	it('say in German and English what each event is', () => {
		const de = read('/kalender.ics').events.find((e) => e.uid.endsWith(`-consultation-end@${host}`))!;
		const en = read('/en/calendar.ics').events.find((e) => e.uid === de.uid)!;
		expect(de.summary).toMatch(/^Mitzeichnung endet: /);
		expect(en.summary).toMatch(/^Co-signing closes: /);
		expect(de.description).toMatch(/^Mitzeichnung und Anmerkungen vom .+\.\n\nZum Dokument: http/);
		expect(en.description).toMatch(/^Co-signatures and comments from .+\.\n\nThe document: http/);
	});
});
