/**
 * Schema of the search glossary, `content/registry/glossary.yaml`:
 * abbreviations and the long forms they stand for. Search uses it in both
 * directions, so that a reader who types `OZG` finds documents that only say
 * "Onlinezugangsgesetz", and the other way round.
 */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { bilingual, text } from './primitives.ts';

/** Pattern of an abbreviation: one word of letters and digits, optionally with `-`, `.` or `/`. */
export const ABBREVIATION_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}./-]*$/u;

/** One abbreviation, e.g. `IfSG`. */
export const glossaryEntrySchema = z.strictObject({
	/**
	 * The abbreviation as it is written, matched as a whole word and with its
	 * case, e.g. `IfSG` or `EfA`. One word: letters, digits, `-`, `.` or `/`.
	 */
	abbreviation: field(z.string().trim().regex(ABBREVIATION_PATTERN), {
		hint: 'Die Abkürzung, wie sie geschrieben wird; ein Wort aus Buchstaben, Ziffern, -, . oder /.',
		example: 'IfSG',
	}),
	/**
	 * What it stands for, one or more spellings, matched regardless of case and
	 * of a German inflection ending, e.g. `[Infektionsschutzgesetz]` or
	 * `[Einer für Alle]`. At least one.
	 */
	expansions: field(z.array(text).min(1), {
		hint: 'Wofür sie steht, eine oder mehrere Schreibweisen; mindestens eine.',
		example: 'Infektionsschutzgesetz',
	}),
	/** One sentence for contributors on what the term means. Optional. */
	description: field(bilingual.optional(), { hint: 'Ein Satz für Mitwirkende dazu, was der Begriff bedeutet. Optional.' }),
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
