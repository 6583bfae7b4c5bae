/**
 * The registries in a compact form for the browser, and the lookups the
 * contribution form runs on them: does a reference resolve, and which
 * organizations match what the contributor typed (by name or by key).
 */
import type { DocumentKind } from '../../schemas/kinds.ts';
import type { Registries } from '../registries/load-registries.ts';
import { compareText } from '../collate.ts';
import type { Localized } from '../validate/report/messages.ts';
import { placeName } from '../registries/organization-names.ts';
import {
	suggestionBudget,
	unresolvedMessage,
	unresolvedReferences,
	type ReferenceLookup,
} from '../registries/references.ts';
import type { Candidate } from '../validate/report/suggest.ts';

/** The data `/api/register.json` serves. */
export interface ReferenceData {
	topics: string[];
	crises: string[];
	measures: string[];
	documents: string[];
	/**
	 * Registry organizations, Länder, Kreise and Gemeinden as `[reference, name]`;
	 * a Kreis or Gemeinde is named with its type and Land, as on the site
	 * (`Landkreis Kaiserslautern (Rheinland-Pfalz)`), so that suggestions of the
	 * same bare name can be told apart.
	 */
	organizations: [string, string][];
}

/** Builds the compact data from the registries and the ids of existing documents. */
export function buildReferenceData(registries: Registries, documents: string[]): ReferenceData {
	const organizations: [string, string][] = [
		...[...registries.organizations.values()].map((o): [string, string] => [
			o.id,
			o.short ? `${o.name} (${o.short})` : o.name,
		]),
		...[...registries.register.laender.values()].map((l): [string, string] => [l.code, l.name]),
		...[...registries.register.kreise.values()].map((k): [string, string] => [
			`ags:${k.ags}`,
			placeName(registries.register, k.ags)!.full,
		]),
		...[...registries.register.gemeinden.values()]
			.filter((g) => !g.art.startsWith('gemeindefrei'))
			.map((g): [string, string] => [`ags:${g.ags}`, placeName(registries.register, g.ags)!.full]),
	];
	return {
		topics: [...registries.topics.keys()],
		crises: [...registries.crises.keys()],
		measures: [...registries.measures.keys()],
		documents,
		organizations,
	};
}

/**
 * Organizations whose name or key contains every word typed, best matches
 * first, at most `limit`: names starting with the first word, then names that
 * hold every word in themselves, then those that match only in what follows the
 * name in parentheses — so that "Kaiserslautern" lists the Landkreis and the
 * city before the Gemeinden of the Landkreis.
 */
export function findOrganizations(data: ReferenceData, query: string, limit = 20): [string, string][] {
	const words = query.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
	if (words.length === 0) return [];
	const hits = data.organizations.filter(([ref, name]) => {
		const hay = `${ref} ${name}`.toLocaleLowerCase('de');
		return words.every((w) => hay.includes(w));
	});
	const first = words[0]!;
	const rank = ([, name]: [string, string]) => {
		const own = name.replace(/ \(.*\)$/, '').toLocaleLowerCase('de');
		return own.startsWith(first) ? 0 : words.every((w) => own.includes(w)) ? 1 : 2;
	};
	return hits.sort((a, b) => rank(a) - rank(b) || compareText('de')(a[1], b[1])).slice(0, limit);
}

/** A reference the form found unresolved: where, and what to say. */
export interface ReferenceProblem {
	path: (string | number)[];
	message: Localized;
}

/** The organizations as candidates of a "did you mean", made once when first asked for. */
function organizationCandidatesOf(refs: ReferenceData): () => Candidate[] {
	// Made once per check: suggest() folds each candidate's names once per object.
	let list: Candidate[] | undefined;
	// Names come as `Deutscher Städtetag (DST)` and `Ulm, Universitätsstadt`: the name alone is what people type.
	return () =>
		(list ??= refs.organizations.map(([id, name]) => ({
			id,
			name: name.replace(/ \([^)]*\)$/, ''),
			also: [name, name.split(',')[0]!],
		})));
}

/** Checks the references of form data against the compact registries, as the validator does for files. */
export function checkFormReferences(
	kind: DocumentKind,
	data: Record<string, unknown>,
	refs: ReferenceData,
): ReferenceProblem[] {
	const organizations = new Set(refs.organizations.map(([ref]) => ref));
	// The form knows only the ids of existing documents, not their kinds.
	const lookup: ReferenceLookup = {
		topic: (v) => refs.topics.includes(v),
		crisis: (v) => refs.crises.includes(v),
		measure: (v) => refs.measures.includes(v),
		organization: (v) => organizations.has(v),
		document: (v) => refs.documents.includes(v),
		position: (v) => refs.documents.includes(v),
	};
	const withDefaults = {
		topics: [],
		related: [],
		cosignatories: [],
		addressees: [],
		demands: [],
		reuse: [],
		responsible: [],
		...data,
	};
	const ids = (list: string[]) => () => list.map((id) => ({ id }));
	const candidates = suggestionBudget({
		topic: ids(refs.topics),
		crisis: ids(refs.crises),
		measure: ids(refs.measures),
		organization: organizationCandidatesOf(refs),
		document: ids(refs.documents),
		position: ids(refs.documents),
	});
	return unresolvedReferences(kind, withDefaults, lookup).map((ref) => ({
		path: ref.path,
		message: unresolvedMessage(ref, 'form', candidates),
	}));
}

/**
 * Checks the signatory of a co-signature (`ags:08421000`, `BY`, `staedtetag`)
 * against the compact registries, with the same words for an unknown body as
 * every other reference; the problem sits at `path` (the form's field).
 */
export function checkFormSignatory(
	signatory: string,
	refs: ReferenceData,
	path: (string | number)[] = ['signatory'],
): ReferenceProblem[] {
	if (refs.organizations.some(([ref]) => ref === signatory)) return [];
	const candidates = suggestionBudget({ organization: organizationCandidatesOf(refs) });
	return [{ path, message: unresolvedMessage({ path, target: 'organization', value: signatory }, 'form', candidates) }];
}
