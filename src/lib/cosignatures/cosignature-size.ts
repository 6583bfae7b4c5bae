/**
 * How large a co-signature file may be, and what to say of a larger one. The
 * reader of `npm run validate` (`read-cosignatures.ts`) refuses such a file,
 * and the "Mitzeichnen" form checks the file it writes against the same bound
 * with the same words: the schema bounds no field's length, so long entries
 * would otherwise give a file the form offers and the pipeline refuses.
 */
import { formatBytes, formatExcess } from '../validate/report/content-problems.ts';
import { say, type Localized } from '../validate/report/messages.ts';

/**
 * Bytes of one co-signature file: 4 KiB. A full one (date, decision with a
 * long council-system address, contact, verification) has about 600 bytes;
 * 4 KiB leaves room for long names and addresses, and keeps 10,000 files of a
 * large consultation at 40 MiB at most.
 */
export const COSIGNATURE_BYTES = 4 * 1024;

/** The message on a co-signature file of `size` bytes, over `limit`. */
export const cosignatureTooLarge = (size: number, limit: number): Localized =>
	say(
		`Die Mitzeichnungsdatei ist ${formatExcess(size, limit).de} groß; erwartet: höchstens ${formatBytes(limit).de} – eine Mitzeichnung braucht nur Datum, Beschluss und Kontakt`,
		`Unexpected size of this co-signature file (${formatExcess(size, limit).en}), expected at most ${formatBytes(limit).en} – a co-signature needs only its date, decision and contact`,
	);

/** The problem of a co-signature file's `text` as `npm run validate` would see its size, or `undefined` when it fits. */
export function cosignatureSizeProblem(text: string): Localized | undefined {
	const size = new TextEncoder().encode(text).length;
	return size > COSIGNATURE_BYTES ? cosignatureTooLarge(size, COSIGNATURE_BYTES) : undefined;
}
