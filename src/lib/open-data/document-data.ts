/**
 * A document's data file, `/api/documents/<id>.json` (`docs/open-data.md`):
 * what the catalogue says of it, the day it last changed and its licence,
 * and the file as written — its front matter as YAML text and its Markdown
 * body — so that another instance can validate it with its own checks and
 * render it as its own pages do. A change that breaks readers raises
 * `DOCUMENT_DATA_VERSION`.
 */
import { documentLicense, type License, type LicenseId } from '../../schemas/licenses.ts';
import type { CatalogDocument } from '../search/build/catalog.ts';

/** The version of the format; readers check it and skip versions they do not know. */
export const DOCUMENT_DATA_VERSION = 1;

/** The front matter and the body of a document file, as written. */
export interface DocumentSource {
	/** The file's path in the repository, e.g. `content/guides/x.md`. */
	file: string;
	/** `md` or `mdx`: how the body is to be rendered. */
	format: 'md' | 'mdx';
	/** The YAML between the two `---` lines, with LF line endings. */
	frontMatter: string;
	/** The text after the front matter, trimmed, with LF line endings. */
	body: string;
}

/** One data file. */
export interface DocumentData {
	version: typeof DOCUMENT_DATA_VERSION;
	library: { name: string; url: string };
	document: CatalogDocument;
	/** The day the document last changed, `YYYY-MM-DD`. */
	lastChanged: string;
	license: License & { id: LicenseId };
	source: DocumentSource;
}

/**
 * Splits a document file's text as validation does (`read-document.ts`): the
 * front matter runs from the first line `---` to the next line that is
 * exactly `---`. A text that has none (validation refuses it, so the build
 * never sees one) is all body.
 */
export function splitSource(file: string, text: string): DocumentSource {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const closing = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
	return {
		file,
		format: file.endsWith('.mdx') ? 'mdx' : 'md',
		frontMatter: closing > 0 ? lines.slice(1, closing).join('\n') : '',
		body: lines
			.slice(closing + 1)
			.join('\n')
			.trim(),
	};
}

/** The data file of one document. */
export function documentData(
	library: { name: string; url: string },
	document: CatalogDocument,
	{
		lastChanged,
		license,
		instanceLicense,
	}: { lastChanged: string; license?: LicenseId | undefined; instanceLicense: LicenseId },
	source: DocumentSource,
): DocumentData {
	return {
		version: DOCUMENT_DATA_VERSION,
		library,
		document,
		lastChanged,
		license: documentLicense(license, instanceLicense),
		source,
	};
}
