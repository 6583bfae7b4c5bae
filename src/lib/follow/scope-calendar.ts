/**
 * Which deadlines a scope's calendar holds and what it is called: the
 * library's has every deadline; a topic's those of the documents on the
 * topic; a Land's those of the documents its hub lists (the Land facet of the
 * index), without what another Land's row of a guide's matrix sets.
 */
import type { UiLanguage } from '../../i18n/languages.ts';
import { t } from '../../i18n/t.ts';
import type { LandCode } from '../../schemas/primitives.ts';
import type { LibraryIndex } from '../library/library-index.ts';
import type { FollowScope } from '../routes/routes.ts';
import type { Deadline } from './deadlines.ts';
import { scopeDocuments } from './scope-documents.ts';

/**
 * The deadlines of `scope` among `deadlines`. `index` gives which documents a
 * topic or a Land has, as their hub pages list them.
 */
export function scopeDeadlines(scope: FollowScope, deadlines: readonly Deadline[], index: LibraryIndex): Deadline[] {
	if (scope.of === 'library') return [...deadlines];
	if (scope.of !== 'hub' || scope.section === 'organizations') return [];
	// The documents the scope's feed and page list.
	const members = new Set(scopeDocuments(index, scope).map((summary) => summary.id));
	return deadlines.filter(
		(deadline) =>
			members.has(deadline.id) &&
			!(scope.section === 'laender' && deadline.kind === 'land-deadline' && deadline.land !== (scope.id as LandCode)),
	);
}

/**
 * The name a calendar client lists: `Dreiklang – Fristen` for the library,
 * `Dreiklang – Fristen – Energie` for a topic or a Land (`scopeTitle`).
 */
export function calendarName(lang: UiLanguage, site: string, scopeTitle?: string): string {
	const tr = t(lang);
	return scopeTitle === undefined
		? tr('calendar.name.library', { site })
		: tr('calendar.name', { site, scope: scopeTitle });
}
