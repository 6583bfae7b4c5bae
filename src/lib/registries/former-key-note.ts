/**
 * The note shown beside the name of a body that a document names by a former
 * key: "früher: Eisenach, Stadt, seit 1. Juli 2021 Teil von Wartburgkreis".
 * The name shown is the body's today; the note says which body the document
 * named, so that a reader of a paper from before a merger is not misled into
 * thinking the new municipality signed it under its name.
 */
import { formatDate, t } from '../../i18n/t.ts';
import type { UiLanguage } from '../../i18n/languages.ts';
import type { Gemeindeverzeichnis } from './gemeindeverzeichnis.ts';
import { placeName } from './organization-names.ts';
import type { ResolvedOrganization } from './organizations.ts';

/**
 * The note for `former` (from `resolveOrganization`) in `lang`: the old name,
 * then each change in order, a chain's middle keys named as `aenderungen.csv`
 * names them and the last as the register does.
 *
 * @example formerKeyNote(former, register, 'en') // formerly Eisenach, Stadt, part of Wartburgkreis since 1 July 2021
 */
export function formerKeyNote(
	former: NonNullable<ResolvedOrganization['former']>,
	register: Gemeindeverzeichnis,
	lang: UiLanguage,
): string {
	const tr = t(lang);
	const nameOf = (ags: string) => register.changes?.get(ags)?.name ?? placeName(register, ags)?.name ?? ags;
	const changes = former.steps.map((step) =>
		step.art === 'kreiswechsel'
			? tr('register.former.kreiswechsel', { date: formatDate(lang, step.datum), key: step.neu })
			: tr('register.former.fusion', { date: formatDate(lang, step.datum), name: nameOf(step.neu) }),
	);
	return tr('register.former', { name: former.steps[0]!.name, changes: changes.join(', ') });
}
