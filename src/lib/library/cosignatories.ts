/**
 * Groups a paper's co-signatories by level and Land, counts them the way
 * readers ask ("N Kommunen in M Ländern"), and decides when they are too many
 * to list on the paper's own page.
 */
import type { PaperCosignatory } from './library-index.ts';
import { LAND_CODES, type LandCode } from '../../schemas/primitives.ts';
import type { Registries } from '../registries/load-registries.ts';
import { resolveOrganization, type ResolvedOrganization } from '../registries/organizations.ts';
import { compareText } from '../collate.ts';
import type { Translator } from '../../i18n/t.ts';
import { laenderByName } from './labels.ts';

const compareGerman = compareText('de');

/** Co-signatories of one level, by Land. */
export interface CosignatoryGroup<T> {
	level: 'bund' | 'land' | 'kommune';
	/** Entries by Land in the order given (by name on the site); federal bodies first, under `undefined`. */
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

/** Groups entries that carry a resolved organization by level, then by Land in the order of `laender`. */
export function groupCosignatories<T extends { organization: ResolvedOrganization }>(
	entries: readonly T[],
	laender: readonly LandCode[] = LAND_CODES,
): CosignatoryOverview<T> {
	const groups: CosignatoryGroup<T>[] = [];
	for (const level of LEVEL_ORDER) {
		const ofLevel = entries.filter((e) => e.organization.level === level);
		if (ofLevel.length === 0) continue;
		const lands: (LandCode | undefined)[] = [undefined, ...laender];
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

/** A co-signature with its organization resolved; `ref` is the reference as written. */
export type ResolvedCosignatory = Omit<PaperCosignatory, 'organization'> & {
	organization: ResolvedOrganization;
	ref: string;
};

/** A paper's co-signatories, resolved and grouped; the build has checked that every reference resolves. */
export function groupPaperCosignatories(
	cosignatories: readonly PaperCosignatory[],
	registries: Pick<Registries, 'organizations' | 'register'>,
): CosignatoryOverview<ResolvedCosignatory> {
	return groupCosignatories(
		cosignatories.map((c) => ({
			...c,
			organization: resolveOrganization(c.organization, registries.organizations, registries.register)!,
			ref: c.organization,
		})),
		laenderByName(registries),
	);
}

/**
 * The headline of a paper's co-signatories: `3 mitzeichnende Stellen, davon
 * 2 Kommunen in einem Land`; the clause on Kommunen is left out when none signed.
 */
export function cosignatorySummary(tr: Translator, overview: CosignatoryOverview<unknown>): string {
	const total = tr('position.cosignatories.total', { count: overview.total });
	if (overview.kommunen === 0) return total;
	return tr('position.cosignatories.summary', {
		total,
		kommunen: tr('position.cosignatories.kommunen', { count: overview.kommunen }),
		laender: tr('position.cosignatories.laender', { count: overview.kommunenLaender }),
	});
}

/**
 * Co-signatories a paper's own page lists in full. A paper with more gets a
 * page of its own for the full list, and its page shows the counts by level
 * and Land instead. Why 50: each listed co-signatory adds about 120 bytes of
 * HTML, so 50 keep a paper page within some 6 KB of its size without them
 * and well under the 40 KB every document page must stay within; and 50
 * entries under their Land headings are still a list a screen-reader user
 * reads through, where 600 are not. Land associations collect hundreds.
 */
export const COSIGNATORIES_INLINE_LIMIT = 50;

/** Whether a paper with `count` co-signatories lists them on a page of their own. */
export function hasCosignatoryPage(count: number): boolean {
	return count > COSIGNATORIES_INLINE_LIMIT;
}

/** The counts of one level: its total and, below the federal level, per Land. */
export interface CosignatoryCount {
	level: CosignatoryGroup<unknown>['level'];
	count: number;
	/** Per Land in the order of the groups; empty for the federal level. */
	byLand: { land: LandCode; count: number }[];
}

/**
 * The compact overview a paper page shows in place of a long list: at most
 * three levels with at most 16 Länder each, whatever the number of entries.
 */
export function countCosignatories(overview: CosignatoryOverview<unknown>): CosignatoryCount[] {
	return overview.groups.map(({ level, byLand }) => ({
		level,
		count: byLand.reduce((sum, group) => sum + group.entries.length, 0),
		byLand: byLand.flatMap(({ land, entries }) => (land ? [{ land, count: entries.length }] : [])),
	}));
}

/**
 * The dictionary key of a level's heading: `Bundesebene`, `Landesebene`,
 * `Kommunale Ebene`. Not the names of the levels' members ("Länder",
 * "Kommunen"): a Land association signs at the level of a Land.
 */
export function levelHeading(
	level: CosignatoryGroup<unknown>['level'],
): 'level.federal' | `level.heading.${'land' | 'kommune'}` {
	return level === 'bund' ? 'level.federal' : `level.heading.${level}`;
}

/** The fragment id of a level's or a Land's part of a co-signatory list: `cosignatories-kommune-by`. */
export function cosignatoryAnchor(level: CosignatoryGroup<unknown>['level'], land?: LandCode): string {
	return land ? `cosignatories-${level}-${land.toLowerCase()}` : `cosignatories-${level}`;
}
