/**
 * Reads the structure of a zod schema: which fields an object has, and what a
 * field is once `.optional()`, `.default()` and preprocessing are looked
 * through. The scaffolder derives every field of a new document from this.
 */
import { z } from 'zod';

/**
 * The fields of an object schema, in declaration order, or `undefined` if
 * `schema` is not an object. Zod 4 keeps `.refine` and `.superRefine` checks
 * on the object itself, so a refined schema still has its `.shape`; only
 * `.transform` or `.pipe` wrap it, and then the object is the pipe's input.
 */
export function objectShape(schema: z.ZodType): Readonly<Record<string, z.ZodType>> | undefined {
	if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
	if (schema instanceof z.ZodPipe) return objectShape(schema.in as z.ZodType);
	return undefined;
}

/** A field's schema with its wrappers looked through. */
export interface FieldType {
	/**
	 * The schema as declared before any preprocessing is looked through, so
	 * that a shared building block such as `isoDate` can be recognised by its
	 * definition (`declared.def === isoDate.def`), also where `field()` gave
	 * the field a copy with words of its own.
	 */
	declared: z.ZodType;
	/** The structural type: an object, array, record, enum, string, … */
	base: z.ZodType;
	/** `true` if the field may be left out. */
	optional: boolean;
	/** `true` if the field has a default, which is then in `defaultValue`. */
	hasDefault: boolean;
	/** The default, if `hasDefault`. */
	defaultValue?: unknown;
}

/** Looks through `.optional()`, `.default()` and `z.preprocess` to what a field is. */
export function fieldType(schema: z.ZodType): FieldType {
	let declared = schema;
	let optional = false;
	let hasDefault = false;
	let defaultValue: unknown;
	for (;;) {
		if (declared instanceof z.ZodOptional) {
			optional = true;
			declared = declared.unwrap() as z.ZodType;
		} else if (declared instanceof z.ZodDefault) {
			hasDefault = true;
			defaultValue = declared.def.defaultValue;
			declared = declared.unwrap() as z.ZodType;
		} else break;
	}
	let base = declared;
	// `z.preprocess(fn, inner)` is a pipe from a transform into `inner`.
	while (base instanceof z.ZodPipe && base.in instanceof z.ZodTransform) base = base.out as z.ZodType;
	return { declared, base, optional, hasDefault, ...(hasDefault ? { defaultValue } : {}) };
}
