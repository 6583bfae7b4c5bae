/**
 * Validates a whole library: registries, every document file on its own
 * (`validate-file.ts`), then what needs all of them together — references,
 * links, review dates. The site build and `npm run validate` both call this,
 * so skipping the command gains a contributor nothing.
 */
import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
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
import { ValidationPool, type Task } from './validate-pool.ts';
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
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
	// The directory listing tells files apart; only a symbolic link needs a look at its target.
	const isFile = (entry: Dirent) => entry.isFile() || (entry.isSymbolicLink() && statSync(join(dir, entry.name)).isFile());
	return entries
		.filter((entry) => (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(entry.name)) && isFile(entry))
		.map((entry) => entry.name)
		.sort()
		.map((name) => join(dir, name));
}

function tasksOf(root: string): Task[] {
	return DOCUMENT_KINDS.flatMap((kind) => listDocumentFiles(root, kind).map((path): Task => [kind, path]));
}

/** The checks that need every file: references, links, review dates; then the report. */
function finish(root: string, results: FileResult[], loaded: ReturnType<typeof loadRegistries>, options: ValidateOptions): LibraryReport {
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
	return finish(root, tasksOf(root).map(([kind, path]) => validateFile(root, kind, path, options.today)), loadRegistries(root), options);
}

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 400;

/**
 * Like `validateLibrary`, but checks the files in worker threads, one per
 * core: parsing Markdown is the bulk of the work and needs no other file.
 * Files whose content was checked before (same validator, same day) are taken
 * from the cache instead.
 */
export async function validateLibraryParallel(root: string, options: ValidateOptions & { threads?: number; threshold?: number; cache?: boolean }): Promise<LibraryReport> {
	const all = tasksOf(root);
	const files = all.map(([, path]) => relative(root, path));
	const cache = options.cache === false ? undefined : new ValidationCache(root, options.today);
	const threshold = options.threshold ?? PARALLEL_THRESHOLD;
	const threads = (count: number) => (count < threshold ? 1 : Math.min(options.threads ?? availableParallelism(), Math.ceil(count / Math.max(1, threshold / 2))));
	const startPool = (count: number) => (threads(count) > 1 ? new ValidationPool(root, options.today, threads(count)) : undefined);

	const results: FileResult[] = new Array(all.length);
	const hashes: string[] = new Array(all.length);
	const read: (Uint8Array | undefined)[] = new Array(all.length);
	// Files the cache has never seen are checked whatever they hold: if they
	// are enough, the threads start on them at once and load their code while
	// this thread hashes the others.
	const unseen = all.flatMap((_, i) => (cache?.has(files[i]!) ? [] : [i]));
	let pool = startPool(unseen.length);
	/** Indexes of the files given to the threads, in the order given. */
	const queued: number[] = [];
	const queue = (indexes: number[]) => {
		pool!.add(indexes.map((i) => all[i]!));
		queued.push(...indexes);
	};
	try {
		if (pool) queue(unseen);
		const missing = pool ? [] : [...unseen];
		for (let i = 0; i < all.length; i++) {
			if (!cache?.has(files[i]!)) continue;
			const bytes = readFileSync(all[i]![1]);
			hashes[i] = contentHash(bytes);
			const hit = cache.get(files[i]!, hashes[i]!);
			if (hit) {
				results[i] = hit;
				continue;
			}
			missing.push(i);
			read[i] = bytes;
		}
		pool ??= startPool(missing.length);
		if (pool) queue(missing);
		for (const i of pool ? [] : missing) {
			const [kind, path] = all[i]!;
			const bytes = read[i] ?? readFileSync(path);
			results[i] = validateFile(root, kind, path, options.today, bytes);
			cache?.set(files[i]!, (hashes[i] ??= contentHash(bytes)), results[i]!);
		}
		// Read while the threads work.
		const loaded = loadRegistries(root);
		if (pool) {
			const checked = await pool.results();
			queued.forEach((index, i) => {
				results[index] = checked[i]!.result;
				cache?.set(files[index]!, checked[i]!.hash, checked[i]!.result, checked[i]!.json);
			});
		}
		cache?.save(files);
		return finish(root, results, loaded, options);
	} finally {
		await pool?.close();
	}
}
