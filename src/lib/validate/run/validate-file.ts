/**
 * Everything the validator can check in one document file without looking at
 * any other: encoding, front matter and schema, dates against today, and the
 * body as the site will render it (`check-body.ts`). Pure per file, so files can be checked in
 * parallel worker threads.
 */
import { readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import type { DocumentKind } from '../../../schemas/kinds.ts';
import { scanBody, type LinkReference } from '../body/check-body.ts';
import type { Diagnostic } from '../report/diagnostics.ts';
import { rule } from '../report/rules.ts';
import { say } from '../report/messages.ts';
import { readDocument, type ParsedDocument, type UncheckedDocument } from '../read/read-document.ts';
import { FILE_LIMITS } from '../read/limits.ts';
import { futureDates } from '../checks/lifecycle-dates.ts';

/** A document as it travels between threads: no functions, no body (one per kind, so that `kind` still tells `data`). */
export type PortableDocument = ParsedDocument extends infer D
	? D extends ParsedDocument
		? Omit<D, 'locate' | 'body'>
		: never
	: never;

/** What one file yielded. */
export interface FileResult {
	document?: PortableDocument;
	/** The raw front matter of a file that failed its schema, for the reference checks. */
	unchecked?: Omit<UncheckedDocument, 'locate' | 'body'>;
	diagnostics: Diagnostic[];
	/** Links whose targets can only be checked against the whole library. */
	links: LinkReference[];
	/** The fragment ids of the rendered body, for links to `#…`. */
	ids: string[];
}

/** Dates that must not lie in the future, by kind. */
const PAST_DATES: Record<DocumentKind, (string | number)[][]> = {
	positions: [['published'], ['dates', 'drafted'], ['dates', 'adopted'], ['dates', 'withdrawn']],
	lessons: [['published'], ['period', 'from']],
	guides: [['published'], ['reviewed']],
};

// The byte order mark stays: Astro reads files with it, and accepts one, not two.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file as UTF-8, or reports where it is not. */
function decode(bytes: Uint8Array, file: string): { text?: string; diagnostic?: Diagnostic } {
	try {
		return { text: utf8.decode(bytes) };
	} catch {
		const text = new TextDecoder('utf-8').decode(bytes);
		const index = text.indexOf('\uFFFD');
		const before = text.slice(0, Math.max(index, 0)).split('\n');
		return {
			diagnostic: {
				file,
				line: before.length,
				column: before.at(-1)!.length + 1,
				...rule('encoding'),
				message: say(
					'Die Datei ist nicht in UTF-8 gespeichert; im Editor als „UTF-8“ speichern',
					'Unexpected encoding, expected UTF-8 – save the file as UTF-8 in your editor',
				),
			},
		};
	}
}

/** Checks one document file, `path` being absolute and `root` the library's root; `bytes` are its content, if already read. */
export function validateFile(
	root: string,
	kind: DocumentKind,
	path: string,
	today: string,
	bytes: Uint8Array = readFileSync(path),
): FileResult {
	const file = relative(root, path);
	if (bytes.length > FILE_LIMITS.documentBytes) {
		return {
			diagnostics: [
				{
					file,
					line: 1,
					column: 1,
					...rule('size-limit'),
					message: say(
						`Die Datei ist ${bytes.length} Bytes groß; erlaubt sind ${FILE_LIMITS.documentBytes}. Das Dokument teilen`,
						`Unexpected file of ${bytes.length} bytes, expected at most ${FILE_LIMITS.documentBytes}: split the document`,
					),
				},
			],
			links: [],
			ids: [],
		};
	}
	const { text, diagnostic } = decode(bytes, file);
	if (diagnostic) return { diagnostics: [diagnostic], links: [], ids: [] };
	const result = readDocument(kind, file, text!);
	const read = result.document ?? result.unchecked;
	if (!read) return { diagnostics: result.diagnostics, links: [], ids: [] };
	// The locator and the body stay here: only plain data crosses to the report (and the threads).
	const { locate: _locate, body, ...portable } = read;
	// The body is checked even where the front matter failed its schema: every problem in one run.
	const scan = scanBody({ text: body, mdx: extname(file) === '.mdx', lineOffset: read.bodyLineOffset }, { file, root });
	return {
		...(result.document
			? { document: portable as PortableDocument }
			: { unchecked: portable as FileResult['unchecked'] & object }),
		diagnostics: [
			...result.diagnostics,
			...(result.document ? futureDates(result.document, PAST_DATES[result.document.kind], today) : []),
			...scan.diagnostics,
		],
		links: scan.links,
		ids: scan.ids,
	};
}
