/**
 * Adopted papers whose wording or demands changed against the base must
 * carry a change note. A paper counts as adopted when it is `adopted` on the
 * base: what readers may have quoted. Only files whose bytes differ from the
 * base are read there (their git blob hashes are compared first), all of
 * them in one git process, and each base version is read as validation reads
 * documents, so that both sides mean the same.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { readDocument, type ParsedDocument } from '../read/read-document.ts';
import type { Diagnostic } from '../report/diagnostics.ts';
import { say } from '../report/messages.ts';
import { rule } from '../report/rules.ts';
import type { BaseCheckInput } from './against-base.ts';
import { blobHash } from '../../history/base-branch.ts';
import { listChanges, noteKeys, paperChanges, type PaperReading } from './paper-changes.ts';

/** A file read as validation reads it: the document, or what could be read of a version that fails today's schema. */
function reading(doc: Pick<ParsedDocument, 'kind' | 'file'>, text: string): PaperReading | undefined {
	const result = readDocument(doc.kind, doc.file, text);
	return result.document ?? result.unchecked;
}

/**
 * The file a paper had on the base: its own path, or where it stood before a
 * move this change makes – the other extension (`.md` ↔ `.mdx`), or an old id
 * that `redirects.yaml` leads to it. Otherwise renaming an adopted paper
 * would change its wording without a note.
 */
function publishedFile(input: BaseCheckInput, doc: ParsedDocument): string | undefined {
	const dir = posix.dirname(doc.file);
	const ids = [
		doc.id,
		...input.registries.redirects.list.flatMap((r) => (r.kind === 'positions' && r.to === doc.id ? [r.from] : [])),
	];
	const candidates = [doc.file, ...ids.flatMap((id) => [`${dir}/${id}.md`, `${dir}/${id}.mdx`])];
	return candidates.find((file) => input.base.files.has(file));
}

/** Every adopted paper changed against the base without a change note for the change. */
export function checkChangeNotesAgainstBase(input: BaseCheckInput): Diagnostic[] {
	const { base, root, today } = input;
	const changed: { doc: ParsedDocument; text: string; was: string }[] = [];
	for (const doc of input.documents) {
		const was = doc.kind === 'positions' ? publishedFile(input, doc) : undefined;
		const published = was && base.files.get(was);
		if (!was || !published) continue;
		let bytes: Buffer;
		try {
			bytes = readFileSync(join(root, doc.file));
		} catch {
			continue; // Gone since it was validated: the run reports nothing it cannot read.
		}
		if (blobHash(bytes, published) !== published) changed.push({ doc, text: bytes.toString('utf8'), was });
	}
	if (changed.length === 0) return [];
	const before = base.read(changed.map(({ was }) => was));
	const out: Diagnostic[] = [];
	for (const { doc, text, was: file } of changed) {
		const source = before.get(file);
		const was = source === undefined ? undefined : reading(doc, source);
		const is = reading(doc, text);
		if (!was || !is || was.data['status'] !== 'adopted') continue;
		const changes = paperChanges(was, is);
		if (changes.length === 0) continue;
		const known = new Set(noteKeys(was.data));
		if (noteKeys(is.data).some((key) => !known.has(key))) continue;
		const what = listChanges(changes);
		const hasNotes = doc.data.changes.length > 0;
		const entry = say(
			`{ date: ${today}, type: major, note: Was sich geändert hat. }`,
			`{ date: ${today}, type: major, note: What changed. }`,
		);
		out.push({
			file: doc.file,
			...doc.locate(hasNotes ? ['changes'] : ['status'], 'key'),
			...rule('change-note'),
			message: hasNotes
				? say(
						`Das beschlossene Papier ist gegenüber \`${base.ref}\` geändert (${what.de}), aber ohne neuen Änderungshinweis; erwartet: ein neuer Eintrag am Ende von \`changes\`, der sagt, was sich geändert hat, z. B. \`- ${entry.de}\` (\`type: minor\` für Tippfehler und Links)`,
						`Unexpected change of the adopted paper against \`${base.ref}\` (${what.en}) without a new change note, expected a new entry at the end of \`changes\` that says what changed, e.g. \`- ${entry.en}\` (\`type: minor\` for typos and links)`,
					)
				: say(
						`Das beschlossene Papier ist gegenüber \`${base.ref}\` geändert (${what.de}), aber ohne Änderungshinweis; erwartet: ein Feld \`changes\`, das sagt, was sich geändert hat, z. B. \`changes: [${entry.de}]\` (\`type: minor\` für Tippfehler und Links)`,
						`Unexpected change of the adopted paper against \`${base.ref}\` (${what.en}) without a change note, expected a field \`changes\` that says what changed, e.g. \`changes: [${entry.en}]\` (\`type: minor\` for typos and links)`,
					),
		});
	}
	return out;
}
