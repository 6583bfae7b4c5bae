/**
 * Finds where a key of a YAML text stands, so that a diagnostic points at the
 * offending line instead of the top of the file. The places come from the
 * same parse as the data: the `yaml` library's document keeps the range of
 * every node, and its line counter turns offsets into lines.
 */
import { isMap, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Locate } from '../report/diagnostics.ts';

/** A parsed YAML text and the line counter its parser filled. */
export interface LocatedYaml {
	doc: Document.Parsed;
	lineCounter: LineCounter;
}

/**
 * Returns a `Locate` for a parsed YAML text that starts at `lineOffset` lines
 * into its file (front matter starts after the opening `---`). It points at
 * the value of the last key, or at the key itself with `'key'`; a path that
 * does not exist points at its nearest existing parent. `parsed` may be a
 * function, called on first use, for a text whose parse was not kept.
 */
export function yamlLocator(parsed: LocatedYaml | (() => LocatedYaml), lineOffset = 0): Locate {
	let kept = typeof parsed === 'function' ? undefined : parsed;
	return (path, at_ = 'value') => {
		const { doc, lineCounter } = (kept ??= (parsed as () => LocatedYaml)());
		const at = (offset: number) => {
			const { line, col } = lineCounter.linePos(offset);
			return { line: line + lineOffset, column: col };
		};
		let node: unknown = doc.contents;
		let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
		// The end of the node the whole path leads to; none where the path stops at a parent.
		let end: number | undefined;
		for (const [index, key] of path.entries()) {
			if (isMap(node)) {
				const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
				if (!pair) break;
				const last = index === path.length - 1;
				offset =
					(last && at_ === 'value' ? (pair.value as Node | null)?.range?.[0] : undefined) ??
					(pair.key as Node).range?.[0] ??
					offset;
				if (last)
					end = ((at_ === 'value' ? (pair.value as Node | null)?.range : undefined) ?? (pair.key as Node).range)?.[1];
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number') {
				const item = node.items[key] as Node | undefined;
				if (!item) break;
				offset = item.range?.[0] ?? offset;
				if (index === path.length - 1) end = item.range?.[1];
				node = item;
			} else {
				break;
			}
		}
		if (end === undefined || end <= offset) return at(offset);
		const { line: endLine, column: endColumn } = at(end);
		return { ...at(offset), endLine, endColumn };
	};
}
