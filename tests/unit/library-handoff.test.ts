/**
 * The index validation computes is the one the pages render: it equals the
 * index made from the build's own reading of every file (Astro's front-matter
 * parser and the kind's schema, as the content collections read them), and it
 * reaches only the pages of its own build.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { handOverLibrary, takeValidatedLibrary } from '../../src/lib/library/library-handoff.ts';
import { buildLibraryIndex } from '../../src/lib/library/library-index.ts';
import type { AnyDocument } from '../../src/lib/library/summaries.ts';
import { listContent } from '../../src/lib/validate/read/content-files.ts';
import { validateLibrary } from '../../src/lib/validate/run/validate-library.ts';
import { documentKinds } from '../../src/schemas/kinds.ts';

const TODAY = '2026-11-27';
const root = process.cwd();
const report = validateLibrary(root, { today: TODAY });
/** The documents as the content collections have them. */
const collections = listContent(root).documents.map(
	([kind, path]) =>
		({
			kind,
			id: basename(path, extname(path)),
			data: documentKinds[kind].schema.parse(parseFrontmatter(readFileSync(path, 'utf8')).frontmatter),
		}) as AnyDocument,
);

describe('the library index of a build', () => {
	it("is, as validation computes it, the index of the build's own reading of the files", () => {
		expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		const { supersession, ...index } = report.index;
		const built = buildLibraryIndex(collections, report.registries, TODAY);
		expect(index).toEqual({ ...built, supersession: undefined });
		// `chain` is a function: compared by what it answers.
		expect(supersession.supersededBy).toEqual(built.supersession.supersededBy);
		for (const { id } of collections) expect(supersession.chain(id)).toEqual(built.supersession.chain(id));
	});

	it('reaches the pages once, and only for its root, its day and its documents', () => {
		const handOver = () => handOverLibrary({ root: `${root}/`, today: TODAY, index: report.index });
		handOver();
		expect(takeValidatedLibrary(root, TODAY, collections)).toBe(report.index);
		expect(takeValidatedLibrary(root, TODAY, collections)).toBeUndefined();
		handOver();
		expect(takeValidatedLibrary(root, '2026-11-28', collections)).toBeUndefined();
		handOver();
		expect(takeValidatedLibrary('/elsewhere', TODAY, collections)).toBeUndefined();
		handOver();
		expect(takeValidatedLibrary(root, TODAY, collections.slice(1))).toBeUndefined();
		handOver();
		expect(
			takeValidatedLibrary(
				root,
				TODAY,
				collections.map((doc, i) => (i === 0 ? { ...doc, kind: doc.kind === 'guides' ? 'lessons' : 'guides' } : doc)),
			),
		).toBeUndefined();
		handOver();
		handOverLibrary(undefined);
		expect(takeValidatedLibrary(root, TODAY, collections)).toBeUndefined();
	});
});
