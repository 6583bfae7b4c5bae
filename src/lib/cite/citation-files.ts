/**
 * A document's citation as files for reference managers, written by
 * citation-js from its CSL-JSON item (`csl-item.ts`): CSL-JSON itself,
 * BibTeX (`@techreport`) and RIS (`RPRT`). About 0.13 ms per document for
 * BibTeX and RIS together.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { DocumentFileFormat } from '../routes/routes.ts';
import { cleanText } from '../open-data/clean-text.ts';
import type { CslItem } from './csl-item.ts';

/** The citation formats, by the name `documentFileHref` gives them. */
export type CitationFormat = Exclude<DocumentFileFormat, 'data'>;

/** The media type each is served as. */
export const CITATION_MEDIA_TYPES = {
	csl: 'application/vnd.citationstyles.csl+json; charset=utf-8',
	bibtex: 'application/x-bibtex; charset=utf-8',
	ris: 'application/x-research-info-systems; charset=utf-8',
} as const satisfies Record<CitationFormat, string>;

/**
 * Every text of `item` on one line, with single spaces, and valid in XML: a
 * line break in a title could start a record of its own in RIS, and two
 * spaces before a dash (`ER  - `) read as a tag to some RIS readers.
 */
function oneLine(item: CslItem): CslItem {
	return JSON.parse(
		JSON.stringify(item, (_, value: unknown) =>
			typeof value === 'string' ? cleanText(value).replace(/[\s\u0080-\u009f\u2028\u2029]+/g, ' ') : value,
		),
	) as CslItem;
}

/** What stands in a BibTeX author's name for characters that would end its braces, start a command or break a TeX run. */
const BIBTEX_SAFE: Record<string, string> = {
	'{': '(',
	'}': ')',
	'\\': '/',
	// TeX reads `^^5c` as a backslash: `^^5cinput^^7b/etc/passwd^^7d` would read a file where the bibliography is typeset.
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
};

/** The width at which plugin-ris breaks a value: after every 70 characters, with a bare line feed. */
const RIS_WRAP = 70;

/**
 * Undoes plugin-ris's line breaks inside values, which some importers read
 * as text and others drop. A line is continued exactly when its value part
 * is `RIS_WRAP` characters long, so a continuation that happens to start like
 * a tag (`UR  - `) is never taken for one.
 */
export function unwrapRis(text: string): string {
	const out: string[] = [];
	let continues = false;
	for (const line of text.split('\n')) {
		if (continues) out[out.length - 1] += line;
		else out.push(line);
		continues = (continues ? line.length : line.length - 'XX  - '.length) === RIS_WRAP;
	}
	return out.join('\n');
}

/** The text of `item` as a file of `format`. */
export function citationFile(item: CslItem, format: CitationFormat): string {
	if (format === 'csl') return `${JSON.stringify([item], null, '\t')}\n`;
	const line = oneLine(item);
	// plugin-bibtex escapes braces and backslashes in every field but the author's name, which it writes as given.
	if (format === 'bibtex')
		line.author = line.author.map(({ literal }) => ({
			literal: literal.replace(/[{}\\^~&%$#_]/g, (c) => BIBTEX_SAFE[c]!),
		}));
	const text = plugins.output.format(format, [line]).trim();
	return `${format === 'ris' ? unwrapRis(text) : text}\n`;
}
