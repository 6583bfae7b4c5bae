/** Schema of a position paper (Positionspapier): `content/positions/*.md(x)`. */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { addIssue, say, type Localized } from './localized.ts';
import { checkDocument, documentFields } from './document.ts';
import { addresseeRef, decisionUrl, isoDate, organizationRef, slug, text } from './primitives.ts';

/** Lifecycle of a position paper, in order. */
export const POSITION_STATUSES = ['draft', 'consultation', 'adopted', 'superseded', 'withdrawn'] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

/** The statuses of a paper that has left drafting: it was open for co-signature, decided or withdrawn. Co-signatures and consultation dates belong here. */
const AFTER_DRAFT = ['consultation', 'adopted', 'superseded', 'withdrawn'] as const satisfies readonly PositionStatus[];
/** The statuses in which a paper may have been adopted (a withdrawn paper may have been adopted before). */
const DECIDED = ['adopted', 'superseded', 'withdrawn'] as const satisfies readonly PositionStatus[];

/** What became of a demand: `partly-met` when the addressee did some of it, e.g. funding for a shorter term than asked. */
export const DEMAND_STATUSES = ['open', 'in-progress', 'partly-met', 'met', 'rejected'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

/** A council or board decision behind a co-signature. */
export const decisionSchema = z.strictObject({
	/** The body that decided, e.g. `Stadtrat` or `Präsidium`. */
	body: field(text, { label: say('Gremium', 'Body'), hint: 'Beschließendes Gremium.', example: 'Stadtrat' }),
	/** The day of the decision. */
	date: field(isoDate, { label: say('Datum des Beschlusses', 'Date of the decision'), hint: 'Tag des Beschlusses.' }),
	/** Its reference, such as a Drucksache number, e.g. `0123/2024`. Optional. */
	reference: field(text.optional(), {
		label: say('Aktenzeichen oder Drucksache', 'Reference number'),
		hint: 'Aktenzeichen oder Drucksache.',
		example: '0123/2026',
	}),
	/** The decision's page in the council information system. Optional. */
	url: field(decisionUrl.optional(), {
		label: say('Link zum Beschluss', 'Link to the decision'),
		hint: 'Seite des Beschlusses im Ratsinformationssystem.',
		example: 'https://ratsinfo.stadt.example/vo0050.asp?__kvonr=1234',
	}),
});

/** One organization that signed the paper. */
export const cosignatorySchema = z.strictObject({
	/** Who signed: a registry id, `ags:` key or Land code. */
	organization: field(organizationRef, { label: say('Organisation', 'Organization'), hint: 'Wer mitzeichnet.', example: 'ags:07312000' }),
	/** The day of the signature. */
	date: field(isoDate, { label: say('Mitgezeichnet am', 'Signed on'), hint: 'Tag der Mitzeichnung.' }),
	/** The council or board decision behind it, where known. */
	decision: field(decisionSchema.optional(), {
		label: say('Beschluss (falls bekannt)', 'Decision (where known)'),
		hint: 'Beschluss dahinter.',
	}),
});

/** One step of a demand's history: a status it had from a day on. */
export const demandStepSchema = z.strictObject({
	/** The status it had from `since` on. */
	status: field(z.enum(DEMAND_STATUSES), { label: say('Stand', 'Status'), hint: 'Stand ab diesem Tag.', values: 'demand' }),
	/** The day the status began. */
	since: field(isoDate, { label: say('Seit', 'Since'), hint: 'Tag, an dem der Stand begann.' }),
	/** What happened that day, e.g. the cabinet decision. Optional. */
	note: field(text.optional(), {
		label: say('Anmerkung', 'Note'),
		hint: 'Was an diesem Tag geschah.',
		example: 'Kabinettsbeschluss zum Gesetzentwurf.',
	}),
});

/** One demand (Forderung) and what became of it. */
export const demandSchema = z.strictObject({
	/** The demand in one sentence. */
	text: field(text, {
		label: say('Forderung', 'Demand'),
		hint: 'Die Forderung in einem Satz.',
		example: 'Der Bund beteiligt sich dauerhaft an den Kosten.',
	}),
	/** To whom it is addressed: `level:bund`, `level:land`, … or an organization. */
	addressee: field(addresseeRef, { label: say('Adressat', 'Addressed to'), hint: 'An wen sie sich richtet.', example: 'level:bund' }),
	/** Its status; `open` until something happened. */
	status: field(z.enum(DEMAND_STATUSES), { label: say('Stand', 'Status'), hint: 'Was aus ihr wurde.', values: 'demand' }),
	/** The day of the last status change. */
	since: field(isoDate, { label: say('Stand seit', 'Status since'), hint: 'Tag der letzten Änderung des Stands.' }),
	/** What happened, e.g. the law that met the demand. Optional. */
	note: field(text.optional(), {
		label: say('Anmerkung', 'Note'),
		hint: 'Was geschah, z. B. das Gesetz, das sie erfüllt.',
		example: 'Noch keine Reaktion.',
	}),
	/**
	 * The statuses the demand had, oldest first; the last step is its current
	 * `status` and `since`. Optional: a demand without one shows its current
	 * status only. Example: `[{ status: open, since: 2023-10-20 }, { status: met, since: 2024-12-20 }]`.
	 */
	history: field(z.array(demandStepSchema).optional(), {
		label: say('Verlauf des Stands', 'History of the status'),
		hint: 'Frühere Stände, ältester zuerst; der letzte gleicht status und since.',
	}),
});

/** Dates of the lifecycle; which are required depends on the status. */
export const positionDatesSchema = z.strictObject({
	/** When drafting began (every status). */
	drafted: field(isoDate, { label: say('Entwurf begonnen', 'Drafting began'), hint: 'Beginn der Erarbeitung.', start: 'today' }),
	/** First day of the consultation (required from `consultation` on, if there was one). */
	consultationStart: field(isoDate.optional(), {
		label: say('Beginn der Mitzeichnung', 'Start of co-signature period'),
		hint: 'Erster Tag der Mitzeichnung (nötig bei status: consultation).',
		statuses: AFTER_DRAFT,
	}),
	/** Last day for co-signatures and comments (required with `consultationStart`). */
	consultationEnd: field(isoDate.optional(), {
		label: say('Ende der Mitzeichnung', 'End of co-signature period'),
		hint: 'Letzter Tag für Mitzeichnungen und Anmerkungen (nötig mit consultationStart).',
		statuses: AFTER_DRAFT,
	}),
	/** Day of adoption (required for `adopted` and `superseded`). */
	adopted: field(isoDate.optional(), {
		label: say('Beschlossen am', 'Adopted on'),
		hint: 'Tag des Beschlusses (nötig bei adopted und superseded).',
		statuses: DECIDED,
	}),
	/** Day of withdrawal (required for `withdrawn`). */
	withdrawn: field(isoDate.optional(), {
		label: say('Zurückgezogen am', 'Withdrawn on'),
		hint: 'Tag der Rücknahme (nötig bei withdrawn).',
		statuses: ['withdrawn'],
	}),
});

/** The fields of a position paper. */
export const positionSchema = z
	.strictObject({
		...documentFields,
		/** Where the paper stands: `draft`, `consultation`, `adopted`, `superseded` or `withdrawn`. */
		status: field(z.enum(POSITION_STATUSES), {
			label: say('Status', 'Status'),
			hint: 'Stand des Papiers; ein neues beginnt als draft.',
			values: 'status',
			start: { value: 'draft' },
		}),
		/** Lifecycle dates; see `positionDatesSchema`. */
		dates: field(positionDatesSchema, {
			label: say('Verlauf', 'History'),
			hint: 'Daten des Ablaufs; welche nötig sind, hängt von status ab.',
		}),
		/** The lead body that drafted the paper. */
		lead: field(organizationRef, { label: say('Federführung', 'Lead body'), hint: 'Federführende Organisation.' }),
		/** The body that adopted the paper, e.g. the association's Präsidium (required for `adopted`). */
		adoptedBy: field(text.optional(), {
			label: say('Beschlossen durch (Gremium)', 'Adopted by (body)'),
			hint: 'Gremium, das beschlossen hat, z. B. Präsidium (nötig bei adopted und superseded).',
			statuses: DECIDED,
		}),
		/** Why the paper was withdrawn (required for `withdrawn`). */
		withdrawalReason: field(text.optional(), {
			label: say('Grund der Rücknahme', 'Reason for withdrawal'),
			hint: 'Warum das Papier zurückgezogen wurde (nötig bei withdrawn).',
			statuses: ['withdrawn'],
		}),
		/** Co-signatories, with date and decision. Default: none. */
		cosignatories: field(z.array(cosignatorySchema).default([]), {
			label: say('Mitzeichnende', 'Co-signatories'),
			hint: 'Mitzeichnende Organisationen, je mit Datum und, falls bekannt, Beschluss.',
			statuses: AFTER_DRAFT,
		}),
		/** To whom the paper is addressed: levels or organizations; at least one. */
		addressees: field(z.array(addresseeRef).min(1), {
			label: say('Adressaten', 'Addressed to'),
			hint: 'An wen sich das Papier richtet, mindestens ein Eintrag.',
		}),
		/** The demands, in the paper's order. Default: none. */
		demands: field(z.array(demandSchema).default([]), {
			label: say('Forderungen', 'Demands'),
			hint: 'Die Forderungen in der Reihenfolge des Papiers, je mit Stand.',
		}),
		/** Id of the older paper this one replaces. Optional. */
		supersedes: field(slug.optional(), {
			label: say('Ersetzt das Papier (Id)', 'Replaces the paper (id)'),
			hint: 'Dateiname (ohne Endung) des älteren Papiers, das dieses ersetzt.',
		}),
	})
	.superRefine((data, ctx) => {
		checkDocument(data, ctx);
		const { status, dates } = data;
		const need = (field: keyof typeof dates, why: Localized) => {
			if (!dates[field])
				addIssue(
					ctx,
					['dates', field],
					say(`Fehlendes Feld \`dates.${field}\`, erwartet: ${why.de}`, `Missing \`dates.${field}\`, expected ${why.en}`),
				);
		};
		if (status === 'consultation') {
			need(
				'consultationStart',
				say('der erste Tag der Mitzeichnung bei Status `consultation`', 'the first day of the consultation for status `consultation`'),
			);
			need(
				'consultationEnd',
				say('der letzte Tag der Mitzeichnung bei Status `consultation`', 'the last day of the consultation for status `consultation`'),
			);
		} else if (dates.consultationStart && !dates.consultationEnd) {
			need(
				'consultationEnd',
				say(
					'der letzte Tag der Mitzeichnung, wenn `consultationStart` angegeben ist',
					'the last day of the consultation when `consultationStart` is given',
				),
			);
		}
		if (status === 'adopted' || status === 'superseded') {
			need('adopted', say(`der Tag des Beschlusses bei Status \`${status}\``, `the day of adoption for status \`${status}\``));
			if (!data.adoptedBy)
				addIssue(
					ctx,
					['adoptedBy'],
					say(
						`Fehlendes Feld \`adoptedBy\`, erwartet: das Gremium, das das Papier beschlossen hat (Status \`${status}\`)`,
						`Missing \`adoptedBy\`, expected the body that adopted the paper for status \`${status}\``,
					),
				);
		}
		if (status === 'withdrawn') {
			need('withdrawn', say('der Tag der Rücknahme bei Status `withdrawn`', 'the day of withdrawal for status `withdrawn`'));
			if (!data.withdrawalReason)
				addIssue(
					ctx,
					['withdrawalReason'],
					say(
						'Fehlendes Feld `withdrawalReason`, erwartet: warum das Papier zurückgezogen wurde',
						'Missing `withdrawalReason`, expected why the paper was withdrawn',
					),
				);
		}
		if (dates.consultationStart && dates.consultationEnd && dates.consultationEnd < dates.consultationStart) {
			addIssue(
				ctx,
				['dates', 'consultationEnd'],
				say(
					`\`dates.consultationEnd\` ${dates.consultationEnd} liegt vor \`consultationStart\` ${dates.consultationStart}; die Mitzeichnung muss nach ihrem Beginn enden`,
					`Unexpected \`dates.consultationEnd\` ${dates.consultationEnd} before \`consultationStart\` ${dates.consultationStart}, expected the consultation to end after it starts`,
				),
			);
		}
		if (dates.consultationStart && dates.consultationStart < dates.drafted) {
			addIssue(
				ctx,
				['dates', 'consultationStart'],
				say(
					`\`dates.consultationStart\` ${dates.consultationStart} liegt vor \`drafted\` ${dates.drafted}; die Mitzeichnung beginnt nach dem Entwurf`,
					`Unexpected \`dates.consultationStart\` ${dates.consultationStart} before \`drafted\` ${dates.drafted}, expected the consultation to start after drafting`,
				),
			);
		}
		if (dates.adopted && dates.adopted < dates.drafted) {
			addIssue(
				ctx,
				['dates', 'adopted'],
				say(
					`\`dates.adopted\` ${dates.adopted} liegt vor \`drafted\` ${dates.drafted}; beschlossen wird nach dem Entwurf`,
					`Unexpected \`dates.adopted\` ${dates.adopted} before \`drafted\` ${dates.drafted}, expected adoption after drafting`,
				),
			);
		}
	});

/** A position paper as written in front matter. */
export type PositionInput = z.input<typeof positionSchema>;
/** A position paper after validation and defaults. */
export type Position = z.output<typeof positionSchema>;
