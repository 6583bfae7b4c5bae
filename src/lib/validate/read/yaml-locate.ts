/**
 * Finds where a key of a YAML text stands, so that a diagnostic points at the
 * offending line instead of the top of the file.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Locate } from '../report/diagnostics.ts';

/**
 * Returns a `Locate` for a YAML text that starts at `lineOffset` lines into its
 * file (front matter starts after the opening `---`). It points at the value of
 * the last key, or at the key itself with `'key'`; a path that does not exist
 * points at its nearest existing parent.
 */
export function yamlLocator(source: string, lineOffset = 0): Locate {
	// Parsed on first use only: most files have no problem to locate, and
	// parsing every file twice would double the cost of validation. Without
	// the library's duplicate-key check, which is quadratic in the keys of a
	// map (40,000 keys: 14 s); the reader reports duplicates.
	let parsed: { doc: ReturnType<typeof parseDocument>; lineCounter: LineCounter } | undefined;
	const load = () => {
		if (!parsed) {
			const lineCounter = new LineCounter();
			parsed = { doc: parseDocument(source, { lineCounter, keepSourceTokens: false, uniqueKeys: false }), lineCounter };
		}
		return parsed;
	};
	return (path, at_ = 'value') => {
		const { doc, lineCounter } = load();
		const at = (offset: number) => {
			const { line, col } = lineCounter.linePos(offset);
			return { line: line + lineOffset, column: col };
		};
		let node: unknown = doc.contents;
		let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
		for (const [index, key] of path.entries()) {
			if (isMap(node)) {
				const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
				if (!pair) break;
				const last = index === path.length - 1;
				offset = (last && at_ === 'value' ? (pair.value as Node | null)?.range?.[0] : undefined) ?? (pair.key as Node).range?.[0] ?? offset;
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number') {
				const item = node.items[key] as Node | undefined;
				if (!item) break;
				offset = item.range?.[0] ?? offset;
				node = item;
			} else {
				break;
			}
		}
		return at(offset);
	};
}
