/**
 * Commits a generated corpus to git in one commit per version (three, each
 * touching every document), so that the build reads a real history. One
 * `git fast-import` stream writes them all: the blobs as documents are
 * generated, then the commits, which name the blobs by mark. At 10,000
 * documents that is seconds, where `git add` and `git commit` three times
 * over would hash every file again.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Who commits, and the subject of each version's commit. */
const IDENTITY = 'Redaktion <redaktion@bench.example>';
const SUBJECTS = ['Bibliothek angelegt', 'Abschnitte ergänzt', 'Abschnitte und Stand der Forderungen ergänzt'];

/** Collects the versions of every document, then writes them as commits. */
export class CorpusHistory {
	readonly #root: string;
	readonly #stream: string;
	readonly #fd: number;
	/** Per version, the files and the marks of their blobs. */
	readonly #commits: [path: string, mark: number][][] = [];
	#marks = 0;

	constructor(root: string) {
		this.#root = root;
		this.#stream = join(root, '.cache', 'bench-history.fi');
		mkdirSync(join(root, '.cache'), { recursive: true });
		this.#fd = openSync(this.#stream, 'w');
	}

	/** Adds the versions of the file at `path` (relative to the root), oldest first. */
	add(path: string, versions: readonly string[]): void {
		versions.forEach((text, i) => {
			const mark = ++this.#marks;
			const bytes = Buffer.from(text, 'utf8');
			writeSync(this.#fd, `blob\nmark :${mark}\ndata ${bytes.length}\n`);
			writeSync(this.#fd, bytes);
			writeSync(this.#fd, '\n');
			(this.#commits[i] ??= []).push([path, mark]);
		});
	}

	/**
	 * Writes the commits on `main`, one a day up to `today` (the last at noon
	 * of `today`), into a new repository at the root, and sets the index to
	 * the last one. Returns the number of commits; throws when git fails.
	 */
	commit(today: string): number {
		const noon = Date.parse(`${today}T12:00:00Z`) / 1000;
		this.#commits.forEach((files, i) => {
			const when = `${noon - (this.#commits.length - 1 - i) * 86_400} +0000`;
			const message = Buffer.from(SUBJECTS[i] ?? `Version ${i + 1}`, 'utf8');
			writeSync(
				this.#fd,
				`commit refs/heads/main\nmark :${this.#marks + 1 + i}\nauthor ${IDENTITY} ${when}\ncommitter ${IDENTITY} ${when}\ndata ${message.length}\n`,
			);
			writeSync(this.#fd, message);
			writeSync(this.#fd, `\n${i > 0 ? `from :${this.#marks + i}\n` : ''}`);
			writeSync(this.#fd, files.map(([path, mark]) => `M 100644 :${mark} ${path}\n`).join(''));
			writeSync(this.#fd, '\n');
		});
		closeSync(this.#fd);
		const git = (args: string[], input: 'ignore' | number = 'ignore') => {
			const result = spawnSync('git', ['-c', 'init.defaultBranch=main', ...args], {
				cwd: this.#root,
				stdio: [input, 'ignore', 'pipe'],
			});
			if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.toString()}`);
		};
		git(['init', '--quiet']);
		const input = openSync(this.#stream, 'r');
		try {
			git(['fast-import', '--quiet'], input);
		} finally {
			closeSync(input);
			rmSync(this.#stream, { force: true });
		}
		// The working tree already holds the last version; the index is told so without hashing every file again.
		git(['read-tree', 'main']);
		return this.#commits.length;
	}
}
