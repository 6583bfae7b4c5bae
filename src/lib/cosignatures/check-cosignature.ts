/**
 * The checks of one co-signature against its paper and the day: is the paper
 * known and open for co-signature, does the signature's date lie within the
 * consultation, are its dates past, is the signatory other than the lead and
 * not already a co-signatory in the paper's front matter.
 * Pure and without Node: `npm run validate` and the "Mitzeichnen" form in the
 * browser both call it, so that both say the same.
 *
 * Whether the signatory resolves in the registries is the caller's to check
 * (the CLI against the registries, the form against `/api/register.json`),
 * with the reference messages both already share.
 */
import type { Cosignature } from '../../schemas/cosignature.ts';
import { say, type Localized } from '../../schemas/localized.ts';

/** What a co-signature is checked against: the paper as the library has it. */
export interface PaperFacts {
	id: string;
	kind: 'positions' | 'lessons' | 'guides';
	lead: string | undefined;
	status: string;
	consultationStart?: string | undefined;
	consultationEnd?: string | undefined;
	/** The organizations the paper's front matter already names as co-signatories (`cosignatories`). */
	cosignatories?: readonly string[] | undefined;
}

/** Which rule a problem belongs to (`src/lib/validate/report/rules.ts`). */
export type CosignatureRule =
	'cosignature-paper' | 'cosignature-window' | 'lead-cosignatory' | 'duplicate-cosignatory' | 'date-order';

/** One problem, at a path of the co-signature's data (`[]`: the file as a whole). */
export interface CosignatureProblem {
	path: (string | number)[];
	rule: CosignatureRule;
	message: Localized;
}

/** `2026-11-02` → `2. November 2026` / `2 November 2026`, without the locale data a browser may lack. */
const MONTHS_DE = [
	'Januar',
	'Februar',
	'März',
	'April',
	'Mai',
	'Juni',
	'Juli',
	'August',
	'September',
	'Oktober',
	'November',
	'Dezember',
];
const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
function day(date: string): Localized {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return say(`${d}. ${MONTHS_DE[m - 1]} ${y}`, `${d} ${MONTHS_EN[m - 1]} ${y}`);
}

/**
 * The problems of co-signature `data` by `signatory` for the paper `paperId`
 * (`paper` as found, `undefined` when the library has no document of that id),
 * as of `today` (`YYYY-MM-DD`).
 */
