/**
 * Sorting text the way readers expect (ä with a, Ö with o). One collator per
 * language, made once: `localeCompare` with a locale argument builds a new one
 * on every call, which is slow across thousands of pages.
 */
const collators = { de: new Intl.Collator('de'), en: new Intl.Collator('en-GB') };

/** Compares two texts in the given language's order. */
export function compareText(lang: 'de' | 'en'): (a: string, b: string) => number {
	return collators[lang].compare;
}

/** Compares two plain ASCII keys (ids, ISO dates, paths) by code unit; fast and stable. */
export function compareKeys(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
