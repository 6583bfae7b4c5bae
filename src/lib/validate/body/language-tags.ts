/**
 * The languages a passage may be marked with (`<span lang="en">`), as BITV 2.0
 * / WCAG 3.1.2 asks: a screen reader switches its voice to the language named,
 * so a tag it does not know reads the passage with the wrong pronunciation.
 * A tag is a BCP 47 primary language subtag from ISO 639-1, or one of the
 * regional and minority languages recognised in Germany that have only a
 * three-letter code, optionally followed by a script (`Latn`) and a region
 * (`DE`, `419`).
 */
import { say, type Localized } from '../report/messages.ts';

/** ISO 639-1, all two-letter codes (BCP 47 primary language subtags). */
const ISO_639_1 = new Set(
	(
		'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el ' +
		'en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it ' +
		'iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt ' +
		'my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl ' +
		'sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo ' +
		'za zh zu'
	).split(' '),
);

/**
 * Regional and minority languages of Germany (European Charter for Regional or
 * Minority Languages) without a two-letter code: Low German, Upper and Lower
 * Sorbian, North and Saterland Frisian, Romani.
 */
const GERMAN_MINORITY_LANGUAGES = new Set(['nds', 'hsb', 'dsb', 'frr', 'stq', 'rom']);

const TAG = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?$/i;

/** Whether `value` names a language a screen reader can switch to, such as `en`, `fr-CA`, `hsb`. */
export function isLanguageTag(value: string): boolean {
	const primary = TAG.exec(value)?.[1]?.toLowerCase();
	return primary !== undefined && (ISO_639_1.has(primary) || GERMAN_MINORITY_LANGUAGES.has(primary));
}

/** The message for a `lang` (or `hreflang`) value that names no language. */
export function unknownLanguage(attribute: string, element: string, value: string): Localized {
	const shown = value.slice(0, 40);
	return say(
		`Unbekannte Sprache \`${attribute}="${shown}"\` an \`<${element}>\`; erwartet: ein Sprachkürzel nach ISO 639-1 wie \`en\`, \`fr\`, \`tr\`, \`uk\` (auch \`en-GB\`), oder \`nds\`, \`hsb\`, \`dsb\`, \`frr\` – z. B. \`<span lang="en">Open Data</span>\``,
		`Unexpected language \`${attribute}="${shown}"\` on \`<${element}>\`, expected an ISO 639-1 code such as \`en\`, \`fr\`, \`tr\`, \`uk\` (also \`en-GB\`), or \`nds\`, \`hsb\`, \`dsb\`, \`frr\` – e.g. \`<span lang="en">Open Data</span>\``,
	);
}
