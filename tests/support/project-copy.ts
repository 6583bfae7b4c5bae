/**
 * Copies of this project for the site tests that build a library of their
 * own (under a sub-path, for another host, as a source or a harvester): the
 * code, configuration and templates in a temporary folder, `node_modules`
 * linked, and either the whole library or only its registries and operator
 * files, into which a test puts the documents it needs.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { DOCUMENT_KINDS, documentKinds } from '../../src/schemas/kinds.ts';

/** What a build needs besides `node_modules` and the library. */
const PROJECT_ENTRIES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'site.config.yaml', 'src', 'templates'];

/**
 * A copy of the project in a new temporary folder named after `label`; with
 * `content: 'registries'` its library has the registries and the operator's
 * files (the logo `site.config.yaml` names) and empty document folders.
 */
export function copyProject(label: string, { content }: { content: 'all' | 'registries' }): string {
	const root = mkdtempSync(join(tmpdir(), `dreiklang-${label}-`));
	for (const entry of PROJECT_ENTRIES) cpSync(entry, join(root, entry), { recursive: true });
	if (content === 'all') cpSync('content', join(root, 'content'), { recursive: true });
	else {
		cpSync('content/registry', join(root, 'content/registry'), { recursive: true });
		cpSync('content/site', join(root, 'content/site'), { recursive: true });
		for (const kind of DOCUMENT_KINDS) mkdirSync(join(root, documentKinds[kind].directory), { recursive: true });
	}
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
	return root;
}

/** Sets top-level fields of the copy's `site.config.yaml`. */
export function configure(root: string, settings: Record<string, unknown>): void {
	const config = parse(readFileSync(join(root, 'site.config.yaml'), 'utf8')) as Record<string, unknown>;
	writeFileSync(join(root, 'site.config.yaml'), stringify({ ...config, ...settings }));
}

const astro = () => resolve('node_modules/astro/bin/astro.mjs');
const buildEnv = (env: Record<string, string>) => ({ ...process.env, FORCE_COLOR: '0', ...env });

/** Builds the copy, or throws with its log; returns the log. */
export function buildProject(root: string, env: Record<string, string> = {}): string {
	const build = spawnSync(process.execPath, [astro(), 'build'], { cwd: root, encoding: 'utf8', env: buildEnv(env) });
	if (build.status !== 0) throw new Error(`The copy in ${root} did not build:\n${build.stdout}\n${build.stderr}`);
	return `${build.stdout}\n${build.stderr}`;
}

/** Builds the copy without blocking this process, so that servers it runs for the build can answer. */
export async function buildProjectAsync(root: string, env: Record<string, string> = {}): Promise<string> {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, [astro(), 'build'], {
			cwd: root,
			encoding: 'utf8',
			env: buildEnv(env),
			maxBuffer: 64 * 1024 * 1024,
		});
		return `${stdout}\n${stderr}`;
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: string; stderr?: string };
		throw new Error(`The copy in ${root} did not build:\n${stdout}\n${stderr}`, { cause: error });
	}
}
