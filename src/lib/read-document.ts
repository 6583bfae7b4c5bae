/**
 * Reads one document file: splits front matter from body with gray-matter and
 * validates the front matter with the schema of its kind. Never throws for bad
 * content; every problem becomes a located diagnostic.
 */
import matter from 'gray-matter';
import { basename, extname } from 'node:path';
import { documentKinds, type DocumentKind } from '../schemas/kinds.ts';
import { diagnosticsFromZod, type Diagnostic, type Locate } from './diagnostics.ts';
import { yamlLocator } from './yaml-locate.ts';

/** A document whose front matter passed its schema. */
export interface ParsedDocument<K extends DocumentKind = DocumentKind> {
	/** The id: the file name without extension. */
	id: string;
	kind: K;
	/** Path relative to the project root. */
	file: string;
	/** The validated front matter. */
	data: Record<string, unknown>;
	/** Finds the place of a front-matter value, for later diagnostics. */
	locate: Locate;
}

/** Result of reading one file: the document if valid, and its diagnostics. */
export interface ReadResult {
	document?: ParsedDocument;
	diagnostics: Diagnostic[];
}

/** Parses `source`, the text of `file`, as a document of `kind`. */
export function readDocument(kind: DocumentKind, file: string, source: string): ReadResult {
	const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const problem = (message: string, ruleId: string, line = 1, column = 1): ReadResult => ({
		diagnostics: [{ file, line, column, severity: 'error', ruleId, message }],
	});
	if (text.trim() === '') return problem('Unexpected empty file, expected front matter between `---` lines and a body', 'empty-file');
	if (!text.startsWith('---\n')) return problem('Missing front matter, expected the file to start with a `---` line', 'frontmatter');
	let parsed: matter.GrayMatterFile<string>;
	try {
		// gray-matter caches by content; an empty options object turns that off,
		// so that a file fixed on disk is read again.
		parsed = matter(text, {});
	} catch (error) {
		const mark = (error as { mark?: { line: number; column: number } }).mark;
		const reason = (error as { reason?: string }).reason ?? String(error);
		return problem(`Broken YAML in front matter: ${reason}`, 'yaml', (mark?.line ?? 0) + 2, (mark?.column ?? 0) + 1);
	}
	const locate = yamlLocator(parsed.matter.replace(/^\n/, ''), 1);
	const result = documentKinds[kind].schema.safeParse(parsed.data);
	if (!result.success) return { diagnostics: diagnosticsFromZod(result.error, file, locate) };
	const id = basename(file, extname(file));
	const diagnostics: Diagnostic[] = [];
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
		diagnostics.push({ file, line: 1, column: 1, severity: 'error', ruleId: 'file-name', message: `Unexpected file name \`${basename(file)}\`, expected lower-case letters, digits and hyphens (ä→ae, ö→oe, ü→ue, ß→ss)` });
	}
	return { document: { id, kind, file, data: result.data as Record<string, unknown>, locate }, diagnostics };
}
