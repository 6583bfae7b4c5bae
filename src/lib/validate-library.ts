/**
 * Validates a whole library: registries, every document's front matter, and
 * every reference between them. The site build and `npm run validate` both
 * call this, so skipping the command gains a contributor nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { DOCUMENT_EXTENSIONS, DOCUMENT_KINDS, documentKinds, type DocumentKind } from '../schemas/kinds.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { loadRegistries, type Registries } from './load-registries.ts';
import { readDocument, type ParsedDocument } from './read-document.ts';
import { checkReferences } from './references.ts';

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
			out.push({ file: doc.file, ...doc.locate(path), severity: 'error', ruleId: 'future-date', message: `Unexpected \`${path.join('.')}\` ${value} after today (${today}), expected a day that has passed` });
		}
	}
	return out;
}

/**
 * Reads and checks the library under `root`. `only` limits the report to the
 * given files (references are still resolved against the whole library).
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
			const result = readDocument(kind, file, readFileSync(path, 'utf8'));
			diagnostics.push(...result.diagnostics);
			if (result.document) {
				documents.push(result.document);
				diagnostics.push(...checkDates(result.document, options.today));
			}
		}
	}
	diagnostics.push(...checkReferences(documents, registries));
	const only = options.only?.map((p) => relative(root, resolve(root, p)));
	const shown = only ? diagnostics.filter((d) => only.some((p) => d.file === p || d.file.startsWith(`${p}/`) || p === '')) : diagnostics;
	return { documents, registries, diagnostics: sortDiagnostics(shown), files };
}
