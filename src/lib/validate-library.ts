/**
 * Validates a whole library: registries, every document file on its own
 * (`validate-file.ts`), then what needs all of them together — references,
 * links, review dates. The site build and `npm run validate` both call this,
 * so skipping the command gains a contributor nothing.
 */
import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DOCUMENT_EXTENSIONS, DOCUMENT_KINDS, documentKinds, type DocumentKind } from '../schemas/kinds.ts';
import { checkLinks } from './check-body.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { buildLibraryIndex } from './library-index.ts';
import { loadRegistries, type Registries } from './load-registries.ts';
import { say } from './messages.ts';
import type { ParsedDocument } from './read-document.ts';
import { checkReferences } from './references.ts';
import { buildRoutes } from './site-routes.ts';
import type { AnyDocument } from './summaries.ts';
import { validateFile, type FileResult } from './validate-file.ts';
import { contentHash, ValidationCache } from './validation-cache.ts';
import { yamlLocator } from './yaml-locate.ts';

/** Everything a validation run found. */
export interface LibraryReport {
	documents: ParsedDocument[];
	registries: Registries;
	diagnostics: Diagnostic[];
	/** Number of document files read. */
	files: number;
}

/** What to check against and what to show. */
export interface ValidateOptions {
	/** The day dates are checked against, `YYYY-MM-DD`. */
	today: string;
	/** Show only problems in these files or folders (references still resolve against the whole library). */
	only?: string[];
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

function tasksOf(root: string): [DocumentKind, string][] {
	return DOCUMENT_KINDS.flatMap((kind) => listDocumentFiles(root, kind).map((path): [DocumentKind, string] => [kind, path]));
}

/** The checks that need every file: references, links, review dates; then the report. */
function finish(root: string, results: FileResult[], options: ValidateOptions): LibraryReport {
	const loaded = loadRegistries(root);
	const { registries } = loaded;
	// A copy: the loaded registries are shared by every caller in this process.
	const diagnostics = [...loaded.diagnostics];
	const documents: ParsedDocument[] = [];
	for (const result of results) {
		diagnostics.push(...result.diagnostics);
		if (result.document) documents.push({ ...result.document, locate: yamlLocator(result.document.frontMatter, 1), body: '' });
	}
	diagnostics.push(...checkReferences(documents, registries));

	// Links can only be checked against the pages the site will have.
	const index = buildLibraryIndex(documents as unknown as AnyDocument[], registries, options.today);
	const paths = new Set(buildRoutes(index, registries).map((route) => route.path));
	results.forEach((result) => {
		if (result.links.length > 0) diagnostics.push(...checkLinks(result.links, { file: result.document?.file ?? '', root, pathExists: (p) => paths.has(p) }));
	});
	for (const doc of documents) {
		const review = index.reviews.get(doc.id);
		if (review?.overdue) {
			diagnostics.push({ file: doc.file, ...doc.locate(['reviewed']), severity: 'warning', ruleId: 'review-overdue', message: say(`Die Prüfung des Leitfadens war am ${review.due} fällig; Inhalt prüfen und \`reviewed\` aktualisieren`, `Review of this guide was due on ${review.due}; check the content and update \`reviewed\``) });
		}
	}

	const only = options.only?.map((p) => relative(root, resolve(root, p)));
	const shown = only ? diagnostics.filter((d) => only.some((p) => p === '' || d.file === p || d.file.startsWith(`${p}/`))) : diagnostics;
	return { documents, registries, diagnostics: sortDiagnostics(shown), files: results.length };
}

/** Reads and checks the library under `root` in this thread. */
export function validateLibrary(root: string, options: ValidateOptions): LibraryReport {
	return finish(root, tasksOf(root).map(([kind, path]) => validateFile(root, kind, path, options.today)), options);
}

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 400;

/**
 * Like `validateLibrary`, but checks the files in worker threads, one per
 * core: parsing Markdown is the bulk of the work and needs no other file.
 */
export async function validateLibraryParallel(root: string, options: ValidateOptions & { threads?: number; threshold?: number; cache?: boolean }): Promise<LibraryReport> {
	const all = tasksOf(root);
	// Files whose content was checked before (same validator, same day) are not checked again.
	const cache = options.cache === false ? undefined : new ValidationCache(root, options.today);
	const hashes = all.map(([, path]) => (cache ? contentHash(readFileSync(path)) : ''));
	const results: (FileResult | undefined)[] = all.map(([, path], i) => cache?.get(relative(root, path), hashes[i]!));
	const missing = all.flatMap((_, i) => (results[i] ? [] : [i]));
	const tasks = missing.map((i) => all[i]!);

	const threshold = options.threshold ?? PARALLEL_THRESHOLD;
	const threads = Math.min(options.threads ?? availableParallelism(), Math.ceil(tasks.length / Math.max(1, threshold / 2)));
	let fresh: FileResult[];
	if (threads < 2 || tasks.length < threshold) {
		fresh = tasks.map(([kind, path]) => validateFile(root, kind, path, options.today));
	} else {
		// Interleaved, so that every thread gets a share of each kind.
		const shares = Array.from({ length: threads }, (_, t) => tasks.filter((_, i) => i % threads === t));
		const parts = await Promise.all(
			shares.map(
				(share) =>
					new Promise<FileResult[]>((done, fail) => {
						const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { workerData: { root, today: options.today, tasks: share } });
						worker.once('message', done);
						worker.once('error', fail);
					}),
			),
		);
		// Back into file order, so the report does not depend on the threads.
		fresh = new Array(tasks.length);
		parts.forEach((part, t) => part.forEach((result, i) => (fresh[i * threads + t] = result)));
	}
	missing.forEach((index, i) => {
		results[index] = fresh[i]!;
		cache?.set(relative(root, all[index]![1]), hashes[index]!, fresh[i]!);
	});
	cache?.save(all.map(([, path]) => relative(root, path)));
	return finish(root, results as FileResult[], options);
}
