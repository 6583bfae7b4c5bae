/**
 * Remembers what checking each document file found, keyed by the file's
 * content, so that a build after `npm run validate` (or a second build)
 * checks only files that changed. Only the per-file checks are cached; the
 * checks across files (references, links, review dates) always run.
 *
 * An entry counts only for the same file bytes, the same day (dates are
 * checked against it), the same validator source and the same installed
 * packages; anything else reads as a miss. The cache lives in the project's
 * `.cache/` folder and can be deleted at any time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult } from './validate-file.ts';

/** Where the cache is kept, relative to the library's root. */
export const VALIDATION_CACHE_FILE = '.cache/dreiklang/validation.json';

interface CacheFile {
	key: string;
	entries: Record<string, { hash: string; result: FileResult }>;
}

let sourceKey: string | undefined;

/** A hash of the validator's own code and of the installed packages: a change to either empties the cache. */
function validatorKey(root: string): string {
	if (!sourceKey) {
		const hash = createHash('sha256');
		const lib = dirname(fileURLToPath(import.meta.url));
		for (const dir of [lib, join(lib, '..', 'schemas')]) {
			for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(join(dir, name)));
		}
		sourceKey = hash.digest('hex');
	}
	let lock = '';
	try {
		lock = createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex');
	} catch {
		// No lock file: the source key alone decides.
	}
	return `${sourceKey}:${lock}`;
}

/** The content hash a cache entry is valid for. */
export function contentHash(bytes: Uint8Array): string {
	return createHash('sha1').update(bytes).digest('hex');
}

/** The cache of one library for one day. */
export class ValidationCache {
	readonly #file: string;
	readonly #key: string;
	#entries: CacheFile['entries'] = {};
	/** Fresh results as UTF-8 JSON, where they came with it. */
	readonly #json = new Map<string, Uint8Array>();
	#changed = false;

	constructor(root: string, today: string) {
		this.#file = join(root, VALIDATION_CACHE_FILE);
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
				parts.push(Buffer.from(`${i > 0 ? ',' : ''}${JSON.stringify(file)}:{"hash":${JSON.stringify(hash)},"result":`), this.#json.get(file) ?? Buffer.from(JSON.stringify(result)), Buffer.from('}'));
			});
			parts.push(Buffer.from('}}'));
			mkdirSync(dirname(this.#file), { recursive: true });
			const temporary = `${this.#file}.${process.pid}`;
			writeFileSync(temporary, Buffer.concat(parts));
			renameSync(temporary, this.#file);
		} catch {
			// A read-only checkout still validates; it only checks every file again next time.
		}
	}
}
