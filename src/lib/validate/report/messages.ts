/**
 * Every message a contributor reads, in German and English, with the same rule
 * ids in both. Schema problems are described here from the zod issue's
 * structure (code, path, expected values, input), so the schemas hold no
 * wording and the site build, the command line and the web form say the same.
 */
import type { z } from 'zod';
import { say, type Localized } from '../../../schemas/localized.ts';
import { ORGANIZATION_REF_PATTERN, POSTAL_CODE_PATTERN, SLUG_PATTERN } from '../../../schemas/primitives.ts';

export { MESSAGE_LANGUAGES, say, type Localized, type MessageLanguage } from '../../../schemas/localized.ts';

/** The dotted form of a path for messages: `cosignatories[2].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
		.join('');
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
const list = (values: readonly unknown[]) => values.map(code).join(', ');

/** The expectation behind a pattern or format, in both languages. */
function expectation(issue: z.core.$ZodIssueInvalidStringFormat): Localized | undefined {
	const pattern = 'pattern' in issue ? String(issue.pattern) : '';
	if (pattern === String(SLUG_PATTERN))
		return say(
			'Kleinbuchstaben, Ziffern und Bindestriche (ä→ae, ö→oe, ü→ue, ß→ss)',
			'lower-case letters, digits and hyphens (ä→ae, ö→oe, ü→ue, ß→ss)',
		);
	if (pattern === String(ORGANIZATION_REF_PATTERN))
		return say(
			'eine Registry-Id (`staedtetag`), `ags:` mit 5 oder 8 Ziffern oder ein Länderkürzel (`BY`)',
			'a registry id (`staedtetag`), `ags:` with 5 or 8 digits, or a Land code (`BY`)',
		);
	if (pattern === String(POSTAL_CODE_PATTERN))
		return say('fünf Ziffern in Anführungszeichen wie `"12345"`', 'five digits in quotes such as `"12345"`');
	if (issue.format === 'date') return say('ein Datum als `JJJJ-MM-TT`', 'a date as `YYYY-MM-DD`');
	if (issue.format === 'url') return say('eine vollständige Adresse mit `https://`', 'an absolute `https://` address');
	if (issue.format === 'email')
		return say(
			'ein Funktionspostfach wie `digital@stadt.example`',
			'an office mailbox such as `digital@stadt.example`',
		);
	return undefined;
}

const TYPE_NAMES: Record<string, Localized> = {
	string: say('ein Text', 'a text'),
	array: say('eine Liste', 'a list'),
	object: say('eine Gruppe von Feldern', 'a group of fields'),
	boolean: say('`true` oder `false`', '`true` or `false`'),
	number: say('eine Zahl', 'a number'),
	int: say('eine ganze Zahl', 'a whole number'),
};

const ADDRESSEE = say(
	'`level:bund`, `level:land`, `level:kommune`, `level:eu` oder eine Organisation',
	'`level:bund`, `level:land`, `level:kommune`, `level:eu`, or an organization',
);

/**
 * Describes one zod issue. Custom issues carry their own text in
 * `params.message`; everything else is worded from the issue's structure.
 * Parse with `reportInput: true` so that messages can quote the bad value.
 */
export function describeIssue(issue: z.core.$ZodIssue): Localized {
	const at = `\`${formatPath(issue.path)}\``;
	const field = [...issue.path].reverse().find((key) => typeof key === 'string') ?? 'value';
	const input = 'input' in issue ? issue.input : undefined;
	switch (issue.code) {
		case 'custom': {
			const message = (issue.params as { message?: Localized } | undefined)?.message;
			return message ?? say(issue.message, issue.message);
		}
		case 'invalid_value':
			if (input === undefined)
				return say(
					`Fehlendes Feld ${at}, erwartet: einer der Werte ${list(issue.values)}`,
					`Missing ${at}, expected one of ${list(issue.values)}`,
				);
			return say(
				`Unerwarteter Wert ${code(input)} für ${at}, erlaubt: ${list(issue.values)}`,
				`Unexpected ${String(field)} ${code(input)}, expected one of ${list(issue.values)}`,
			);
		case 'invalid_type': {
			const expected = TYPE_NAMES[issue.expected] ?? say(issue.expected, issue.expected);
			// An empty path is the whole front matter or registry file.
			if (issue.path.length === 0)
				return say(
					`Unerwarteter Inhalt auf oberster Ebene, erwartet: ${expected.de}`,
					`Unexpected value at the top level, expected ${expected.en}`,
				);
			if (input === undefined)
				return say(`Fehlendes Feld ${at}, erwartet: ${expected.de}`, `Missing ${at}, expected ${expected.en}`);
			return say(
				`Unerwarteter Inhalt in ${at}, erwartet: ${expected.de}`,
				`Unexpected value in ${at}, expected ${expected.en}`,
			);
		}
		case 'too_small':
			if (issue.origin === 'array')
				return say(
					`Leere Liste ${at}, erwartet: mindestens ${issue.minimum} Eintrag`,
					`Unexpected empty ${at}, expected at least ${issue.minimum} entry`,
				);
			if (issue.origin === 'string')
				return say(
					`Leerer Text in ${at}, erwartet: mindestens ein Zeichen`,
					`Unexpected empty text in ${at}, expected at least one character`,
				);
			return say(
				`Zu kleiner Wert ${code(input)} in ${at}, erwartet: mindestens ${String(issue.minimum)}`,
				`Unexpected ${code(input)} in ${at}, expected at least ${String(issue.minimum)}`,
			);
		case 'too_big':
			return say(
				`Zu großer Wert ${code(input)} in ${at}, erwartet: höchstens ${String(issue.maximum)}`,
				`Unexpected ${code(input)} in ${at}, expected at most ${String(issue.maximum)}`,
			);
		case 'invalid_format': {
			const expected = expectation(issue) ?? say(issue.format, issue.format);
			return say(
				`Ungültiger Wert ${code(input)} in ${at}, erwartet: ${expected.de}`,
				`Unexpected ${code(input)} in ${at}, expected ${expected.en}`,
			);
		}
		case 'invalid_union': {
			const addressee = ['addressee', 'addressees', 'body'].includes(String(field));
			if (input === undefined)
				return addressee
					? say(`Fehlendes Feld ${at}, erwartet: ${ADDRESSEE.de}`, `Missing ${at}, expected ${ADDRESSEE.en}`)
					: say(`Fehlendes Feld ${at}`, `Missing ${at}`);
			if (addressee)
				return say(
					`Unbekannter Adressat ${code(input)} in ${at}, erwartet: ${ADDRESSEE.de}`,
					`Unexpected addressee ${code(input)} in ${at}, expected ${ADDRESSEE.en}`,
				);
			return say(`Ungültiger Wert ${code(input)} in ${at}`, `Unexpected ${code(input)} in ${at}`);
		}
		case 'unrecognized_keys': {
			const keys = issue.keys.map((key) => `\`${formatPath([...issue.path, key])}\``).join(', ');
			if (field === 'laender')
				return say(
					`Unbekanntes Land ${keys}, erwartet: ein Länderkürzel wie \`BY\` oder \`NW\``,
					`Unexpected Land ${keys}, expected a two-letter code such as \`BY\` or \`NW\``,
				);
			return say(
				`Unbekanntes Feld ${keys}; erlaubt sind nur die Felder des Schemas (Schreibweise prüfen)`,
				`Unexpected key ${keys}, expected only the fields the schema defines (check the spelling)`,
			);
		}
		default:
			return say(issue.message, issue.message);
	}
}
