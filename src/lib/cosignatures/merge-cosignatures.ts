/**
 * Merges co-signature files into their papers: each paper's `cosignatories`
 * gains an entry per accepted file, after those of its front matter, so that
 * everything derived from co-signatories (counts, organization pages, Land
 * facets, search filters) counts both alike. The contact of a file is for
 * maintainers and is dropped here: what no entry holds, no page can render.
 */
import type { PaperCosignatory } from '../library/library-index.ts';
import type { CosignatureRecord } from './read-cosignatures.ts';

/** The entry a co-signature file becomes: everything but its contact. */
export function cosignatoryOfFile(record: Pick<CosignatureRecord, 'signatory' | 'file' | 'data'>): PaperCosignatory {
	const { date, decision, verified } = record.data;
	return {
		organization: record.signatory,
		date,
		decision: {
			body: decision.body,
			date: decision.date,
			...(decision.reference ? { reference: decision.reference } : {}),
			...(decision.url ? { url: decision.url } : {}),
		},
		file: record.file,
		...(verified
			? { verified: { by: verified.by, date: verified.date, ...(verified.how ? { how: verified.how } : {}) } }
			: {}),
	};
}

/**
 * `documents` with the co-signatories of `records` added to their papers'
 * `data.cosignatories`; documents without files are returned as they are,
 * and none is changed in place. `records` must be checked already (a paper
 * that exists, a body that resolves), as `checkCosignatureFiles` accepts them.
 */
export function mergeCosignatures<T extends { kind: string; id: string; data: object }>(
	documents: readonly T[],
	records: readonly Pick<CosignatureRecord, 'paperId' | 'signatory' | 'file' | 'data'>[],
): T[] {
	const byPaper = new Map<string, PaperCosignatory[]>();
	for (const record of records) {
		const list = byPaper.get(record.paperId) ?? [];
		list.push(cosignatoryOfFile(record));
		byPaper.set(record.paperId, list);
	}
	return documents.map((doc) => {
		const added = doc.kind === 'positions' ? byPaper.get(doc.id) : undefined;
		if (!added) return doc;
		const data = doc.data as { cosignatories?: PaperCosignatory[] };
		return { ...doc, data: { ...doc.data, cosignatories: [...(data.cosignatories ?? []), ...added] } };
	});
}
