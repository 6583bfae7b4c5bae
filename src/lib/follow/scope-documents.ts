/**
 * The documents a feed follows (`follow-scope.ts`), newest first, as the
 * page it belongs to lists them: the library, one kind, the papers whose
 * consultation is open, a topic's or a Land's documents, or those an
 * organization leads or reports.
 */
import type { FollowScope } from '../routes/routes.ts';
import type { LibraryIndex } from '../library/library-index.ts';
import { byDateDesc, type DocumentSummary } from '../library/summaries.ts';

/** The documents of `scope`, newest first. */
export function scopeDocuments(index: LibraryIndex, scope: FollowScope): DocumentSummary[] {
	switch (scope.of) {
		case 'library':
			return index.summaries;
		case 'kind':
			return index.byKind[scope.kind];
		case 'consultations':
			return index.openConsultations.map(({ summary }) => summary);
		case 'hub': {
			if (scope.section === 'topics') return index.groups.topic.get(scope.id) ?? [];
			if (scope.section === 'laender') return index.groups.land.get(scope.id) ?? [];
			const activity = index.organizations.get(scope.id);
			return activity ? [...new Set([...activity.led, ...activity.reported])].sort(byDateDesc) : [];
		}
	}
}
