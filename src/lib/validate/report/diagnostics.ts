/**
 * Diagnostics: one problem, one place, one rule id, words a contributor can act
 * on, in German and English. Every check of the library reports through this
 * shape, so the site build and the validation command say the same thing
 * about the same file.
 */
import type { z } from 'zod';
import { compareKeys } from '../../collate.ts';
import { describeIssue, formatPath, say, suggestKey, type Localized, type MessageLanguage } from './messages.ts';
import { rule, type DIAGNOSTIC_SOURCE, type Rule, type RuleId } from './rules.ts';

export { formatPath };

/**
 * Where a problem stands: its start, and its end where the check knows it
 * (vfile-message's `place`, as a start point or a range).
 */
export interface Place {
	/** 1-based line of the start. */
	line: number;
	/** 1-based column of the start. */
	column: number;
	/** 1-based line of the end, where known. */
	endLine?: number;
	/** 1-based column just after the end, where known. */
	endColumn?: number;
}

/**
 * One problem in one file, carrying what vfile-message carries: place, rule
 * id, source and the address of the rule's documentation.
 */
export interface Diagnostic extends Place {
	/** Path of the file, relative to the project root. */
	file: string;
	/** The rule's severity from the rule table: `error` fails the build; `warning` is reported (and fails only with `--strict`). */
	severity: Rule['severity'];
	/** Stable id of the rule, the same in every language, e.g. `schema`, `reference`, `yaml`; declared in the rule table. */
	ruleId: RuleId;
	/** Who reports it: always `dreiklang`. */
	source: typeof DIAGNOSTIC_SOURCE;
	/** The rule's documentation, e.g. `docs/rules.md#schema` (see `ruleDocumentation`). */
	url: string;
	/** What is wrong, what was expected, and how to fix it. */
	message: Localized;
}

/** Locates a path of keys in a file, at its value (default) or its key; returns its place, with an end where known. */
export type Locate = (path: readonly PropertyKey[], at?: 'key' | 'value') => Place;

/**
 * Parses `data` with `schema` and returns either the data or diagnostics —
 * the one place where schema issues become messages; a raw zod error never
 * reaches a contributor.
 */
export function parseWithDiagnostics<T extends z.ZodType>(
	schema: T,
	data: unknown,
	file: string,
	locate: Locate,
): { success: true; data: z.output<T> } | { success: false; diagnostics: Diagnostic[] } {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return { success: true, data: result.data };
	return { success: false, diagnostics: diagnosticsFromZod(result.error, file, locate, schema) };
}

/**
 * Turns zod issues into diagnostics. Unknown keys become one diagnostic per
 * key, naming it and pointing at it, so a typo such as `stauts` is never
 * silently dropped. With the `schema`, messages use the field's words, and a
 * misspelt key is one message that names the field meant (`sumary` →
 * `summary`) instead of that and "missing `summary`" as well.
 */
export function diagnosticsFromZod(error: z.ZodError, file: string, locate: Locate, schema?: z.ZodType): Diagnostic[] {
	const out: Diagnostic[] = [];
	const issues = error.issues.slice(0, 100);
	const missing = (path: readonly PropertyKey[]) =>
		issues.find(
			(other) =>
				other.code !== 'unrecognized_keys' &&
				'input' in other &&
				other.input === undefined &&
				formatPath(other.path) === formatPath(path),
		);
	// Missing fields that a misspelt key explains: their message would only repeat it.
	const explained = new Set<z.core.$ZodIssue>();
	for (const issue of issues)
		if (issue.code === 'unrecognized_keys')
			for (const key of issue.keys.slice(0, 100)) {
				const meant = suggestKey(schema, issue.path, key);
				const gap = meant === undefined ? undefined : missing([...issue.path, meant]);
				if (gap) explained.add(gap);
			}
	// The first hundred: locating each costs a walk of the YAML, and 40,000 unknown keys would take minutes.
	for (const issue of issues) {
		if (out.length >= 100) break;
		if (explained.has(issue)) continue;
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys.slice(0, 100)) {
				out.push({
					file,
					...locate([...issue.path, key], 'key'),
					...rule('schema'),
					message: describeIssue({ ...issue, keys: [key] }, { schema }),
				});
			}
			continue;
		}
		out.push({ file, ...locate(issue.path), ...rule('schema'), message: describeIssue(issue, { schema }) });
	}
	return out;
}

/** Sorts diagnostics by file, then place. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
	return [...list].sort(
		(a, b) => compareKeys(a.file, b.file) || a.line - b.line || a.column - b.column || compareKeys(a.ruleId, b.ruleId),
	);
}

const SEVERITY: Record<MessageLanguage, Record<Diagnostic['severity'], string>> = {
	de: { error: 'Fehler', warning: 'Warnung' },
	en: { error: 'error', warning: 'warning' },
};

/** One line per diagnostic: `file:line:col  severity  message  [rule]`. */
export function formatDiagnostic(d: Diagnostic, lang: MessageLanguage = 'en'): string {
	return `${printable(d.file)}:${d.line}:${d.column}  ${SEVERITY[lang][d.severity]}  ${printable(d.message[lang])}  [${d.ruleId}]`;
}

/**
 * Control and invisible characters as `\u…` escapes: messages quote what a
 * file holds, and a terminal or CI log would obey an escape sequence, a line
 * break or a direction override in it (a forged line, hidden text); and a
 * value with a soft hyphen, a zero-width space or a tag character in it
 * would read as the very id it fails to be (``Unknown `finanzen`, did you
 * mean `finanzen`?``).
 */
const CONTROL =
	// eslint-disable-next-line no-control-regex -- control and invisible characters are what this replaces
	/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}]/gu;
export const printable = (text: string): string =>
	text.replace(CONTROL, (c) => {
		const code = c.codePointAt(0)!;
		return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
	});

/** The closing line of a run: counts and the next step. */
export function summarize(
	list: readonly Diagnostic[],
	files: number,
	lang: MessageLanguage = 'en',
	strict = false,
): string {
	const errors = list.filter((d) => d.severity === 'error').length;
	const warnings = list.length - errors;
	const affected = new Set(list.map((d) => d.file)).size;
	const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
	const failing = errors > 0 || (strict && warnings > 0);
	const text: Localized = say(
		`${n(files, 'Datei', 'Dateien')} geprüft: ${n(errors, 'Fehler', 'Fehler')} und ${n(warnings, 'Warnung', 'Warnungen')} in ${n(affected, 'Datei', 'Dateien')}.${failing ? ' Beheben Sie die Meldungen und führen Sie `npm run validate` erneut aus.' : list.length === 0 ? ' Alles in Ordnung.' : ''}`,
		`${n(files, 'file', 'files')} checked: ${n(errors, 'error', 'errors')} and ${n(warnings, 'warning', 'warnings')} in ${n(affected, 'file', 'files')}.${failing ? ' Fix them and run `npm run validate` again.' : list.length === 0 ? ' All good.' : ''}`,
	);
	return text[lang];
}
