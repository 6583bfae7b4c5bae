/**
 * What a message can say about the field an issue is in, read from the
 * schema and its words (`field-meta.ts`): the labels of allowed values as the
 * site shows them, what kind of value the field expects, with an example,
 * and whether it may be left out. Messages are worded for an audience: on the
 * command line values are named by label and code (``„Entwurf“ (`draft`)``),
 * in the web form by the label alone, as the people there see them.
 */
import { z } from 'zod';
import { dictionaries } from '../../../i18n/t.ts';
import { metaOf, type FieldMeta } from '../../../schemas/field-meta.ts';
import { say, type Localized } from '../../../schemas/localized.ts';
import { isoDate, organizationRef, slug, webUrl } from '../../../schemas/primitives.ts';
import { fieldType, objectShape } from '../../../schemas/walk.ts';
import { REFERENCE_HINTS, type ReferenceTarget } from './reference-hints.ts';

/** Who reads a message: a contributor at the command line (codes help) or in the web form (labels only). */
export type Audience = 'cli' | 'form';

/** What a message may know beyond the issue: who reads it, and the schema the data was checked with. */
export interface MessageContext {
	/** Default `cli`. */
	audience?: Audience;
	/** The schema the whole document was checked with, to find the field of an issue's path. */
	schema?: z.ZodType | undefined;
}

/** A field's schema and its words, found by path. */
export interface FieldInfo {
	schema: z.ZodType;
	meta?: FieldMeta | undefined;
	optional: boolean;
}

/** Arrays, records and wrappers are looked through; the walk stops where the path leaves the schema. */
export function fieldAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): FieldInfo | undefined {
	let current = schema;
	let info: FieldInfo | undefined;
	for (const key of path) {
		if (!current) return undefined;
		const { base } = fieldType(current);
		let next: z.ZodType | undefined;
		if (typeof key === 'number' && base instanceof z.ZodArray) next = base.element as z.ZodType;
		else if (base instanceof z.ZodRecord) next = base.valueType as z.ZodType;
		else if (typeof key === 'string') next = objectShape(base)?.[key];
		if (!next) return undefined;
		info = { schema: next, meta: metaOf(next), optional: fieldType(next).optional || fieldType(next).hasDefault };
		current = next;
	}
	return info;
}

/** The names an object field at `path` allows, for suggestions on unknown keys. */
export function keysAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] {
	const holder = path.length === 0 ? schema : fieldAt(schema, path)?.schema;
	const shape = holder ? objectShape(fieldType(holder).base) : undefined;
	return shape ? Object.keys(shape) : [];
}

const code = (value: string) => `\`${value}\``;

/** Fields whose values are ids from a registry or the library, by their key. */
const REFERENCE_FIELDS: Record<string, ReferenceTarget> = {
	topics: 'topic',
	crisis: 'crisis',
	measure: 'measure',
	related: 'document',
	supersedes: 'position',
};

/** The site's label of an allowed value (`status` + `draft` → „Entwurf“ / “Draft”), if it has one. */
export function valueLabel(prefix: string | undefined, value: string): Localized | undefined {
	if (!prefix) return undefined;
	const key = `${prefix}.${value}`;
	const de = (dictionaries.de as Record<string, string>)[key];
	const en = (dictionaries.en as Record<string, string>)[key];
	return de && en ? say(de, en) : undefined;
}

/** One value for a reader: by label in the form, by label and code on the command line, by code where there is no label. */
export function nameValue(value: string, label: Localized | undefined, audience: Audience): Localized {
	if (!label) return say(code(value), code(value));
	if (audience === 'form') return say(`„${label.de}“`, `“${label.en}”`);
	return say(`„${label.de}“ (${code(value)})`, `“${label.en}” (${code(value)})`);
}

/** A list of allowed values for a reader, joined with commas. */
export function nameValues(values: readonly string[], prefix: string | undefined, audience: Audience): Localized {
	const named = values.map((value) => nameValue(value, valueLabel(prefix, value), audience));
	return say(named.map((n) => n.de).join(', '), named.map((n) => n.en).join(', '));
}

const example = (meta: FieldMeta | undefined, fallback: string) => code(meta?.example ?? fallback);

/**
 * What a field expects, for "expected: …": a date as a date with an example,
 * an organization as an organization id, the labelled values of a choice.
 * `undefined` where the schema says no more than the type.
 */
export function expectedFor(
	info: FieldInfo | undefined,
	audience: Audience,
	path: readonly PropertyKey[] = [],
): Localized | undefined {
	if (!info) return undefined;
	const key = [...path].reverse().find((k) => typeof k === 'string');
	const target = typeof key === 'string' ? REFERENCE_FIELDS[key] : undefined;
	if (target) {
		const hint = REFERENCE_HINTS[audience][target];
		// The list itself (`topics:`), not one of its entries (`topics[0]`).
		return fieldType(info.schema).base instanceof z.ZodArray
			? say(`eine Liste, je Eintrag ${hint.de}`, `a list, each entry ${hint.en}`)
			: hint;
	}
	const { declared, base } = fieldType(info.schema);
	const meta = info.meta;
	if (declared.def === isoDate.def || base instanceof z.ZodISODate)
		return audience === 'form'
			? say('ein Datum', 'a date')
			: say(
					`ein Datum als \`JJJJ-MM-TT\`, z. B. ${example(meta, '2026-03-01')}`,
					`a date as \`YYYY-MM-DD\`, e.g. ${example(meta, '2026-03-01')}`,
				);
	if (declared.def === organizationRef.def)
		return audience === 'form'
			? say(
					'eine Organisation aus dem Verzeichnis der Organisationen (Namen eintippen und auswählen)',
					'an organization from the list of organizations (type its name and pick it)',
				)
			: say(
					`eine Organisations-Id wie ${example(meta, 'staedtetag')}, \`ags:\` mit 5 oder 8 Ziffern oder ein Länderkürzel wie \`BY\``,
					`an organization id such as ${example(meta, 'staedtetag')}, \`ags:\` with 5 or 8 digits, or a Land code such as \`BY\``,
				);
	if (declared.def === webUrl.def)
		return say(
			`eine vollständige Adresse mit \`https://\`, z. B. ${example(meta, 'https://www.example.org/')}`,
			`an absolute \`https://\` address, e.g. ${example(meta, 'https://www.example.org/')}`,
		);
	if (declared.def === slug.def)
		return say(
			`eine Id aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. ${example(meta, 'grundsteuer-bundesmodell')}`,
			`an id of lower-case letters, digits and hyphens, e.g. ${example(meta, 'grundsteuer-bundesmodell')}`,
		);
	if (base instanceof z.ZodEnum) {
		const values = nameValues(base.options as string[], meta?.values, audience);
		return say(`einer der Werte ${values.de}`, `one of ${values.en}`);
	}
	if (base instanceof z.ZodString && meta?.example && audience === 'cli')
		return say(`ein Text, z. B. ${code(meta.example)}`, `a text, e.g. ${code(meta.example)}`);
	return undefined;
}
