/**
 * Validates a whole library: registries, every document's encoding, front
 * matter and body, and every reference between them. The site build and
 * `npm run validate` both call this, so skipping the command gains a
 * contributor nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { DOCUMENT_EXTENSIONS, DOCUMENT_KINDS, documentKinds, type DocumentKind } from '../schemas/kinds.ts';
import { checkBody } from './check-body.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { buildLibraryIndex } from './library-index.ts';
import { loadRegistries, type Registries } from './load-registries.ts';
import { say } from './messages.ts';
import { readDocument, type ParsedDocument } from './read-document.ts';
import { checkReferences } from './references.ts';
import { buildRoutes } from './site-routes.ts';
import type { AnyDocument } from './summaries.ts';

/** Everything a validation run found. */
export interface LibraryReport {
	documents: ParsedDocument[];
	registries: Registries;
	diagnostics: Diagnostic[];
	/** Number of document files read. */
	files: number;
}

/** Lists the document files of one kind, sorted. */
export function listDocumentFiles(root: string, kind: DocumentKind): string[] {
	const dir = join(root, documentKinds[kind].directory);
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names
		.filter((name) => (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name)) && statSync(join(dir, name)).isFile())
		.sort()
		.map((name) => join(dir, name));
}

/** Dates that must not lie in the future, by kind. */
const PAST_DATES: Record<DocumentKind, (string | number)[][]> = {
	positions: [['published'], ['dates', 'drafted'], ['dates', 'adopted'], ['dates', 'withdrawn']],
	lessons: [['published'], ['period', 'from']],
	guides: [['published'], ['reviewed']],
};

function checkDates(doc: ParsedDocument, today: string): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const path of PAST_DATES[doc.kind]) {
		const value = path.reduce<any>((node, key) => node?.[key], doc.data);
		if (typeof value === 'string' && value > today) {
			out.push({ file: doc.file, ...doc.locate(path), severity: 'error', ruleId: 'future-date', message: say(`\`${path.join('.')}\` ${value} liegt nach heute (${today}); erwartet: ein vergangener Tag`, `Unexpected \`${path.join('.')}\` ${value} after today (${today}), expected a day that has passed`) });
		}
	}
	return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file as UTF-8, or reports where it is not. */
function decode(bytes: Uint8Array, file: string): { text?: string; diagnostic?: Diagnostic } {
	try {
		return { text: utf8.decode(bytes) };
	} catch {
		// Find the first bad byte for the position: decode growing prefixes is too slow, so scan.
		const text = new TextDecoder('utf-8').decode(bytes);
		const index = text.indexOf('\uFFFD');
		const before = text.slice(0, Math.max(index, 0)).split('\n');
		return { diagnostic: { file, line: before.length, column: before.at(-1)!.length + 1, severity: 'error', ruleId: 'encoding', message: say('Die Datei ist nicht in UTF-8 gespeichert; im Editor als „UTF-8“ speichern', 'Unexpected encoding, expected UTF-8 – save the file as UTF-8 in your editor') } };
	}
}

/**
 * Reads and checks the library under `root`. `only` limits the report to the
 * given files or folders (references are still resolved against the whole
 * library). `today` (`YYYY-MM-DD`) is the day dates are checked against.
 */
export function validateLibrary(root: string, options: { today: string; only?: string[] }): LibraryReport {
	const loaded = loadRegistries(root);
	const { registries } = loaded;
	// A copy: the loaded registries are shared by every caller in this process.
	const diagnostics = [...loaded.diagnostics];
	const documents: ParsedDocument[] = [];
	let files = 0;
	for (const kind of DOCUMENT_KINDS) {
		for (const path of listDocumentFiles(root, kind)) {
			files++;
			const file = relative(root, path);
			const { text, diagnostic } = decode(readFileSync(path), file);
			if (diagnostic) {
				diagnostics.push(diagnostic);
				continue;
			}
			const result = readDocument(kind, file, text!);
			diagnostics.push(...result.diagnostics);
			if (result.document) {
				documents.push(result.document);
				diagnostics.push(...checkDates(result.document, options.today));
			}
		}
	}
	diagnostics.push(...checkReferences(documents, registries));

	// Links can only be checked against the pages the site will have.
	const index = buildLibraryIndex(documents as unknown as AnyDocument[], registries, options.today);
	const paths = new Set(buildRoutes(index, registries).map((route) => route.path));
	for (const doc of documents) {
		diagnostics.push(...checkBody(doc.body, { file: doc.file, root, lineOffset: doc.bodyLineOffset, pathExists: (p) => paths.has(p) }));
		const review = index.reviews.get(doc.id);
		if (review?.overdue) {
			diagnostics.push({ file: doc.file, ...doc.locate(['reviewed']), severity: 'warning', ruleId: 'review-overdue', message: say(`Die Prüfung des Leitfadens war am ${review.due} fällig; Inhalt prüfen und \`reviewed\` aktualisieren`, `Review of this guide was due on ${review.due}; check the content and update \`reviewed\``) });
		}
	}

	const only = options.only?.map((p) => relative(root, resolve(root, p)));
	const shown = only ? diagnostics.filter((d) => only.some((p) => p === '' || d.file === p || d.file.startsWith(`${p}/`))) : diagnostics;
	return { documents, registries, diagnostics: sortDiagnostics(shown), files };
}
