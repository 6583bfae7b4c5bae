/**
 * Resolves an organization reference — a registry id, an `ags:` key or a Land
 * code — to one shape the pages can render, whatever registry it comes from.
 */
import type { Level, LandCode } from '../../schemas/primitives.ts';
import type { Organization } from '../../schemas/registry.ts';
import type { Gemeindeverzeichnis } from './gemeindeverzeichnis.ts';
import { placeName } from './organization-names.ts';
import { currentKey, type KeyChange } from './key-change-chain.ts';

/** What kind of entry a reference points at. */
export type OrganizationKind = 'registry' | 'gemeinde' | 'kreis' | 'land';

/** An organization, whichever registry it comes from. */
export interface ResolvedOrganization {
	/** The reference as documents write it, e.g. `ags:07312000`. */
	ref: string;
	/** A URL-safe id for its hub page, e.g. `ags-07312000`. */
	slug: string;
	/**
	 * The name readers see: for a Kreis or Gemeinde with its type and Land
	 * (`Landkreis Kaiserslautern (Rheinland-Pfalz)`, see `organization-names.ts`).
	 */
	name: string;
	/** The name below a heading of its Land, where the Land goes without saying: `Landkreis Kaiserslautern`. */
	withinLand: string;
	/** The official key of a Kreis (5 digits) or Gemeinde (8 digits). */
	ags?: string;
	/** The short form, where there is one. */
	short?: string;
	kind: OrganizationKind;
	/** The level of the state it belongs to. */
	level: Exclude<Level, 'eu'>;
	/** Its Land; absent for federal bodies. */
	land?: LandCode;
	/** The register's type (`kreisfreie-stadt`, …) or the registry's (`association`, …). */
	type: string;
	/** Its website, for registry entries. */
	url?: string;
	/**
	 * Where the reference names a former key (`aenderungen.csv`): the key as
	 * written and the changes that led from it to this body, oldest first.
	 * `ref` and `slug` are then those of the body today.
	 */
	former?: { ref: string; steps: KeyChange[] };
}

/** Turns a reference into the id of its hub page: `ags:07312000` → `ags-07312000`, `BY` → `by`. */
export function organizationSlug(ref: string): string {
	return ref.replace(':', '-').toLowerCase();
}

/**
 * Looks a reference up. Returns `undefined` when it does not resolve; callers
 * report that as a diagnostic.
 */
export function resolveOrganization(
	ref: string,
	organizations: ReadonlyMap<string, Organization>,
	register: Gemeindeverzeichnis,
): ResolvedOrganization | undefined {
	const slug = organizationSlug(ref);
	if (ref.startsWith('ags:')) {
		const changed = currentKey(register.changes, ref.slice(4));
		if (changed) {
			const today = resolveOrganization(`ags:${changed.ags}`, organizations, register);
			return today && { ...today, former: { ref, steps: changed.steps } };
		}
		const ags = ref.slice(4);
		const place = ags.length === 8 ? register.gemeinden.get(ags) : register.kreise.get(ags);
		const named = placeName(register, ags);
		if (!place || !named) return undefined;
		return {
			ref,
			slug,
			name: named.full,
			withinLand: named.withinLand,
			ags,
			kind: ags.length === 8 ? 'gemeinde' : 'kreis',
			level: 'kommune',
			land: place.land,
			type: place.art,
		};
	}
	if (/^[A-Z]{2}$/.test(ref)) {
		const l = register.laender.get(ref as LandCode);
		return (
			l && { ref, slug, name: l.name, withinLand: l.name, kind: 'land', level: 'land', land: l.code, type: 'land' }
		);
	}
	const o = organizations.get(ref);
	if (!o) return undefined;
	const resolved: ResolvedOrganization = {
		ref,
		slug,
		name: o.name,
		withinLand: o.name,
		kind: 'registry',
		level: o.level,
		type: o.type,
		url: o.url,
	};
	if (o.short) resolved.short = o.short;
	if (o.land) resolved.land = o.land;
	return resolved;
}
