/**
 * What synthetic documents may point at, taken from the project's real
 * registries: topic, crisis and measure ids, registry organizations, and the
 * Gemeinden and Kreise of the municipal register by their AGS keys.
 */
import type { Registries } from '../src/lib/registries/load-registries.ts';
import { resolveOrganization } from '../src/lib/registries/organizations.ts';
import { LAND_CODES, type LandCode } from '../src/schemas/primitives.ts';
import type { Measure } from '../src/schemas/registry.ts';
import { toDay } from './dates.ts';

/** A crisis with its days as numbers. */
export interface CrisisRef {
	id: string;
	start: number;
	/** Last day, when the crisis has ended. */
	end?: number;
}

/** Reference targets, grouped the way the generator draws them. */
export interface ReferencePools {
	topics: string[];
	crises: CrisisRef[];
	measures: Measure[];
	/** Registry organizations of type `association` (leads and co-signatories). */
	associations: string[];
	/** Registry organizations of the Bund other than associations (addressees). */
	federalBodies: string[];
	/** Inhabited Gemeinden as `ags:` + 8 digits. */
	gemeinden: string[];
	/** The same, per Land. */
	gemeindenByLand: Map<LandCode, string[]>;
	/** Kreise and kreisfreie Städte as `ags:` + 5 digits. */
	kreise: string[];
	laender: readonly LandCode[];
	/** The display name of an organization reference, e.g. for mailbox domains. */
	nameOf: (ref: string) => string;
}

/** Builds the pools from loaded registries. */
export function referencePools(registries: Registries): ReferencePools {
	const organizations = [...registries.organizations.values()];
	const gemeindenByLand = new Map<LandCode, string[]>(LAND_CODES.map((code) => [code, []]));
	const gemeinden: string[] = [];
	for (const g of registries.register.gemeinden.values()) {
		if (g.einwohner <= 0) continue;
		const ref = `ags:${g.ags}`;
		gemeinden.push(ref);
		gemeindenByLand.get(g.land)?.push(ref);
	}
	return {
		topics: [...registries.topics.keys()],
		crises: [...registries.crises.values()].map((c) => ({
			id: c.id,
			start: toDay(c.start),
			...(c.end ? { end: toDay(c.end) } : {}),
		})),
		measures: [...registries.measures.values()],
		associations: organizations.filter((o) => o.type === 'association').map((o) => o.id),
		federalBodies: organizations.filter((o) => o.level === 'bund' && o.type !== 'association').map((o) => o.id),
		gemeinden,
		gemeindenByLand,
		kreise: [...registries.register.kreise.keys()].map((key) => `ags:${key}`),
		laender: LAND_CODES,
		nameOf: (ref) => resolveOrganization(ref, registries.organizations, registries.register)?.name ?? ref,
	};
}
