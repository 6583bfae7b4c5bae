/**
 * Throw-away libraries for tests: a temporary folder with a copy of the real
 * registries and empty document folders, into which a test puts the documents
 * it needs. The real `content/` is never touched.
 */
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGISTRY_DIRECTORY } from '../../src/lib/registries/load-registries.ts';
import { DOCUMENT_KINDS, documentKinds, type DocumentKind } from '../../src/schemas/kinds.ts';
import { scratchGit } from './scratch-git.ts';

/** The repository this test runs in. */
export const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where a fixture goes: a document kind; `registry` for files laid over
 * `content/registry/`; `content` for files laid over `content/` itself; or
 * `library` for files laid over the library's root, which is then made a git
 * repository with every file in its index (ignored ones too), as a pull
 * request would commit them; or `base` for a change against a base branch
 * (see `placeBaseFixture`), validated with `--base main`.
 */
export type FixtureKind = DocumentKind | 'registry' | 'content' | 'library' | 'base';
export const FIXTURE_KINDS: readonly FixtureKind[] = [...DOCUMENT_KINDS, 'registry', 'content', 'library', 'base'];

/** Kinds whose fixtures change more than the document folders, and so get a library of their own. */
export const OWN_LIBRARY_KINDS: readonly FixtureKind[] = ['registry', 'content', 'library', 'base'];

/** The branch a `base` fixture's published state is committed on. */
export const BASE_BRANCH = 'main';

/** The folder of a kind inside a library. */
export function kindDirectory(root: string, kind: FixtureKind): string {
	if (kind === 'registry') return join(root, REGISTRY_DIRECTORY);
	if (kind === 'content') return join(root, 'content');
	if (kind === 'library' || kind === 'base') return root;
	return join(root, documentKinds[kind].directory);
}

/**
 * Copies a file, folder or symbolic link. Links are copied as they are
 * written (`verbatimSymlinks`), dangling ones too, so that a fixture's link
 * points inside the temporary library just as it does beside the fixture.
 */
function copy(from: string, to: string): void {
	if (lstatSync(from).isSymbolicLink()) {
		rmSync(to, { recursive: true, force: true });
		symlinkSync(readlinkSync(from), to);
	} else cpSync(from, to, { recursive: true, verbatimSymlinks: true });
}

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
 * Symbolic links are placed as links, never followed.
 */
export function placeFixture(root: string, kind: FixtureKind, path: string): void {
	if (kind === 'base') return placeBaseFixture(root, path);
	if (!lstatSync(path).isDirectory()) copy(path, join(kindDirectory(root, kind), basename(path)));
	else {
		for (const name of readdirSync(path)) {
			const inner = join(path, name);
			const other = (DOCUMENT_KINDS as string[]).includes(name) && lstatSync(inner).isDirectory();
			copy(inner, other ? kindDirectory(root, name as DocumentKind) : join(kindDirectory(root, kind), name));
		}
	}
	if (kind === 'library') commitAll(root);
}

/** Runs git in `root` with a fixed identity and date, so that commits are the same on every run. */
function git(root: string, ...args: string[]): void {
	scratchGit(root, args, { date: '2026-01-05T10:00:00Z' });
}

/** Makes `root` a git repository with every file in its index, ignored ones too. */
function commitAll(root: string): void {
	git(root, 'init', '--quiet');
	git(root, 'add', '--all', '--force');
}

/**
 * Puts a change against a base branch into a library: the fixture folder
 * holds `base/`, the published state, and `change/`, the state a pull request
 * proposes, each laid over the library's root. `base/` is committed on
 * `BASE_BRANCH`; then the document folders are emptied and `change/` is laid
 * over them, uncommitted, as a contributor's working tree. `change/` is the
 * whole new state, so that a removed or renamed document is simply missing.
 */
function placeBaseFixture(root: string, path: string): void {
	for (const name of readdirSync(join(path, 'base'))) copy(join(path, 'base', name), join(root, name));
	commitAll(root);
	git(root, 'commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', 'Published state');
	clearDocuments(root);
	for (const name of readdirSync(join(path, 'change'))) copy(join(path, 'change', name), join(root, name));
}

/** Removes a library made by `createTempLibrary`. */
export function removeTempLibrary(root: string): void {
	rmSync(root, { recursive: true, force: true });
}
