/**
 * Ways to print a validation run: for people (grouped by file), for GitHub
 * Actions (workflow annotations), for GitLab (Code Quality report) and as
 * plain JSON for other tools.
 */
import { createHash } from 'node:crypto';
import { formatDiagnostic, summarize, type Diagnostic } from './diagnostics.ts';
import type { MessageLanguage } from './messages.ts';

export const REPORT_FORMATS = ['text', 'github', 'gitlab', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of one report. */
export interface ReportOptions {
	lang: MessageLanguage;
	/** Number of files checked, for the summary. */
	files: number;
	/** Whether warnings fail the run. */
	strict: boolean;
}

/** Diagnostics grouped by file, each as `line:col  severity  message  [rule]`, then the summary line. */
function text(list: readonly Diagnostic[], options: ReportOptions): string {
	const lines: string[] = [];
	let current: string | undefined;
	for (const d of list) {
		if (d.file !== current) {
			if (current !== undefined) lines.push('');
			lines.push(d.file);
			current = d.file;
		}
		lines.push(`  ${formatDiagnostic(d, options.lang).slice(d.file.length + 1)}`);
	}
	if (list.length > 0) lines.push('');
	lines.push(summarize(list, options.files, options.lang, options.strict));
	return lines.join('\n');
}

/** Escapes a value for a workflow command (GitHub's `::error …::message`). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function github(list: readonly Diagnostic[], options: ReportOptions): string {
	const lines = list.map((d) => `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.ruleId)}::${escapeData(d.message[options.lang])}`);
	lines.push(summarize(list, options.files, options.lang, options.strict));
	return lines.join('\n');
}

/** GitLab Code Quality report: a JSON array of issues with a stable fingerprint each. */
function gitlab(list: readonly Diagnostic[], options: ReportOptions): string {
	return JSON.stringify(
		list.map((d) => ({
			description: d.message[options.lang],
			check_name: d.ruleId,
			fingerprint: createHash('sha256').update(`${d.file}:${d.line}:${d.column}:${d.ruleId}:${d.message.en}`).digest('hex'),
			severity: d.severity === 'error' ? 'major' : 'minor',
			location: { path: d.file, lines: { begin: d.line } },
		})),
		null,
		2,
	);
}

function json(list: readonly Diagnostic[], options: ReportOptions): string {
	return JSON.stringify(list.map((d) => ({ ...d, message: d.message[options.lang] })), null, 2);
}

/** Renders a run in one format. */
export function renderReport(format: ReportFormat, list: readonly Diagnostic[], options: ReportOptions): string {
	return { text, github, gitlab, json }[format](list, options);
}
