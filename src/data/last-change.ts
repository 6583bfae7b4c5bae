/**
 * The day a document last changed, as feeds (`updated`), the digest, the data
 * files and the catalogue (`dct:modified`) state it: the day of the newest
 * version in the history, else the newest change note or lifecycle date of its
 * front matter (no git, or a file not yet committed).
 */
import type { Library } from './library.ts';

/** The day `id` last changed, `YYYY-MM-DD`. */
export function lastChange(library: Pick<Library, 'documentHistory' | 'entries' | 'index'>, id: string): string {
	const fromHistory = library.documentHistory.get(id)?.lastChanged;
	if (fromHistory) return fromHistory;
	const summary = library.index.byId.get(id)!;
	const notes = library.entries.get(id)?.data.changes.map((note) => note.date) ?? [];
	return [summary.date, ...notes].sort().at(-1)!;
}
