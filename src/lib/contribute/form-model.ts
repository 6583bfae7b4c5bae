/**
 * Derives a contribution form from a document schema: one field descriptor
 * per schema field, in schema order, with the control that fits its type.
 * The form is generated from the same zod schema that checks the files, so a
 * new field in a schema appears in the form without further work.
 */
import { z } from 'zod';
import { metaOf } from '../../schemas/field-meta.ts';
import type { Localized } from '../../schemas/localized.ts';
import { isoDate, organizationRef } from '../../schemas/primitives.ts';
import { fieldType, objectShape } from '../../schemas/walk.ts';

/** The control a field is edited with. */
export type Control =
	| { type: 'text'; multiline: boolean }
	| { type: 'date' }
	| { type: 'number' }
	| { type: 'checkbox' }
	| { type: 'select'; options: readonly string[] }
	/** Values from a registry or the library, one per line; `source` says where to look them up. */
	| { type: 'references'; source: ReferenceSource; many: boolean }
	| { type: 'lines' }
	| { type: 'group'; fields: FormField[] }
	| { type: 'repeat'; item: FormField[] }
	| { type: 'record'; keys: readonly string[]; fields: FormField[] };

/** Where a reference field finds its values. */
export type ReferenceSource = 'topics' | 'crises' | 'measures' | 'organizations' | 'addressees' | 'documents';

/** One field of the form. */
export interface FormField {
	/** The field's key in its object. */
	key: string;
	/** The path from the document root, with `*` for repeated items: `demands.*.status`. */
	path: string;
	/** What the form calls the field, from the field's schema (`field()` in `src/schemas/`). */
	label: Localized;
	required: boolean;
	control: Control;
	/** The document statuses this field belongs to (`statuses` in its field meta); absent: every status. */
	statuses?: readonly string[];
	/** The value the control starts with, when the schema names a fixed one (a new paper is a `draft`). */
	initial?: string;
}

/** Fields whose values are references (by path without `*`), and where they point. */
const REFERENCE_FIELDS: Record<string, ReferenceSource> = {
	topics: 'topics',
	related: 'documents',
	supersedes: 'documents',
	crisis: 'crises',
	measure: 'measures',
	addressees: 'addressees',
	'demands.addressee': 'addressees',
	'responsible.body': 'addressees',
};

/** Where the labels of a select field's options are: `status` → `status.draft`. */
export const OPTION_LABELS: Record<string, string> = {
	lang: 'doclang',
	status: 'status',
	'demands.status': 'demand',
	'changes.type': 'change',
	phase: 'phase',
	outcome: 'outcome',
	'transferability.rating': 'rating',
};

/** Long texts that get a multi-line box. */
const MULTILINE = new Set(['summary', 'text', 'note', 'task', 'description', 'withdrawalReason']);

function controlFor(key: string, schema: z.ZodType, path: string): Control {
	const { declared, base } = fieldType(schema);
	if (declared.def === isoDate.def || base instanceof z.ZodISODate) return { type: 'date' };
	const plain = path.replace(/\.\*/g, '');
	const source = REFERENCE_FIELDS[plain];
	if (source) return { type: 'references', source, many: base instanceof z.ZodArray };
	if (declared.def === organizationRef.def) return { type: 'references', source: 'organizations', many: false };
	if (base instanceof z.ZodEnum) return { type: 'select', options: base.options as string[] };
	if (base instanceof z.ZodBoolean) return { type: 'checkbox' };
	if (base instanceof z.ZodNumber) return { type: 'number' };
	if (base instanceof z.ZodArray) {
		const element = base.element as z.ZodType;
		const shape = objectShape(element);
		if (shape) return { type: 'repeat', item: fieldsOf(shape, `${path}.*`) };
		return { type: 'lines' };
	}
	if (base instanceof z.ZodRecord) {
		const keys = (base.keyType as z.ZodEnum).options as string[];
		return { type: 'record', keys, fields: fieldsOf(objectShape(base.valueType as z.ZodType)!, `${path}.*`) };
	}
	const shape = objectShape(base);
	if (shape) return { type: 'group', fields: fieldsOf(shape, path) };
	return { type: 'text', multiline: MULTILINE.has(key) };
}

/**
 * Fields the form leaves out wherever they stand, by their path without `*`.
 * A demand's `history` is written when its status changes, in the file; a new
 * paper's demands start `open`, and a list inside a repeated entry would need
 * templates within templates, which `contribute.ts` does not nest. Change
 * notes belong to a published document that changes, never to a new one.
 */
const NOT_IN_FORM = new Set(['demands.history', 'changes']);

function fieldsOf(shape: Readonly<Record<string, z.ZodType>>, prefix: string): FormField[] {
	const entries = Object.entries(shape).filter(
		([key]) => !NOT_IN_FORM.has(`${prefix}.${key}`.replace(/\.\*/g, '').replace(/^\./, '')),
	);
	return entries.map(([key, schema]) => {
		const { optional, hasDefault } = fieldType(schema);
		const path = prefix ? `${prefix}.${key}` : key;
		const meta = metaOf(schema);
		const label = meta?.label;
		if (!label) throw new Error(`Form: no label for field \`${path}\` in its schema (\`field()\` in src/schemas/)`);
		return {
			key,
			path,
			label,
			required: !optional && !hasDefault,
			control: controlFor(key, schema, path),
			...(meta.statuses && { statuses: meta.statuses }),
			...(typeof meta.start === 'object' && { initial: meta.start.value }),
		};
	});
}

/** The form of a document schema. Fields a contributor never sets (`example`) are left out. */
export function formFields(schema: z.ZodType, omit: readonly string[] = ['example']): FormField[] {
	const shape = objectShape(schema);
	if (!shape) throw new Error('A document schema must be an object schema.');
	return fieldsOf(Object.fromEntries(Object.entries(shape).filter(([key]) => !omit.includes(key))), '');
}

/**
 * The fields that belong in a document of `status`, into groups such as
 * `dates`: a field with `statuses` only where they list it, and while no
 * status is chosen, none of those. The form shows these and writes only these
 * into the file, so that a draft carries no adoption date.
 */
export function fieldsFor(fields: readonly FormField[], status: string | undefined): FormField[] {
	return fields
		.filter((f) => !f.statuses || (status !== undefined && f.statuses.includes(status)))
		.map((f) =>
			f.control.type === 'group' ? { ...f, control: { ...f.control, fields: fieldsFor(f.control.fields, status) } } : f,
		);
}

/** An id for a field's control, safe in HTML: `f-demands-0-status`. */
export function controlId(formId: string, name: string): string {
	return `${formId}-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
