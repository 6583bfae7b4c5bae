/**
 * Measures what a build wrote to `dist/`: pages, total size, the size of a
 * typical document page, the largest pages, and the search index.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../src/schemas/kinds.ts';
import { href } from '../src/lib/routes/routes.ts';
import { median } from './stats.ts';

/** One file of the output, by path relative to `dist/`. */
export interface OutputFile {
	path: string;
	bytes: number;
}

/** What one build produced. */
export interface OutputMeasurement {
	/** Number of HTML files. */
	pages: number;
	/** Bytes of all files in `dist/`. */
	distBytes: number;
	/** Median HTML size of the German document pages, all kinds together. */
	documentPageBytes: number | null;
	/** The same per kind. */
	documentPageBytesByKind: Record<DocumentKind, number | null>;
	/** The largest document page. */
	largestDocumentPage: OutputFile | null;
	/** The five largest HTML files of the whole site. */
	largestPages: OutputFile[];
	/** Bytes of `dist/pagefind/`, or `null` while the site has no search index. */
	searchIndexBytes: number | null;
	/** Bytes a first search fetches, gzip-compressed as hosts send text (`first-query.ts`); `null` without an index or a browser. */
	firstQueryBytes: number | null;
	/** The full measurement of the first query, when there was one. */
	firstQuery?: import('./first-query.ts').FirstQuery | null;
}

/** Every file under `dir`, with its size. */
export function listFiles(dir: string): OutputFile[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { path: relative(dir, path), bytes: statSync(path).size };
		});
}

/** Bytes of the Pagefind index in `dist/pagefind/`; `null` while the site has none. */
export function searchIndexBytes(dist: string): number | null {
	const dir = join(dist, 'pagefind');
	return existsSync(dir) ? listFiles(dir).reduce((sum, file) => sum + file.bytes, 0) : null;
}

/**
 * Bytes a browser fetches for a reader's first search query: the Pagefind
 * script and its WebAssembly, the entry and language metadata, the index
 * chunks a typical query word hits, and the result fragments shown.
 *
 * Returns `null` until the site has a search index (`dist/pagefind/`). It is
 * left to be filled in together with the search feature, because what a first
 * query loads depends on how the site configures Pagefind.
 */

/**
 * Measures the output in `dist`, reading document pages at the addresses of
 * `ids`. Only those count as document pages: the full co-signatory list below
 * a paper (`/positionen/<id>/mitzeichnende/`) grows with its co-signatories
 * and counts among all pages, not as the document.
 */
export function measureOutput(dist: string, ids: Record<DocumentKind, readonly string[]>): OutputMeasurement {
	const files = listFiles(dist);
	const html = files.filter((file) => file.path.endsWith('.html'));
	const bytesOf = new Map(html.map((file) => [file.path, file.bytes]));
	const documentPages: OutputFile[] = [];
	const byKind = {} as Record<DocumentKind, number | null>;
	for (const kind of DOCUMENT_KINDS) {
		const pages = ids[kind].flatMap((id) => {
			const path = join(href('de', kind, id).slice(1), 'index.html');
			const bytes = bytesOf.get(path);
			return bytes === undefined ? [] : [{ path, bytes }];
		});
		byKind[kind] = median(pages.map((page) => page.bytes));
		documentPages.push(...pages);
	}
	const bySize = (a: OutputFile, b: OutputFile) => b.bytes - a.bytes || a.path.localeCompare(b.path);
	return {
		pages: html.length,
		distBytes: files.reduce((sum, file) => sum + file.bytes, 0),
		documentPageBytes: median(documentPages.map((page) => page.bytes)),
		documentPageBytesByKind: byKind,
		largestDocumentPage: documentPages.sort(bySize)[0] ?? null,
		largestPages: html.sort(bySize).slice(0, 5),
		searchIndexBytes: searchIndexBytes(dist),
		firstQueryBytes: null,
	};
}
