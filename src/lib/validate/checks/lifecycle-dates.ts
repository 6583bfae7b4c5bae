/**
 * Dates a document states that cannot be true together with today or with
 * each other: a co-signature that has not happened yet, a paper withdrawn
 * before it was adopted, a guide reviewed before it was published, a change
 * note dated before publication or out of order. The schemas check single
 * fields and the orders they need for their status; these checks read the
 * parsed document as a whole.
 */
import type { DocumentKind } from '../../../schemas/kinds.ts';
import type { Diagnostic } from '../report/diagnostics.ts';
import { rule } from '../report/rules.ts';
import { formatPath, say, type Localized } from '../report/messages.ts';
import type { ParsedDocument } from '../read/read-document.ts';

type Path = (string | number)[];
/* eslint-disable @typescript-eslint/no-explicit-any -- front matter of every kind, walked by path */
type Data = Record<string, any>;

const valueAt = (data: Data, path: Path): unknown => path.reduce<any>((node, key) => node?.[key], data);
/* eslint-enable @typescript-eslint/no-explicit-any */

/** One date of a list, for each entry: `cosignatories[3].date`. */
const each = (data: Data, list: string, ...rest: string[]): Path[] =>
	Array.isArray(data[list]) ? data[list].map((_: unknown, i: number) => [list, i, ...rest]) : [];

/** The day of every step of every demand's history: `demands[0].history[1].since`. */
const historySteps = (data: Data): Path[] =>
	each(data, 'demands').flatMap((demand) =>
		each(valueAt(data, demand) as Data, 'history', 'since').map((step) => [...demand, ...step]),
	);

/**
 * Dates in lists that must not lie after today. The dates of the document
 * itself (`published`, `dates.adopted`, …) are checked with the file.
 */
function pastDates(kind: DocumentKind, data: Data): Path[] {
	const changes = each(data, 'changes', 'date');
	if (kind === 'positions')
		return [
			...each(data, 'cosignatories', 'date'),
			...each(data, 'cosignatories', 'decision', 'date'),
			...each(data, 'demands', 'since'),
			...historySteps(data),
			...changes,
		];
	if (kind === 'lessons') return [...each(data, 'reuse', 'date'), ...changes];
	return changes;
}

/** A date that must not be earlier than others, and why. */
interface Order {
	later: Path;
	earlier: Path[];
	why: Localized;
}

/**
 * The orders of a document's dates. Each date is compared with all that must
 * come before it, and the message names the latest it precedes: moving it
 * past that one fixes them all. Orders the schema already demands for a
 * status (`consultationEnd` after `consultationStart`, `adopted` after
 * `drafted`, `period.until` after `period.from`) are not repeated here.
 */
function orders(kind: DocumentKind, data: Data): Order[] {
	return [...kindOrders(kind, data), ...changeNoteOrders(data)];
}

/**
 * Change notes stand oldest first, after publication: each is compared with
 * `published` and with the note before it (not with all before it), so that
 * one note out of place is one message, at that note.
 */
function changeNoteOrders(data: Data): Order[] {
	return each(data, 'changes', 'date').map((later, i) => ({
		later,
		earlier: i === 0 ? [['published']] : [['published'], ['changes', i - 1, 'date']],
		why: say(
			'Änderungshinweise folgen der Veröffentlichung, der älteste zuerst – den Hinweis an seinen Platz in der Liste verschieben oder sein Datum berichtigen',
			'change notes to follow publication, oldest first – move the note to its place in the list or correct its date',
		),
	}));
}

/** The orders of the dates that belong to one kind of document. */
function kindOrders(kind: DocumentKind, data: Data): Order[] {
	if (kind === 'positions') {
		const drafted: Path = ['dates', 'drafted'];
		return [
			{
				later: ['dates', 'withdrawn'],
				earlier: [drafted, ['dates', 'consultationStart'], ['dates', 'adopted']],
				why: say(
					'ein Papier wird erst zurückgezogen, nachdem es entworfen, zur Mitzeichnung gestellt und beschlossen wurde',
					'a paper to be withdrawn only after it was drafted, put to consultation and adopted',
				),
			},
			{
				later: ['dates', 'adopted'],
				earlier: [['dates', 'consultationStart']],
				why: say('beschlossen wird nach dem Beginn der Mitzeichnung', 'adoption after the consultation started'),
			},
			...each(data, 'cosignatories', 'date').map((later) => ({
				later,
				earlier: [drafted],
				why: say(
					'mitgezeichnet werden kann erst ein entworfenes Papier',
					'a co-signature only once the paper was drafted',
				),
			})),
			...[...each(data, 'demands', 'since'), ...historySteps(data)].map((later) => ({
				later,
				earlier: [drafted],
				why: say(
					'der Stand einer Forderung ändert sich erst, nachdem das Papier entworfen wurde',
					'a demand to change its status only after the paper was drafted',
				),
			})),
		];
	}
	if (kind === 'guides') {
		return [
			{
				later: ['reviewed'],
				earlier: [['published']],
				why: say(
					'ein Leitfaden wird bei der Veröffentlichung geprüft oder danach – `reviewed` frühestens auf den Tag der Veröffentlichung setzen',
					'a guide to be reviewed when it is published or later – set `reviewed` to the day of publication at the earliest',
				),
			},
		];
	}
	return each(data, 'reuse', 'date').map((later) => ({
		later,
		earlier: [['period', 'from']],
		why: say(
			'nachgenutzt werden kann eine Maßnahme erst, nachdem sie begonnen hat',
			'a reuse only after the measure started',
		),
	}));
}

const code = (path: Path) => `\`${formatPath(path)}\``;

/** The dates at `paths` that lie after today: the one wording of `future-date`. */
export function futureDates(doc: ParsedDocument, paths: readonly Path[], today: string): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const path of paths) {
		const value = valueAt(doc.data, path);
		if (typeof value === 'string' && value > today) {
			out.push({
				file: doc.file,
				...doc.locate(path),
				...rule('future-date'),
				message: say(
					`${code(path)} ${value} liegt nach heute (${today}); erwartet: ein vergangener Tag`,
					`Unexpected ${code(path)} ${value} after today (${today}), expected a day that has passed`,
				),
			});
		}
	}
	return out;
}

/** Checks the dates of each document against today and against each other. */
export function checkLifecycleDates(documents: readonly ParsedDocument[], today: string): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const doc of documents) {
		out.push(...futureDates(doc, pastDates(doc.kind, doc.data), today));
		for (const { later, earlier, why } of orders(doc.kind, doc.data)) {
			const value = valueAt(doc.data, later);
			if (typeof value !== 'string') continue;
			const before = earlier
				.map((path) => ({ path, date: valueAt(doc.data, path) }))
				.filter((e): e is { path: Path; date: string } => typeof e.date === 'string' && value < e.date)
				.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
			if (!before) continue;
			out.push({
				file: doc.file,
				...doc.locate(later),
				...rule('date-order'),
				message: say(
					`${code(later)} ${value} liegt vor ${code(before.path)} ${before.date}; erwartet: ${why.de}`,
					`Unexpected ${code(later)} ${value} before ${code(before.path)} ${before.date}, expected ${why.en}`,
				),
			});
		}
	}
	return out;
}
