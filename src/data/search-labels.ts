/**
 * The labels the search index stores for a document, in the language of the
 * page being built (see `src/lib/search/search-record.ts`).
 */
import { resolveOrganization } from '../lib/organizations.ts';
import type { SearchLabels } from '../lib/search/search-record.ts';
import type { PageContext } from './context.ts';

/** Search labels from a page context. */
export function searchLabels(ctx: PageContext): SearchLabels {
	const { registries } = ctx.library;
	return {
		kind: (summary) => ctx.tr(`kind.${summary.kind}`),
		status: (summary) => ctx.status(summary),
		level: (level) => ctx.tr(`level.${level}`),
		land: ctx.land,
		topic: ctx.topic,
		crisis: ctx.crisis,
		measure: ctx.measure,
		organization: (ref) => {
			const organization = resolveOrganization(ref, registries.organizations, registries.register);
			return organization && { name: organization.name, level: organization.level };
		},
	};
}
