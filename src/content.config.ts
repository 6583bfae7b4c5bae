/**
 * The Astro content collections: one per document kind, read by the glob
 * loader from `content/` and checked by the kind's schema from `src/schemas/`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentKinds, type DocumentKind } from './schemas/kinds.ts';

const collection = <K extends DocumentKind>(kind: K) =>
	defineCollection({
		loader: glob({ pattern: '*.{md,mdx}', base: `./${documentKinds[kind].directory}` }),
		schema: documentKinds[kind].schema,
	});

export const collections = {
	positions: collection('positions'),
	lessons: collection('lessons'),
	guides: collection('guides'),
};
