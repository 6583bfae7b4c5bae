/**
 * Keys written twice in a YAML document, found in one pass. The `yaml`
 * library's own check (`uniqueKeys`) compares every key of a map with every
 * other: 40,000 keys took 14 s, 100,000 in one registry entry four minutes.
 * Documents are parsed with it off, and checked here instead.
 */
import { isScalar, visit, type Document } from 'yaml';

/**
 * The first key that a map of `doc` holds twice, and the offset of its second
 * occurrence. Keys are compared as the data will hold them (`1` and `'1'` are
 * the same key there), so that no value is silently overwritten.
 */
export function firstDuplicateKey(doc: Document.Parsed): { key: string; offset: number } | undefined {
	let duplicate: { key: string; offset: number } | undefined;
	visit(doc, {
		Map: (_, map) => {
			const seen = new Set<string>();
			for (const pair of map.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
				if (seen.has(key)) {
					duplicate = { key, offset: isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0 };
					return visit.BREAK;
				}
				seen.add(key);
			}
			return undefined;
		},
	});
	return duplicate;
}
