/**
 * Schema of the search glossary, `content/registry/glossary.yaml`:
 * abbreviations and the long forms they stand for. Search uses it in both
 * directions, so that a reader who types `OZG` finds documents that only say
 * "Onlinezugangsgesetz", and the other way round.
 */
import { z } from 'zod';
import { bilingual, text } from './primitives.ts';

/** Pattern of an abbreviation: one word of letters and digits, optionally with `-`, `.` or `/`. */
export const ABBREVIATION_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}./-]*$/u;

/** One abbreviation, e.g. `IfSG`. */
export const glossaryEntrySchema = z.strictObject({
	/**
	 * The abbreviation as it is written, matched as a whole word and with its
	 * case, e.g. `IfSG` or `EfA`. One word: letters, digits, `-`, `.` or `/`.
	 */
	abbreviation: z.string().trim().regex(ABBREVIATION_PATTERN),
	/**
	 * What it stands for, one or more spellings, matched regardless of case and
	 * of a German inflection ending, e.g. `[Infektionsschutzgesetz]` or
	 * `[Einer für Alle]`. At least one.
	 */
	expansions: z.array(text).min(1),
	/** One sentence for contributors on what the term means. Optional. */
	description: bilingual.optional(),
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
