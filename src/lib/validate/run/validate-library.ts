/**
 * Validates a whole library: registries, every document file on its own
 * (`validate-file.ts`), then what needs all of them together — references,
 * links, review dates. The site build and `npm run validate` both call this,
 * so skipping the command gains a contributor nothing.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { DocumentKind } from '../../../schemas/kinds.ts';
import { checkLinks } from '../body/check-links.ts';
import { checkCosignatories } from '../checks/check-cosignatories.ts';
import { listContent, type ContentListing } from '../read/content-files.ts';
import { sortDiagnostics, type Diagnostic } from '../report/diagnostics.ts';
import { rule } from '../report/rules.ts';
import { buildLibraryIndex, type LibraryIndex } from '../../library/library-index.ts';
import { checkDemandHistory } from '../checks/demand-history.ts';
import { checkLifecycleDates } from '../checks/lifecycle-dates.ts';
import { loadRegistries, type Registries } from '../../registries/load-registries.ts';
import { siteConfigDiagnostics } from '../../registries/load-site-config.ts';
import { say } from '../report/messages.ts';
import { frontMatterLocator, type ParsedDocument } from '../read/read-document.ts';
import { checkReferences, suggestsValue, type UncheckedReferences } from '../../registries/references.ts';
import { buildRoutes } from '../../routes/site-routes.ts';
import { PAGE_ANCHORS } from '../../routes/page-anchors.ts';
import { validateFile, type FileResult } from './validate-file.ts';
import { threadCount } from '../../threads/run-in-threads.ts';
import { ValidationPool, type Task } from './validate-pool.ts';
import { checkTrackedCache } from '../checks/tracked-cache.ts';
import { readCosignatures } from '../../cosignatures/read-cosignatures.ts';
import { checkCosignatureFiles } from '../../cosignatures/check-cosignature-files.ts';
import { mergeCosignatures } from '../../cosignatures/merge-cosignatures.ts';
import { contentHash, ValidationCache } from './validation-cache.ts';
import type { BaseTree } from '../../history/base-branch.ts';
import { checkAgainstBase } from '../checks/against-base.ts';
import { checkAddresses } from '../../addresses/check-addresses.ts';

/** Everything a validation run found. */
export interface LibraryReport {
	/** The documents that passed, as the pages render them: papers with the co-signatures of their files merged in. */
	documents: ParsedDocument[];
	registries: Registries;
	/** The index of the documents, for `options.today`: the one the pages render (`src/data/library.ts`). */
	index: LibraryIndex;
	diagnostics: Diagnostic[];
	/** Number of files read: documents and co-signature files. */
	files: number;
}

/** What to check against and what to show. */
export interface ValidateOptions {
	/** The day dates are checked against, `YYYY-MM-DD`. */
	today: string;
	/** Show only problems in these files or folders (references still resolve against the whole library). */
	only?: string[];
	/** The published state to compare against (`--base origin/main`): change notes and lasting addresses are checked against it. */
	base?: BaseTree;
}

/**
 * Lists the document files of one kind, sorted: the files of `listContent`,
 * which refuses every other entry of the folder with a message.
 */
export function listDocumentFiles(root: string, kind: DocumentKind): string[] {
	return listContent(root).documents.flatMap(([k, path]) => (k === kind ? [path] : []));
}

/**
 * The checks that need every file: references, co-signature files, links,
 * review dates; then the report, with every entry of `content/` that was
 * refused rather than read.
 */
