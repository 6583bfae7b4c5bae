/**
 * Feedback while editing (`astro dev`): which saved files concern the library,
 * and what to say once it has been checked again — the lines the terminal
 * shows and the error the browser's overlay shows, both worded as
 * `npm run validate` words them, so that the three never disagree.
 */
import { join, posix, relative, sep } from 'node:path';
import { DOCUMENT_KINDS, documentKinds } from '../../../schemas/kinds.ts';
import { REGISTRY_DIRECTORY } from '../../registries/registry-layout.ts';
import { COSIGNATURES_DIRECTORY } from '../../../schemas/cosignature.ts';
import { formatDiagnostic, summarize, type Diagnostic } from '../report/diagnostics.ts';
import { say, type MessageLanguage } from '../report/messages.ts';
import type { LibraryReport } from './validate-library.ts';

/**
 * A saved, added or removed file of the library: a document, a registry
 * file, whose change concerns every document that points into it, or a
 * co-signature file, which Astro's content store does not read.
 */
export interface ContentChange {
	kind: 'registry' | 'document' | 'cosignature';
	/** Path relative to the library's root, with `/`, e.g. `content/positions/grundsteuer-2024.md`. */
	file: string;
}

const DOCUMENT_DIRECTORIES = new Set<string>(DOCUMENT_KINDS.map((kind) => documentKinds[kind].directory));

/**
 * What a changed `path` (absolute) is to the library under `root`; `undefined`
 * for every other file, an editor's temporary files among them.
 */
export function classifyChange(root: string, path: string): ContentChange | undefined {
	const file = relative(root, path).split(sep).join('/');
	if (file.startsWith(`${REGISTRY_DIRECTORY}/`) && /\.(?:ya?ml|csv)$/.test(file)) return { kind: 'registry', file };
	if (DOCUMENT_DIRECTORIES.has(posix.dirname(file)) && /\.mdx?$/.test(file)) return { kind: 'document', file };
	// Every entry there, misnamed ones too: the check says what is wrong with them.
	if (file.startsWith(`${COSIGNATURES_DIRECTORY}/`)) return { kind: 'cosignature', file };
	return undefined;
}

/** One line for the terminal and the level to log it at. */
export interface FeedbackLine {
	level: 'error' | 'warn' | 'info';
	text: string;
}

/** What to tell the person editing after a check. */
export interface Feedback {
	lines: FeedbackLine[];
	/** Every error of the library – what would stop `astro build` –, for the overlay; empty when there is none. */
	errors: Diagnostic[];
}

const inRegistry = (file: string) => file.startsWith(`${REGISTRY_DIRECTORY}/`);

/**
 * The feedback on a check made after `changes`. Shown are the warnings of
 * the changed files (of every registry file, for a registry change) and every
 * error of the library, wherever it is: a removed document breaks the papers
 * that point to it, and the build would stop on them. Warnings elsewhere were
 * reported when the server started and are not repeated on every save.
 */
export function describeCheck(
	report: LibraryReport,
	changes: readonly ContentChange[],
	lang: MessageLanguage,
): Feedback {
	const concerned = (d: Diagnostic) =>
		changes.some((c) => (c.kind === 'registry' ? inRegistry(d.file) : d.file === c.file));
	const shown = report.diagnostics.filter((d) => d.severity === 'error' || concerned(d));
	const lines: FeedbackLine[] = shown.map((d) => ({
		level: d.severity === 'error' ? 'error' : 'warn',
		text: formatDiagnostic(d, lang),
	}));
	const files = changes.map((c) => `\`${c.file}\``).join(', ');
	const after = say(`Nach der Änderung von ${files}`, `After the change to ${files}`);
	lines.push({ level: 'info', text: `${after[lang]}: ${summarize(shown, report.files, lang)}` });
	return { lines, errors: shown.filter((d) => d.severity === 'error') };
}

/** The first this many errors are listed in the overlay; the terminal has them all. */
const OVERLAY_ERRORS = 20;

/**
 * A line as the overlay shows it, which sets its message as HTML: escaped,
 * for messages quote what a document holds, and `code` spans as code, as
 * Astro renders its own messages.
 */
function overlayHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/**
 * The error for the dev server's overlay (the `err` of its `{ type: 'error' }`
 * message): every error on a line of its own, as the terminal shows it, and
 * the place of the first, which the overlay links to the editor. `errors`
 * must not be empty.
 */
export function overlayError(root: string, errors: readonly Diagnostic[], lang: MessageLanguage) {
	const [first] = errors;
	const file = join(root, first!.file);
	const more = errors.length - OVERLAY_ERRORS;
	const listed = errors.slice(0, OVERLAY_ERRORS).map((d) => formatDiagnostic(d, lang));
	if (more > 0) listed.push(say(`… und ${more} weitere, siehe Terminal`, `… and ${more} more, see the terminal`)[lang]);
	return {
		name: 'ContentError',
		title: say(
			'Die Bibliothek enthält Fehler; der Build würde abbrechen',
			'The library has errors; the build would stop',
		)[lang],
		message: listed.map(overlayHtml).join('\n'),
		id: file,
		loc: { file, line: first!.line, column: first!.column },
		plugin: 'dreiklang:validate-content',
		// No stack: a contributor needs the list, not our call stack.
		stack: '',
	};
}
