/**
 * Every message a contributor reads, in German and English, with the same rule
 * ids in both. Schema problems are described here from the zod issue's
 * structure (code, path, expected values, input), so the schemas hold no
 * wording and the site build, the command line and the web form say the same.
 */
import type { z } from 'zod';
import { say, type Localized } from '../../../schemas/localized.ts';
import { ORGANIZATION_REF_PATTERN, POSTAL_CODE_PATTERN, SLUG_PATTERN } from '../../../schemas/primitives.ts';
import {
	expectedFor,
	fieldAt,
	keysAt,
	nameValue,
	nameValues,
	valueLabel,
	type Audience,
	type FieldInfo,
	type MessageContext,
} from './field-words.ts';
import { impossibleDay } from './calendar-day.ts';
import { suggest } from './suggest.ts';

export { MESSAGE_LANGUAGES, say, type Localized, type MessageLanguage } from '../../../schemas/localized.ts';
export type { Audience, MessageContext } from './field-words.ts';

/** The dotted form of a path for messages: `cosignatories[2].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
		.join('');
}

/** Quoted values are cut to this many characters: a message names the value, it does not repeat a paragraph. */
const MAX_QUOTED = 80;

/**
 * A value as a message quotes it: in backticks, cut after {@link MAX_QUOTED}
 * characters with `…`. Front matter that failed its schema may hold a text of
 * thousands of characters, or an object, where an id belongs; the message
 * must stay one readable line.
 */
export function quote(value: unknown): string {
	const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	const chars = Array.from(text.slice(0, MAX_QUOTED * 2));
	return `\`${chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : text}\``;
}
const code = quote;
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

const ADDRESSEES = say(
	'`level:bund`, `level:land`, `level:kommune`, `level:eu` oder eine Organisation',
	'`level:bund`, `level:land`, `level:kommune`, `level:eu`, or an organization',
);
const ADDRESSEE_FORM = say(
	'eine Ebene (Bund, Länder, Kommunen, Europäische Union) oder eine Organisation aus dem Verzeichnis der Organisationen',
	'a level (federal, Länder, municipalities, European Union) or an organization from the list of organizations',
);

/**
 * The field of the same object that an unknown key most likely means
 * (`sumary` → `summary`), from the keys the schema defines there.
 */
export function suggestKey(
	schema: z.ZodType | undefined,
	path: readonly PropertyKey[],
	key: string,
): string | undefined {
	return suggest(
		key,
		keysAt(schema, path).map((id) => ({ id })),
	)[0]?.id;
}

/** The values an issue allows, by label where the field's words have labels for them. */
function allowedValues(values: readonly unknown[], info: FieldInfo | undefined, audience: Audience): Localized {
	return values.every((v) => typeof v === 'string')
		? nameValues(values, info?.meta?.values, audience)
		: say(list(values), list(values));
}

/** "einer der Werte …" for an issue's allowed values. */
function oneOf(values: readonly unknown[], info: FieldInfo | undefined, audience: Audience): Localized {
	const allowed = allowedValues(values, info, audience);
	return say(`einer der Werte ${allowed.de}`, `one of ${allowed.en}`);
}

/** The words for an issue's value when it is empty (`""`, or `field:` with nothing) and the field may be left out. */
function emptyOptional(info: FieldInfo | undefined, at: string): Localized | undefined {
	if (!info?.optional) return undefined;
	return say(
		`Leeres Feld ${at} – optional: ausfüllen oder Zeile löschen`,
		`Empty ${at} – optional: fill it in or delete the line`,
	);
}

/**
 * Describes one zod issue. Custom issues carry their own text in
 * `params.message`; everything else is worded from the issue's structure and,
 * where `context.schema` is given, from the words of the field it is in
 * (labels of values, the kind of value expected, an example). The one wording
 * serves both audiences: `cli` names values by label and code, `form` by the
 * label people see on the site. Parse with `reportInput: true` so that
 * messages can quote the bad value.
 */
