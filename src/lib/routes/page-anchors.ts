/**
 * Ids that a document page gives its own sections, beside the ids of the
 * body's headings. A body may link to them (`[Länderübersicht](#matrix)`), so
 * that text refers to a part of the page by name, not by a position such as
 * "unten" that the layout can make wrong. The views set these ids and the link
 * check accepts them: one list for both.
 */
import type { DocumentKind } from '../../schemas/kinds.ts';

/** The id of a guide's Länder matrix heading. */
export const MATRIX_ANCHOR = 'matrix';

/** The section ids of each kind's page that a body may link to. */
export const PAGE_ANCHORS: Record<DocumentKind, readonly string[]> = {
	positions: [],
	lessons: [],
	guides: [MATRIX_ANCHOR],
};