function finish(
	root: string,
	content: ContentListing,
	results: FileResult[],
	loaded: ReturnType<typeof loadRegistries>,
	options: ValidateOptions,
): LibraryReport {
	const { registries } = loaded;
	// A copy: the loaded registries are shared by every caller in this process.
	// The site configuration too: a placeholder Impressum fails here as it fails the build.
	const diagnostics = [
		...loaded.diagnostics,
		...content.diagnostics,
		...checkTrackedCache(root),
		...siteConfigDiagnostics(root),
	];
	const documents: ParsedDocument[] = [];
	const unchecked: UncheckedReferences[] = [];
	for (const result of results) {
		diagnostics.push(...result.diagnostics);
		if (result.document)
			documents.push({ ...result.document, locate: frontMatterLocator(result.document.frontMatter), body: '' });
		if (result.unchecked)
			unchecked.push({ ...result.unchecked, locate: frontMatterLocator(result.unchecked.frontMatter) });
	}
	diagnostics.push(
		...oncePerValue(diagnostics, checkReferences(documents, registries, unchecked)),
		...checkLifecycleDates(documents, options.today),
		...checkCosignatories(documents),
		...checkDemandHistory(documents),
	);
	// Co-signature files, checked against the documents as they are, then merged into the papers they sign.
	const cosignatures = readCosignatures(root);
	const signatures = checkCosignatureFiles(
		cosignatures.records,
		[...documents, ...unchecked],
		registries,
		options.today,
	);
	diagnostics.push(...cosignatures.diagnostics, ...signatures.diagnostics);
	const signed = mergeCosignatures(documents, signatures.accepted);

	// Links can only be checked against the pages the site will have.
	const index = buildLibraryIndex(signed, registries, options.today);
	const routes = buildRoutes(index, registries);
	const paths = new Set(routes.map((route) => route.path));
	// The ids a document page has at least: those of its body and of the sections its view adds.
	const bodyIds = new Map(
		results.flatMap((result) =>
			result.document
				? [
						[
							`${result.document.kind}/${result.document.id}`,
							new Set([...result.ids, ...PAGE_ANCHORS[result.document.kind]]),
						] as const,
					]
				: [],
		),
	);
	const idsByPath = new Map(
		routes.flatMap((r) =>
			r.route.view === 'document' ? [[r.path, bodyIds.get(`${r.route.kind}/${r.route.id}`)] as const] : [],
		),
	);
	results.forEach((result) => {
		const read = result.document ?? result.unchecked;
		if (result.links.length > 0 && read) {
			diagnostics.push(
				...checkLinks(result.links, bodyIds.get(`${read.kind}/${read.id}`) ?? new Set(result.ids), {
					file: read.file,
					root,
					pathExists: (p) => paths.has(p),
					idsOf: (p) => idsByPath.get(p),
				}),
			);
		}
	});
	diagnostics.push(...checkAddresses({ root, documents: signed, index, routes, registries, today: options.today }));
	if (options.base)
		diagnostics.push(
			...checkAgainstBase({
				root,
				base: options.base,
				documents: signed,
				index,
				routes,
				registries,
				today: options.today,
			}),
		);
	for (const doc of documents) {
		const review = index.reviews.get(doc.id);
		if (review?.overdue) {
			diagnostics.push({
				file: doc.file,
				...doc.locate(['reviewed']),
				...rule('review-overdue'),
				message: say(
					`Die Prüfung des Leitfadens war am ${review.due} fällig; Inhalt prüfen und \`reviewed\` aktualisieren`,
					`Review of this guide was due on ${review.due}; check the content and update \`reviewed\``,
				),
			});
		}
	}

	const only = options.only?.map((p) => relative(root, resolve(root, p)));
	const shown = only
		? diagnostics.filter((d) => only.some((p) => p === '' || d.file === p || d.file.startsWith(`${p}/`)))
		: diagnostics;
	return {
		documents: signed,
		registries,
		index,
		diagnostics: sortDiagnostics(shown),
		files: results.length + cosignatures.files,
	};
}

/**
 * The reference problems that say something the schema's problems do not: a
 * value the schema refused (`lead: Deutscher Städtetag`) is one problem, not
 * two; the reference message takes its place only where it names the value
 * meant (``meinten Sie `staedtetag`?``). `schema` is changed in place.
 */
function oncePerValue(schema: Diagnostic[], references: Diagnostic[]): Diagnostic[] {
	const place = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}`;
	const byPlace = new Map(schema.filter((d) => d.ruleId === 'schema').map((d) => [place(d), d]));
	return references.filter((d) => {
		const same = byPlace.get(place(d));
		if (!same) return true;
		if (suggestsValue(d.message)) schema.splice(schema.indexOf(same), 1, d);
		return false;
	});
}

/** Reads and checks the library under `root` in this thread. */
export function validateLibrary(root: string, options: ValidateOptions): LibraryReport {
	const content = listContent(root);
	return finish(
		root,
		content,
		content.documents.map(([kind, path]) => validateFile(root, kind, path, options.today)),
		loadRegistries(root),
		options,
	);
}

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 400;

/**
 * Like `validateLibrary`, but checks the files in worker threads, one per
 * core: parsing Markdown is the bulk of the work and needs no other file.
 * Files whose content was checked before (same validator, same day) are taken
 * from the cache instead, except in CI, where there is none (`validation-cache.ts`).
 */
export async function validateLibraryParallel(
	root: string,
	options: ValidateOptions & { threads?: number; threshold?: number; cache?: boolean },
): Promise<LibraryReport> {
	const content = listContent(root);
	const all: Task[] = content.documents;
	const files = all.map(([, path]) => relative(root, path));
	const cache = options.cache === false ? undefined : ValidationCache.open(root, options.today);
	const threshold = options.threshold ?? PARALLEL_THRESHOLD;
	const threads = (count: number) => threadCount(count, threshold, options.threads);
	const startPool = (count: number) =>
		threads(count) > 1 ? new ValidationPool(root, options.today, threads(count)) : undefined;

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
			hashes[i] = contentHash(bytes, all[i]![1]);
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
			cache?.set(files[i]!, (hashes[i] ??= contentHash(bytes, path)), results[i]!);
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
		return finish(root, content, results, loaded, options);
	} finally {
		await pool?.close();
	}
}