export function describeIssue(issue: z.core.$ZodIssue, context: MessageContext = {}): Localized {
	const audience = context.audience ?? 'cli';
	const at = `\`${formatPath(issue.path)}\``;
	const field = [...issue.path].reverse().find((key) => typeof key === 'string') ?? 'value';
	const input = 'input' in issue ? issue.input : undefined;
	const info = fieldAt(context.schema, issue.path);
	const expectedHere = expectedFor(info, audience, issue.path);
	const addressee = ['addressee', 'addressees', 'body'].includes(String(field));
	if (issue.code !== 'custom' && (input === null || (typeof input === 'string' && input.trim() === ''))) {
		const empty = emptyOptional(info, at);
		if (empty) return empty;
		// A field the scaffolder left `""` for the contributor to fill in: what belongs there, not "invalid ``".
		const expected =
			expectedHere ??
			(issue.code === 'invalid_format' ? expectation(issue) : undefined) ??
			(issue.code === 'invalid_value' ? oneOf(issue.values, info, audience) : undefined) ??
			(addressee ? (audience === 'form' ? ADDRESSEE_FORM : ADDRESSEES) : undefined) ??
			(issue.code === 'invalid_type' ? TYPE_NAMES[issue.expected] : TYPE_NAMES.string) ??
			TYPE_NAMES.string!;
		return say(
			`Leeres Feld ${at} – bitte ausfüllen; erwartet: ${expected.de}`,
			`Empty ${at} – fill it in; expected ${expected.en}`,
		);
	}
	switch (issue.code) {
		case 'custom': {
			const message = (issue.params as { message?: Localized } | undefined)?.message;
			return message ?? say(issue.message, issue.message);
		}
		case 'invalid_value': {
			const prefix = info?.meta?.values;
			const allowed = allowedValues(issue.values, info, audience);
			if (input === undefined)
				return say(
					`Fehlendes Feld ${at}, erwartet: einer der Werte ${allowed.de}`,
					`Missing ${at}, expected one of ${allowed.en}`,
				);
			const meant =
				typeof input === 'string'
					? suggest(
							input,
							issue.values.filter((v) => typeof v === 'string').map((id) => ({ id, name: valueLabel(prefix, id)?.de })),
						)[0]
					: undefined;
			const hint = meant ? nameValue(meant.id, valueLabel(prefix, meant.id), audience) : undefined;
			return say(
				`Unerwarteter Wert ${code(input)} für ${at}, erlaubt: ${allowed.de}${hint ? ` – meinten Sie ${hint.de}?` : ''}`,
				`Unexpected ${String(field)} ${code(input)}, expected one of ${allowed.en}${hint ? ` – did you mean ${hint.en}?` : ''}`,
			);
		}
		case 'invalid_type': {
			const expected = expectedHere ?? TYPE_NAMES[issue.expected] ?? say(issue.expected, issue.expected);
			// An empty path is the whole front matter or registry file.
			if (issue.path.length === 0)
				return say(
					`Unerwarteter Inhalt auf oberster Ebene, erwartet: ${expected.de}`,
					`Unexpected value at the top level, expected ${expected.en}`,
				);
			if (input === undefined)
				return say(`Fehlendes Feld ${at}, erwartet: ${expected.de}`, `Missing ${at}, expected ${expected.en}`);
			if (input === null)
				return say(`Leeres Feld ${at}, erwartet: ${expected.de}`, `Empty ${at}, expected ${expected.en}`);
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
			if (issue.origin === 'string') {
				const length = typeof input === 'string' ? [...input].length : undefined;
				const has = length === undefined ? '' : ` (${length} Zeichen)`;
				const hasEn = length === undefined ? '' : ` (${length} characters)`;
				return say(
					`Zu langer Text in ${at}${has}, erwartet: höchstens ${String(issue.maximum)} Zeichen – kürzen`,
					`Unexpected long text in ${at}${hasEn}, expected at most ${String(issue.maximum)} characters – shorten it`,
				);
			}
			if (issue.origin === 'array')
				return say(
					`Zu viele Einträge in ${at}, erwartet: höchstens ${String(issue.maximum)}`,
					`Unexpected number of entries in ${at}, expected at most ${String(issue.maximum)}`,
				);
			return say(
				`Zu großer Wert ${code(input)} in ${at}, erwartet: höchstens ${String(issue.maximum)}`,
				`Unexpected ${code(input)} in ${at}, expected at most ${String(issue.maximum)}`,
			);
		case 'invalid_format': {
			const impossible = issue.format === 'date' ? impossibleDay(input) : undefined;
			if (impossible)
				return say(
					`${impossible.de} (${code(input)} in ${at}); erwartet: ein Tag des Kalenders als \`JJJJ-MM-TT\` – Tag und Monat prüfen`,
					`${impossible.en} (${code(input)} in ${at}); expected a calendar day as \`YYYY-MM-DD\` – check the day and month`,
				);
			const expected = expectedHere ?? expectation(issue) ?? say(issue.format, issue.format);
			return say(
				`Ungültiger Wert ${code(input)} in ${at}, erwartet: ${expected.de}`,
				`Unexpected ${code(input)} in ${at}, expected ${expected.en}`,
			);
		}
		case 'invalid_union': {
			const ADDRESSEE = audience === 'form' ? ADDRESSEE_FORM : ADDRESSEES;
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
			const keys = issue.keys.map((key) => quote(formatPath([...issue.path, key]))).join(', ');
			if (field === 'laender')
				return say(
					`Unbekanntes Land ${keys}, erwartet: ein Länderkürzel wie \`BY\` oder \`NW\``,
					`Unexpected Land ${keys}, expected a two-letter code such as \`BY\` or \`NW\``,
				);
			const meant = suggestKey(context.schema, issue.path, String(issue.keys[0]));
			if (issue.keys.length === 1 && meant)
				return say(
					`Unbekanntes Feld ${keys} – meinten Sie \`${formatPath([...issue.path, meant])}\`?`,
					`Unexpected key ${keys} – did you mean \`${formatPath([...issue.path, meant])}\`?`,
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
