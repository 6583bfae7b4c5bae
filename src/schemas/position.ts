/** Schema of a position paper (Positionspapier): `content/positions/*.md(x)`. */
import { z } from 'zod';
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
	status: z.enum(DEMAND_STATUSES, {
		error: (issue) =>
			`Unexpected demand status \`${String(issue.input)}\`, expected one of \`open\`, \`in-progress\`, \`met\`, \`rejected\``,
	}),
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
		status: z.enum(POSITION_STATUSES, {
			error: (issue) =>
				`Unexpected status \`${String(issue.input)}\`, expected one of \`draft\`, \`consultation\`, \`adopted\`, \`superseded\`, \`withdrawn\``,
		}),
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
		addressees: z.array(addresseeRef).min(1, { error: 'Unexpected empty `addressees`, expected at least one' }),
		/** The demands, in the paper's order. Default: none. */
		demands: z.array(demandSchema).default([]),
		/** Id of the older paper this one replaces. Optional. */
		supersedes: slug.optional(),
	})
	.superRefine((data, ctx) => {
		checkDocument(data, ctx);
		const { status, dates } = data;
		const need = (field: keyof typeof dates, why: string) => {
			if (!dates[field]) {
				ctx.addIssue({ code: 'custom', path: ['dates', field], message: `Missing \`dates.${field}\`, expected ${why}` });
			}
		};
		if (status === 'consultation') {
			need('consultationStart', 'the first day of the consultation for status `consultation`');
			need('consultationEnd', 'the last day of the consultation for status `consultation`');
		}
		if (status === 'adopted' || status === 'superseded') {
			need('adopted', `the day of adoption for status \`${status}\``);
			if (!data.adoptedBy) {
				ctx.addIssue({ code: 'custom', path: ['adoptedBy'], message: `Missing \`adoptedBy\`, expected the body that adopted the paper for status \`${status}\`` });
			}
		}
		if (status === 'withdrawn') {
			need('withdrawn', 'the day of withdrawal for status `withdrawn`');
			if (!data.withdrawalReason) {
				ctx.addIssue({ code: 'custom', path: ['withdrawalReason'], message: 'Missing `withdrawalReason`, expected why the paper was withdrawn' });
			}
		}
		if (dates.consultationStart && !dates.consultationEnd) {
			need('consultationEnd', 'the last day of the consultation when `consultationStart` is given');
		}
		if (dates.consultationStart && dates.consultationEnd && dates.consultationEnd < dates.consultationStart) {
			ctx.addIssue({ code: 'custom', path: ['dates', 'consultationEnd'], message: `Unexpected \`dates.consultationEnd\` ${dates.consultationEnd} before \`consultationStart\` ${dates.consultationStart}, expected the consultation to end after it starts` });
		}
		if (dates.adopted && dates.adopted < dates.drafted) {
			ctx.addIssue({ code: 'custom', path: ['dates', 'adopted'], message: `Unexpected \`dates.adopted\` ${dates.adopted} before \`drafted\` ${dates.drafted}, expected adoption after drafting` });
		}
	});

/** A position paper as written in front matter. */
export type PositionInput = z.input<typeof positionSchema>;
/** A position paper after validation and defaults. */
export type Position = z.output<typeof positionSchema>;
