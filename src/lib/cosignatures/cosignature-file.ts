/**
 * Writes a co-signature file (`content/cosignatures/<paper>/<signatory>.yaml`)
 * from the entries of the "Mitzeichnen" form: YAML from the `yaml` package,
 * with a comment header that names the paper and the body, so that a
 * maintainer reading the pull request sees at once who signs what.
 */
import { Document } from 'yaml';
import type { CosignatureInput } from '../../schemas/cosignature.ts';

/** Who signs which paper, as the header of the file names them. */
export interface CosignatureHeader {
	/** The paper's id, e.g. `waermeplanung-finanzierung-2026`. */
	paperId: string;
	/** The paper's title. */
	paperTitle: string;
	/** The signatory's reference, e.g. `ags:08421000`. */
	signatory: string;
	/** The signatory's name, e.g. `Ulm, Universitätsstadt (Baden-Württemberg)`. */
	signatoryName: string;
}

/** Longest title or name, in characters, that the header repeats. */
const MAX_NAME_LENGTH = 200;

/**
 * A title or name as one line of plain visible text. A line break would end
 * the comment and start YAML; a control or format character (a terminal
 * escape, a bidi override that reorders what a reviewer reads in the pull
 * request) has no place in it. Titles and registry names are contributors'
 * text of any length: bounded, they cannot push the file past the size that
 * `npm run validate` allows (`COSIGNATURE_BYTES`).
 */
function oneLine(text: string): string {
	const plain = text
		.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const chars = [...plain];
	return chars.length <= MAX_NAME_LENGTH
		? plain
		: `${chars
				.slice(0, MAX_NAME_LENGTH - 1)
				.join('')
				.trimEnd()}…`;
}

/** The text of the co-signature file for `data` (as the schema reads it), with its header. */
export function cosignatureFile(header: CosignatureHeader, data: CosignatureInput): string {
	const doc = new Document(data);
	doc.commentBefore = [
		` Mitzeichnung des Positionspapiers „${oneLine(header.paperTitle)}“ (${oneLine(header.paperId)})`,
		` durch ${oneLine(header.signatoryName)} (${oneLine(header.signatory)}).`,
		' Der Kontakt erscheint nicht auf der Website, ist aber im Repository öffentlich.',
		` Co-signature of the position paper ${oneLine(header.paperId)} by ${oneLine(header.signatory)};`,
		' the contact is not shown on the site but is public in the repository.',
	].join('\n');
	return doc.toString({ lineWidth: 0 });
}
