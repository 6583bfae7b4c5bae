/**
 * Reads one document file: splits front matter from body with gray-matter and
 * validates the front matter with the schema of its kind. Never throws for bad
 * content; every problem becomes a located diagnostic.
 */
import matter from 'gray-matter';
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { documentKinds, type DocumentKind } from '../schemas/kinds.ts';
import { parseWithDiagnostics, type Diagnostic, type Locate } from './diagnostics.ts';
import { say, type Localized } from './messages.ts';
import { yamlLocator } from './yaml-locate.ts';

/**
 * gray-matter's own YAML parser (js-yaml 3), used with the core schema: its
 * default schema turns `2024-02-30` into a date silently moved to 1 March, so
 * an impossible day would pass. As a string it reaches the schema, which
 * rejects it; valid days come out the same either way.
 */
const jsYaml = createRequire(createRequire(import.meta.url).resolve('gray-matter'))('js-yaml') as {
	safeLoad(source: string, options: { schema: unknown }): unknown;
	CORE_SCHEMA: unknown;
};
const parseYaml = (source: string) => jsYaml.safeLoad(source, { schema: jsYaml.CORE_SCHEMA }) as object;

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
	/** The Markdown or MDX body. */
	body: string;
	/** Lines in the file before the body, to turn body positions into file positions. */
	bodyLineOffset: number;
	/** The front matter's YAML text, from which `locate` is made (again, after a worker). */
	frontMatter: string;
}

/** Result of reading one file: the document if valid, and its diagnostics. */
export interface ReadResult {
	document?: ParsedDocument;
	diagnostics: Diagnostic[];
}

/** Parses `source`, the text of `file`, as a document of `kind`. */
export function readDocument(kind: DocumentKind, file: string, source: string): ReadResult {
	const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const problem = (message: Localized, ruleId: string, line = 1, column = 1): ReadResult => ({
		diagnostics: [{ file, line, column, severity: 'error', ruleId, message }],
	});
	if (text.trim() === '') return problem(say('Leere Datei, erwartet: Front Matter zwischen zwei `---`-Zeilen und ein Text', 'Unexpected empty file, expected front matter between `---` lines and a body'), 'empty-file');
	if (!text.startsWith('---\n')) return problem(say('Front Matter fehlt, erwartet: die Datei beginnt mit einer Zeile `---`', 'Missing front matter, expected the file to start with a `---` line'), 'frontmatter');
	// Without a closing line gray-matter reads the whole text as YAML and blames the body.
	if (!text.includes('\n---', 3)) return problem(say('Front Matter ohne Abschluss, erwartet: eine Zeile `---` nach den Feldern', 'Unclosed front matter, expected a `---` line after the fields'), 'frontmatter');
	let parsed: matter.GrayMatterFile<string>;
	try {
		// gray-matter caches by content; options (any) turn that off, so that a
		// file fixed on disk is read again.
		parsed = matter(text, { engines: { yaml: parseYaml } });
	} catch (error) {
		const mark = (error as { mark?: { position: number; buffer: string } }).mark;
		const reason = (error as { reason?: string }).reason ?? String(error);
		// Counted from the position: js-yaml's own column is negative for a
		// duplicated key. The YAML text starts with the line break after the
		// opening `---`, so its lines are the file's lines.
		const before = mark ? mark.buffer.slice(0, mark.position) : '';
		return problem(say(`Fehlerhaftes YAML im Front Matter: ${reason}`, `Broken YAML in front matter: ${reason}`), 'yaml', before.split('\n').length, before.length - before.lastIndexOf('\n'));
	}
	const frontMatter = parsed.matter.replace(/^\n/, '');
	const locate = yamlLocator(frontMatter, 1);
	if (Object.keys(parsed.data).length === 0) return problem(say('Leeres Front Matter, erwartet: die Felder der Dokumentart', 'Unexpected empty front matter, expected the fields of the document kind'), 'frontmatter');
	const result = parseWithDiagnostics(documentKinds[kind].schema, parsed.data, file, locate);
	if (!result.success) return { diagnostics: result.diagnostics };
	const id = basename(file, extname(file));
	const diagnostics: Diagnostic[] = [];
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
		diagnostics.push({ file, line: 1, column: 1, severity: 'error', ruleId: 'file-name', message: say(`Ungültiger Dateiname \`${basename(file)}\`, erwartet: Kleinbuchstaben, Ziffern und Bindestriche (ä→ae, ö→oe, ü→ue, ß→ss)`, `Unexpected file name \`${basename(file)}\`, expected lower-case letters, digits and hyphens (ä→ae, ö→oe, ü→ue, ß→ss)`) });
	}
	const bodyLineOffset = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
	return { document: { id, kind, file, data: result.data as Record<string, unknown>, locate, body: parsed.content, bodyLineOffset, frontMatter }, diagnostics };
}
