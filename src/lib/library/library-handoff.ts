/**
 * Hands the library index that validation computed before a build to the
 * pages of that build, so that one build computes it once, from the
 * documents that were validated, and the pages render exactly that.
 *
 * Why `globalThis`: the validation integration and the pages run in one
 * process, but not in one module graph — Astro loads the integration with
 * its configuration, and bundles and imports the pages separately — so a
 * variable of this module is not shared between them; a global is. (The
 * registries' cache in `load-registries.ts` is shared the same way.)
 *
 * Why it is safe: only `astro build` hands an index over, after validation
 * passed, and the pages take it at most once (`takeValidatedLibrary` removes
 * it). In `astro dev`, where files change while the server runs, nothing is
 * handed over and the pages compute the index from the collections they
 * read, as they do whenever no index was handed over (validation switched
 * off for a test, a page loader run outside a build). The pages also check
 * that the index is of their root, their day and their very documents.
 */
import { resolve } from 'node:path';
import type { DocumentKind } from '../../schemas/kinds.ts';
import type { LibraryIndex } from './library-index.ts';

/** An index computed by validation, and what it was computed for. */
export interface ValidatedLibrary {
	/** The library's root folder. */
	root: string;
	/** The day the index was computed for, `YYYY-MM-DD`. */
	today: string;
	index: LibraryIndex;
}

const HANDOFF = Symbol.for('dreiklang.validatedLibrary');
const store = globalThis as { [HANDOFF]?: ValidatedLibrary | undefined };

/** Hands `library` to the pages of the build that starts now; `undefined` withdraws what an earlier run handed over. */
export function handOverLibrary(library: ValidatedLibrary | undefined): void {
	store[HANDOFF] = library && { ...library, root: resolve(library.root) };
}

/**
 * Takes the index handed over for `root` and `today`, if there is one and it
 * indexes exactly `documents` (kind and id); it is gone afterwards.
 */
export function takeValidatedLibrary(
	root: string,
	today: string,
	documents: readonly { kind: DocumentKind; id: string }[],
): LibraryIndex | undefined {
	const library = store[HANDOFF];
	store[HANDOFF] = undefined;
	if (!library || library.root !== resolve(root) || library.today !== today) return undefined;
	const { byId } = library.index;
	const same = byId.size === documents.length && documents.every((doc) => byId.get(doc.id)?.kind === doc.kind);
	return same ? library.index : undefined;
}
