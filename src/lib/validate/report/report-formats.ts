/**
 * Ways to print a validation run: for people (grouped by file), for GitHub
 * Actions (workflow annotations), for GitLab (Code Quality report) and as
 * plain JSON for other tools. The machine formats name each rule's
 * documentation (`docs/rules.md#<rule>`), so that a contributor who meets an
 * annotation in a pull request can read why the rule exists and how to
 * satisfy it.
 */
import { createHash } from 'node:crypto';
import { formatDiagnostic, printable, summarize, type Diagnostic } from './diagnostics.ts';
import type { MessageLanguage } from './messages.ts';
import { RULES } from './rules.ts';

export const REPORT_FORMATS = ['text', 'github', 'gitlab', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of one report. */
export interface ReportOptions {
	lang: MessageLanguage;
	/** Number of files checked, for the summary. */
	files: number;
	/** Whether warnings fail the run. */
	strict: boolean;
	/**
	 * Turns a repository path such as `docs/rules.md#schema` into an address a
	 * reader can open (the file on the library's forge); without it the machine
	 * formats name the path.
	 */
	link?: ((path: string) => string) | undefined;
}

const documentation = (d: Diagnostic, options: ReportOptions) => (options.link ? options.link(d.url) : d.url);

/** Diagnostics grouped by file, each as `line:col  severity  message  [rule]`, then the summary line. */
function text(list: readonly Diagnostic[], options: ReportOptions): string {
	const lines: string[] = [];
	let current: string | undefined;
	for (const d of list) {
		if (d.file !== current) {
			if (current !== undefined) lines.push('');
			lines.push(printable(d.file));
			current = d.file;
		}
		lines.push(`  ${formatDiagnostic(d, options.lang).slice(printable(d.file).length + 1)}`);
	}
	if (list.length > 0) lines.push('');
	lines.push(summarize(list, options.files, options.lang, options.strict));
	return lines.join('\n');
}

/** Escapes a value for a workflow command (GitHub's `::error …::message`). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The end of a diagnostic as workflow-command properties, where known. */
const githubEnd = (d: Diagnostic) =>
	d.endLine === undefined
		? ''
		: `,endLine=${d.endLine}${d.endLine === d.line && d.endColumn !== undefined ? `,endColumn=${d.endColumn}` : ''}`;

/**
 * One workflow command per diagnostic; the title names the rule and the
 * message ends with the address of its documentation (annotations show no
 * links, so the address is written out). The message is made printable as in
 * the text report: the Actions log shows the command line as it is.
 */
function github(list: readonly Diagnostic[], options: ReportOptions): string {
	const lines = list.map(
		(d) =>
			`::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column}${githubEnd(d)},title=${escapeProperty(d.ruleId)}::${escapeData(`${printable(d.message[options.lang])} (${documentation(d, options)})`)}`,
	);
	lines.push(summarize(list, options.files, options.lang, options.strict));
	return lines.join('\n');
}

/**
 * GitLab Code Quality report: a JSON array of issues with a stable fingerprint
 * each, the last line where known (`location.lines.end`), and in `content` (the
 * Code Climate issue's Markdown body) the rule's summary and documentation.
 * The description is made printable as in the text report: control characters
 * and direction overrides a file brought in must not reorder what a reviewer reads.
 */
function gitlab(list: readonly Diagnostic[], options: ReportOptions): string {
	return JSON.stringify(
		list.map((d) => ({
			// The merge request page shows the description to reviewers: escaped as in the text report.
			description: printable(d.message[options.lang]),
			check_name: d.ruleId,
			fingerprint: createHash('sha256')
				.update(`${d.file}:${d.line}:${d.column}:${d.ruleId}:${d.message.en}`)
				.digest('hex'),
			severity: d.severity === 'error' ? 'major' : 'minor',
			location: { path: d.file, lines: { begin: d.line, ...(d.endLine !== undefined && { end: d.endLine }) } },
			content: { body: `${RULES[d.ruleId].summary[options.lang]}: [${d.ruleId}](${documentation(d, options)})` },
		})),
		null,
		2,
	);
}

/** The diagnostics as they are (place, rule, severity, source, documentation), with the message in one language. */
function json(list: readonly Diagnostic[], options: ReportOptions): string {
	return JSON.stringify(
		list.map((d) => ({ ...d, message: d.message[options.lang], url: documentation(d, options) })),
		null,
		2,
	);
}

/** Renders a run in one format. */
export function renderReport(format: ReportFormat, list: readonly Diagnostic[], options: ReportOptions): string {
	return { text, github, gitlab, json }[format](list, options);
}
