/**
 * What drawing a logo costs: each `<use>` and each `url(#id)` to a mask,
 * clip or pattern draws its target again, so a small file can stand for
 * millions of drawn elements (`SVG_LIMITS.drawn` in `sanitize-svg.ts`).
 */
/** Elements whose content is drawn again for each element that names them in `url(#id)`. */
const DRAWN_AGAIN = new Set(['mask', 'clipPath', 'pattern']);

/** A kept element, as far as counting what is drawn needs it. */
export interface Drawn {
	children: Drawn[];
	/** The element's name (`mask`, `use`, …). */
	element: string;
	/** The `id`s it draws again: what a `<use>` shows, and what its `url(#id)`s name. */
	shows: string[];
	line: number;
	column: number;
}

/**
 * How many elements drawing `root` takes, each `<use>` and `url(#id)`
 * counting as the element it shows (the first of that `id`), or the element
 * that shows itself, through an element that contains it. Counting stops beyond `limit`. Iterative, so
 * that a long chain of references cannot exhaust the stack.
 */
export function drawnElements(root: Drawn, byId: ReadonlyMap<string, Drawn>, limit: number): number | Drawn {
	const count = new Map<Drawn, number>();
	const open = new Set<Drawn>();
	/** A node, whether all it draws is counted, and the element that led to it. */
	const stack: [Drawn, boolean, Drawn][] = [[root, false, root]];
	const parts = (node: Drawn) => [
		...node.children,
		...node.shows.flatMap((id) => {
			const target = byId.get(id);
			// A gradient is a paint and drawn as one, however many shapes use it.
			return target && (node.element === 'use' || DRAWN_AGAIN.has(target.element)) ? [target] : [];
		}),
	];
	while (stack.length > 0) {
		const [node, leaving, from] = stack.pop()!;
		if (leaving) {
			open.delete(node);
			count.set(
				node,
				Math.min(
					limit + 1,
					parts(node).reduce((sum, part) => sum + count.get(part)!, 1),
				),
			);
			continue;
		}
		if (count.has(node)) continue;
		// A node still open is on the path to here: the element that led back to it shows itself.
		if (open.has(node)) return from;
		open.add(node);
		stack.push([node, true, from]);
		for (const part of parts(node)) if (!count.has(part)) stack.push([part, false, node]);
	}
	return count.get(root)!;
}
