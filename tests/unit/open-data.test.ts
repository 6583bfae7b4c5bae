/**
 * The open-data files as a harvester reads them: the data file keeps the
 * document as written, the DCAT-AP.de catalogue parses as RDF with the
 * properties GovData requires, and no title — quotes, ampersands, emoji,
 * control characters, 5,000 characters — breaks either.
 */
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/lib/open-data/clean-text.ts';
import { DCAT_PREFIXES, dcatCatalog, type DcatLibrary } from '../../src/lib/open-data/dcat-ap.ts';
import { documentData, splitSource } from '../../src/lib/open-data/document-data.ts';
import { checkDcatCatalog, checkDocumentData } from '../../src/lib/publish/output-guard-data.ts';
import type { CatalogDocument } from '../../src/lib/search/build/catalog.ts';

const { dcat, dct, dcatde, rdf } = DCAT_PREFIXES;
const SITE = 'https://dreiklang.example.org';
const HOSTILE = `"Wärme" & <Kälte> 'ß' 🔥 \u0008\u0000 ${'x'.repeat(5000)} \\ """ ; . #`;

function catalogDocument(id: string, title: string): CatalogDocument {
	return {
		id,
		kind: 'positions',
		title,
		summary: `${title} – Zusammenfassung`,
		lang: 'de',
		url: { de: `${SITE}/positionen/${id}/`, en: `${SITE}/en/positions/${id}/` },
		status: 'adopted',
		dates: { published: '2026-01-02', listed: '2026-02-03' },
		organization: { ref: 'staedtetag', name: 'Deutscher Städtetag "DST" & Co.' },
		laender: ['BY'],
		topics: [{ id: 'energie', de: 'Energie & Wärme', en: 'Energy & heat' }],
		example: true,
	};
}

const library: DcatLibrary = {
	name: 'Bibliothek "Test" & Co.',
	url: SITE,
	description: { de: 'Beschreibung', en: 'Description' },
	publisher: { name: 'Verband <e. V.>', email: 'kontakt@example.org' },
	contributorId: 'http://dcat-ap.de/def/contributors/test',
	generated: '2026-12-01',
};

const objects = (quads: Quad[], subject: string, predicate: string) =>
	quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);

