/**
 * The words a new document's front matter says about each field, read from
 * the metadata on the kind's zod schema (`src/schemas/field-meta.ts`): the
 * schema holds the fields, their order, what they allow and what they are
 * called; this module only gathers the words into a tree the scaffolder
 * walks. A field without words stops the scaffolder (and its unit test).
 */
import { z } from 'zod';
import { metaOf, type FieldMeta, type StartValue } from '../../schemas/field-meta.ts';
import { fieldType, objectShape } from '../../schemas/walk.ts';

/** What a new document starts from. */
export interface SkeletonContext {
	/** The title as the contributor typed it. */
	title: string;
	/** Today as `YYYY-MM-DD`. */
	today: string;
}

/** The words for one field, with those of its inner fields. */
export interface FieldHint extends Omit<FieldMeta, 'label'> {
	/** Hints for the fields of an object, of a list's entries or of a record's values. */
	readonly fields?: FieldHints;
}

/** Hints by field name. */
export type FieldHints = Readonly<Record<string, FieldHint>>;

/** The hints of every field of an object schema that has words attached, recursively. */
export function hintsOf(schema: z.ZodType): FieldHints {
	const shape = objectShape(schema) ?? {};
	return Object.fromEntries(
		Object.entries(shape).flatMap(([key, inner]) => {
			const meta = metaOf(inner);
			if (!meta) return [];
			const nested = innerObject(fieldType(inner).base);
			return [[key, nested ? { ...meta, fields: hintsOf(nested) } : meta]];
		}),
	);
}

/** The object a field's entries are made of: the field itself, a list's entry or a record's value. */
function innerObject(base: z.ZodType): z.ZodType | undefined {
	if (objectShape(base)) return base;
	if (base instanceof z.ZodArray) return innerObject(fieldType(base.element as z.ZodType).base);
	if (base instanceof z.ZodRecord) return innerObject(fieldType(base.valueType as z.ZodType).base);
	return undefined;
}

/** The value a new document starts with. */
export function startValue(start: StartValue, context: SkeletonContext): string {
	if (start === 'title') return context.title;
	if (start === 'today') return context.today;
	return start.value;
}
