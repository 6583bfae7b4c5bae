/**
 * Checks that every reference in a document resolves: organizations, `ags:`
 * keys, Länder, topics, crises, measures, and other documents. A typo must
 * never create a new "organization".
 */
import type { DocumentKind } from '../../schemas/kinds.ts';
import { formatPath, type Diagnostic } from '../validate/report/diagnostics.ts';
import { rule } from '../validate/report/rules.ts';
import { quote, say, type Audience, type Localized } from '../validate/report/messages.ts';
import { isNameOf, suggest, type Candidate } from '../validate/report/suggest.ts';
import { REFERENCE_HINTS, type ReferenceTarget } from '../validate/report/reference-hints.ts';
import type { Registries } from './load-registries.ts';
import { resolveOrganization } from './organizations.ts';
import { formerKeyMessage } from './key-change-chain.ts';
import type { ParsedDocument } from '../validate/read/read-document.ts';

export type { ReferenceTarget } from '../validate/report/reference-hints.ts';

/** One reference found in a document. */
export interface Reference {
	path: (string | number)[];
	target: ReferenceTarget;
	value: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- front matter of every kind, walked by path
type Data = Record<string, any>;

/** The entries of a list, or none where the data holds no list (front matter that failed its schema). */
const entries = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** A field of an entry, where the entry is an object. */
const fieldOf = (entry: unknown, key: string): unknown =>
	entry && typeof entry === 'object' ? (entry as Data)[key] : undefined;

/**
 * Lists every reference a document of `kind` makes, with its path. Reads any
 * data without throwing, also front matter that failed its schema, whose
 * references are still checked.
 */
function collectReferences(kind: DocumentKind, data: Data): Reference[] {
	const refs: Reference[] = [];
	const add = (path: (string | number)[], target: ReferenceTarget, value: unknown) => {
		if (typeof value === 'string') refs.push({ path, target, value });
	};
	entries(data.topics).forEach((v, i) => add(['topics', i], 'topic', v));
	entries(data.related).forEach((v, i) => add(['related', i], 'document', v));
	if (kind === 'positions') {
		add(['lead'], 'organization', data.lead);
		entries(data.cosignatories).forEach((c, i) =>
			add(['cosignatories', i, 'organization'], 'organization', fieldOf(c, 'organization')),
		);
		entries(data.addressees).forEach((v, i) => add(['addressees', i], 'addressee', v));
		entries(data.demands).forEach((d, i) => add(['demands', i, 'addressee'], 'addressee', fieldOf(d, 'addressee')));
		add(['supersedes'], 'position', data.supersedes);
	} else if (kind === 'lessons') {
		add(['crisis'], 'crisis', data.crisis);
		add(['organization'], 'organization', data.organization);
		add(['measure'], 'measure', data.measure);
		entries(data.reuse).forEach((r, i) =>
			add(['reuse', i, 'organization'], 'organization', fieldOf(r, 'organization')),
		);
	} else {
		add(['measure'], 'measure', data.measure);
		entries(data.responsible).forEach((r, i) => add(['responsible', i, 'body'], 'addressee', fieldOf(r, 'body')));
	}
	return refs;
}

/**
 * Which values exist, for every target but `addressee` (a level or an
 * organization). The validator asks the registries and the documents; the
 * contribution form asks the compact data of `/api/register.json`.
 */
export type ReferenceLookup = Record<Exclude<ReferenceTarget, 'addressee'>, (value: string) => boolean>;

/**
 * The references of a document that do not resolve, in document order: one
 * rule for the validator and the contribution form, so that the form refuses
 * what the build refuses.
 */
export function unresolvedReferences(kind: DocumentKind, data: Data, lookup: ReferenceLookup): Reference[] {
	// A value the schema refuses anyway (`level:` with an unknown level) is left to the schema's message.
	return collectReferences(kind, data).filter(
		({ target, value }) =>
			!(target === 'addressee' ? value.startsWith('level:') || lookup.organization(value) : lookup[target](value)),
	);
}

/**
 * At most this many unresolved references of one run and target are given a "did you
 * mean": each guess compares the value with every candidate (some 30,000
 * organizations and places), and a file of thousands of unknown values must
 * not take minutes. The others keep their message, without a guess.
 */
export const MAX_SUGGESTED_REFERENCES = 100;

/**
 * `candidates` of each target for the first `max` references that ask for
 * them, then none: bounded work for suggestions, and a flood of unknown
 * topics still leaves a guess for a mistyped organization.
 */
export function suggestionBudget(candidates: ReferenceCandidates, max = MAX_SUGGESTED_REFERENCES): ReferenceCandidates {
	const limited: ReferenceCandidates = {};
	for (const [target, list] of Object.entries(candidates) as [ReferenceTarget, () => Iterable<Candidate>][]) {
		let left = max;
		limited[target] = () => (left-- > 0 ? list() : []);
	}
	return limited;
}

/** How a message starts to name the value meant. */
const MEANT = say(' – meinten Sie ', ' – did you mean ');

/**
 * Whether a reference message names the value meant: then it says more than
 * the schema's message about the same value, and takes its place.
 */
export const suggestsValue = (message: Localized): boolean => message.de.includes(MEANT.de);

/** The values a reference of each target may mean, for suggestions. */
export type ReferenceCandidates = Partial<Record<ReferenceTarget, () => Iterable<Candidate>>>;

/**
 * The message for a reference that does not resolve, for either audience,
 * with the value most likely meant: ``Meinten Sie `staedtetag` (Deutscher
 * Städtetag)?`` — also where a name was written in place of the id.
 */
export function unresolvedMessage(ref: Reference, audience: Audience, candidates: ReferenceCandidates = {}): Localized {
	const hints = REFERENCE_HINTS[audience];
	const list = candidates[ref.target === 'addressee' ? 'organization' : ref.target];
	// A mistyped `ags:` key is as near to any other key as to the one meant: no guess there.
	const meant = list && !ref.value.startsWith('ags:') ? suggest(ref.value, list()) : [];
	const named = meant.map((c) => `\`${c.id}\`${c.name ? ` (${c.name})` : ''}`);
	const hint =
		named.length > 0 ? say(`${MEANT.de}${named.join(' oder ')}?`, `${MEANT.en}${named.join(' or ')}?`) : say('', '');
	// In the form, the field is named by its label (the form puts it in place of the path).
	const where = `\`${formatPath(ref.path)}\``;
	if (meant.length > 0 && meant.every((c) => isNameOf(ref.value, c)))
		return say(
			`${quote(ref.value)} in ${where} ist ein Name; hier gehört die Id hin${hint.de}`,
			`Unexpected name ${quote(ref.value)} in ${where}, expected an id${hint.en}`,
		);
	return say(
		`Unbekannter Verweis ${quote(ref.value)} in ${where}, erwartet: ${hints[ref.target].de}${hint.de}`,
		`Unknown ${quote(ref.value)} in ${where}, expected ${hints[ref.target].en}${hint.en}`,
	);
}

/** An entry of the municipal register, also found by its name without the official suffix (`Ulm, Universitätsstadt` → `Ulm`). */
const register = (id: string, name: string): Candidate => ({ id, name, also: [name.split(',')[0]!] });

/** Every organization a document may name, with the names people know it by. */
export function organizationCandidates(registries: Pick<Registries, 'organizations' | 'register'>): Candidate[] {
	return [
		...[...registries.organizations.values()].map((o) => ({
			id: o.id,
			name: o.name,
			...(o.short ? { also: [o.short] } : {}),
		})),
		...[...registries.register.laender.values()].map((l) => ({ id: l.code, name: l.name })),
		...[...registries.register.kreise.values()].map((k) => register(`ags:${k.ags}`, k.name)),
		...[...registries.register.gemeinden.values()]
			.filter((g) => !g.art.startsWith('gemeindefrei'))
			.map((g) => register(`ags:${g.ags}`, g.name)),
	];
}

/** Registry entries as candidates, named by their German label. */
const labelled = (entries: Map<string, { id: string; label: { de: string } }>) => () =>
	[...entries.values()].map((e) => ({ id: e.id, name: e.label.de }));

/** A document that failed its schema, as far as references go: its raw front matter. */
export type UncheckedReferences = Pick<ParsedDocument, 'id' | 'file' | 'kind' | 'locate'> & { data: Data };

/**
 * Checks references across all documents: unknown values, ids used by two
 * documents, and supersession that points at itself, loops, or leaves a
 * paper marked `superseded` without a successor. The references of
 * `unchecked` documents (front matter that failed its schema) are checked
 * too, so that one run reports them along with the schema's problems.
 */
export function checkReferences(
	documents: ParsedDocument[],
	registries: Registries,
	unchecked: readonly UncheckedReferences[] = [],
): Diagnostic[] {
	const out: Diagnostic[] = [];
	const byId = new Map<string, ParsedDocument>();
	for (const doc of documents) {
		const other = byId.get(doc.id);
		if (other) {
			out.push({
				file: doc.file,
				line: 1,
				column: 1,
				...rule('duplicate-id'),
				message: say(
					`Die Id \`${doc.id}\` ist schon vergeben an \`${other.file}\`; jeder Dateiname darf über alle Dokumentarten nur einmal vorkommen – Datei umbenennen`,
					`Unexpected id \`${doc.id}\`, already used by \`${other.file}\`; expected each file name once across all kinds – rename the file`,
				),
			});
		} else byId.set(doc.id, doc);
	}
	const topic = (value: string) => registries.topics.has(value);
	const crisis = (value: string) => registries.crises.has(value);
	const measure = (value: string) => registries.measures.has(value);
	const organization = (value: string) =>
		resolveOrganization(value, registries.organizations, registries.register) !== undefined;
	let organizations: Candidate[] | undefined;
	const candidates = suggestionBudget({
		topic: labelled(registries.topics),
		crisis: labelled(registries.crises),
		measure: labelled(registries.measures),
		organization: () => (organizations ??= organizationCandidates(registries)),
		document: () => [...byId.keys()].map((id) => ({ id })),
		position: () => documents.flatMap((d) => (d.kind === 'positions' ? [{ id: d.id }] : [])),
	});
	const successors = new Map<string, string>();
	for (const doc of [...documents, ...unchecked]) {
		const lookup: ReferenceLookup = {
			topic,
			crisis,
			measure,
			organization,
			document: (value) => byId.has(value) && value !== doc.id,
			position: (value) => byId.get(value)?.kind === 'positions' && value !== doc.id,
		};
		for (const ref of unresolvedReferences(doc.kind, doc.data, lookup)) {
			out.push({
				file: doc.file,
				...doc.locate(ref.path),
				...rule('reference'),
				message: unresolvedMessage(ref, 'cli', candidates),
			});
		}
		for (const ref of collectReferences(doc.kind, doc.data)) {
			const message = formerKeyMessage(ref.value, `\`${formatPath(ref.path)}\``, registries.register);
			if (message) out.push({ file: doc.file, ...doc.locate(ref.path), ...rule('former-key'), message });
		}
		const older = doc.data.supersedes as string | undefined;
		if (doc.kind === 'positions' && typeof older === 'string' && !unchecked.includes(doc as UncheckedReferences)) {
			if (successors.has(older)) {
				out.push({
					file: doc.file,
					...doc.locate(['supersedes']),
					...rule('supersession'),
					message: say(
						`\`supersedes: ${older}\` steht schon in \`${successors.get(older)}\`; ein Papier kann nur einen Nachfolger haben`,
						`Unexpected \`supersedes: ${older}\`, \`${successors.get(older)}\` already supersedes it; expected one successor per paper`,
					),
				});
			}
			successors.set(older, doc.id);
		}
	}
	for (const doc of documents) {
		if (doc.kind !== 'positions') continue;
		if (doc.data.status === 'superseded' && !successors.has(doc.id)) {
			out.push({
				file: doc.file,
				...doc.locate(['status']),
				...rule('supersession'),
				message: say(
					'Status `superseded` ohne Nachfolger: ein neueres Papier muss dieses in `supersedes` nennen',
					'Unexpected status `superseded` without a successor, expected a newer paper whose `supersedes` names this one',
				),
			});
		}
		const older = doc.data.supersedes as string | undefined;
		const olderDoc = older ? byId.get(older) : undefined;
		if (
			olderDoc?.kind === 'positions' &&
			olderDoc.data.status !== 'superseded' &&
			olderDoc.data.status !== 'withdrawn'
		) {
			out.push({
				file: doc.file,
				...doc.locate(['supersedes']),
				...rule('supersession'),
				message: say(
					`\`supersedes: ${older}\` verweist auf ein Papier mit Status \`${String(olderDoc.data.status)}\`; setzen Sie dort den Status \`superseded\``,
					`Unexpected \`supersedes: ${older}\` whose status is \`${String(olderDoc.data.status)}\`, expected the older paper to have status \`superseded\``,
				),
			});
		}
		// Walk the chain: a loop would make "superseded by" endless.
		const seen = new Set([doc.id]);
		let next = older;
		while (next) {
			if (seen.has(next)) {
				out.push({
					file: doc.file,
					...doc.locate(['supersedes']),
					...rule('supersession'),
					message: say(
						`Ersetzungskette im Kreis über \`${next}\`; erwartet: eine Kette von neueren zu älteren Papieren`,
						`Unexpected supersession loop through \`${next}\`, expected a chain from newer to older papers`,
					),
				});
				break;
			}
			seen.add(next);
			next = byId.get(next)?.data.supersedes as string | undefined;
		}
	}
	for (const measure of registries.measures.values()) {
		if (!organization(measure.responsible)) {
			out.push({
				file: 'content/registry/measures.yaml',
				line: 1,
				column: 1,
				...rule('reference'),
				message: say(
					`Unbekannter Verweis \`${measure.responsible}\` in \`responsible\` der Maßnahme \`${measure.id}\`, erwartet: ${REFERENCE_HINTS.cli.organization.de}`,
					`Unknown \`${measure.responsible}\` in \`responsible\` of measure \`${measure.id}\`, expected ${REFERENCE_HINTS.cli.organization.en}`,
				),
			});
		}
	}
	return out;
}
