/**
 * Schemas of the hand-kept registries in `content/registry/`: topics, crises,
 * federal measures and organizations. The municipal register is official data
 * and has its own reader (`src/lib/registries/gemeindeverzeichnis.ts`).
 */
import { z } from 'zod';
import { addIssue, say } from './localized.ts';
import { bilingual, isoDate, landCode, legalCitation, organizationRef, slug, text, webUrl } from './primitives.ts';

/** A topic, e.g. `digitalstrategie`. */
export const topicSchema = z.strictObject({
	/** The id documents use in `topics`. */
	id: slug,
	/** The label in German and English. */
	label: bilingual,
	/** One sentence on what belongs here. Optional. */
	description: bilingual.optional(),
});

/** A crisis, e.g. `covid-19`. */
export const crisisSchema = z.strictObject({
	/** The id lessons use in `crisis`. */
	id: slug,
	/** The label in German and English. */
	label: bilingual,
	/** When it began. */
	start: isoDate,
	/** When it ended; omit while it goes on. */
	end: isoDate.optional(),
	/** One sentence of context. Optional. */
	description: bilingual.optional(),
	/** A public source for the dates. */
	source: webUrl,
});

/** A federal measure, e.g. `grundsteuerreform`. */
export const measureSchema = z.strictObject({
	/** The id guides and lessons use in `measure`. */
	id: slug,
	/** The label in German and English. */
	label: bilingual,
	/** Abbreviations it is known by, e.g. `OZG`. Default: none. */
	abbreviations: z.array(text).default([]),
	/** The legal basis; at least one provision. */
	legalBasis: z.array(legalCitation).min(1),
	/** The federal body responsible, by organization reference. */
	responsible: organizationRef,
	/** One sentence of context. Optional. */
	description: bilingual.optional(),
});

/** Kinds of organization outside the municipal register. */
export const ORGANIZATION_TYPES = ['association', 'ministry', 'agency', 'government', 'parliament', 'other'] as const;

/** An organization that is not a Gemeinde, Kreis or Land. */
export const organizationSchema = z
	.strictObject({
		/** The id documents use, e.g. `staedtetag`. */
		id: slug,
		/** The full name, e.g. `Deutscher Städtetag`. */
		name: text,
		/** A short form, e.g. `DST`. Optional. */
		short: text.optional(),
		/** The level it belongs to or represents. */
		level: z.enum(['bund', 'land', 'kommune']),
		/** What it is: `association`, `ministry`, `agency`, `government`, `parliament` or `other`. */
		type: z.enum(ORGANIZATION_TYPES),
		/** The Land, for bodies of one Land. Omit for federal bodies. */
		land: landCode.optional(),
		/** Its website. */
		url: webUrl,
	})
	.superRefine((data, ctx) => {
		if (data.level === 'land' && !data.land) {
			addIssue(ctx, ['land'], say('Fehlendes Feld `land`, erwartet: das Länderkürzel einer Stelle auf Landesebene', 'Missing `land`, expected the Land code of a body at Land level'));
		}
	});

export type Topic = z.output<typeof topicSchema>;
export type Crisis = z.output<typeof crisisSchema>;
export type Measure = z.output<typeof measureSchema>;
export type Organization = z.output<typeof organizationSchema>;
