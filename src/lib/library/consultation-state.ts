/**
 * Where a paper's consultation stands on the build date, and how the paper
 * page says so. The site is static: what "today" means is the day of the
 * build, so the page names that day ("Stand: …") and the CI templates build
 * daily, so that the days left and the end appear on time.
 */
import type { Translator } from '../../i18n/t.ts';
import type { Consultation } from './library-index.ts';

/** The state of a consultation on one day. */
export type ConsultationState =
	/** Not begun: co-signing opens on `start`. */
	| { phase: 'upcoming'; start: string; end: string }
	/** Open: `daysLeft` whole days follow today until the last day (`0` on the last day itself). */
	| { phase: 'open'; start: string; end: string; daysLeft: number }
	/** Over: `end` was the last day. */
	| { phase: 'ended'; start: string; end: string };

const MS_PER_DAY = 86_400_000;
const dayNumber = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`) / MS_PER_DAY;

/**
 * The state of `consultation` on `today` (all `YYYY-MM-DD`). Both the first
 * and the last day belong to the consultation, as in the co-signature check.
 *
 * @example consultationState({ start: '2026-11-02', end: '2027-01-29' }, '2027-01-28')
 * // { phase: 'open', start: '2026-11-02', end: '2027-01-29', daysLeft: 1 }
 */
export function consultationState(consultation: Consultation, today: string): ConsultationState {
	const { start, end } = consultation;
	// ISO days compare as text.
	if (today < start) return { phase: 'upcoming', start, end };
	if (today > end) return { phase: 'ended', start, end };
	return { phase: 'open', start, end, daysLeft: Math.round(dayNumber(end) - dayNumber(today)) };
}

/**
 * The sentence the paper page shows: `Mitzeichnung ab 2. November 2026`,
 * `Mitzeichnung bis 29. Januar 2027 – noch 12 Tage (Stand: 17. Januar 2027)`,
 * `… – noch heute (Stand: …)` on the last day, `Mitzeichnung beendet am 29. Januar 2027`.
 * `date` formats an ISO day for readers (`PageContext.date`).
 */
export function consultationSentence(
	tr: Translator,
	date: (isoDay: string) => string,
	state: ConsultationState,
	today: string,
): string {
	switch (state.phase) {
		case 'upcoming':
			return tr('consultation.upcoming', { date: date(state.start) });
		case 'ended':
			return tr('consultation.ended', { date: date(state.end) });
		case 'open':
			return tr('consultation.open', {
				date: date(state.end),
				left: tr('consultation.left', { count: state.daysLeft }),
				today: date(today),
			});
	}
}
