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

/** A comment is one line: a line break in a title or name would end it and start YAML. */
const oneLine = (text: string) => text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ').trim();

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
