/**
 * Diagnostics: one problem, one place, one rule id, words a contributor can act
 * on. Every check of the library reports through this shape, so the site build
 * and the validation command say the same thing about the same file.
 */
import type { z } from 'zod';

/** One problem in one file. */
export interface Diagnostic {
	/** Path of the file, relative to the project root. */
	file: string;
	/** 1-based line. */
	line: number;
	/** 1-based column. */
	column: number;
	/** `error` fails the build; `warning` is reported. */
	severity: 'error' | 'warning';
	/** Stable id of the rule, e.g. `schema`, `reference`, `yaml`. */
	ruleId: string;
	/** What is wrong and what was expected. */
	message: string;
}

/** Locates a path of keys in a file, at its value (default) or its key; returns 1-based line and column. */
export type Locate = (path: readonly PropertyKey[], at?: 'key' | 'value') => { line: number; column: number };

/** Builds the dotted form of a path for messages: `cosignatories[2].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
		.join('');
}

/**
 * Turns zod issues into diagnostics. Unknown keys become one diagnostic per
 * key, naming it, so a typo such as `stauts` is never silently dropped.
 */
export function diagnosticsFromZod(error: z.ZodError, file: string, locate: Locate): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const issue of error.issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				const path = [...issue.path, key];
				out.push({ file, ...locate(path, 'key'), severity: 'error', ruleId: 'schema', message: `Unexpected key \`${formatPath(path)}\`, expected only the fields the schema defines (check the spelling)` });
			}
			continue;
		}
		let message = issue.message;
		if (issue.code === 'invalid_type' && issue.input === undefined) {
			message = `Missing \`${formatPath(issue.path)}\`, expected ${issue.expected === 'array' ? 'a list' : `a value (${issue.expected})`}`;
		} else if (!message.includes('`') && issue.path.length > 0) {
			message = `\`${formatPath(issue.path)}\`: ${message}`;
		}
		out.push({ file, ...locate(issue.path), severity: 'error', ruleId: 'schema', message });
	}
	return out;
}

/** Sorts diagnostics by file, then place. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
	return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** One line per diagnostic, `file:line:col  severity  message  [rule]`. */
export function formatDiagnostic(d: Diagnostic): string {
	return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  [${d.ruleId}]`;
}

/** The closing line of a run: counts and the next step. */
export function summarize(list: Diagnostic[]): string {
	const errors = list.filter((d) => d.severity === 'error').length;
	const warnings = list.length - errors;
	const files = new Set(list.map((d) => d.file)).size;
	if (list.length === 0) return 'No problems found.';
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}. Fix them and run \`npm run validate\` again.`;
}
