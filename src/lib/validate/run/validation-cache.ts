/**
 * Remembers what checking each document file found, keyed by the file's
 * content, so that a build after `npm run validate` (or a second build)
 * checks only files that changed. Only the per-file checks are cached; the
 * checks across files (references, links, review dates) always run.
 *
 * An entry counts only for the same file bytes, the same day (dates are
 * checked against it), the same validator source and the same installed
 * packages; anything else reads as a miss.
 *
 * A cached result is trusted as if the validator had just made it, so the
 * cache must be out of reach of what it vouches for. It therefore never lives
 * in the work tree, where a pull request can put files: it used to live in
 * `.cache/`, and a forged file committed there made every per-file check
 * pass. It lives in the user's own cache folder (see `validationCacheFile`);
 * `node_modules/.cache` would be out of a commit's reach too, but it is
 * shared with every package's own caches and wiped by `npm ci`. In CI (`CI` set, as GitHub Actions,
 * GitLab CI and most others do) there is no cache at all: every run checks
 * every file, and nothing a job leaves behind can vouch for the next one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, writeFileSync, type Dirent } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult } from './validate-file.ts';

/** The name of the cache file inside a library's cache folder. */
export const VALIDATION_CACHE_NAME = 'validation.json';

/** Whether this run may use a cache: not in CI, where every run checks everything. */
export function cacheAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
	return !env.CI;
}

/**
 * Where the cache of the library at `root` is kept, or `undefined` where
 * none may be (in CI, or without a home folder):
 * `$DREIKLANG_CACHE_DIR/<key>/validation.json` if that variable is set (the
 * benchmark keeps each run's cache in its scratch folder), else
 * `$XDG_CACHE_HOME/dreiklang/<key>/…`, else `~/.cache/dreiklang/<key>/…`,
 * `<key>` being a hash of the library's real path, so that two checkouts
 * never share entries. The folder can be deleted at any time.
 */
export function validationCacheFile(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (!cacheAllowed(env)) return undefined;
	let base = env.DREIKLANG_CACHE_DIR && isAbsolute(env.DREIKLANG_CACHE_DIR) ? env.DREIKLANG_CACHE_DIR : undefined;
	if (!base) {
		// The XDG specification: a relative value is invalid and is ignored.
		const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : undefined;
		let home = '';
		try {
			home = homedir();
		} catch {
			// No home folder (a system account): no cache.
		}
		if (!xdg && !home) return undefined;
		base = join(xdg ?? join(home, '.cache'), 'dreiklang');
	}
	let real = resolve(root);
	try {
		real = realpathSync(real);
	} catch {
		// A root that does not exist yet has no cache to share.
	}
	return join(base, createHash('sha256').update(real).digest('hex').slice(0, 16), VALIDATION_CACHE_NAME);
}

interface CacheFile {
	key: string;
	entries: Record<string, { hash: string; result: FileResult }>;
}

let sourceKey: string | undefined;

/** A hash of the validator's own code and of the installed packages: a change to either empties the cache. */
function validatorKey(root: string): string {
	if (!sourceKey) {
		const hash = createHash('sha256');
		// Everything validation runs on: src/lib (all of its folders) and src/schemas.
		const src = fileURLToPath(new URL('../../../', import.meta.url));
		for (const dir of [join(src, 'lib'), join(src, 'schemas')]) {
			const names = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
				.filter((n) => n.endsWith('.ts'))
				.sort();
			for (const name of names) hash.update(name).update(readFileSync(join(dir, name)));
		}
		sourceKey = hash.digest('hex');
	}
	let lock = '';
	try {
		lock = createHash('sha256')
			.update(readFileSync(join(root, 'package-lock.json')))
			.digest('hex');
	} catch {
		// No lock file: the source key alone decides.
	}
	return `${sourceKey}:${lock}`;
}

/**
 * The hash a cache entry is valid for: the document's bytes, and which files
 * its own folder (`content/<kind>/<id>/`, where its images and attachments
 * live) holds. The body's check looks those files up; without the folder in
 * the hash, deleting an image the body shows would keep a stale "no
 * problems" and the build would then refuse the body.
 */
