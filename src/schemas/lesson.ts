/** Schema of a lesson learned (Erfahrungsbericht): `content/lessons/*.md(x)`. */
import { z } from 'zod';
import { addIssue, say } from './localized.ts';
import { checkDocument, documentFields } from './document.ts';
import { isoDate, organizationRef, slug, text } from './primitives.ts';

/** Phases of crisis management. */
export const PHASES = ['prevention', 'preparedness', 'response', 'recovery'] as const;
export type Phase = (typeof PHASES)[number];

/** How a measure turned out. Failures are welcome: they save others the same mistake. */
export const OUTCOMES = ['success', 'mixed', 'failure'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How easily another organization can reuse the approach. */
export const TRANSFERABILITY = ['high', 'medium', 'low'] as const;

/** One reuse of the lesson by another organization (the adoption ledger). */
export const reuseSchema = z.strictObject({
	/** Who reused it. */
	organization: organizationRef,
	/** When they started. */
	date: isoDate,
	/** What they took over or changed. */
	note: text,
});

/** The fields of a lesson learned. */
export const lessonSchema = z
	.strictObject({
		...documentFields,
		/** The crisis, by id from `content/registry/crises.yaml`. */
		crisis: slug,
		/** The phase of crisis management the measure belongs to. */
		phase: z.enum(PHASES),
		/** When the measure ran. */
		period: z.strictObject({
			/** First day. */
			from: isoDate,
			/** Last day; omit while it is still running. */
			until: isoDate.optional(),
		}),
		/** The organization that reports what it did. */
		organization: organizationRef,
		/** A federal measure the lesson relates to, by id. Optional. */
		measure: slug.optional(),
		/** How it turned out: `success`, `mixed` or `failure`. */
		outcome: z.enum(OUTCOMES),
		/** How transferable it is, and under which conditions. */
		transferability: z.strictObject({
			/** `high`, `medium` or `low`. */
			rating: z.enum(TRANSFERABILITY),
			/** Conditions for reuse, e.g. size of town or IT prerequisites; at least one. */
			conditions: z.array(text).min(1),
		}),
		/** A functional contact: a role and an office mailbox, never a private person. */
		contact: z.strictObject({
			/** The role or office, e.g. `Referat Digitalisierung`. */
			role: text,
			/** The office mailbox. */
			email: z.email(),
		}),
		/** Who reused the lesson later. Default: nobody yet. */
		reuse: z.array(reuseSchema).default([]),
	})
	.superRefine((data, ctx) => {
		checkDocument(data, ctx);
		if (data.period.until && data.period.until < data.period.from) {
			addIssue(ctx, ['period', 'until'], say(`\`period.until\` ${data.period.until} liegt vor \`period.from\` ${data.period.from}; der Zeitraum muss nach seinem Beginn enden`, `Unexpected \`period.until\` ${data.period.until} before \`period.from\` ${data.period.from}, expected the period to end after it starts`));
		}
	});

/** A lesson as written in front matter. */
export type LessonInput = z.input<typeof lessonSchema>;
/** A lesson after validation and defaults. */
export type Lesson = z.output<typeof lessonSchema>;
