/**
 * The Astro content collections: one per document kind, read by the glob
 * loader from `content/` and checked by the kind's schema from `src/schemas/`.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { serveWhileBroken } from './integrations/serve-while-broken.ts';
import { documentKinds, type DocumentKind } from './schemas/kinds.ts';
import { harvestedLoader } from './lib/harvest/harvest-loader.ts';

/**
 * Markdown and MDX files directly in the kind's folder; the id is the file
 * name. Pages render the body Astro rendered when it loaded the file, so the
 * raw Markdown is not kept: it was over a third of the content store, which
 * every build loads whole (180 MB at 10,000 documents with it).
 * In `astro dev` a file that does not match its schema is left out rather
 * than stopping the server (`serve-while-broken.ts`).
 */
const files = (kind: DocumentKind) =>
	existsSync(documentKinds[kind].directory)
		? serveWhileBroken(glob({ pattern: '*.{md,mdx}', base: `./${documentKinds[kind].directory}`, retainBody: false }))
		: // A new library has no documents of the kind yet, and git keeps no empty folder.
			noDocuments(kind);

/** The loader of a kind whose folder does not exist: no entries, and no warning that the folder is missing. */
const noDocuments = (kind: DocumentKind): Loader => ({
	name: `dreiklang:no-${kind}`,
	load: async ({ store }) => store.clear(),
});

export const collections = {
	positions: defineCollection({ loader: files('positions'), schema: documentKinds.positions.schema }),
	lessons: defineCollection({ loader: files('lessons'), schema: documentKinds.lessons.schema }),
	guides: defineCollection({ loader: files('guides'), schema: documentKinds.guides.schema }),
	/** Documents of other libraries, harvested at build time and checked as local ones (`src/lib/harvest/`). */
	harvested: defineCollection({ loader: harvestedLoader() }),
};
