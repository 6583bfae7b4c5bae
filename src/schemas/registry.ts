/**
 * Schemas of the hand-kept registries in `content/registry/`: topics, crises,
 * federal measures and organizations. The municipal register is official data
 * and has its own reader (`src/lib/registries/gemeindeverzeichnis.ts`).
 */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { addIssue, say } from './localized.ts';
import { bilingual, isoDate, landCode, legalCitation, organizationRef, slug, text, visibleLine, webUrl } from './primitives.ts';


/** A registry entry's label: one visible line in each language, as feeds, calendars and citations repeat it. */
const label = z.strictObject({ de: visibleLine(200), en: visibleLine(200) });

/** A topic, e.g. `digitalstrategie`. */
export const topicSchema = z.strictObject({
	/** The id documents use in `topics`. */
	id: field(slug, { hint: 'Die ID, mit der Dokumente das Thema unter topics nennen.', example: 'digitalstrategie' }),
	/** The label in German and English. */
	label: field(label, { hint: 'Die Bezeichnung auf Deutsch (de) und Englisch (en).' }),
	/** One sentence on what belongs here. Optional. */
	description: field(bilingual.optional(), { hint: 'Ein Satz dazu, was hierher gehört, auf Deutsch und Englisch. Optional.' }),
});

/** A crisis, e.g. `covid-19`. */
export const crisisSchema = z.strictObject({
	/** The id lessons use in `crisis`. */
	id: field(slug, { hint: 'Die ID, mit der Erfahrungsberichte die Krise unter crisis nennen.', example: 'covid-19' }),
	/** The label in German and English. */
	label: field(label, { hint: 'Die Bezeichnung auf Deutsch (de) und Englisch (en).' }),
	/** When it began. */
	start: field(isoDate, { hint: 'Beginn der Krise.' }),
	/** When it ended; omit while it goes on. */
	end: field(isoDate.optional(), { hint: 'Ende der Krise; weglassen, solange sie andauert.' }),
	/** One sentence of context. Optional. */
	description: field(bilingual.optional(), { hint: 'Ein Satz zur Einordnung, auf Deutsch und Englisch. Optional.' }),
	/** A public source for the dates. */
	source: field(webUrl, { hint: 'Öffentliche Quelle für die Daten.' }),
});

/** A federal measure, e.g. `grundsteuerreform`. */
export const measureSchema = z.strictObject({
	/** The id guides and lessons use in `measure`. */
	id: field(slug, {
		hint: 'Die ID, mit der Leitfäden und Erfahrungsberichte die Maßnahme unter measure nennen.',
		example: 'grundsteuerreform',
	}),
	/** The label in German and English. */
	label: field(label, { hint: 'Die Bezeichnung auf Deutsch (de) und Englisch (en).' }),
	/** Abbreviations it is known by, e.g. `OZG`. Default: none. */
	abbreviations: field(z.array(text).default([]), { hint: 'Abkürzungen, unter denen sie bekannt ist.', example: 'OZG' }),
	/** The legal basis; at least one provision. */
	legalBasis: field(z.array(legalCitation).min(1), { hint: 'Rechtsgrundlagen mit Fundstelle, mindestens eine.' }),
	/** The federal body responsible, by organization reference. */
	responsible: field(organizationRef, { hint: 'Die zuständige Bundesstelle: ID aus content/registry/organizations/.', example: 'bmf' }),
	/** One sentence of context. Optional. */
	description: field(bilingual.optional(), { hint: 'Ein Satz zur Einordnung, auf Deutsch und Englisch. Optional.' }),
});

/** Kinds of organization outside the municipal register. */
export const ORGANIZATION_TYPES = ['association', 'ministry', 'agency', 'government', 'parliament', 'other'] as const;

/** An organization that is not a Gemeinde, Kreis or Land. */
export const organizationSchema = z
	.strictObject({
		/** The id documents use, e.g. `staedtetag`. */
		id: field(slug, { hint: 'Die ID, mit der Dokumente die Organisation nennen.', example: 'staedtetag' }),
		/** The full name, e.g. `Deutscher Städtetag`. */
		name: field(visibleLine(200), { hint: 'Der volle Name.', example: 'Deutscher Städtetag' }),
		/** A short form, e.g. `DST`. Optional. */
		short: field(text.optional(), { hint: 'Die Kurzform. Optional.', example: 'DST' }),
		/** The level it belongs to or represents. */
		level: field(z.enum(['bund', 'land', 'kommune']), { hint: 'Die Ebene, der sie angehört oder die sie vertritt.' }),
		/** What it is: `association`, `ministry`, `agency`, `government`, `parliament` or `other`. */
		type: field(z.enum(ORGANIZATION_TYPES), { hint: 'Was sie ist: Verband, Ministerium, Behörde, Regierung, Parlament oder anderes.' }),
		/** The Land, for bodies of one Land. Omit for federal bodies. */
		land: field(landCode.optional(), { hint: 'Das Land, bei Stellen eines Landes (nötig bei level: land); bei Bundesstellen weglassen.' }),
		/** Its website. */
		url: field(webUrl, { hint: 'Ihre Website.' }),
	})
	.superRefine((data, ctx) => {
		if (data.level === 'land' && !data.land) {
			addIssue(
				ctx,
				['land'],
				say(
					'Fehlendes Feld `land`, erwartet: das Länderkürzel einer Stelle auf Landesebene',
					'Missing `land`, expected the Land code of a body at Land level',
				),
			);
		}
	});

export type Topic = z.output<typeof topicSchema>;
export type Crisis = z.output<typeof crisisSchema>;
export type Measure = z.output<typeof measureSchema>;
export type Organization = z.output<typeof organizationSchema>;
