/**
 * The checks that compare a change with the published state on a base branch
 * (`npm run validate -- --base origin/main`, as the pull and merge request
 * templates run it): what was published must stay reachable, and an adopted
 * paper whose wording or demands change must say so in a change note.
 */
import type { BaseTree } from '../../history/base-branch.ts';
import type { LibraryIndex } from '../../library/library-index.ts';
import type { Registries } from '../../registries/load-registries.ts';
import type { SiteRoute } from '../../routes/site-routes.ts';
import type { ParsedDocument } from '../read/read-document.ts';
import type { Diagnostic } from '../report/diagnostics.ts';
import { checkAddressesAgainstBase } from './addresses-against-base.ts';
import { checkChangeNotesAgainstBase } from './change-notes-against-base.ts';

/** What a check against the base sees: the library as it is now, and the base. */
export interface BaseCheckInput {
	root: string;
	base: BaseTree;
	/** The documents that passed, as the pages render them. */
	documents: ParsedDocument[];
	index: LibraryIndex;
	/** Every page the site will build. */
	routes: SiteRoute[];
	registries: Registries;
	today: string;
}

/** Every problem of the change against the base. */
export function checkAgainstBase(input: BaseCheckInput): Diagnostic[] {
	return [...checkAddressesAgainstBase(input), ...checkChangeNotesAgainstBase(input)];
}
