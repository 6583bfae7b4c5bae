/**
 * Throw-away libraries for tests: a temporary folder with a copy of the real
 * registries and empty document folders, into which a test puts the documents
 * it needs. The real `content/` is never touched.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGISTRY_DIRECTORY } from '../../src/lib/load-registries.ts';
import { DOCUMENT_KINDS, documentKinds, type DocumentKind } from '../../src/schemas/kinds.ts';

/** The repository this test runs in. */
export const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

/** Where a fixture goes: a document kind, or `registry` for files laid over `content/registry/`. */
export type FixtureKind = DocumentKind | 'registry';
export const FIXTURE_KINDS: readonly FixtureKind[] = [...DOCUMENT_KINDS, 'registry'];

/** The folder of a kind inside a library. */
export const kindDirectory = (root: string, kind: FixtureKind) => join(root, kind === 'registry' ? REGISTRY_DIRECTORY : documentKinds[kind].directory);

/** Creates a library with the real registries and no documents; returns its root. */
export function createTempLibrary(): string {
	const root = mkdtempSync(join(tmpdir(), 'dreiklang-'));
	cpSync(join(REPOSITORY, REGISTRY_DIRECTORY), join(root, REGISTRY_DIRECTORY), { recursive: true });
	clearDocuments(root);
	return root;
}

/** Empties the document folders of a library. */
export function clearDocuments(root: string): void {
	for (const kind of DOCUMENT_KINDS) {
		rmSync(kindDirectory(root, kind), { recursive: true, force: true });
		mkdirSync(kindDirectory(root, kind), { recursive: true });
	}
}

/**
 * Puts a fixture of `kind` into a library. A file goes into the folder of its
 * kind. A folder holds several files that only make sense together (two papers
 * that supersede each other): its files go into the folder of its kind, its
 * subfolders named after another kind (`lessons/`) into that kind's folder.
 */
export function placeFixture(root: string, kind: FixtureKind, path: string): void {
	if (!statSync(path).isDirectory()) {
		cpSync(path, join(kindDirectory(root, kind), basename(path)));
		return;
	}
	for (const name of readdirSync(path)) {
		const inner = join(path, name);
		const other = (DOCUMENT_KINDS as string[]).includes(name) && statSync(inner).isDirectory();
		cpSync(inner, other ? kindDirectory(root, name as DocumentKind) : join(kindDirectory(root, kind), name), { recursive: true });
	}
}

/** Removes a library made by `createTempLibrary`. */
export function removeTempLibrary(root: string): void {
	rmSync(root, { recursive: true, force: true });
}
