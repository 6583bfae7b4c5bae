/**
 * Front matter of a synthetic implementation guide: a federal measure from the
 * registry with its real legal basis, responsibilities, deadlines, funding, the
 * federal baseline and the Länder matrix — for some guides all 16 Länder.
 */
import { MATRIX_FIELDS, type MatrixField } from '../src/schemas/guide.ts';
import type { LandCode } from '../src/schemas/primitives.ts';
import { toIso } from './dates.ts';
import { sharedFields, type GenerateContext, type PlannedDocument } from './document-fields.ts';
import { action, sentence, slugify } from './german-text.ts';
import { AUTHORITIES, TITLE_HEADS } from './vocabulary.ts';

/** What the corpus plan decides about a guide before it is drawn. */
export interface GuidePlan extends PlannedDocument {
	/** `true` for a guide whose matrix has a row for every Land. */
	fullMatrix: boolean;
}

const MODELS = [
	'Bundesmodell',
	'Landesmodell mit eigener Ausführungsverordnung',
	'Kommunalisierung der Aufgabe',
	'Zentrale Landesstelle',
	'Pauschalierte Kostenerstattung',
	'Mischmodell mit Kreiszuständigkeit',
] as const;

function landRow(ctx: GenerateContext, land: LandCode, abbreviation: string, published: number) {
	const { rng, pools } = ctx;
	const name = pools.nameOf(land);
	const value: Record<MatrixField, () => string> = {
		model: () => rng.pick(MODELS),
		law: () => `Ausführungsgesetz zum ${abbreviation} (${name})`,
		authority: () => rng.pick(AUTHORITIES),
		deadline: () => toIso(published + rng.int(-200, 800)),
		note: () => sentence(rng),
	};
	const fields = new Set(rng.sample(MATRIX_FIELDS, rng.int(1, 3)));
	const row: Record<string, string> = {};
	for (const field of MATRIX_FIELDS) if (fields.has(field)) row[field] = value[field]();
	if (rng.chance(0.7)) row.url = `https://www.landesrecht-${slugify(name)}.example/${slugify(abbreviation)}`;
	return row;
}

/** The front matter of one guide. */
export function guideFrontMatter(ctx: GenerateContext, plan: GuidePlan) {
	const { rng, pools, today } = ctx;
	const measure = rng.pick(pools.measures);
	const abbreviation = measure.abbreviations[0] ?? measure.label.de;
	const published = today - rng.int(30, 2200);
	// Reviewed within its interval: an overdue guide is a validation warning, and the corpus must validate clean.
	const reviewIntervalMonths = rng.pick([6, 12, 12, 24]);
	const reviewed = rng.int(Math.max(published, today - reviewIntervalMonths * 28), today);
	const laender = plan.fullMatrix ? [...pools.laender] : rng.sample(pools.laender, rng.chance(0.3) ? 0 : rng.int(1, 5));
	return {
		...sharedFields(ctx, plan, published),
		measure: measure.id,
		legalBasis: rng.sample(measure.legalBasis, rng.int(1, measure.legalBasis.length)),
		responsible: [
			{ body: 'level:kommune', task: action(rng) },
			{ body: 'level:land', task: action(rng) },
			...(rng.chance(0.5) ? [{ body: measure.responsible, task: action(rng) }] : []),
		],
		deadlines: Array.from({ length: rng.int(0, 3) }, () => ({
			date: toIso(published + rng.int(-400, 900)),
			description: sentence(rng),
		})),
		funding: Array.from({ length: rng.int(0, 2) }, () => ({
			name: `Förderprogramm ${rng.pick(TITLE_HEADS)}`,
			description: sentence(rng),
			...(rng.chance(0.5)
				? { url: `https://www.foerderdatenbank.example/${slugify(abbreviation)}-${rng.int(1, 99)}` }
				: {}),
		})),
		baseline: {
			model: 'Bundesmodell',
			law: abbreviation,
			authority: rng.pick(AUTHORITIES),
			...(rng.chance(0.6) ? { deadline: toIso(published + rng.int(0, 700)) } : {}),
			note: sentence(rng),
		},
		laender: Object.fromEntries(laender.map((land) => [land, landRow(ctx, land, abbreviation, published)])),
		reviewed: toIso(reviewed),
		reviewIntervalMonths,
	};
}
