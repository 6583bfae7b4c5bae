/** Schema of an implementation guide (Umsetzungsleitfaden): `content/guides/*.md(x)`. */
import { z } from 'zod';
import { checkDocument, documentFields } from './document.ts';
import { field } from './field-meta.ts';
import { say } from './localized.ts';
import { addresseeRef, isoDate, LAND_CODES, legalCitation, slug, text, webUrl } from './primitives.ts';

/**
 * One row of the Länder matrix. The federal baseline fills what applies
 * everywhere; a Land entry names only what differs there and inherits the rest.
 */
export const matrixRowFields = {
	/** The model or approach, e.g. `Bundesmodell` or `Flächenmodell`. */
	model: field(text.optional(), { label: say('Modell', 'Model'), hint: 'Modell oder Ansatz.', example: 'Flächenmodell' }),
	/** The governing law, e.g. `Landesgrundsteuergesetz (LGrStG)`. */
	law: field(text.optional(), {
		label: say('Rechtsgrundlage', 'Legal basis'),
		hint: 'Maßgebliches Gesetz.',
		example: 'Bayerisches Grundsteuergesetz (BayGrStG)',
	}),
	/** The body responsible, e.g. `Finanzamt` or `Landesamt für Steuern`. */
	authority: field(text.optional(), { label: say('Zuständig', 'Responsible'), hint: 'Zuständige Stelle.', example: 'Finanzamt' }),
	/** The deadline that applies. */
	deadline: field(isoDate.optional(), { label: say('Frist', 'Deadline'), hint: 'Geltende Frist.' }),
	/** Anything else readers must know. */
	note: field(text.optional(), {
		label: say('Hinweis', 'Note'),
		hint: 'Was man sonst wissen muss.',
		example: 'Nur Grundstücks- und Gebäudeflächen zählen.',
	}),
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
	url: field(webUrl.optional(), {
		label: say('Quelle der Abweichung (URL)', 'Source of the difference (URL)'),
		hint: 'Wo die Abweichung des Landes nachzulesen ist.',
		example: 'https://www.gesetze-bayern.de/Content/Document/BayGrStG',
	}),
});

/** The fields of an implementation guide. */
export const guideSchema = z
	.strictObject({
		...documentFields,
		/** The federal measure, by id from `content/registry/measures.yaml`. */
		measure: field(slug, {
			label: say('Bundesmaßnahme', 'Federal measure'),
			hint: 'Die Bundesmaßnahme: ID aus content/registry/measures.yaml.',
		}),
		/** The legal basis: law and paragraph with links; at least one. */
		legalBasis: field(z.array(legalCitation).min(1), {
			label: say('Rechtsgrundlagen', 'Legal basis'),
			hint: 'Rechtsgrundlagen mit Fundstelle, mindestens eine.',
		}),
		/** Who is responsible for what. */
		responsible: field(
			z
				.array(
					z.strictObject({
						/** The body or level: `level:kommune`, a registry id, … */
						body: field(addresseeRef, { label: say('Stelle oder Ebene', 'Body or level'), hint: 'Ebene oder Organisation.' }),
						/** What it is responsible for. */
						task: field(text, { label: say('Aufgabe', 'Task'), hint: 'Wofür sie zuständig ist.' }),
					}),
				)
				.min(1),
			{ label: say('Zuständigkeiten', 'Responsibilities'), hint: 'Wer wofür zuständig ist, mindestens ein Eintrag.' },
		),
		/** Deadlines that apply everywhere. Default: none. */
		deadlines: field(
			z
				.array(
					z.strictObject({
						/** The day. */
						date: field(isoDate, { label: say('Datum', 'Date'), hint: 'Der Tag.' }),
						/** What must be done by then. */
						description: field(text, {
							label: say('Was bis dahin zu tun ist', 'What must be done by then'),
							hint: 'Was bis dahin geschehen muss.',
							example: 'Erklärung zur Feststellung des Grundsteuerwerts abgeben.',
						}),
					}),
				)
				// Each deadline is an event in several calendars: bounded, as a guide's real deadlines are few.
				.max(50)
				.default([]),
			{ label: say('Fristen', 'Deadlines'), hint: 'Fristen, die überall gelten (höchstens 50).' },
		),
		/** Funding programmes. Default: none. */
		funding: field(
			z
				.array(
					z.strictObject({
						/** The programme's name. */
						name: field(text, { label: say('Programm', 'Programme'), hint: 'Name des Programms.', example: 'Kommunalrichtlinie' }),
						/** What it pays for and who may apply. */
						description: field(text, {
							label: say('Was gefördert wird', 'What it funds'),
							hint: 'Was es fördert und wer antragsberechtigt ist.',
							example: 'Zuschüsse des Bundes für Klimaschutz in Kommunen.',
						}),
						/** Where to read more. Optional. */
						url: field(webUrl.optional(), {
							label: say('Adresse (URL)', 'Address (URL)'),
							hint: 'Weitere Informationen.',
							example: 'https://www.klimaschutz.de/de/foerderung/foerderprogramme/kommunalrichtlinie',
						}),
					}),
				)
				.default([]),
			{ label: say('Förderung', 'Funding'), hint: 'Förderprogramme.' },
		),
		/** What applies nationwide unless a Land says otherwise. */
		baseline: field(baselineSchema, {
			label: say('Bundesstandard', 'Federal baseline'),
			hint: 'Was bundesweit gilt, solange ein Land nichts anderes regelt.',
		}),
		/** Per Land only what differs from the baseline, keyed by Land code. Default: nothing differs. */
		laender: field(z.partialRecord(z.enum(LAND_CODES), landRowSchema).default({}), {
			label: say('Abweichungen der Länder', 'Differences by state'),
			hint: 'Je Land nur, was von baseline abweicht; alles andere gilt wie dort.',
			example: 'BY',
		}),
		/** The day the guide was last checked against the law. */
		reviewed: field(isoDate, {
			label: say('Zuletzt geprüft am', 'Last reviewed on'),
			hint: 'Tag, an dem der Leitfaden zuletzt mit der Rechtslage abgeglichen wurde.',
			start: 'today',
		}),
		/** Months until the next review is due. Default: 12. */
		reviewIntervalMonths: field(z.int().min(1).max(60).default(12), {
			label: say('Prüfintervall in Monaten', 'Review interval in months'),
			hint: 'Monate bis zur nächsten Prüfung.',
		}),
	})
	.superRefine((data, ctx) => checkDocument(data, ctx));

/** A guide as written in front matter. */
export type GuideInput = z.input<typeof guideSchema>;
/** A guide after validation and defaults. */
export type Guide = z.output<typeof guideSchema>;