describe('data file', () => {
	it('keeps the front matter and the body as written, and names the licence', () => {
		const source = splitSource(
			'content/positions/x.md',
			'\uFEFF---\r\ntitle: "A"\r\nlist:\r\n  - b\r\n---\r\n\r\n# Text\r\n\r\nBody.\r\n',
		);
		expect(source).toEqual({
			file: 'content/positions/x.md',
			format: 'md',
			frontMatter: 'title: "A"\nlist:\n  - b',
			body: '# Text\n\nBody.',
		});
		const data = documentData(
			{ name: 'L', url: SITE },
			catalogDocument('x', 'A'),
			{
				lastChanged: '2026-03-04',
				license: 'dl-de-by-2.0',
				instanceLicense: 'cc-by-4.0',
			},
			source,
		);
		expect(data.license).toMatchObject({ id: 'dl-de-by-2.0', dcat: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0' });
		expect(
			documentData(
				{ name: 'L', url: SITE },
				catalogDocument('x', 'A'),
				{
					lastChanged: '2026-03-04',
					instanceLicense: 'cc-by-4.0',
				},
				source,
			).license.id,
		).toBe('cc-by-4.0');
		expect(checkDocumentData('/api/documents/x.json', JSON.stringify(data), 'x', SITE)).toEqual([]);
	});

	it('is refused by the output check when it is not JSON, names another id or leads off the site', () => {
		expect(checkDocumentData('/f', '{"document":', 'x', SITE)[0]?.problem).toMatch(/^not JSON/);
		expect(checkDocumentData('/f', '{"document":{"id":"y"}}', 'x', SITE)[0]?.problem).toMatch(/not the id x/);
		const off = JSON.stringify({
			document: { id: 'x', url: { de: 'https://evil.example/', en: 'javascript:alert(1)' } },
		});
		expect(checkDocumentData('/f', off, 'x', SITE).map((f) => f.element)).toEqual([
			'document.url.de',
			'document.url.en',
		]);
	});
});

describe('DCAT-AP.de catalogue', () => {
	const turtle = dcatCatalog(library, [
		{ document: catalogDocument('a', HOSTILE), lastChanged: '2026-05-06', license: 'cc-by-4.0' },
		{ document: catalogDocument('b', 'Zweites Papier'), lastChanged: '2026-05-07', license: 'dl-de-zero-2.0' },
	]);
	const quads = new Parser().parse(turtle);
	const catalog = `${SITE}/api/dcat-ap.ttl#catalog`;

	it('is a dcat:Catalog with title, description, publisher and its datasets', () => {
		expect(objects(quads, catalog, `${rdf}type`).map((o) => o.value)).toEqual([`${dcat}Catalog`]);
		expect(objects(quads, catalog, `${dct}title`)[0]?.value).toBe(library.name);
		expect(objects(quads, catalog, `${dct}description`).map((o) => o.value)).toEqual(['Beschreibung', 'Description']);
		const [publisher] = objects(quads, catalog, `${dct}publisher`);
		expect(objects(quads, publisher!.value, 'http://xmlns.com/foaf/0.1/name')[0]?.value).toBe('Verband <e. V.>');
		expect(objects(quads, catalog, `${dcat}dataset`)).toHaveLength(2);
	});

	it('gives every dataset and distribution the properties GovData requires, with any title intact', () => {
		const datasets = objects(quads, catalog, `${dcat}dataset`).map((o) => o.value);
		const titles = datasets.map((d) => objects(quads, d, `${dct}title`)[0]?.value);
		expect(titles).toEqual([cleanText(HOSTILE), 'Zweites Papier']);
		expect(titles[0]!.includes('\u0000') || titles[0]!.includes('\u0008')).toBe(false);
		for (const dataset of datasets) {
			expect(objects(quads, dataset, `${rdf}type`).map((o) => o.value)).toEqual([`${dcat}Dataset`]);
			for (const property of ['description', 'identifier', 'publisher'])
				expect(objects(quads, dataset, `${dct}${property}`), property).toHaveLength(1);
			expect(objects(quads, dataset, `${dcatde}contributorID`).map((o) => o.value)).toEqual([library.contributorId]);
			const distributions = objects(quads, dataset, `${dcat}distribution`).map((o) => o.value);
			expect(distributions).toHaveLength(2);
			for (const distribution of distributions) {
				expect(objects(quads, distribution, `${dcat}accessURL`)[0]?.value).toMatch(new RegExp(`^${SITE}/`));
				expect(objects(quads, distribution, `${dct}format`)[0]?.value).toMatch(/file-type\/(JSON|HTML)$/);
				expect(objects(quads, distribution, `${dct}license`)[0]?.value).toMatch(
					/^http:\/\/dcat-ap\.de\/def\/licenses\//,
				);
			}
		}
		const second = objects(quads, datasets[1]!, `${dcat}distribution`)[0]!.value;
		expect(objects(quads, second, `${dct}license`)[0]?.value).toBe('http://dcat-ap.de/def/licenses/dl-zero-de/2.0');
		expect(checkDcatCatalog('/api/dcat-ap.ttl', turtle, SITE)).toEqual([]);
	});

	it('leaves out dcatde:contributorID when the instance has none', () => {
		const without = new Parser().parse(
			dcatCatalog({ ...library, contributorId: undefined }, [
				{ document: catalogDocument('a', 'A'), lastChanged: '2026-05-06', license: 'cc-by-4.0' },
			]),
		);
		expect(without.filter((q) => q.predicate.value === `${dcatde}contributorID`)).toEqual([]);
	});

	it('is refused by the output check when it does not parse or leads off the site', () => {
		expect(checkDcatCatalog('/c', '<a> <b> "unclosed', SITE)[0]?.problem).toMatch(/^not Turtle/);
		const off = `<${SITE}/x> <${dcat}accessURL> <https://evil.example/x> .`;
		expect(checkDcatCatalog('/c', off, SITE)[0]?.problem).toBe('address not on this site');
	});
});
