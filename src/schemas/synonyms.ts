/**
 * Schema of the synonym registry, `content/registry/synonyms.yaml`: groups of
 * words that mean the same to a reader, the official variant and the
 * everyday one ("Kita", "Kindertagesstätte"), and the English words a reader
 * of the English search page types for them. The search page searches every
 * term of a group when one of them is typed; the documents stay as written.
 */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { text } from './primitives.ts';

/** One group of terms that mean the same. */
export const synonymEntrySchema = z.strictObject({
	/**
	 * German terms that mean the same, one or more words each, matched
	 * regardless of case and of an ending (-s, -n, -en …), e.g.
	 * `[Kita, Kindertagesstätte, Kindertageseinrichtung]`. At least one; a
	 * term may stand in one group only.
	 */
	terms: field(z.array(text).min(1), {
		hint: 'Deutsche Begriffe, die dasselbe bedeuten; mindestens einer, jeder nur in einer Gruppe.',
		example: 'Kindertagesstätte',
	}),
	/**
	 * English words readers type for the same thing on the English search
	 * page, e.g. `[day care, nursery]`. Optional; with a single German term
	 * it is what makes the entry useful.
	 */
	en: field(z.array(text).min(1).optional(), {
		hint: 'Englische Wörter, die Lesende der englischen Suche dafür eingeben. Optional.',
		example: 'day care',
	}),
});

export type SynonymEntry = z.output<typeof synonymEntrySchema>;
