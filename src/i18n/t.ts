/**
 * The one way components read interface text: `t(lang)('nav.home')`.
 * Both dictionaries must have the same keys; a unit test checks that.
 */
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import type { UiLanguage } from './languages.ts';

/** A key of the interface dictionaries. */
export type UiKey = keyof typeof de;

/**
 * A text that depends on a number: the dictionaries hold its forms under
 * `key.one` and `key.other` (the categories `Intl.PluralRules` gives for German
 * and English), and may hold `key.zero` to say nothing-at-all naturally
 * ("keine Kommunen") where "0 Kommunen" would read as a slip. `{count}` is
 * filled with the number as formatted for readers.
 */
export type PluralKey = PluralBase<UiKey>;
type PluralBase<K> = K extends `${infer Base}.other` ? (`${Base}.one` extends UiKey ? Base : never) : never;

/** The values of a plural text: `count` chooses the form. */
export type PluralValues = { count: number } & Record<string, string | number>;

/** Reads interface text: `tr('nav.home')`, `tr('list.count', { count: 3 })`. */
export interface Translator {
	(key: PluralKey, values: PluralValues): string;
	(key: UiKey, values?: Record<string, string | number>): string;
}

export const dictionaries: Record<UiLanguage, Record<UiKey, string>> = { de, en };

const pluralRules: Record<UiLanguage, Intl.PluralRules> = {
	de: new Intl.PluralRules('de-DE'),
	en: new Intl.PluralRules('en-GB'),
};

/** Returns the translator for `lang`. `{name}` placeholders are filled from `values`. */
export function t(lang: UiLanguage): Translator {
	const dictionary = dictionaries[lang] as Record<string, string>;
	const fill = (text: string, values: Record<string, string | number>) =>
		text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
	return ((key: string, values: Record<string, string | number> = {}): string => {
		const plain = dictionary[key];
		if (plain !== undefined) return fill(plain, values);
		const count = values['count'];
		if (typeof count !== 'number') throw new Error(`The text \`${key}\` needs a number as \`count\`.`);
		const form =
			(count === 0 ? dictionary[`${key}.zero`] : undefined) ??
			dictionary[`${key}.${pluralRules[lang].select(count)}`] ??
			dictionary[`${key}.other`]!;
		return fill(form, { ...values, count: formatNumber(lang, count) });
	}) as Translator;
}

// Creating an Intl formatter costs far more than using one; a build formats
// hundreds of thousands of dates, so each language gets its formatters once.
const dateFormats: Record<UiLanguage, Intl.DateTimeFormat> = {
	de: new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
	en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const numberFormats: Record<UiLanguage, Intl.NumberFormat> = {
	de: new Intl.NumberFormat('de-DE'),
	en: new Intl.NumberFormat('en-GB'),
};

/** Formats an ISO day for readers: `27. November 2026` or `27 November 2026`. */
export function formatDate(lang: UiLanguage, isoDay: string): string {
	const key = `${lang}${isoDay}`;
	let text = formattedDates.get(key);
	if (text === undefined) {
		const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
		text = dateFormats[lang].format(new Date(Date.UTC(y, m - 1, d)));
		formattedDates.set(key, text);
	}
	return text;
}
/** Days as formatted so far: a library has a few thousand distinct days, a build formats hundreds of thousands of dates (co-signatures, lists). */
const formattedDates = new Map<string, string>();

/** Formats a number for readers: `11.004` or `11,004`. */
export function formatNumber(lang: UiLanguage, value: number): string {
	return numberFormats[lang].format(value);
}
