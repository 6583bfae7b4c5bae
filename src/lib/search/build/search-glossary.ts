/**
 * The glossary the search uses: the entries of `glossary.yaml`, and the
 * abbreviations the organization registry already gives (`short: DLT` for
 * "Deutscher Landkreistag"), so that an abbreviation a contributor wrote
 * down once finds the documents that only use the name, and the other way
 * round. An entry of `glossary.yaml` wins over an organization's.
 */
import { ABBREVIATION_PATTERN, type GlossaryEntry } from '../../../schemas/glossary.ts';
import type { Organization } from '../../../schemas/registry.ts';

/** The glossary entries of `glossary.yaml` and of the organizations' short names. */
export function searchGlossary(
	glossary: readonly GlossaryEntry[],
	organizations: Iterable<Organization>,
): GlossaryEntry[] {
	const out = [...glossary];
	const known = new Set(glossary.map((entry) => entry.abbreviation));
	for (const organization of organizations) {
		const short = organization.short;
		if (!short || known.has(short) || !ABBREVIATION_PATTERN.test(short)) continue;
		// "Deutscher Landkreistag (DLT)" → the name outside the brackets; "FITKO (Föderale IT-Kooperation)" → inside.
		const outside = organization.name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
		const name = outside === short ? (/\(([^)]*)\)/.exec(organization.name)?.[1]?.trim() ?? '') : outside;
		if (!name || name === short) continue;
		known.add(short);
		out.push({ abbreviation: short, expansions: [name] });
	}
	return out;
}
