/**
 * The deadlines a document contributes to the calendars: a paper's
 * consultation (its first day and its last, the deadline for co-signatures
 * and comments), a guide's implementation deadlines, those a Land sets in its
 * row of the Länder matrix, and the day the guide's next review is due.
 * Lessons have none. Each deadline has a field name that stays the same from
 * build to build, so that the event built from it keeps its `UID` and a
 * subscribed calendar updates it instead of adding a second one.
 */
import type { DocumentKind } from '../../schemas/kinds.ts';
import type { LandCode } from '../../schemas/primitives.ts';
import type { Consultation } from '../library/library-index.ts';
import type { ReviewState } from '../library/staleness.ts';
import type { AnyDocument } from '../library/summaries.ts';

/** What a deadline is about; each kind has its own words in the calendar. */
export type DeadlineKind = Deadline['kind'];

/** One day in a document's calendar. */
export type Deadline = {
	/** The document's id: `kommunale-waermeplanung`. */
	id: string;
	documentKind: DocumentKind;
	/**
	 * The deadline within the document, stable across builds: `consultation-start`,
	 * `consultation-end`, `deadline-2026-06-30` (a second one that day: `deadline-2026-06-30-2`),
	 * `deadline-land-mv`, `review-due`.
	 */
	field: string;
	/** The day, `YYYY-MM-DD`. */
	date: string;
	/** The document's title, in the document's language. */
	title: string;
} & (
	| { kind: 'consultation-start' | 'consultation-end'; consultation: Consultation }
	| { kind: 'deadline'; text: string }
	| { kind: 'land-deadline'; land: LandCode; text?: string | undefined }
	| { kind: 'review-due'; reviewed: string; months: number }
);

/**
 * The deadlines of one document, in the order the document names them.
 * `review` is the guide's review state from the library index (`staleness.ts`).
 *
 * @example documentDeadlines(guide, { due: '2027-02-16', overdue: false })
 * // [{ field: 'deadline-2023-05-01', kind: 'deadline', … }, …, { field: 'review-due', date: '2027-02-16', … }]
 */
export function documentDeadlines(doc: AnyDocument, review?: ReviewState): Deadline[] {
	const base = { id: doc.id, documentKind: doc.kind, title: doc.data.title };
	switch (doc.kind) {
		case 'lessons':
			return [];
		case 'positions': {
			const { consultationStart: start, consultationEnd: end } = doc.data.dates;
			if (!start || !end) return [];
			const consultation = { start, end };
			return [
				{ ...base, field: 'consultation-start', date: start, kind: 'consultation-start', consultation },
				{ ...base, field: 'consultation-end', date: end, kind: 'consultation-end', consultation },
			];
		}
		case 'guides': {
			const out: Deadline[] = [];
			const seen = new Map<string, number>();
			for (const { date, description } of doc.data.deadlines) {
				// Named by day, not by position: a deadline added above another keeps the other's UID.
				const count = (seen.get(date) ?? 0) + 1;
				seen.set(date, count);
				const field = count === 1 ? `deadline-${date}` : `deadline-${date}-${count}`;
				out.push({ ...base, field, date, kind: 'deadline', text: description });
			}
			for (const [land, row] of Object.entries(doc.data.laender) as [LandCode, (typeof doc.data.laender)[LandCode]][])
				if (row?.deadline)
					out.push({
						...base,
						field: `deadline-land-${land.toLowerCase()}`,
						date: row.deadline,
						kind: 'land-deadline',
						land,
						text: row.note,
					});
			if (review)
				out.push({
					...base,
					field: 'review-due',
					date: review.due,
					kind: 'review-due',
					reviewed: doc.data.reviewed,
					months: doc.data.reviewIntervalMonths,
				});
			return out;
		}
	}
}

/**
 * The deadlines of every document; `reviews` are the guides' review states of
 * the library index, by id.
 */
export function libraryDeadlines(
	documents: readonly AnyDocument[],
	reviews: ReadonlyMap<string, ReviewState>,
): Deadline[] {
	return documents.flatMap((doc) => documentDeadlines(doc, reviews.get(doc.id)));
}
