/**
 * The open data of the example library as a portal harvests it: one data
 * file per document with the file as written, and a DCAT-AP.de catalogue
 * whose datasets are the documents, parsed as RDF.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { Parser } from 'n3';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DCAT_PREFIXES } from '../../src/lib/open-data/dcat-ap.ts';
import { DCAT_HREF, documentFileHref } from '../../src/lib/routes/routes.ts';
import { DOCUMENT_KINDS, documentKinds } from '../../src/schemas/kinds.ts';
import { LICENSES, type LicenseId } from '../../src/schemas/licenses.ts';
import { documentIds } from './pages.ts';

const { dcat, dct, dcatde } = DCAT_PREFIXES;
const config = parse(readFileSync('site.config.yaml', 'utf8')) as {
	url: string;
	license: LicenseId;
	openData: { contributorId: string };
};
const documents = DOCUMENT_KINDS.flatMap((kind) =>
	documentIds(kind).map((id) => {
		const file = `${documentKinds[kind].directory}/${id}.md`;
		return { kind, id, file, text: readFileSync(file, 'utf8') };
	}),
);

describe('open data', () => {
	it('publishes every document as a data file with its front matter and body as written', () => {
		for (const { id, file, text } of documents) {
			const data = JSON.parse(readFileSync(`dist${documentFileHref(id, 'data')}`, 'utf8'));
			const { frontmatter, content } = parseFrontmatter(text);
			expect(data.document.id).toBe(id);
			expect(data.source.file).toBe(file);
			expect(text.startsWith(`---\n${data.source.frontMatter}\n---\n`), id).toBe(true);
			expect(Object.keys(parse(data.source.frontMatter))).toEqual(Object.keys(frontmatter));
			expect(data.source.body).toBe(content.trim());
			const license = (frontmatter['license'] as LicenseId | undefined) ?? config.license;
			expect(data.license.id, id).toBe(license);
			expect(data.license.dcat).toBe(LICENSES[license].dcat);
			expect(data.lastChanged).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('describes the library in DCAT-AP.de, one dataset per document', () => {
		const quads = new Parser().parse(readFileSync(`dist${DCAT_HREF}`, 'utf8'));
		const of = (subject: string, predicate: string) =>
			quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
		const [catalog] = quads.filter((q) => q.object.value === `${dcat}Catalog`).map((q) => q.subject.value);
		for (const property of ['title', 'description', 'publisher'])
			expect(of(catalog!, `${dct}${property}`).length, property).toBeGreaterThan(0);
		const datasets = of(catalog!, `${dcat}dataset`);
		expect(datasets).toHaveLength(documents.length);
		for (const dataset of datasets) {
			for (const property of ['title', 'description', 'identifier', 'publisher'])
				expect(of(dataset, `${dct}${property}`), `${dataset} ${property}`).toHaveLength(1);
			expect(of(dataset, `${dcatde}contributorID`)).toEqual([config.openData.contributorId]);
			const [landing] = of(dataset, `${dcat}landingPage`);
			expect(existsSync(`dist${new URL(landing!).pathname}index.html`), landing).toBe(true);
			for (const distribution of of(dataset, `${dcat}distribution`)) {
				const [access] = of(distribution, `${dcat}accessURL`);
				const path = new URL(access!).pathname;
				expect(existsSync(`dist${path}`) || existsSync(`dist${path}index.html`), access).toBe(true);
				expect(of(distribution, `${dct}format`)).toHaveLength(1);
				const [license] = of(distribution, `${dct}license`);
				expect(Object.values(LICENSES).map((l) => l.dcat)).toContain(license);
			}
		}
	});
});
