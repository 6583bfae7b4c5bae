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
		if (found.length === 0) out.accepted.push(record);
		else out.diagnostics.push(...found);
	}
	return out;
}
