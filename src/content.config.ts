/**
 * The Astro content collections: one per document kind, read by the glob
 * loader from `content/` and checked by the kind's schema from `src/schemas/`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentKinds, type DocumentKind } from './schemas/kinds.ts';

/** Markdown and MDX files directly in the kind's folder; the id is the file name. */
const files = (kind: DocumentKind) => glob({ pattern: '*.{md,mdx}', base: `./${documentKinds[kind].directory}` });

export const collections = {
	positions: defineCollection({ loader: files('positions'), schema: documentKinds.positions.schema }),
	lessons: defineCollection({ loader: files('lessons'), schema: documentKinds.lessons.schema }),
	guides: defineCollection({ loader: files('guides'), schema: documentKinds.guides.schema }),
};
