/**
 * Places in a body: offsets to lines and columns, and where the violations
 * found on the rendered tree (which has no positions for raw HTML) stand in
 * the source.
 */
import { htmlToHast, markdownToHast } from 'satteri';
import type { RuleId } from '../report/rules.ts';
import { checkAccessibility } from './check-accessibility.ts';
import { checkTree, type TreeContext, type TreeNode, type Violation } from './check-tree.ts';
import { MARKDOWN_FEATURES } from './markdown-features.ts';

/** A 1-based line and column. */
export type Point = { line: number; column: number };

type Tree = TreeNode & { children?: TreeNode[] };

/**
 * Finds text in a body and turns offsets into lines and columns. Made once per
 * body: the lower-cased text and the line starts are computed once, so that
 * locating many links or violations stays linear in the size of the body.
 */
export class TextLocator {
	private readonly lower: string;
	private readonly lineStarts: number[] = [0];
	constructor(text: string) {
		this.lower = text.toLowerCase();
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
	}
	/** The place of an offset. */
	at(index: number): { line: number; column: number; index: number } {
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (this.lineStarts[mid]! <= index) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: index - this.lineStarts[low]! + 1, index };
	}
	/** The offset of a line and column. */
	offset(line: number, column: number): number {
		return (this.lineStarts[line - 1] ?? 0) + column - 1;
	}
	/**
	 * The place of the first `needle` (any case) from `from` on, else anywhere,
	 * else `from` itself; with the end of the needle where it was found.
	 */
	find(needle: string, from = 0): { line: number; column: number; index: number; end?: Point } {
		const lowered = needle.toLowerCase();
		let index = lowered ? this.lower.indexOf(lowered, from) : -1;
		if (index < 0 && lowered) index = this.lower.indexOf(lowered);
		if (index < 0) return this.at(Math.min(from, this.lower.length));
		const end = this.at(index + lowered.length);
		return { ...this.at(index), end: { line: end.line, column: end.column } };
	}
}

/** The rules of `check-accessibility.ts`, whose candidates need the whole document. */
const ACCESSIBILITY_RULES: ReadonlySet<RuleId> = new Set(['heading-order', 'link-text', 'table-header']);

/**
 * A copy of a positioned tree with each `raw` node replaced by the elements
 * its HTML parses into, all at the raw node's place (and noted in `fromRaw`).
 */
// Recursive: the rendered tree of the same text was held to `BODY_LIMITS.depth` before.
function expandRaw(root: Tree, fromRaw: WeakSet<TreeNode>): Tree {
	const copy = (node: TreeNode, inherited?: TreeNode['position']): TreeNode[] => {
		if (node.type === 'raw' && !inherited) {
			const fragment = htmlToHast(String(node.value ?? ''), { fragment: true }) as Tree;
			return (fragment.children ?? []).flatMap((child) => copy(child, node.position));
		}
		const out: TreeNode = { ...node, ...(inherited && { position: inherited }) };
		if (inherited) fromRaw.add(out);
		if (node.children) out.children = node.children.flatMap((child) => copy(child, inherited));
		return [out];
	};
	return copy(root)[0] as Tree;
}

/**
 * Finds where the violations of a Markdown body stand. The rendered tree has
 * raw HTML parsed across the whole document and so no positions; a second
 * reading keeps raw HTML as text with positions, and each piece is parsed on
 * its own to see which violations it holds. The first reading stays the one
 * that counts: only what it found is reported.
 */
export function locateInMarkdown(
	text: string,
	locator: TextLocator,
	violations: readonly Violation[],
	context: TreeContext,
): Map<Violation, Point & { end?: Point }> {
	const positioned = markdownToHast(text, { features: { ...MARKDOWN_FEATURES, rawHtml: false } }) as Tree;
	const candidates: Violation[] = checkTree(positioned, {
		...context,
		onLink: undefined,
		raw: (value, node) =>
			checkTree(htmlToHast(value, { fragment: true }) as Tree, { ...context, onLink: undefined }).map((v) => ({
				...v,
				node,
			})),
	});
	// Heading order and link texts depend on the whole document: checked on the
	// positioned tree with each piece of raw HTML parsed in its place.
	const fromRaw = new WeakSet<TreeNode>();
	if (violations.some((v) => ACCESSIBILITY_RULES.has(v.ruleId)))
		candidates.push(...checkAccessibility(expandRaw(positioned, fromRaw)));
	// Candidates by key, in document order; each is used once.
	const byKey = new Map<string, Violation[]>();
	for (const candidate of candidates)
		if (candidate.node.position)
			(byKey.get(candidate.key) ?? byKey.set(candidate.key, []).get(candidate.key)!).push(candidate);
	const result = new Map<Violation, Point & { end?: Point }>();
	for (const violation of violations) {
		const candidate = byKey.get(violation.key)?.shift();
		if (!candidate) continue;
		const { start, end } = candidate.node.position!;
		// Within a piece of raw HTML, point at the attribute or tag itself.
		const place =
			candidate.node.type === 'raw' || fromRaw.has(candidate.node)
				? locator.find(violation.needle, locator.offset(start.line, start.column))
				: { ...start, end };
		result.set(violation, { line: place.line, column: place.column, ...(place.end && { end: place.end }) });
	}
	return result;
}
