/** Schema of an implementation guide (Umsetzungsleitfaden): `content/guides/*.md(x)`. */
import { z } from 'zod';
import { checkDocument, documentFields } from './document.ts';
import { addresseeRef, isoDate, LAND_CODES, legalCitation, slug, text, webUrl } from './primitives.ts';

/**
 * One row of the Länder matrix. The federal baseline fills what applies
 * everywhere; a Land entry names only what differs there and inherits the rest.
 */
export const matrixRowFields = {
	/** The model or approach, e.g. `Bundesmodell` or `Flächenmodell`. */
	model: text.optional(),
	/** The governing law, e.g. `Landesgrundsteuergesetz (LGrStG)`. */
	law: text.optional(),
	/** The body responsible, e.g. `Finanzamt` or `Landesamt für Steuern`. */
	authority: text.optional(),
	/** The deadline that applies. */
	deadline: isoDate.optional(),
	/** Anything else readers must know. */
	note: text.optional(),
};
export type MatrixField = keyof typeof matrixRowFields;
/** The matrix columns in display order. */
export const MATRIX_FIELDS = Object.keys(matrixRowFields) as MatrixField[];

/** The federal baseline row. */
export const baselineSchema = z.strictObject(matrixRowFields);

/** A Land row: only what differs from the baseline, plus a source for it. */
export const landRowSchema = z.strictObject({
	...matrixRowFields,
	/** Where the Land's deviation is documented. */
	url: webUrl.optional(),
});

/** The fields of an implementation guide. */
export const guideSchema = z
	.strictObject({
		...documentFields,
		/** The federal measure, by id from `content/registry/measures.yaml`. */
		measure: slug,
		/** The legal basis: law and paragraph with links; at least one. */
		legalBasis: z.array(legalCitation).min(1),
		/** Who is responsible for what. */
		responsible: z.array(
			z.strictObject({
				/** The body or level: `level:kommune`, a registry id, … */
				body: addresseeRef,
				/** What it is responsible for. */
				task: text,
			}),
		).min(1),
		/** Deadlines that apply everywhere. Default: none. */
		deadlines: z.array(z.strictObject({
			/** The day. */
			date: isoDate,
			/** What must be done by then. */
			description: text,
		})).default([]),
		/** Funding programmes. Default: none. */
		funding: z.array(z.strictObject({
			/** The programme's name. */
			name: text,
			/** What it pays for and who may apply. */
			description: text,
			/** Where to read more. Optional. */
			url: webUrl.optional(),
		})).default([]),
		/** What applies nationwide unless a Land says otherwise. */
		baseline: baselineSchema,
		/** Per Land only what differs from the baseline, keyed by Land code. Default: nothing differs. */
		laender: z.partialRecord(z.enum(LAND_CODES), landRowSchema).default({}),
		/** The day the guide was last checked against the law. */
		reviewed: isoDate,
		/** Months until the next review is due. Default: 12. */
		reviewIntervalMonths: z.int().min(1).max(60).default(12),
	})
	.superRefine((data, ctx) => checkDocument(data, ctx));

/** A guide as written in front matter. */
export type GuideInput = z.input<typeof guideSchema>;
/** A guide after validation and defaults. */
export type Guide = z.output<typeof guideSchema>;
