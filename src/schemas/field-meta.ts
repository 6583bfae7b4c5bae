/**
 * What people are told about a field, kept on the field itself: its label in
 * the contribution form, the German hint `npm run new` writes above it, an
 * example value. The scaffolder, the form and the JSON Schemas all read this
 * one registry, so that a field and its words cannot drift apart.
 */
import { z } from 'zod';
import type { Localized } from './localized.ts';

/** What a new document starts with instead of an empty `""`. */
export type StartValue =
	/** The title the contributor typed. */
	| 'title'
	/** The contributor's calendar day. */
	| 'today'
	/** A fixed value, e.g. status `draft`. */
	| { value: string };

/** The words for one field. */
export interface FieldMeta {
	/** The field's name in the contribution form, in both languages. Fields the form leaves out need none. */
	label?: Localized;
	/**
	 * What to fill in, as one short German sentence: the comment above the
	 * field in a new document, and the field's description in its JSON Schema.
	 */
	hint: string;
	/**
	 * A valid example: for a text field the value shown in a list's commented
	 * example, for a list of texts one entry, for a record an example key.
	 */
	example?: string;
	/**
	 * Prefix of the interface strings in `src/i18n/de.json` that name the
	 * allowed values in German, e.g. `status` for `status.draft` → „Entwurf“.
	 */
	values?: string;
	/** The value a new document starts with instead of an empty `""`. */
	start?: StartValue;
	/**
	 * The values of the document's `status` in which this field has a meaning,
	 * e.g. `['withdrawn']` for the reason of a withdrawal. The contribution form
	 * shows the field only for these and leaves it out of the file otherwise.
	 * Every status the schema's checks require the field for must be listed
	 * (`tests/unit/form.test.ts` holds the two together). Default: every status.
	 */
	statuses?: readonly string[];
}

/** The words of every field, by the field's schema. */
export const fieldMeta = z.registry<FieldMeta>();

/**
 * `schema` with `meta` attached. A copy is registered, not `schema` itself:
 * building blocks such as `text` or `isoDate` serve many fields, each with
 * its own words. The copy keeps the original's definition (`copy.def ===
 * schema.def`), by which `walk.ts` still recognises a building block.
 */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
	const copy = schema.clone();
	fieldMeta.add(copy as z.ZodType, meta);
	return copy;
}

/** The words attached to a field's schema, if any. */
export function metaOf(schema: z.ZodType): FieldMeta | undefined {
	return fieldMeta.get(schema);
}
