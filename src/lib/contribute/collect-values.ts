/**
 * Turns what a contribution form holds into front-matter data: names are
 * paths (`demands.0.status`, `laender.BY.model`), values become the types the
 * schema expects, and empty inputs are left out, so that "not filled in"
 * reads as a missing field, not as an empty string.
 */
import type { FormField } from './form-model.ts';

type Data = Record<string, unknown>;

/** The label of the groups this module makes up to walk entries and the whole form; never shown. */
const NO_LABEL = { de: '', en: '' };

/** Finds the descriptor of a concrete name such as `demands.0.status` (numbers and Land codes stand for `*`). */
function fieldAt(fields: FormField[], name: string): FormField | undefined {
	const [head, ...rest] = name.split('.');
	const field = fields.find((f) => f.key === head);
	if (!field || rest.length === 0) return field;
	const c = field.control;
	if (c.type === 'group') return fieldAt(c.fields, rest.join('.'));
	if (c.type === 'repeat' || c.type === 'record')
		return fieldAt(c.type === 'repeat' ? c.item : c.fields, rest.slice(1).join('.'));
	return field;
}

function set(target: Data, path: string[], value: unknown): void {
	let node: Data = target;
	path.slice(0, -1).forEach((key) => {
		node = (node[key] ??= {}) as Data;
	});
	node[path.at(-1)!] = value;
}

/** Removes empty objects and turns `{ "0": …, "3": … }` of repeated groups into arrays in order. */
function tidy(value: unknown, field?: FormField): unknown {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
	const c = field?.control;
	const entries = Object.entries(value as Data)
		.map(([key, v]): [string, unknown] => {
			const child =
				c?.type === 'group'
					? c.fields.find((f) => f.key === key)
					: c?.type === 'repeat' || c?.type === 'record'
						? ({
								key,
								path: '',
								label: NO_LABEL,
								required: false,
								control: { type: 'group', fields: c.type === 'repeat' ? c.item : c.fields },
							} satisfies FormField)
						: undefined;
			return [key, tidy(v, child)];
		})
		.filter(
			([, v]) =>
				v !== undefined && !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0),
		);
	if (c?.type === 'repeat') {
		const items = entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
		return items.length > 0 ? items : undefined;
	}
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Converts form entries (`FormData` as pairs) into front-matter data for `fields`. */
export function collectValues(fields: FormField[], entries: Iterable<[string, string]>): Data {
	const raw: Data = {};
	const lists = new Map<string, string[]>();
	for (const [name, text] of entries) {
		const field = fieldAt(fields, name);
		if (!field) continue;
		const value = text.trim();
		const c = field.control;
		if (c.type === 'references' && c.many) {
			// Several checkboxes or one line per value, under the same name.
			const list = lists.get(name) ?? [];
			list.push(
				...value
					.split(/\r?\n/)
					.map((v) => v.trim())
					.filter(Boolean),
			);
			lists.set(name, list);
			continue;
		}
		if (value === '') continue;
		if (c.type === 'lines')
			set(
				raw,
				name.split('.'),
				value
					.split(/\r?\n/)
					.map((v) => v.trim())
					.filter(Boolean),
			);
		else if (c.type === 'number') set(raw, name.split('.'), Number(value));
		else if (c.type === 'checkbox') set(raw, name.split('.'), value === 'on' || value === 'true');
		else set(raw, name.split('.'), value);
	}
	for (const [name, list] of lists) if (list.length > 0) set(raw, name.split('.'), [...new Set(list)]);
	const root: FormField = { key: '', path: '', label: NO_LABEL, required: true, control: { type: 'group', fields } };
	return (tidy(raw, root) as Data | undefined) ?? {};
}
