/**
 * The fragment ids a rendered body has: the ids the renderer gives headings
 * (github-slugger over the heading's text, as Astro's heading-ids plugin does,
 * unless the heading has an id of its own), footnote ids and any other `id`.
 * Links to `#…` are checked against them.
 */
import Slugger from 'github-slugger';
import type { TreeNode } from './check-tree.ts';

const HEADING = /^h[1-6]$/;

function textOf(node: TreeNode): string {
	let text = '';
	const stack: TreeNode[] = [node];
	while (stack.length > 0) {
		const next = stack.pop()!;
		// As Astro's heading ids: the text of the heading, MDX expressions (comments) included.
		if (next.type === 'text' || next.type === 'mdxTextExpression' || next.type === 'mdxFlowExpression')
			text += String(next.value ?? '');
		if (next.children) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
	}
	return text;
}

/** The ids of a rendered body, in document order. */
export function headingIds(root: TreeNode): string[] {
	const slugger = new Slugger();
	const ids: string[] = [];
	const stack: TreeNode[] = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		const own = node.properties?.id;
		if (typeof own === 'string') ids.push(own);
		else if (node.type === 'element' && HEADING.test(node.tagName ?? '')) ids.push(slugger.slug(textOf(node)));
		if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
	}
	return ids;
}
