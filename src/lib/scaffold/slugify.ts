/**
 * Turns a German title into a document id, which is also its file name and
 * its address: lower-case ASCII words joined by hyphens.
 */

/** Letters spelled out rather than stripped, as German writes them without umlauts. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
	ä: 'ae',
	ö: 'oe',
	ü: 'ue',
	Ä: 'ae',
	Ö: 'oe',
	Ü: 'ue',
	ß: 'ss',
	ẞ: 'ss',
	æ: 'ae',
	Æ: 'ae',
	œ: 'oe',
	Œ: 'oe',
	ø: 'o',
	Ø: 'o',
	ł: 'l',
	Ł: 'l',
	đ: 'd',
	Đ: 'd',
};

/** Ids longer than this are cut at the last hyphen before it. */
export const MAX_SLUG_LENGTH = 80;

/**
 * Makes an id from a title: ä→ae, ö→oe, ü→ue, ß→ss (upper case too), other
 * accents stripped (é→e), everything else a single hyphen, at most `maxLength`
 * characters cut at a word boundary. Returns `''` when the title has no letter
 * or digit. Example: `Wärmeplanung: Förderung für Gemeinden` →
 * `waermeplanung-foerderung-fuer-gemeinden`.
 */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
	const slug = title
		// Composed first, so that an `ä` typed as `a` + combining diaeresis becomes `ae` too.
		.normalize('NFC')
		.replace(/[äöüÄÖÜßẞæÆœŒøØłŁđĐ]/g, (letter) => SPELLED_OUT[letter] ?? letter)
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return shorten(slug, maxLength);
}

/** Cuts `slug` to `maxLength` at the last hyphen, or mid-word if it has none. */
function shorten(slug: string, maxLength: number): string {
	if (slug.length <= maxLength) return slug;
	const boundary = slug.lastIndexOf('-', maxLength);
	return (boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
