/**
 * A document as a CSL-JSON item (the Citation Style Language's data model,
 * which Zotero, Citavi and every CSL processor read): a report (`type:
 * report`) by the organization that wrote it — the lead of a paper, the
 * reporting body of a lesson, the library's operator for a guide, which
 * explains a measure rather than being the measure's — published by the
 * library, with its kind as the genre, its page as the address and its
 * licence. No access date: the citation is built with the page and must not
 * change with the build day.
 */

/** The fields of a CSL-JSON item this project writes. */
export interface CslItem {
	id: string;
	type: 'report';
	title: string;
	author: { literal: string }[];
	issued: { 'date-parts': [[number, number, number]] };
	publisher: string;
	genre: string;
	URL: string;
	language: string;
	abstract: string;
	license: string;
}

/** What a citation says of one document. */
export interface CitedDocument {
	id: string;
	title: string;
	summary: string;
	/** The language it is written in. */
	lang: string;
	/** Day of publication, `YYYY-MM-DD`. */
	published: string;
	/** Who wrote it. */
	author: string;
	/** The library that publishes it. */
	publisher: string;
	/** Its kind as a genre, in the citation's language: `Positionspapier`. */
	genre: string;
	/** Its page, absolute. */
	url: string;
	/** Its licence, by name. */
	license: string;
}

/** The CSL-JSON item of a document. */
export function cslItem(doc: CitedDocument): CslItem {
	const [year, month, day] = doc.published.split('-').map(Number) as [number, number, number];
	return {
		id: doc.id,
		type: 'report',
		title: doc.title,
		author: [{ literal: doc.author }],
		issued: { 'date-parts': [[year, month, day]] },
		publisher: doc.publisher,
		genre: doc.genre,
		URL: doc.url,
		language: doc.lang,
		abstract: doc.summary,
		license: doc.license,
	};
}
