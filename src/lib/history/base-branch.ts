/**
 * The library as it stands on a base branch (`npm run validate -- --base
 * origin/main`), read from git without checking it out: which files it has
 * and what they held. Checks that compare a change against what is published
 * (change notes, addresses that must last) read it through this.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readBlobs } from './git-history.ts';

/** The library's files on a base branch. */
export interface BaseTree {
	/** The ref as given, e.g. `origin/main`. */
	ref: string;
	/** Files under `content/` on the base, relative to the library's root, with their blob. */
	files: Map<string, string>;
	/** The text of files on the base (relative to the library's root); undefined for files it lacks. Reads every asked file in one process. */
	read(paths: readonly string[]): Map<string, string>;
}

/** Runs git in `root`; its output, or undefined when git is missing or fails. */
function git(root: string, args: string[]): string | undefined {
	const result = spawnSync('git', args, {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 1 << 30,
		env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
	});
	return result.status === 0 ? result.stdout : undefined;
}

/**
 * Reads the base branch `ref` of the library at `root`, or says in German and
 * English why it cannot (git missing, not a repository, unknown ref — in CI
 * usually a clone without the base branch, fixed by fetching it).
 */
export function readBase(root: string, ref: string): BaseTree | { problem: { de: string; en: string } } {
	const unknown = {
		problem: {
			de: `Der Vergleichsstand \`${ref}\` ist unbekannt: git fehlt, die Bibliothek ist kein git-Repository oder der Branch wurde nicht geholt (\`git fetch origin main\`, in CI \`fetch-depth: 0\`).`,
			en: `The base \`${ref}\` is unknown: git is missing, the library is not a git repository or the branch was not fetched (\`git fetch origin main\`, in CI \`fetch-depth: 0\`).`,
		},
	};
	if (ref.startsWith('-')) return unknown;
	const commit = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])?.trim();
	const prefix = git(root, ['rev-parse', '--show-prefix'])?.trim();
	if (!commit || prefix === undefined) return unknown;
	const listing = git(root, [
		'-c',
		'core.quotePath=false',
		'ls-tree',
		'-r',
		'-z',
		'--full-tree',
		commit,
		'--',
		`${prefix}content/`,
	]);
	if (listing === undefined) return unknown;
	const files = new Map<string, string>();
	for (const line of listing.split('\0')) {
		// `<mode> blob <hash>\t<path>`
		const tab = line.indexOf('\t');
		if (tab < 0) continue;
		const [, type, hash] = line.slice(0, tab).split(' ');
		const path = line.slice(tab + 1);
		if (type === 'blob' && hash && path.startsWith(prefix)) files.set(path.slice(prefix.length), hash);
	}
	return {
		ref,
		files,
		read(paths) {
			const wanted = paths.flatMap((p) => (files.has(p) ? [[p, files.get(p)!] as const] : []));
			const blobs = readBlobs(
				root,
				wanted.map(([, hash]) => hash),
			);
			return new Map(wanted.flatMap(([p, hash]) => (blobs.has(hash) ? [[p, blobs.get(hash)!] as const] : [])));
		},
	};
}

/** The id git gives `bytes` as a blob: SHA-1, or SHA-256 in a repository that uses it (`like` has 64 hex digits). */
export function blobHash(bytes: Uint8Array, like: string): string {
	return createHash(like.length === 64 ? 'sha256' : 'sha1')
		.update(`blob ${bytes.length}\0`)
		.update(bytes)
		.digest('hex');
}
