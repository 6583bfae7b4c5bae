/**
 * The three document kinds: where their files live and which schema checks
 * them. The Astro collections, the validation command and the pages all read
 * this one table.
 */
import { guideSchema } from './guide.ts';
import { lessonSchema } from './lesson.ts';
import { positionSchema } from './position.ts';

export const documentKinds = {
	/** Position papers, `content/positions/`. */
	positions: { directory: 'content/positions', schema: positionSchema },
	/** Lessons learned, `content/lessons/`. */
	lessons: { directory: 'content/lessons', schema: lessonSchema },
	/** Implementation guides, `content/guides/`. */
	guides: { directory: 'content/guides', schema: guideSchema },
} as const;

/** A document kind: `positions`, `lessons` or `guides`. */
export type DocumentKind = keyof typeof documentKinds;
/** The kinds in display order. */
export const DOCUMENT_KINDS = Object.keys(documentKinds) as DocumentKind[];
/** File extensions a document may have. */
export const DOCUMENT_EXTENSIONS = ['.md', '.mdx'] as const;
