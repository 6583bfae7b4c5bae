/** Schema of a position paper (Positionspapier): `content/positions/*.md(x)`. */
import { z } from 'zod';
import { addIssue, say, type Localized } from './localized.ts';
import { checkDocument, documentFields } from './document.ts';
import { addresseeRef, isoDate, organizationRef, slug, text } from './primitives.ts';

/** Lifecycle of a position paper, in order. */
export const POSITION_STATUSES = ['draft', 'consultation', 'adopted', 'superseded', 'withdrawn'] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

/** What became of a demand. */
export const DEMAND_STATUSES = ['open', 'in-progress', 'met', 'rejected'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

/** A council or board decision behind a co-signature. */
export const decisionSchema = z.strictObject({
	/** The body that decided, e.g. `Stadtrat` or `Präsidium`. */
	body: text,
	/** The day of the decision. */
	date: isoDate,
	/** Its reference, such as a Drucksache number, e.g. `0123/2024`. Optional. */
	reference: text.optional(),
});

/** One organization that signed the paper. */
export const cosignatorySchema = z.strictObject({
	/** Who signed: a registry id, `ags:` key or Land code. */
	organization: organizationRef,
	/** The day of the signature. */
	date: isoDate,
	/** The council or board decision behind it, where known. */
	decision: decisionSchema.optional(),
});

/** One demand (Forderung) and what became of it. */
export const demandSchema = z.strictObject({
	/** The demand in one sentence. */
	text,
	/** To whom it is addressed: `level:bund`, `level:land`, … or an organization. */
	addressee: addresseeRef,
	/** Its status; `open` until something happened. */
	status: z.enum(DEMAND_STATUSES),
	/** The day of the last status change. */
	since: isoDate,
	/** What happened, e.g. the law that met the demand. Optional. */
	note: text.optional(),
});

/** Dates of the lifecycle; which are required depends on the status. */
export const positionDatesSchema = z.strictObject({
	/** When drafting began (every status). */
	drafted: isoDate,
	/** First day of the consultation (required from `consultation` on, if there was one). */
	consultationStart: isoDate.optional(),
	/** Last day for co-signatures and comments (required with `consultationStart`). */
	consultationEnd: isoDate.optional(),
	/** Day of adoption (required for `adopted` and `superseded`). */
	adopted: isoDate.optional(),
	/** Day of withdrawal (required for `withdrawn`). */
	withdrawn: isoDate.optional(),
});

/** The fields of a position paper. */
export const positionSchema = z
	.strictObject({
		...documentFields,
		/** Where the paper stands: `draft`, `consultation`, `adopted`, `superseded` or `withdrawn`. */
		status: z.enum(POSITION_STATUSES),
		/** Lifecycle dates; see `positionDatesSchema`. */
		dates: positionDatesSchema,
		/** The lead body that drafted the paper. */
		lead: organizationRef,
		/** The body that adopted the paper, e.g. the association's Präsidium (required for `adopted`). */
		adoptedBy: text.optional(),
		/** Why the paper was withdrawn (required for `withdrawn`). */
		withdrawalReason: text.optional(),
		/** Co-signatories, with date and decision. Default: none. */
		cosignatories: z.array(cosignatorySchema).default([]),
		/** To whom the paper is addressed: levels or organizations; at least one. */
		addressees: z.array(addresseeRef).min(1),
		/** The demands, in the paper's order. Default: none. */
		demands: z.array(demandSchema).default([]),
		/** Id of the older paper this one replaces. Optional. */
		supersedes: slug.optional(),
	})
	.superRefine((data, ctx) => {
		checkDocument(data, ctx);
		const { status, dates } = data;
		const need = (field: keyof typeof dates, why: Localized) => {
			if (!dates[field]) addIssue(ctx, ['dates', field], say(`Fehlendes Feld \`dates.${field}\`, erwartet: ${why.de}`, `Missing \`dates.${field}\`, expected ${why.en}`));
		};
		if (status === 'consultation') {
			need('consultationStart', say('der erste Tag der Mitzeichnung bei Status `consultation`', 'the first day of the consultation for status `consultation`'));
			need('consultationEnd', say('der letzte Tag der Mitzeichnung bei Status `consultation`', 'the last day of the consultation for status `consultation`'));
		} else if (dates.consultationStart && !dates.consultationEnd) {
			need('consultationEnd', say('der letzte Tag der Mitzeichnung, wenn `consultationStart` angegeben ist', 'the last day of the consultation when `consultationStart` is given'));
		}
		if (status === 'adopted' || status === 'superseded') {
			need('adopted', say(`der Tag des Beschlusses bei Status \`${status}\``, `the day of adoption for status \`${status}\``));
			if (!data.adoptedBy) addIssue(ctx, ['adoptedBy'], say(`Fehlendes Feld \`adoptedBy\`, erwartet: das Gremium, das das Papier beschlossen hat (Status \`${status}\`)`, `Missing \`adoptedBy\`, expected the body that adopted the paper for status \`${status}\``));
		}
		if (status === 'withdrawn') {
			need('withdrawn', say('der Tag der Rücknahme bei Status `withdrawn`', 'the day of withdrawal for status `withdrawn`'));
			if (!data.withdrawalReason) addIssue(ctx, ['withdrawalReason'], say('Fehlendes Feld `withdrawalReason`, erwartet: warum das Papier zurückgezogen wurde', 'Missing `withdrawalReason`, expected why the paper was withdrawn'));
		}
		if (dates.consultationStart && dates.consultationEnd && dates.consultationEnd < dates.consultationStart) {
			addIssue(ctx, ['dates', 'consultationEnd'], say(`\`dates.consultationEnd\` ${dates.consultationEnd} liegt vor \`consultationStart\` ${dates.consultationStart}; die Mitzeichnung muss nach ihrem Beginn enden`, `Unexpected \`dates.consultationEnd\` ${dates.consultationEnd} before \`consultationStart\` ${dates.consultationStart}, expected the consultation to end after it starts`));
		}
		if (dates.consultationStart && dates.consultationStart < dates.drafted) {
			addIssue(ctx, ['dates', 'consultationStart'], say(`\`dates.consultationStart\` ${dates.consultationStart} liegt vor \`drafted\` ${dates.drafted}; die Mitzeichnung beginnt nach dem Entwurf`, `Unexpected \`dates.consultationStart\` ${dates.consultationStart} before \`drafted\` ${dates.drafted}, expected the consultation to start after drafting`));
		}
		if (dates.adopted && dates.adopted < dates.drafted) {
			addIssue(ctx, ['dates', 'adopted'], say(`\`dates.adopted\` ${dates.adopted} liegt vor \`drafted\` ${dates.drafted}; beschlossen wird nach dem Entwurf`, `Unexpected \`dates.adopted\` ${dates.adopted} before \`drafted\` ${dates.drafted}, expected adoption after drafting`));
		}
	});

/** A position paper as written in front matter. */
export type PositionInput = z.input<typeof positionSchema>;
/** A position paper after validation and defaults. */
export type Position = z.output<typeof positionSchema>;
