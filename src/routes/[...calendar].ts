/**
 * `/kalender.ics`, `/themen/<id>/kalender.ics`, `/laender/<code>/kalender.ics`
 * and their English counterparts under `/en/…/calendar.ics`: the deadlines of
 * the library, of a topic and of a Land as iCalendar files that Outlook and
 * Thunderbird subscribe to (`docs/calendars.md`). Built for every scope that
 * `followScopes` says has a calendar, so that a page's calendar link always
 * leads to a file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, type Library } from '../data/library.ts';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { libraryDeadlines, type Deadline } from '../lib/follow/deadlines.ts';
import { calendarFile } from '../lib/follow/icalendar.ts';
import { calendarName, scopeDeadlines } from '../lib/follow/scope-calendar.ts';
import { landName, registryLabel } from '../lib/library/labels.ts';
import type { AnyDocument } from '../lib/library/summaries.ts';
import { followScopes, hasCalendar } from '../lib/routes/follow-scope.ts';
import { routeParam } from '../lib/routes/base.ts';
import { calendarHref, type FollowScope } from '../lib/routes/routes.ts';
import type { LandCode } from '../schemas/primitives.ts';

interface Props {
	lang: UiLanguage;
	scope: FollowScope;
}

export const getStaticPaths: GetStaticPaths = async () => {
	const { index, registries } = await getLibrary();
	return followScopes(index, registries)
		.filter(hasCalendar)
		.flatMap((scope) =>
			UI_LANGUAGES.map((lang) => ({
				params: { calendar: routeParam(calendarHref(lang, scope)) },
				props: { lang, scope } satisfies Props,
			})),
		);
};

// Every calendar of the build reads the same deadlines, and repeats their events: computed once, not once per file.
let deadlines: { library: Library; all: Deadline[]; events: Map<string, string> } | undefined;
function allDeadlines(library: Library): { all: Deadline[]; events: Map<string, string> } {
	if (deadlines?.library !== library) {
		const documents = [...library.entries.values()].map(
			(entry) => ({ kind: entry.collection, id: entry.id, data: entry.data }) as AnyDocument,
		);
		deadlines = { library, all: libraryDeadlines(documents, library.index.reviews), events: new Map() };
	}
	return deadlines;
}

export const GET: APIRoute = async ({ props }) => {
	const { lang, scope } = props as Props;
	const library = await getLibrary();
	const { registries, config, index, today } = library;
	const scopeTitle =
		scope.of !== 'hub'
			? undefined
			: scope.section === 'topics'
				? registryLabel(registries, 'topics', scope.id, lang)
				: landName(registries, scope.id as LandCode);
	const file = calendarHref(lang, scope);
	const { all, events } = allDeadlines(library);
	const text = calendarFile(
		scopeDeadlines(scope, all, index),
		{
			lang,
			site: config.url,
			name: calendarName(lang, config.name, scopeTitle),
			// The calendar sits beside the page it follows.
			page: file.slice(0, file.lastIndexOf('/') + 1),
			file,
			today,
			landName: (code) => landName(registries, code),
		},
		events,
	);
	return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