export function checkCosignature(
	signatory: string,
	paperId: string,
	data: Pick<Cosignature, 'date' | 'decision'> & Partial<Pick<Cosignature, 'verified'>>,
	paper: PaperFacts | undefined,
	today: string,
): CosignatureProblem[] {
	const out: CosignatureProblem[] = [];
	if (!paper) {
		out.push({
			path: [],
			rule: 'cosignature-paper',
			message: say(
				`Unbekanntes Papier \`${paperId}\`: keine Datei \`content/positions/${paperId}.md\`; erwartet: der Ordner heißt wie das Papier, das mitgezeichnet wird`,
				`Unknown paper \`${paperId}\`: there is no \`content/positions/${paperId}.md\`, expected the folder to be named like the paper being co-signed`,
			),
		});
		return out;
	}
	if (paper.kind !== 'positions') {
		out.push({
			path: [],
			rule: 'cosignature-paper',
			message: say(
				`\`${paperId}\` ist kein Positionspapier; mitzeichnen lassen sich nur Positionspapiere`,
				`Unexpected co-signature of \`${paperId}\`, which is no position paper; only position papers can be co-signed`,
			),
		});
		return out;
	}
	if (signatory === paper.lead) {
		out.push({
			path: [],
			rule: 'lead-cosignatory',
			message: say(
				`\`${signatory}\` ist die federführende Stelle des Papiers und zeichnet es nicht selbst mit; die Datei entfernen`,
				`Unexpected co-signature by \`${signatory}\`, the paper's lead body, expected only other organizations – remove the file`,
			),
		});
	}
	if (paper.cosignatories?.includes(signatory))
		out.push({
			path: [],
			rule: 'duplicate-cosignatory',
			message: say(
				`\`${signatory}\` zeichnet schon in \`cosignatories\` des Papiers \`${paperId}\` mit; erwartet: jede Organisation einmal – diese Datei oder den Eintrag im Papier entfernen`,
				`Unexpected second co-signature by \`${signatory}\`, already in \`cosignatories\` of the paper \`${paperId}\`, expected each organization once – remove this file or the entry in the paper`,
			),
		});
	const { consultationStart: start, consultationEnd: end } = paper;
	if (!start || !end) {
		out.push({
			path: [],
			rule: 'cosignature-paper',
			message:
				paper.status === 'draft'
					? say(
							`Das Papier \`${paperId}\` ist noch ein Entwurf und nicht zur Mitzeichnung offen; erwartet: Mitzeichnung erst ab dem Beginn der Mitzeichnung (\`dates.consultationStart\`)`,
							`Unexpected co-signature of \`${paperId}\`, which is still a draft, expected co-signatures only once its consultation has begun (\`dates.consultationStart\`)`,
						)
					: say(
							`Das Papier \`${paperId}\` hatte keine Mitzeichnung (\`dates.consultationStart\` und \`consultationEnd\` fehlen); eine Mitzeichnung per Datei ist nur während einer Mitzeichnungsfrist möglich`,
							`Unexpected co-signature of \`${paperId}\`, which had no consultation (no \`dates.consultationStart\` and \`consultationEnd\`), expected co-signature files only within a consultation`,
						),
		});
	} else if (typeof data.date === 'string') {
		if (data.date < start)
			out.push({
				path: ['date'],
				rule: 'cosignature-window',
				message: say(
					`Mitgezeichnet am ${day(data.date).de}, aber die Mitzeichnung begann erst am ${day(start).de}; erwartet: ein Tag vom ${day(start).de} bis ${day(end).de}`,
					`Unexpected signature on ${day(data.date).en}, before the consultation began on ${day(start).en}, expected a day from ${day(start).en} to ${day(end).en}`,
				),
			});
		else if (data.date > end)
			out.push({
				path: ['date'],
				rule: 'cosignature-window',
				message: say(
					`Mitgezeichnet am ${day(data.date).de}, aber die Mitzeichnung endete am ${day(end).de}; erwartet: ein Tag vom ${day(start).de} bis ${day(end).de} – soll die Frist verlängert werden, ändert die Federführung \`dates.consultationEnd\` im Papier`,
					`Unexpected signature on ${day(data.date).en}, after the consultation ended on ${day(end).en}, expected a day from ${day(start).en} to ${day(end).en} – to extend the period, the lead body changes \`dates.consultationEnd\` in the paper`,
				),
			});
	}
	if (typeof data.date === 'string' && data.date > today)
		out.push({
			path: ['date'],
			rule: 'date-order',
			message: say(
				`Mitgezeichnet am ${day(data.date).de} liegt in der Zukunft; erwartet: der Tag, an dem mitgezeichnet wurde (heute oder früher)`,
				`Unexpected signature date ${day(data.date).en} in the future, expected the day of signing (today or earlier)`,
			),
		});
	const decided = data.decision?.date;
	if (typeof decided === 'string') {
		if (decided > today)
			out.push({
				path: ['decision', 'date'],
				rule: 'date-order',
				message: say(
					`Der Beschluss vom ${day(decided).de} liegt in der Zukunft; erwartet: erst nach dem Beschluss mitzeichnen`,
					`Unexpected decision date ${day(decided).en} in the future, expected to co-sign only after the decision`,
				),
			});
		else if (typeof data.date === 'string' && decided > data.date)
			out.push({
				path: ['decision', 'date'],
				rule: 'date-order',
				message: say(
					`Der Beschluss vom ${day(decided).de} liegt nach der Mitzeichnung am ${day(data.date).de}; erwartet: erst beschließen, dann mitzeichnen`,
					`Unexpected decision on ${day(decided).en} after the signature on ${day(data.date).en}, expected the decision first`,
				),
			});
	}
	// A confirmation the site shows as the maintainers' word must be one that could have been given.
	const confirmed = data.verified?.date;
	if (typeof confirmed === 'string') {
		if (confirmed > today)
			out.push({
				path: ['verified', 'date'],
				rule: 'date-order',
				message: say(
					`Bestätigt am ${day(confirmed).de} liegt in der Zukunft; erwartet: der Tag, an dem die Redaktion bestätigt hat (heute oder früher)`,
					`Unexpected confirmation date ${day(confirmed).en} in the future, expected the day the maintainers confirmed (today or earlier)`,
				),
			});
		else if (typeof data.date === 'string' && confirmed < data.date)
			out.push({
				path: ['verified', 'date'],
				rule: 'date-order',
				message: say(
					`Bestätigt am ${day(confirmed).de}, vor der Mitzeichnung am ${day(data.date).de}; erwartet: erst mitzeichnen, dann bestätigen`,
					`Unexpected confirmation on ${day(confirmed).en}, before the signature on ${day(data.date).en}, expected the signature first`,
				),
			});
	}
	return out;
}
