/**
 * Writes the front matter of a new document as commented YAML, one field
 * after the other in the order of the kind's zod schema:
 *
 * - a field the document must have gets an empty `""` to fill in, or a start
 *   value (the title, today, status `draft`);
 * - an optional field gets `""` too, with a note that the line may go;
 * - a field with a default gets its default, and an empty list or record a
 *   commented-out example entry underneath.
 */
import { z } from 'zod';
import { startValue, type FieldHint, type FieldHints, type SkeletonContext } from './field-hints.ts';
import { commentLines, fieldNote } from './field-notes.ts';
import { fieldType, objectShape } from '../../schemas/walk.ts';

/** One field of an object schema together with its hint. */
interface Field {
	key: string;
	schema: z.ZodType;
	hint: FieldHint;
	/** Dotted path for error messages, e.g. `dates.drafted`. */
	path: string;
}

/** The YAML lines of the front matter for `schema`, without the `---` fences. */
export function frontMatterLines(schema: z.ZodType, hints: FieldHints, context: SkeletonContext): string[] {
	return fieldsOf(schema, hints, '')
		.flatMap((field) => [...fieldLines(field, 0, context), ''])
		.slice(0, -1);
}

/** Pairs the fields of an object schema with their hints; a missing or extra hint is a programming error. */
function fieldsOf(schema: z.ZodType, hints: FieldHints | undefined, parent: string): Field[] {
	const shape = objectShape(schema);
	if (!shape) throw new Error(`Scaffold: \`${parent || 'document'}\` is not an object schema`);
	const keys = Object.keys(shape);
	const extra = Object.keys(hints ?? {}).filter((key) => !keys.includes(key));
	if (extra.length)
		throw new Error(`Scaffold: hints for unknown fields ${extra.map((key) => `\`${join(parent, key)}\``).join(', ')}`);
	return keys.map((key) => {
		const hint = hints?.[key];
		if (!hint)
			throw new Error(
				`Scaffold: no hint for field \`${join(parent, key)}\` in its schema (\`field()\` in src/schemas/)`,
			);
		return { key, schema: shape[key]!, hint, path: join(parent, key) };
	});
}

const join = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/** A field with its comment above it, at `indent`. */
function fieldLines(field: Field, indent: number, context: SkeletonContext): string[] {
	const { base, hasDefault, defaultValue } = fieldType(field.schema);
	const pad = ' '.repeat(indent);
	const head = commentLines(fieldNote(field.schema, field.hint), indent);
	const key = `${pad}${field.key}:`;
	if (field.hint.start) return [...head, `${key} ${scalar(startValue(field.hint.start, context))}`];
	if (base instanceof z.ZodObject) {
		return [
			...head,
			key,
			...fieldsOf(base, field.hint.fields, field.path).flatMap((inner) => fieldLines(inner, indent + 2, context)),
		];
	}
	if (base instanceof z.ZodArray || base instanceof z.ZodRecord) {
		if (!hasDefault) {
			if (base instanceof z.ZodRecord) throw new Error(`Scaffold: required record \`${field.path}\` is not supported`);
			return [...head, key, ...placeholderEntry(field, base.element as z.ZodType, indent + 2, context)];
		}
		const example = exampleLines(field, base, indent + 2, context).map((line) => `${pad}  # ${line.slice(indent + 2)}`);
		return [...head, `${key} ${base instanceof z.ZodArray ? '[]' : '{}'}`, ...example];
	}
	return [...head, `${key} ${hasDefault ? scalar(defaultValue) : '""'}`];
}

/** One list entry to fill in, for a list that needs at least one. */
function placeholderEntry(field: Field, element: z.ZodType, indent: number, context: SkeletonContext): string[] {
	const pad = ' '.repeat(indent);
	if (!(element instanceof z.ZodObject)) return [`${pad}- ""`];
	const lines = fieldsOf(element, field.hint.fields, `${field.path}[]`).flatMap((inner) =>
		fieldLines(inner, indent + 2, context),
	);
	const first = lines.findIndex((line) => !line.trimStart().startsWith('#'));
	// The first field's comment sits with the dash, so that it reads as the entry's first line.
	return lines.map((line, index) => {
		if (index < first) return pad + line.trimStart();
		if (index === first) return `${pad}- ${line.trimStart()}`;
		return line;
	});
}

