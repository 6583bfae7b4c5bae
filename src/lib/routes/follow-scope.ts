/**
 * Which pages can be followed, and with what: the home page (the whole
 * library), each kind's list, the open consultations, each topic and Land and
 * each organization that leads or reports a document have a feed; the
 * library, each topic and each Land also have a calendar of their deadlines.
 * Pages link what `routeFollowScope` names, and the feed and calendar files
 * are built for what `followScopes` lists: the two cannot disagree.
 */
import { DOCUMENT_KINDS } from '../../schemas/kinds.ts';
import { LAND_CODES } from '../../schemas/primitives.ts';
import type { LibraryIndex } from '../library/library-index.ts';
import type { Registries } from '../registries/load-registries.ts';
import type { FollowScope } from './routes.ts';
import type { RouteView } from './site-routes.ts';

/** Whether an organization's hub has a feed: it leads or reports at least one document. */
export function followsOrganization(index: Pick<LibraryIndex, 'organizations'>, slug: string): boolean {
	const activity = index.organizations.get(slug);
	return activity !== undefined && (activity.led.length > 0 || activity.reported.length > 0);
}

/** Whether a scope has a calendar as well as a feed: the library, a topic or a Land. */
export function hasCalendar(scope: FollowScope): boolean {
	return scope.of === 'library' || (scope.of === 'hub' && scope.section !== 'organizations');
}

/** What a page lets readers follow, if anything. */
export function routeFollowScope(
	route: RouteView,
	index: Pick<LibraryIndex, 'organizations'>,
): FollowScope | undefined {
	switch (route.view) {
		case 'home':
			return { of: 'library' };
		case 'list':
			if (!route.filter) return { of: 'kind', kind: route.kind };
			return route.kind === 'positions' && route.filter.filter === 'status' && route.filter.value === 'consultation'
				? { of: 'consultations' }
				: undefined;
		case 'hub':
			if (route.section === 'topics' || route.section === 'laender')
				return { of: 'hub', section: route.section, id: route.id };
			return route.section === 'organizations' && followsOrganization(index, route.id)
				? { of: 'hub', section: 'organizations', id: route.id }
				: undefined;
		default:
			return undefined;
	}
}

/** Every scope that has a feed, in a stable order: library, kinds, consultations (while their list exists), topics, Länder, organizations. */
export function followScopes(
	index: Pick<LibraryIndex, 'organizations' | 'groupsByKind'>,
	registries: Pick<Registries, 'topics'>,
): FollowScope[] {
	// The consultations' feed sits beside their list, which exists while some paper has that status.
	const consultations = index.groupsByKind.positions.status.has('consultation');
	return [
		{ of: 'library' },
		...DOCUMENT_KINDS.map((kind): FollowScope => ({ of: 'kind', kind })),
		...(consultations ? [{ of: 'consultations' } as const] : []),
		...[...registries.topics.keys()].map((id): FollowScope => ({ of: 'hub', section: 'topics', id })),
		...LAND_CODES.map((id): FollowScope => ({ of: 'hub', section: 'laender', id })),
		...[...index.organizations.keys()]
			.filter((slug) => followsOrganization(index, slug))
			.map((id): FollowScope => ({ of: 'hub', section: 'organizations', id })),
	];
}
