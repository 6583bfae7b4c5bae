/** Schema of a lesson learned (Erfahrungsbericht): `content/lessons/*.md(x)`. */
import { z } from 'zod';
import { field } from './field-meta.ts';
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
	organization: field(organizationRef, {
		label: say('Organisation', 'Organization'),
		hint: 'Wer ihn übernommen hat.',
		example: 'ags:06411000',
	}),
	/** When they started. */
	date: field(isoDate, { label: say('Seit', 'Since'), hint: 'Seit wann.' }),
	/** What they took over or changed. */
	note: field(text, {
		label: say('Was übernommen wurde', 'What was adopted'),
		hint: 'Was übernommen oder geändert wurde.',
		example: 'Übernahme mit eigener Redaktion.',
	}),
});

/** The fields of a lesson learned. */
export const lessonSchema = z
	.strictObject({
		...documentFields,
		/** The crisis, by id from `content/registry/crises.yaml`. */
		crisis: field(slug, { label: say('Krise', 'Crisis'), hint: 'Die Krise: ID aus content/registry/crises.yaml.' }),
		/** The phase of crisis management the measure belongs to. */
		phase: field(z.enum(PHASES), {
			label: say('Phase', 'Phase'),
			hint: 'Phase des Krisenmanagements, in die die Maßnahme fällt.',
			values: 'phase',
		}),
		/** When the measure ran. */
		period: field(
			z.strictObject({
				/** First day. */
				from: field(isoDate, { label: say('Von', 'From'), hint: 'Erster Tag.' }),
				/** Last day; omit while it is still running. */
				until: field(isoDate.optional(), { label: say('Bis', 'Until'), hint: 'Letzter Tag; weglassen, solange sie läuft.' }),
			}),
			{ label: say('Zeitraum', 'Period'), hint: 'Zeitraum der Maßnahme.' },
		),
		/** The organization that reports what it did. */
		organization: field(organizationRef, {
			label: say('Berichtende Stelle', 'Reporting organization'),
			hint: 'Die Organisation, die berichtet.',
		}),
		/** A federal measure the lesson relates to, by id. Optional. */
		measure: field(slug.optional(), {
			label: say('Bundesmaßnahme', 'Federal measure'),
			hint: 'Zugehörige Bundesmaßnahme: ID aus content/registry/measures.yaml.',
		}),
		/** How it turned out: `success`, `mixed` or `failure`. */
		outcome: field(z.enum(OUTCOMES), {
			label: say('Ergebnis', 'Outcome'),
			hint: 'Wie es ausging. Auch ein Scheitern ist ein wertvoller Bericht.',
			values: 'outcome',
		}),
		/** How transferable it is, and under which conditions. */
		transferability: field(
			z.strictObject({
				/** `high`, `medium` or `low`. */
				rating: field(z.enum(TRANSFERABILITY), { label: say('Bewertung', 'Rating'), hint: 'Einschätzung.', values: 'rating' }),
				/** Conditions for reuse, e.g. size of town or IT prerequisites; at least one. */
				conditions: field(z.array(text).min(1), {
					label: say('Voraussetzungen', 'Conditions'),
					hint: 'Voraussetzungen, z. B. Größe der Kommune oder IT; mindestens eine.',
				}),
			}),
			{ label: say('Übertragbarkeit', 'Transferability'), hint: 'Wie leicht andere es übernehmen können.' },
		),
		/** A functional contact: a role and an office mailbox, never a private person. */
		contact: field(
			z.strictObject({
				/** The role or office, e.g. `Referat Digitalisierung`. */
				role: field(text, {
					label: say('Funktion oder Stelle', 'Role or office'),
					hint: 'Stelle oder Amt, z. B. Referat Digitalisierung.',
				}),
				/** The office mailbox. */
				email: field(z.email(), {
					label: say('Funktionspostfach', 'Office mailbox'),
					hint: 'Funktionspostfach, z. B. digital@stadt.example.',
				}),
			}),
			{
				label: say('Kontakt (Funktion, kein Name)', 'Contact (a role, not a name)'),
				hint: 'Funktionaler Kontakt: eine Stelle und ihr Funktionspostfach, keine Privatperson.',
			},
		),
		/** Who reused the lesson later. Default: nobody yet. */
		reuse: field(z.array(reuseSchema).default([]), { label: say('Nachnutzung', 'Reuse'), hint: 'Wer den Ansatz später übernommen hat.' }),
	})
	.superRefine((data, ctx) => {
		checkDocument(data, ctx);
		if (data.period.until && data.period.until < data.period.from) {
			addIssue(
				ctx,
				['period', 'until'],
				say(
					`\`period.until\` ${data.period.until} liegt vor \`period.from\` ${data.period.from}; der Zeitraum muss nach seinem Beginn enden`,
					`Unexpected \`period.until\` ${data.period.until} before \`period.from\` ${data.period.from}, expected the period to end after it starts`,
				),
			);
		}
	});

/** A lesson as written in front matter. */
export type LessonInput = z.input<typeof lessonSchema>;
/** A lesson after validation and defaults. */
export type Lesson = z.output<typeof lessonSchema>;
