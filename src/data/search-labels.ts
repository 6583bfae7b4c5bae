/**
 * The labels the search index stores for a document (see
 * `src/lib/search/build/search-record.ts`), and the table that shows them in the
 * other interface language.
 */
import { resolveOrganization } from '../lib/registries/organizations.ts';
import { INDEX_LANGUAGE, labelTable, type LabelTable } from '../lib/search/build/index-language.ts';
import { searchRecord, type SearchLabels } from '../lib/search/build/search-record.ts';
import type { AnyDocument } from '../lib/library/summaries.ts';
import { pageContext, type PageContext } from './context.ts';

/** Search labels from a page context. */
export function searchLabels(ctx: PageContext): SearchLabels {
	const { registries } = ctx.library;
	const { status, land, topic, crisis, measure } = ctx;
	return {
		kind: (summary) => ctx.tr(`kind.${summary.kind}`),
		status,
		level: (level) => ctx.tr(`level.${level}`),
		land,
		topic,
		crisis,
		measure,
		organization: (ref) => {
			const organization = resolveOrganization(ref, registries.organizations, registries.register);
			return organization && { name: organization.name, level: organization.level };
		},
		chain: (id) => {
			const chain = ctx.library.index.supersession.chain(id);
			return chain.length > 1 ? chain.at(-1) : undefined;
		},
	};
}

/**
 * The facet labels of the search page of `ctx.lang`, for the values the index
 * stores in the index language (see `src/lib/search/build/index-language.ts`);
 * empty on the search page of the index language itself.
 */
export function searchLabelTable(ctx: PageContext): LabelTable {
	if (ctx.lang === INDEX_LANGUAGE) return {};
	const indexed = searchLabels(pageContext(INDEX_LANGUAGE, ctx.library, ctx.alternate));
	const localized = searchLabels(ctx);
	const { index, entries } = ctx.library;
	return labelTable(
		[...entries.values()].map((entry) => {
			const doc = { kind: entry.collection, id: entry.id, data: entry.data } as AnyDocument;
			const summary = index.byId.get(entry.id)!;
			return [searchRecord(doc, summary, indexed), searchRecord(doc, summary, localized)] as const;
		}),
	);
}
