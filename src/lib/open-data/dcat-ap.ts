/**
 * The library as a DCAT-AP.de catalogue (`/api/dcat-ap.ttl`, Turtle), the
 * metadata standard GovData and the Länder portals harvest: the library is a
 * `dcat:Catalog`, each document a `dcat:Dataset` with two distributions — its
 * data file (JSON) and its page (HTML) — and every distribution carries the
 * document's licence as a DCAT-AP.de licence URI. Written with `n3`, which
 * escapes every literal, so no title can break the file. What each property
 * holds is in `docs/open-data.md`.
 */
import { DataFactory, Writer, type Quad, type Quad_Object, type Quad_Subject } from 'n3';
import { LICENSES, type LicenseId } from '../../schemas/licenses.ts';
import { DCAT_HREF, documentFileHref, languageRoot } from '../routes/routes.ts';
import type { CatalogDocument } from '../search/build/catalog.ts';
import { cleanText } from './clean-text.ts';

const { namedNode, literal, quad, blankNode } = DataFactory;

/** The vocabularies, by the prefix the file uses. */
export const DCAT_PREFIXES = {
	dcat: 'http://www.w3.org/ns/dcat#',
	dct: 'http://purl.org/dc/terms/',
	dcatde: 'http://dcat-ap.de/def/dcatde/',
	foaf: 'http://xmlns.com/foaf/0.1/',
	vcard: 'http://www.w3.org/2006/vcard/ns#',
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;
const EU = 'http://publications.europa.eu/resource/authority/';
/** The EU vocabulary's languages for the languages documents are written in. */
const LANGUAGE = { de: `${EU}language/DEU`, en: `${EU}language/ENG` } as const;
/** The EU data theme all documents belong to: government and public sector. */
const THEME = `${EU}data-theme/GOVE`;

const term = (prefix: keyof typeof DCAT_PREFIXES, name: string) => namedNode(`${DCAT_PREFIXES[prefix]}${name}`);
const day = (value: string) => literal(value, term('xsd', 'date'));
const text = (value: string, lang?: string) => literal(cleanText(value), lang);

/** What the catalogue says of the library. */
export interface DcatLibrary {
	name: string;
	/** Its public base address. */
	url: string;
	description: { de: string; en: string };
	/** The operator, publisher of the catalogue and of every dataset. */
	publisher: { name: string; email: string };
	/** The contributor URI GovData assigned, `dcatde:contributorID` of every dataset. */
	contributorId?: string | undefined;
	/** The build date, `dct:modified` of the catalogue. */
	generated: string;
}

/** One document of the catalogue. */
export interface DcatDocument {
	document: CatalogDocument;
	lastChanged: string;
	/** Its licence: its own, else the library's. */
	license: LicenseId;
}

/** The catalogue as Turtle. */
export function dcatCatalog(library: DcatLibrary, documents: readonly DcatDocument[]): string {
	const quads: Quad[] = [];
	const add = (subject: Quad_Subject, prefix: keyof typeof DCAT_PREFIXES, name: string, object: Quad_Object) =>
		quads.push(quad(subject, term(prefix, name), object));
	const at = (path: string) => namedNode(new URL(path, library.url).href);
	const catalog = namedNode(`${at(DCAT_HREF).value}#catalog`);

	const publisher = blankNode('publisher');
	add(publisher, 'rdf', 'type', term('foaf', 'Agent'));
	add(publisher, 'foaf', 'name', text(library.publisher.name));
	const contact = blankNode('contact');
	add(contact, 'rdf', 'type', term('vcard', 'Organization'));
	add(contact, 'vcard', 'fn', text(library.publisher.name));
	add(contact, 'vcard', 'hasEmail', namedNode(`mailto:${library.publisher.email}`));

	add(catalog, 'rdf', 'type', term('dcat', 'Catalog'));
	add(catalog, 'dct', 'title', text(library.name));
	add(catalog, 'dct', 'description', text(library.description.de, 'de'));
	add(catalog, 'dct', 'description', text(library.description.en, 'en'));
	add(catalog, 'dct', 'publisher', publisher);
	add(catalog, 'foaf', 'homepage', at(languageRoot('de')));
	add(catalog, 'dct', 'language', namedNode(LANGUAGE.de));
	add(catalog, 'dct', 'modified', day(library.generated));

	for (const { document: doc, lastChanged, license } of documents) {
		const dataset = namedNode(`${catalog.value.replace(/#catalog$/, '')}#${encodeURIComponent(doc.id)}`);
		add(catalog, 'dcat', 'dataset', dataset);
		add(dataset, 'rdf', 'type', term('dcat', 'Dataset'));
		add(dataset, 'dct', 'title', text(doc.title, doc.lang));
		add(dataset, 'dct', 'description', text(doc.summary, doc.lang));
		add(dataset, 'dct', 'identifier', text(doc.url.de));
		add(dataset, 'dct', 'publisher', publisher);
		add(dataset, 'dcat', 'contactPoint', contact);
		if (library.contributorId) add(dataset, 'dcatde', 'contributorID', namedNode(library.contributorId));
		if (doc.organization) {
			const creator = blankNode(`creator-${quads.length}`);
			add(creator, 'rdf', 'type', term('foaf', 'Agent'));
			add(creator, 'foaf', 'name', text(doc.organization.name));
			add(dataset, 'dct', 'creator', creator);
		}
		add(dataset, 'dcat', 'landingPage', namedNode(doc.url.de));
		add(dataset, 'dct', 'language', namedNode(LANGUAGE[doc.lang]));
		add(dataset, 'dcat', 'theme', namedNode(THEME));
		if (doc.dates['published']) add(dataset, 'dct', 'issued', day(doc.dates['published']));
		add(dataset, 'dct', 'modified', day(lastChanged));
		for (const topic of doc.topics) add(dataset, 'dcat', 'keyword', text(topic[doc.lang], doc.lang));
		const licence = namedNode(LICENSES[license].dcat);
		const distributions = [
			{ path: documentFileHref(doc.id, 'data'), format: 'JSON', media: 'application/json', download: true },
			{ path: new URL(doc.url.de).pathname, format: 'HTML', media: 'text/html', download: false },
		];
		for (const { path, format, media, download } of distributions) {
			const distribution = at(path);
			add(dataset, 'dcat', 'distribution', distribution);
			add(distribution, 'rdf', 'type', term('dcat', 'Distribution'));
			add(distribution, 'dct', 'title', text(`${doc.title} (${format})`, doc.lang));
			add(distribution, 'dcat', 'accessURL', distribution);
			if (download) add(distribution, 'dcat', 'downloadURL', distribution);
			add(distribution, 'dct', 'format', namedNode(`${EU}file-type/${format}`));
			add(distribution, 'dcat', 'mediaType', namedNode(`https://www.iana.org/assignments/media-types/${media}`));
			add(distribution, 'dct', 'license', licence);
			add(distribution, 'dct', 'modified', day(lastChanged));
		}
	}
	const writer = new Writer({ prefixes: DCAT_PREFIXES });
	writer.addQuads(quads);
	let turtle: string | undefined;
	writer.end((error, result: string) => {
		if (error) throw error;
		turtle = result;
	});
	// n3's writer without a stream calls back at once.
	if (turtle === undefined) throw new Error('The Turtle writer did not finish');
	return turtle;
}
