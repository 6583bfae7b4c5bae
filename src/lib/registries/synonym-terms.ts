/**
 * Checks the synonym registry beyond its schema: a term may stand in one
 * group only, once. A term in two groups would join them behind the
 * contributors' backs (every term of both would find every other).
 */
import type { SynonymEntry } from '../../schemas/synonyms.ts';
import { phraseKey } from '../search/client/query-terms.ts';
import type { Diagnostic, Locate } from '../validate/report/diagnostics.ts';
import { say } from '../validate/report/messages.ts';
import { rule } from '../validate/report/rules.ts';

/**
 * How terms are compared: by their words, as the search page compares them
 * (`phraseKey`), so that case, Unicode form, hyphens and punctuation do not
 * make another term — `day-care` in one group and `day care` in another
 * would join the two groups on the search page.
 */
const key = (term: string) => phraseKey(term).join(' ');

/**
 * One located diagnostic per term that stood in an earlier place already,
 * German or English, naming where it stood first, and per term without a word.
 */
export function duplicateSynonyms(entries: readonly SynonymEntry[], file: string, locate: Locate): Diagnostic[] {
	const seen = new Map<string, { entry: number; line: number }>();
	const out: Diagnostic[] = [];
	entries.forEach((entry, i) => {
		for (const field of ['terms', 'en'] as const) {
			(entry[field] ?? []).forEach((term, j) => {
				const place = locate([i, field, j]);
				if (key(term) === '') {
					// The search page skips a phrase without words: the term would silently find nothing.
					out.push({
						file,
						...place,
						...rule('synonym-term'),
						message: say(
							`Der Begriff \`${term}\` enthält kein Wort, nur Zeichen; die Suche findet damit nichts – ein Wort schreiben oder den Begriff streichen`,
							`Unexpected term \`${term}\` without a word, only signs; expected a word the search can match – write one or remove the term`,
						),
					});
					return;
				}
				const first = seen.get(key(term));
				if (!first) {
					seen.set(key(term), { entry: i, line: place.line });
					return;
				}
				out.push({
					file,
					...place,
					...rule('synonym-term'),
					message: say(
						`Der Begriff \`${term}\` steht schon in Zeile ${first.line}${first.entry === i ? ' derselben Gruppe' : ''}; ein Begriff darf nur einmal vorkommen – hier streichen oder die beiden Gruppen zusammenlegen`,
						`Unexpected term \`${term}\` again (first in line ${first.line}${first.entry === i ? ', same group' : ''}), expected each term once – remove it here or merge the two groups`,
					),
				});
			});
		}
	});
	return out;
}
