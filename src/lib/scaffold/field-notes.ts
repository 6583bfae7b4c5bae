/**
 * The comment a new document shows above each field: the German hint, then
 * what the schema allows (values, format, range) and whether the field may
 * be left out. Everything after the hint is read from the schema.
 */
import { z } from 'zod';
import { dictionaries } from '../../i18n/t.ts';
import { addresseeRef, isoDate, organizationRef, webUrl } from '../../schemas/primitives.ts';
import type { FieldHint } from './field-hints.ts';
import { fieldType } from '../../schemas/walk.ts';

const ORGANIZATION =
	'ID aus content/registry/organizations/, ags: mit 8 Ziffern (Gemeinde) oder 5 Ziffern (Kreis), oder ein Land (BY)';

/** Notes on the shared building blocks, recognised by their definition (a field's copy with words shares it). */
const FORMATS = new Map<unknown, () => string>([
	[isoDate.def, () => 'Datum als JJJJ-MM-TT.'],
	[webUrl.def, () => 'Vollständige Adresse mit https://.'],
	[organizationRef.def, () => `Organisation: ${ORGANIZATION}.`],
	[addresseeRef.def, () => `Eine Ebene (${levels().join(', ')}) oder eine Organisation: ${ORGANIZATION}.`],
]);

/** The levels an addressee may name, read from the `addresseeRef` union. */
function levels(): string[] {
	const level = addresseeRef.options.find((option) => option instanceof z.ZodEnum);
	return level ? level.options.map(String) : [];
}

/** The German name of an allowed value, from the interface strings, if there is one. */
function label(prefix: string | undefined, value: string): string | undefined {
	if (!prefix) return undefined;
	return (dictionaries.de as Record<string, string>)[`${prefix}.${value}`];
}

/** What values the field's type allows, as a German sentence, or `''`. */
function allowed(base: z.ZodType, hint: FieldHint): string {
	if (base instanceof z.ZodEnum) {
		const values = base.options.map((value) => {
			const name = label(hint.values, String(value));
			return name ? `${String(value)} (${name})` : String(value);
		});
		return `Erlaubt: ${values.join(', ')}.`;
	}
	if (base instanceof z.ZodBoolean) return 'Erlaubt: true oder false.';
	if (base instanceof z.ZodNumber) {
		const kind = base.isInt ? 'Ganze Zahl' : 'Zahl';
		const { minValue: min, maxValue: max } = base;
		if (Number.isFinite(min) && Number.isFinite(max)) return `${kind} von ${min} bis ${max}.`;
		return `${kind}.`;
	}
	return '';
}

/**
 * The full comment for a field. `brief` leaves out the format notes, for the
 * commented examples, whose values already show the format.
 */
export function fieldNote(schema: z.ZodType, hint: FieldHint, brief = false): string {
	const { declared, base, optional, hasDefault, defaultValue } = fieldType(schema);
	const parts = [hint.hint, allowed(base, hint)];
	if (!brief) parts.push(FORMATS.get(declared.def)?.() ?? '');
	if (optional) parts.push(brief ? 'Optional.' : 'Optional: ausfüllen oder die Zeile löschen.');
	if (hasDefault && !brief) parts.push(`Standard: ${describeDefault(defaultValue)}.`);
	return parts.filter(Boolean).join(' ');
}

function describeDefault(value: unknown): string {
	if (Array.isArray(value)) return value.length === 0 ? 'keine' : value.join(', ');
	if (value && typeof value === 'object') return Object.keys(value).length === 0 ? 'keine' : JSON.stringify(value);
	return String(value);
}

/** Wraps `text` into YAML comment lines of at most `width` characters at `indent`. */
export function commentLines(text: string, indent: number, width = 92): string[] {
	const pad = ' '.repeat(indent);
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && pad.length + 2 + line.length + 1 + word.length > width) {
			lines.push(`${pad}# ${line}`);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(`${pad}# ${line}`);
	return lines;
}
