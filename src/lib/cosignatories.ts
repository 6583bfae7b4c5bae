/**
 * Groups a paper's co-signatories by level and Land, and counts them the way
 * readers ask: "N Kommunen in M Ländern".
 */
import { LAND_CODES, type LandCode } from '../schemas/primitives.ts';
import type { ResolvedOrganization } from './organizations.ts';
import { compareText } from './collate.ts';

const compareGerman = compareText('de');

/** Co-signatories of one level, by Land. */
export interface CosignatoryGroup<T> {
	level: 'bund' | 'land' | 'kommune';
	/** Entries by Land in the order of `LAND_CODES`; federal bodies under `undefined`. */
	byLand: { land: LandCode | undefined; entries: T[] }[];
}

/** The grouped co-signatories and the headline counts. */
export interface CosignatoryOverview<T> {
	groups: CosignatoryGroup<T>[];
	/** Number of municipal co-signatories (Gemeinden and Kreise). */
	kommunen: number;
	/** Number of Länder those municipalities are in. */
	kommunenLaender: number;
	total: number;
}

const LEVEL_ORDER = ['bund', 'land', 'kommune'] as const;

/** Groups entries that carry a resolved organization by level, then by Land. */
export function groupCosignatories<T extends { organization: ResolvedOrganization }>(entries: readonly T[]): CosignatoryOverview<T> {
	const groups: CosignatoryGroup<T>[] = [];
	for (const level of LEVEL_ORDER) {
		const ofLevel = entries.filter((e) => e.organization.level === level);
		if (ofLevel.length === 0) continue;
		const lands: (LandCode | undefined)[] = [undefined, ...LAND_CODES];
		const byLand = lands
			.map((land) => ({
				land,
				entries: ofLevel
					.filter((e) => e.organization.land === land)
					.sort((a, b) => compareGerman(a.organization.name, b.organization.name)),
			}))
			.filter((g) => g.entries.length > 0);
		groups.push({ level, byLand });
	}
	const kommunen = entries.filter((e) => e.organization.kind === 'gemeinde' || e.organization.kind === 'kreis');
	return {
		groups,
		kommunen: kommunen.length,
		kommunenLaender: new Set(kommunen.map((e) => e.organization.land)).size,
		total: entries.length,
	};
}
