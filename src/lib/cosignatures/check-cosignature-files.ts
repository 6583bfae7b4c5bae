/**
 * Checks the co-signature files that were read against the library: the
 * signatory resolves in the registries, the paper is one that can be signed
 * on that day and the body does not sign in the paper's front matter as well
 * (`checkCosignature`, which the "Mitzeichnen" form runs too). Only files
 * without a problem are accepted: the build merges those and no others, so
 * that `astro dev` never renders a body that does not resolve.
 */
import type { Diagnostic } from '../validate/report/diagnostics.ts';
import { say, type Localized } from '../validate/report/messages.ts';
import { suggest, type Candidate } from '../validate/report/suggest.ts';
import { rule } from '../validate/report/rules.ts';
import type { Registries } from '../registries/load-registries.ts';
import { resolveOrganization } from '../registries/organizations.ts';
import { currentKey, formerKeyMessage } from '../registries/key-change-chain.ts';
import { organizationCandidates, suggestionBudget, unresolvedMessage } from '../registries/references.ts';
import { checkCosignature, type PaperFacts } from './check-cosignature.ts';
import type { CosignatureRecord } from './read-cosignatures.ts';

/** A document as far as co-signatures go; front matter that failed its schema too. */
export interface CosignedDocument {
	kind: PaperFacts['kind'];
	id: string;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- front matter of any kind, read defensively
	data: Record<string, any>;
}

