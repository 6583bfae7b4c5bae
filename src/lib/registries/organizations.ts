/**
 * Resolves an organization reference — a registry id, an `ags:` key or a Land
 * code — to one shape the pages can render, whatever registry it comes from.
 */
import type { Level, LandCode } from '../../schemas/primitives.ts';
import type { Organization } from '../../schemas/registry.ts';
import type { Gemeindeverzeichnis } from './gemeindeverzeichnis.ts';

/** What kind of entry a reference points at. */
export type OrganizationKind = 'registry' | 'gemeinde' | 'kreis' | 'land';

/** An organization, whichever registry it comes from. */
export interface ResolvedOrganization {
	/** The reference as documents write it, e.g. `ags:07312000`. */
	ref: string;
	/** A URL-safe id for its hub page, e.g. `ags-07312000`. */
	slug: string;
	name: string;
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
		const key = ref.slice(4);
		if (key.length === 8) {
			const g = register.gemeinden.get(key);
			return g && { ref, slug, name: g.name, kind: 'gemeinde', level: 'kommune', land: g.land, type: g.art };
		}
		const k = register.kreise.get(key);
		return k && { ref, slug, name: k.name, kind: 'kreis', level: 'kommune', land: k.land, type: k.art };
	}
	if (/^[A-Z]{2}$/.test(ref)) {
		const l = register.laender.get(ref as LandCode);
		return l && { ref, slug, name: l.name, kind: 'land', level: 'land', land: l.code, type: 'land' };
	}
	const o = organizations.get(ref);
	if (!o) return undefined;
	const resolved: ResolvedOrganization = {
		ref,
		slug,
		name: o.name,
		kind: 'registry',
		level: o.level,
		type: o.type,
		url: o.url,
	};
	if (o.short) resolved.short = o.short;
	if (o.land) resolved.land = o.land;
	return resolved;
}