/** A line of an example: the YAML and the note to show after it. */
type ExampleLine = readonly [yaml: string, note: string];

/** A filled-in example entry for an empty list or record, as YAML lines at `indent` (not yet commented out). */
function exampleLines(
	field: Field,
	base: z.ZodArray | z.ZodRecord,
	indent: number,
	context: SkeletonContext,
): string[] {
	const pad = ' '.repeat(indent);
	let lines: ExampleLine[];
	if (base instanceof z.ZodRecord) {
		const key = field.hint.example;
		if (!key) throw new Error(`Scaffold: no example key for \`${field.path}\``);
		const keyType = fieldType(base.keyType as z.ZodType).base;
		const keys = keyType instanceof z.ZodEnum ? `Erlaubte Schlüssel: ${keyType.options.join(', ')}.` : '';
		lines = [[`${pad}${key}:`, keys], ...exampleObject(field, base.valueType as z.ZodType, indent + 2, context)];
	} else if (objectShape(base.element as z.ZodType)) {
		lines = exampleObject(field, base.element as z.ZodType, indent + 2, context).map(
			([yaml, note], index) => [index === 0 ? `${pad}- ${yaml.trimStart()}` : yaml, note] as const,
		);
	} else {
		lines = [[`${pad}- ${scalar(exampleValue(field, base.element as z.ZodType, context))}`, '']];
	}
	// Notes line up in one column, so that the values stand out; a very long value just gets its note after it.
	const column = Math.max(0, ...lines.map(([yaml]) => yaml.length).filter((length) => length <= 48));
	return lines.map(([yaml, note]) => (note ? `${yaml.padEnd(column)}  # ${note}` : yaml));
}

/** The fields of an object filled with examples, each with a short note. */
function exampleObject(parent: Field, schema: z.ZodType, indent: number, context: SkeletonContext): ExampleLine[] {
	const pad = ' '.repeat(indent);
	return fieldsOf(schema, parent.hint.fields, `${parent.path}[]`).flatMap((field): ExampleLine[] => {
		const note = fieldNote(field.schema, field.hint, true);
		const { base } = fieldType(field.schema);
		if (objectShape(base)) return [[`${pad}${field.key}:`, note], ...exampleObject(field, base, indent + 2, context)];
		// A list of objects inside an entry (a demand's `history`): one example entry of it.
		if (base instanceof z.ZodArray && objectShape(base.element as z.ZodType))
			return [
				[`${pad}${field.key}:`, note],
				...exampleObject(field, base.element as z.ZodType, indent + 4, context).map(
					([yaml, inner], index) => [index === 0 ? `${pad}  - ${yaml.trimStart()}` : yaml, inner] as const,
				),
			];
		return [[`${pad}${field.key}: ${scalar(exampleValue(field, field.schema, context))}`, note]];
	});
}

/** A valid example value for a single field: its hint's example, or one the type implies. */
function exampleValue(field: Field, schema: z.ZodType, context: SkeletonContext): string | boolean | number {
	if (field.hint.example !== undefined) return field.hint.example;
	const { base, hasDefault, defaultValue } = fieldType(schema);
	if (
		hasDefault &&
		(typeof defaultValue === 'string' || typeof defaultValue === 'number' || typeof defaultValue === 'boolean')
	)
		return defaultValue;
	if (base instanceof z.ZodISODate) return context.today;
	if (base instanceof z.ZodEnum) return String(base.options[0]);
	if (base instanceof z.ZodBoolean) return false;
	throw new Error(`Scaffold: no example for \`${field.path}\` in its schema (\`field()\` in src/schemas/)`);
}

/** Ids, `ags:` keys, levels and Land codes, which read best unquoted. */
const ID_LIKE = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|ags:\d+|level:[a-z]+|[A-Z]{2})$/;
/** Words and numbers that YAML would not read as strings without quotes. */
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|\d+)$/i;

/**
 * A scalar as YAML: dates, ids and codes plain (`2026-01-31`, `ags:07312000`,
 * `draft`, `BY`), any other text in double quotes so that a colon or `#` in a
 * title cannot break the file (a JSON string is valid double-quoted YAML).
 */
export function scalar(value: unknown): string {
	if (typeof value !== 'string') return String(value);
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
	if (ID_LIKE.test(value) && !RESERVED.test(value)) return value;
	return JSON.stringify(value);
}
