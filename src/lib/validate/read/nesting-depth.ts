/**
 * How deep a tree nests, walked with a stack of its own, so that no input can
 * overflow the call stack while it is being measured.
 */
export function nestingDepth<T>(root: T, childrenOf: (node: T) => Iterable<T>): number {
	let max = 0;
	const stack: [T, number][] = [[root, 0]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (depth > max) max = depth;
		for (const child of childrenOf(node)) stack.push([child, depth + 1]);
	}
	return max;
}
