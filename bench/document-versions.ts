/**
 * Three versions of every generated document, so that the benchmark's
 * library has a real history: the first lacks the last two blocks of the
 * body, the second adds one (and a change note), the third is the document
 * as generated, with the last block and a second note. In a paper with
 * demands, the first demand's status changes in the third version too, as
 * a paper's demands do. Drawn without the random source, so that the
 * generated corpus stays what it was.
 */
import { toDay, toIso } from './dates.ts';

/** The versions of one document, oldest first, each as front matter and Markdown; the last is the current one. */
export interface Version {
	frontMatter: Record<string, unknown>;
	markdown: string;
}

/** A status other than `status`, for the version before a demand's status changed. */
const earlierStatus = (status: unknown) => (status === 'open' ? 'in-progress' : 'open');

/** The body without its last `n` blocks (blocks are separated by blank lines). */
function withoutLast(markdown: string, n: number): string {
	const blocks = markdown.trimEnd().split(/\n{2,}/);
	return `${blocks.slice(0, Math.max(1, blocks.length - n)).join('\n\n')}\n`;
}

/**
 * The three versions of a document with `frontMatter` and `markdown`, the
 * last of them carrying two change notes dated between its publication and
 * `today`, oldest first.
 */
export function documentVersions(frontMatter: Record<string, unknown>, markdown: string, today: string): Version[] {
	const published = toDay(String(frontMatter['published']));
	const span = Math.max(0, toDay(today) - published);
	const first = { date: toIso(published + Math.floor(span / 3)), type: 'minor', note: 'Abschnitt ergänzt.' };
	const demands = Array.isArray(frontMatter['demands']) ? (frontMatter['demands'] as Record<string, unknown>[]) : [];
	const second = {
		date: toIso(published + Math.floor((2 * span) / 3)),
		...(demands.length > 0
			? { type: 'major', note: 'Stand der Forderung 1 aktualisiert, Abschnitt ergänzt.' }
			: { type: 'minor', note: 'Abschnitt ergänzt.' }),
	};
	const before =
		demands.length > 0
			? {
					...frontMatter,
					demands: [{ ...demands[0], status: earlierStatus(demands[0]!['status']) }, ...demands.slice(1)],
				}
			: frontMatter;
	return [
		{ frontMatter: before, markdown: withoutLast(markdown, 2) },
		{ frontMatter: { ...before, changes: [first] }, markdown: withoutLast(markdown, 1) },
		{ frontMatter: { ...frontMatter, changes: [first, second] }, markdown },
	];
}
