/**
 * The library of this build, loaded once: validated entries from the content
 * collections, the registries, the site configuration and the derived index —
 * the one validation computed before the build (`library-handoff.ts`), or,
 * where none was handed over (`astro dev`), one computed here, with the
 * co-signature files merged into their papers as validation merges them.
 * Pages call `getLibrary()`; every call after the first returns the same data,
 * so no page recomputes anything over the whole corpus.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate } from '../lib/build-date.ts';
import { checkCosignatureFiles } from '../lib/cosignatures/check-cosignature-files.ts';
import { mergeCosignatures } from '../lib/cosignatures/merge-cosignatures.ts';
import { readCosignatures } from '../lib/cosignatures/read-cosignatures.ts';
import { readHistory, type LibraryHistory } from '../lib/history/git-history.ts';
import { documentHistories, unusedRedactions, type DocumentHistory } from '../lib/history/document-history.ts';
import { takeValidatedLibrary } from '../lib/library/library-handoff.ts';
import { buildLibraryIndex, type LibraryIndex } from '../lib/library/library-index.ts';
import { loadRegistries, type Registries } from '../lib/registries/load-registries.ts';
import { loadSiteConfig } from '../lib/registries/load-site-config.ts';
import type { AnyDocument } from '../lib/library/summaries.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/** An entry of any document collection. */
export type DocumentEntry = CollectionEntry<'positions'> | CollectionEntry<'lessons'> | CollectionEntry<'guides'>;

/** Everything pages read. */
export interface Library {
	index: LibraryIndex;
	registries: Registries;
	config: SiteConfig;
	/** The build date, `YYYY-MM-DD`; `DREIKLANG_BUILD_DATE` pins it for reproducible builds. */
	today: string;
	/** Collection entries by document id, for rendering bodies. */
	entries: Map<string, DocumentEntry>;
	/** The version history of the library's files, read from git once per build. */
	history: LibraryHistory;
	/** Each document's versions, change notes and diffs, computed once per build (`document-history.ts`). */
	documentHistory: Map<string, DocumentHistory>;
}

let library: Promise<Library> | undefined;

/**
 * Stops the build when a Markdown body could not be rendered. Astro's loader
 * logs such an error (the content guard refusing a body is one) and keeps the
 * entry without its body, so the page would be published empty. The dev
 * server keeps serving: there the problem is shown in the overlay.
 */
function refuseUnrendered(entries: readonly DocumentEntry[]): void {
	if (import.meta.env.DREIKLANG_DEV_SERVER) return;
	const unrendered = entries.filter((entry) => entry.filePath?.endsWith('.md') && entry.rendered === undefined);
	if (unrendered.length === 0) return;
	const files = unrendered.map((entry) => `\`${entry.filePath}\``).join(', ');
	throw new Error(
		`Der Text von ${files} ließ sich nicht darstellen (die Meldung steht oben); ohne ihn wird keine Seite veröffentlicht. ` +
			`\`npm run validate\` zeigt, was zu ändern ist. / The body of ${files} could not be rendered (see the message above); ` +
			'no page is published without it. `npm run validate` shows what to change.',
	);
}

/**
 * The documents with the co-signature files merged in that pass their checks,
 * as validation merges them; where no index was handed over (`astro dev`),
 * the others are shown by the dev server's check, and not rendered.
 */
function withCosignatureFiles(
	root: string,
	documents: AnyDocument[],
	registries: Registries,
	today: string,
): AnyDocument[] {
	const { records } = readCosignatures(root);
	return mergeCosignatures(documents, checkCosignatureFiles(records, documents, registries, today).accepted);
}

async function load(): Promise<Library> {
	const root = process.cwd();
	const today = buildDate();
	const { registries, diagnostics } = loadRegistries(root);
	if (diagnostics.length > 0) throw new Error('The registries have errors; run `npm run validate` to see them.');
	const [positions, lessons, guides] = await Promise.all([
		getCollection('positions'),
		getCollection('lessons'),
		getCollection('guides'),
	]);
	const entries = new Map<string, DocumentEntry>();
	const documents: AnyDocument[] = [];
	for (const entry of positions) {
		entries.set(entry.id, entry);
		documents.push({ kind: 'positions', id: entry.id, data: entry.data });
	}
	for (const entry of lessons) {
		entries.set(entry.id, entry);
		documents.push({ kind: 'lessons', id: entry.id, data: entry.data });
	}
	for (const entry of guides) {
		entries.set(entry.id, entry);
		documents.push({ kind: 'guides', id: entry.id, data: entry.data });
	}
	refuseUnrendered([...entries.values()]);
	const index =
		takeValidatedLibrary(root, today, documents) ??
		buildLibraryIndex(withCosignatureFiles(root, documents, registries, today), registries, today);
	const history = readHistory(root);
	// Said once per build; the pages fall back to the dates of the front matter.
	if (history.problem) console.warn(`[dreiklang] ${history.problem.de}\n[dreiklang] ${history.problem.en}`);
	const documentHistory = documentHistories(
		root,
		history,
		[...entries.values()].flatMap((entry) =>
			entry.filePath
				? [{ id: entry.id, kind: entry.collection, filePath: entry.filePath, changes: entry.data.changes }]
				: [],
		),
		registries.redactions,
	);
	const unused = history.state === 'complete' ? unusedRedactions(documentHistory, registries.redactions) : [];
	if (unused.length > 0) {
		const commits = unused.map((r) => r.commit).join(', ');
		console.warn(
			`[dreiklang] Schwärzungen ohne Wirkung (${commits}): keine Fassung eines Dokuments hat diesen Commit und diese Dateien. Commit und \`files\` in content/registry/redactions.yaml prüfen; was sie verbergen sollten, ist sonst noch zu sehen.\n` +
				`[dreiklang] Redactions that take down nothing (${commits}): no version of a document has that commit and those files. Check the commit and \`files\` in content/registry/redactions.yaml; what they should hide is otherwise still shown.`,
		);
	}
	return { index, registries, config: loadSiteConfig(root), today, entries, history, documentHistory };
}

/** The library of this build; loaded on first use. */
export function getLibrary(): Promise<Library> {
	library ??= load();
	return library;
}
