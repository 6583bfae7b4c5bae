/**
 * Supersession chains: which paper replaced which, read both ways.
 */

/** A paper as far as supersession is concerned. */
export interface SupersessionNode {
	id: string;
	/** The older paper this one replaces, if any. */
	supersedes?: string | undefined;
}

/** Both directions of the chain, computed once for all papers. */
export interface Supersession {
	/** Older id → the id of the paper that replaced it. */
	supersededBy: Map<string, string>;
	/** The whole chain a paper belongs to, oldest first. */
	chain(id: string): string[];
}

/** Builds the supersession index. Assumes references were checked (no loops). */
export function buildSupersession(papers: readonly SupersessionNode[]): Supersession {
	const supersedes = new Map<string, string>();
	const supersededBy = new Map<string, string>();
	for (const paper of papers) {
		if (paper.supersedes) {
			supersedes.set(paper.id, paper.supersedes);
			supersededBy.set(paper.supersedes, paper.id);
		}
	}
	const chain = (id: string): string[] => {
		let oldest = id;
		const guard = new Set<string>([id]);
		for (let older = supersedes.get(oldest); older && !guard.has(older); older = supersedes.get(oldest)) {
			guard.add(older);
			oldest = older;
		}
		const out = [oldest];
		for (let newer = supersededBy.get(oldest); newer && !out.includes(newer); newer = supersededBy.get(newer))
			out.push(newer);
		return out;
	};
	return { supersededBy, chain };
}

/**
 * The related documents worth listing beside a paper's supersession block: the
 * papers of its own chain are listed there already, with their status, and
 * would only repeat under "Verwandte Dokumente".
 */
export function relatedOutsideChain(
	supersession: Pick<Supersession, 'chain'>,
	id: string,
	related: readonly string[],
): string[] {
	const chain = new Set(supersession.chain(id));
	return related.filter((other) => !chain.has(other));
}