export function contentHash(bytes: Uint8Array, path: string): string {
	const hash = createHash('sha1').update(bytes);
	const folder = path.replace(/\.mdx?$/, '');
	let entries: Dirent[] = [];
	try {
		entries = readdirSync(folder, { withFileTypes: true, recursive: true });
	} catch {
		// No folder of its own: the bytes alone decide.
	}
	const names = entries.map(
		(e) => `${relative(folder, join(e.parentPath, e.name))}\0${e.isFile() ? 'f' : e.isDirectory() ? 'd' : 'o'}`,
	);
	for (const name of names.sort()) hash.update('\n').update(name);
	return hash.digest('hex');
}

/** The cache of one library for one day. */
export class ValidationCache {
	readonly #file: string;
	readonly #key: string;
	#entries: CacheFile['entries'] = {};
	/** Fresh results as UTF-8 JSON, where they came with it. */
	readonly #json = new Map<string, Uint8Array>();
	#changed = false;

	/** The cache of the library at `root` for `today`, or `undefined` where no cache may be used (see `validationCacheFile`). */
	static open(root: string, today: string, env: NodeJS.ProcessEnv = process.env): ValidationCache | undefined {
		const file = validationCacheFile(root, env);
		return file ? new ValidationCache(root, today, file) : undefined;
	}

	/** Prefer `ValidationCache.open`, which also decides whether there may be a cache. */
	constructor(root: string, today: string, file: string) {
		this.#file = file;
		this.#key = `${validatorKey(root)}:${today}`;
		try {
			const stored = JSON.parse(readFileSync(this.#file, 'utf8')) as CacheFile;
			if (stored.key === this.#key) this.#entries = stored.entries;
		} catch {
			// No cache yet, or an unreadable one: start empty.
		}
	}

	/** The stored result for `file` with content `hash`, if there is one. */
	get(file: string, hash: string): FileResult | undefined {
		const entry = this.#entries[file];
		return entry?.hash === hash ? entry.result : undefined;
	}

	/** Whether there is an entry for `file`, whatever content it is for. */
	has(file: string): boolean {
		return Object.hasOwn(this.#entries, file);
	}

	/**
	 * Stores a fresh result. `json`, if given, is `JSON.stringify(result)` in
	 * UTF-8, made where the result was made (in a worker thread), so that
	 * saving neither serializes nor encodes it again on the main thread.
	 */
	set(file: string, hash: string, result: FileResult, json?: Uint8Array): void {
		this.#entries[file] = { hash, result };
		if (json === undefined) this.#json.delete(file);
		else this.#json.set(file, json);
		this.#changed = true;
	}

	/** Writes the cache, keeping only the files of this run. Never fails the run. */
	save(files: readonly string[]): void {
		const kept = files.filter((file) => this.has(file));
		if (!this.#changed && kept.length === Object.keys(this.#entries).length) return;
		try {
			// The JSON of `{ key, entries }`, put together from the results' own JSON where there is one.
			const parts: Uint8Array[] = [Buffer.from(`{"key":${JSON.stringify(this.#key)},"entries":{`)];
			kept.forEach((file, i) => {
				const { hash, result } = this.#entries[file]!;
				parts.push(
					Buffer.from(`${i > 0 ? ',' : ''}${JSON.stringify(file)}:{"hash":${JSON.stringify(hash)},"result":`),
					this.#json.get(file) ?? Buffer.from(JSON.stringify(result)),
					Buffer.from('}'),
				);
			});
			parts.push(Buffer.from('}}'));
			// The user's own: nobody else may plant results in it.
			mkdirSync(dirname(this.#file), { recursive: true, mode: 0o700 });
			const temporary = `${this.#file}.${process.pid}`;
			writeFileSync(temporary, Buffer.concat(parts), { mode: 0o600 });
			renameSync(temporary, this.#file);
		} catch {
			// A read-only cache folder still validates; it only checks every file again next time.
		}
	}
}
