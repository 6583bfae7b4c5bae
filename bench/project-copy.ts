/**
 * A buildable copy of the project in a scratch folder: configuration, code and
 * registries are copied, the documents are left to the generator, and the
 * installed packages are shared rather than copied.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build needs from the project, besides `node_modules` and the documents. */
export const PROJECT_FILES = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'site.config.yaml',
	'src',
	'scripts',
	'content/registry',
	// The operator's logo, which `site.config.yaml` names.
	'content/site',
] as const;

/**
 * Caches Astro and Vite write under `node_modules/`. They must stay in the
 * scratch folder: shared, they would overwrite the main checkout's content
 * cache while someone builds there, and turn a second benchmark run warm.
 */
export const BUILD_CACHES = ['.astro', '.vite', '.cache'] as const;

/**
 * Copies the project at `source` into `target` and links its packages: a
 * `node_modules` folder with one symbolic link per installed package, so that
 * everything resolves to the same files as in `source` while the caches of
 * `BUILD_CACHES` are written inside `target`.
 */
export function copyProject(source: string, target: string): void {
	for (const entry of PROJECT_FILES) {
		if (existsSync(join(source, entry))) cpSync(join(source, entry), join(target, entry), { recursive: true });
	}
	const modules = join(target, 'node_modules');
	mkdirSync(modules, { recursive: true });
	for (const name of readdirSync(join(source, 'node_modules'))) {
		if ((BUILD_CACHES as readonly string[]).includes(name)) continue;
		symlinkSync(join(source, 'node_modules', name), join(modules, name));
	}
}

/** Removes a previous build's output and caches (also a project-level `.cache/`), so that every timed build starts cold. */
export function cleanBuild(root: string): void {
	for (const path of ['dist', '.astro', '.cache', ...BUILD_CACHES.map((cache) => join('node_modules', cache))]) {
		rmSync(join(root, path), { recursive: true, force: true });
	}
}