/** The files that passed, and the problems of the others. */
export interface CheckedCosignatures {
	accepted: CosignatureRecord[];
	diagnostics: Diagnostic[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The organizations a paper's front matter names as co-signatories. */
function inlineSignatories(doc: CosignedDocument): Set<string> {
	const list: unknown[] = Array.isArray(doc.data.cosignatories) ? doc.data.cosignatories : [];
	return new Set(
		list
			.flatMap((c) => (c && typeof c === 'object' ? [text((c as { organization?: unknown }).organization)] : []))
			.filter((r) => r !== undefined),
	);
}

/** What `checkCosignature` needs to know of a document. */
function factsOf(doc: CosignedDocument): PaperFacts {
	const dates = doc.data.dates && typeof doc.data.dates === 'object' ? doc.data.dates : {};
	return {
		id: doc.id,
		kind: doc.kind,
		lead: text(doc.data.lead),
		status: text(doc.data.status) ?? '',
		consultationStart: text(dates.consultationStart),
		consultationEnd: text(dates.consultationEnd),
		cosignatories: [...inlineSignatories(doc)],
	};
}

/**
 * One key per body, for references that name the same one: a kreisfreie
 * Stadt is a Gemeinde and its own Kreis (`ags:09162000` and `ags:09162`),
 * and a Land of a single Gemeinde is that city too (`BE`, `ags:11000`,
 * `ags:11000000`). Other references are their own key.
 */
export function bodyKeys(register: Registries['register']): (ref: string) => string {
	const single = new Map<string, string | null>();
	for (const g of register.gemeinden.values()) single.set(g.land, single.has(g.land) ? null : g.kreis);
	return (written) => {
		// A former key and the key that replaced it name one body.
		const changed = written.startsWith('ags:') ? currentKey(register.changes, written.slice(4)) : undefined;
		const ref = changed ? `ags:${changed.ags}` : written;
		if (/^[A-Z]{2}$/.test(ref)) {
			const kreis = single.get(ref);
			return kreis ? `ags:${kreis}` : ref;
		}
		if (!ref.startsWith('ags:') || ref.length !== 12) return ref;
		const gemeinde = register.gemeinden.get(ref.slice(4));
		const kreis = gemeinde && register.kreise.get(gemeinde.kreis);
		if (!gemeinde || !kreis) return ref;
		return kreis.art === 'kreisfreie-stadt' || kreis.art === 'stadtkreis' ? `ags:${gemeinde.kreis}` : ref;
	};
}

/** Why two references name one body, for messages. */
const sameBody = (a: string, b: string): Localized =>
	/^[A-Z]{2}$/.test(a) || /^[A-Z]{2}$/.test(b)
		? say('ein Stadtstaat ist Land, Kreis und Gemeinde zugleich', 'a city-state is a Land, a Kreis and a Gemeinde')
		: say(
				'eine kreisfreie Stadt ist Gemeinde und Kreis zugleich',
				'a kreisfreie Stadt is a Gemeinde and its own Kreis',
			);

/** The message on an unknown paper, with the paper most likely meant (a folder name with a typo). */
function withPaperMeant(message: Localized, paperId: string, papers: readonly Candidate[]): Localized {
	const meant = suggest(paperId, papers).map((c) => `\`${c.id}\``);
	if (meant.length === 0) return message;
	return say(
		`${message.de} – meinten Sie ${meant.join(' oder ')}? Dann den Ordner so umbenennen`,
		`${message.en} – did you mean ${meant.join(' or ')}? Then rename the folder to it`,
	);
}

/**
 * Checks `records` against `documents` and `registries` as of `today`
 * (`YYYY-MM-DD`). A document of the same id counts even where its front
 * matter failed its schema: then "unknown paper" would be wrong.
 */
export function checkCosignatureFiles(
	records: readonly CosignatureRecord[],
	documents: readonly CosignedDocument[],
	registries: Pick<Registries, 'organizations' | 'register'>,
	today: string,
): CheckedCosignatures {
	const byId = new Map<string, CosignedDocument>();
	for (const doc of documents) if (!byId.has(doc.id)) byId.set(doc.id, doc);
	const candidates = suggestionBudget({ organization: () => organizationCandidates(registries) });
	const papers = documents.flatMap((d) => (d.kind === 'positions' ? [{ id: d.id }] : []));
	const out: CheckedCosignatures = { accepted: [], diagnostics: [] };
	const bodyOf = bodyKeys(registries.register);
	/** Per paper, who signs it already under which body key: inline entries, then accepted files. */
	const signers = new Map<string, Map<string, { ref: string; file?: string }>>();
	for (const record of records) {
		const { file, signatory, paperId } = record;
		const found: Diagnostic[] = [];
		if (!resolveOrganization(signatory, registries.organizations, registries.register)) {
			const name = file.slice(file.lastIndexOf('/') + 1);
			const unknown = unresolvedMessage({ path: [name], target: 'organization', value: signatory }, 'cli', candidates);
			found.push({
				file,
				line: 1,
				column: 1,
				...rule('reference'),
				message: say(
					`${unknown.de} – die Datei heißt wie die Stelle, die mitzeichnet`,
					`${unknown.en} – the file is named after the body that co-signs`,
				),
			});
		}
		// A former key signs for the body of today: said, not refused.
		const former = formerKeyMessage(signatory, `\`${file.slice(file.lastIndexOf('/') + 1)}\``, registries.register);
		if (former) out.diagnostics.push({ file, line: 1, column: 1, ...rule('former-key'), message: former });
		// A gemeindefreies Gebiet (a forest, a lake) has no council to decide: the form does not offer one either.
		const place = signatory.startsWith('ags:') ? registries.register.gemeinden.get(signatory.slice(4)) : undefined;
		if (place?.art.startsWith('gemeindefrei'))
			found.push({
				file,
				line: 1,
				column: 1,
				...rule('reference'),
				message: say(
					`\`${signatory}\` (${place.name}) ist ein gemeindefreies Gebiet ohne Gemeinderat; erwartet: eine Gemeinde, ein Kreis, ein Land oder eine Organisation des Verzeichnisses, die einen Beschluss fassen kann`,
					`Unexpected co-signature by \`${signatory}\` (${place.name}), an unincorporated area without a council, expected a Gemeinde, a Kreis, a Land or an organization of the registry that can take a decision`,
				),
			});
		const doc = byId.get(paperId);
		for (const p of checkCosignature(signatory, paperId, record.data, doc && factsOf(doc), today))
			found.push({
				file,
				...(p.path.length === 0 ? { line: 1, column: 1 } : record.locate(p.path)),
				...rule(p.rule),
				message: doc ? p.message : withPaperMeant(p.message, paperId, papers),
			});
		// The same body under another of its names (the exact name in the front matter is `checkCosignature`'s to say).
		let bodies = doc?.kind === 'positions' ? signers.get(paperId) : undefined;
		if (doc?.kind === 'positions' && !bodies) {
			bodies = new Map([...inlineSignatories(doc)].map((ref) => [bodyOf(ref), { ref }]));
			signers.set(paperId, bodies);
		}
		const key = bodyOf(signatory);
		const other = bodies?.get(key);
		const lead = text(doc?.data.lead);
		if (lead && lead !== signatory && bodyOf(lead) === key)
			found.push({
				file,
				line: 1,
				column: 1,
				...rule('lead-cosignatory'),
				message: say(
					`\`${signatory}\` ist dieselbe Stelle wie die federführende \`${lead}\` (${sameBody(signatory, lead).de}) und zeichnet das Papier nicht selbst mit; die Datei entfernen`,
					`Unexpected co-signature by \`${signatory}\`, the same body as the paper's lead \`${lead}\` (${sameBody(signatory, lead).en}), expected only other organizations – remove the file`,
				),
			});
		else if (other && other.ref !== signatory)
			found.push({
				file,
				line: 1,
				column: 1,
				...rule('duplicate-cosignatory'),
				message: say(
					`\`${signatory}\` ist dieselbe Stelle wie \`${other.ref}\` (${sameBody(signatory, other.ref).de}), die \`${paperId}\` schon mitzeichnet (${other.file ? `\`${other.file}\`` : '`cosignatories` des Papiers'}); erwartet: jede Stelle einmal – eine der beiden Mitzeichnungen entfernen`,
					`Unexpected second co-signature by \`${signatory}\`, the same body as \`${other.ref}\` (${sameBody(signatory, other.ref).en}), which signs \`${paperId}\` already (${other.file ? `\`${other.file}\`` : "the paper's `cosignatories`"}), expected each body once – remove one of the two`,
				),
			});
		if (found.length === 0) {
			out.accepted.push(record);
			bodies?.set(key, { ref: signatory, file });
		} else out.diagnostics.push(...found);
	}
	return out;
}
