/**
 * What counts as a placeholder in `site.config.yaml`, in one place: the
 * values a demonstration instance ships (`Musterstraße 1`, `12345`,
 * `kontakt@example.org`, "(Platzhalter)") and that must never reach a live
 * Impressum. Only `demo: true` lets them through; the site then says on
 * every page that the operator details are placeholders.
 */

/** One kind of placeholder, and how to recognise it in a value. */
interface Placeholder {
	/** What it is, in messages. */
	name: { de: string; en: string };
	/** Whether a value (trimmed) is such a placeholder. */
	matches: (value: string) => boolean;
}

/**
 * Domains reserved for examples and documentation (RFC 2606, RFC 6761):
 * `example.org`, `example.com`, `example.net` and everything under
 * `.example`, `.test`, `.invalid`, `.localhost`. Found wherever they stand
 * in a text — after a space, in brackets, before a full stop or a comma
 * (`an kontakt@example.org.`), with the root's dot (`example.org./`) —
 * as long as no other name continues them (`example.org.uk`, `myexample.org`).
 */
const EXAMPLE_DOMAIN =
	/(?<![a-z0-9-])(example\.(org|com|net)|[a-z0-9-]+\.(example|test|invalid|localhost))(?![a-z0-9-]|\.[a-z0-9-])/i;

/** Words that mark sample data in German: Musterstraße (also `Musterstr.`), Musterallee, Musterstadt, Max Mustermann, Erika Musterfrau … */
const SAMPLE_WORD =
	/\bmuster(?:(?:stra(?:ß|ss)e|weg|platz|allee|gasse|stadt|dorf|gemeinde|hausen|mann|frau|verein|verband|gmbh|behörde|amt)\b|str\.)/i;

/** Placeholders, in the order they are looked for; the first that matches is named. */
export const PLACEHOLDERS: readonly Placeholder[] = [
	{ name: { de: 'ein als Platzhalter markierter Text', en: 'a text marked as placeholder' }, matches: (v) => /platzhalter|placeholder|lorem ipsum/i.test(v) },
	{ name: { de: 'eine Beispieladresse', en: 'an example address' }, matches: (v) => EXAMPLE_DOMAIN.test(v) || /^https?:\/\/(github|gitlab)\.com\/example\//i.test(v) },
	{ name: { de: 'ein Mustername oder eine Musteranschrift', en: 'a sample name or address' }, matches: (v) => SAMPLE_WORD.test(v) },
	{ name: { de: 'eine Beispiel-Postleitzahl', en: 'an example postal code' }, matches: (v) => /^(12345|00000|99999)$/.test(v) },
	{ name: { de: 'eine Beispiel-Telefonnummer', en: 'an example telephone number' }, matches: (v) => /^(\+|0)[\d\s/()-]*123[\s-]?456/.test(v) },
	{ name: { de: 'eine Beispiel-Registernummer', en: 'an example register number' }, matches: (v) => /^(VR|HRB|HRA)\s*(12345|00000)$/i.test(v) },
	{ name: { de: 'eine Beispiel-USt-IdNr.', en: 'an example VAT id' }, matches: (v) => /^DE\s?(123456789|000000000|999999999)$/i.test(v) },
];

/** The placeholder `value` is, if any. */
export function placeholderIn(value: string): Placeholder | undefined {
	const trimmed = value.trim();
	return PLACEHOLDERS.find((placeholder) => placeholder.matches(trimmed));
}

/** Every string in `data` with its path, depth first: `[['operator', 'street'], 'Musterstraße 1']`. */
export function* stringLeaves(data: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
	if (typeof data === 'string') yield [path, data];
	else if (Array.isArray(data)) for (const [i, item] of data.entries()) yield* stringLeaves(item, [...path, i]);
	else if (data && typeof data === 'object')
		for (const [key, value] of Object.entries(data)) yield* stringLeaves(value, [...path, key]);
}
