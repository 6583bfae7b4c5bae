/**
 * The history of the library's files, read from git in one `git log` pass per
 * build (never one process per file): for each file under `content/`, the
 * versions that reached the published branch, newest first, each with its
 * commit, day, subject and who approved it where git tells (the merge).
 *
 * Only the first-parent line counts: a pull request merged into `main` is one
 * version (the merge, with everything the branch changed), however many
 * commits the branch had. A build without git, outside a repository or from a
 * shallow clone still succeeds: the history then says what it could not read,
 * once, and pages fall back to the front-matter dates.
 */
import { spawnSync } from 'node:child_process';

/** One version of a file: the state it had after one commit of the published branch. */
export interface FileVersion {
	/** The full commit hash. */
	commit: string;
	/** The commit's day, `YYYY-MM-DD`, in the committer's time zone. */
	date: string;
	/** The commit's time, ISO 8601 with offset: `2026-11-27T10:15:00+01:00`. */
	time: string;
	/** The first line of the commit message. */
	subject: string;
	/**
	 * Who approved the version, where git tells: the author of a merge commit
	 * (the maintainer who merged), or the committer of a commit pushed or
	 * applied by a person. Undefined for the forge's own web merges (squash,
	 * rebase), whose committer is the forge: there the front matter tells.
	 */
	approvedBy?: string | undefined;
	/** Whether the commit is a merge (its changes are those of the merged branch). */
	merge: boolean;
	/** The file's blob after the commit; undefined where the commit deleted it. */
	blob?: string | undefined;
	/** The file's path after the commit, relative to the library's root (differs from the key after a rename). */
	path: string;
}

/** What git could tell about the library. */
export type HistoryState =
	/** The whole history was read. */
	| 'complete'
	/** A shallow clone: versions older than its depth are missing, the oldest one stands for them. */
	| 'shallow'
	/** No history: git is missing, the library is not a repository, or git failed. */
	| 'none';

/** The history of a library. */
export interface LibraryHistory {
	state: HistoryState;
	/** Why the history is incomplete or missing, in German and English; undefined when complete. */
	problem?: { de: string; en: string } | undefined;
	/**
	 * Per file (relative to the library's root, `/`-separated, as the file is
	 * called now), its versions, newest first. A renamed file carries the
	 * versions of its earlier names too. Files git does not track are absent.
	 */
	files: Map<string, FileVersion[]>;
}

/** Columns of a subject the history keeps: git cuts a longer one (which a rebase merge keeps from the branch) and marks the cut with `..`. */
export const SUBJECT_COLUMNS = 300;

/**
 * The first-parent history of `content/`, with the blob of every changed
 * file. Fields separated by NUL, commits by RS; the subject padded or cut to
 * `SUBJECT_COLUMNS`, so that no commit message fills the output or a page.
 */
const FORMAT = `%x1e%H%x00%P%x00%cI%x00%an%x00%cn%x00%ce%x00%<(${SUBJECT_COLUMNS},trunc)%s%x00`;

/** Committer addresses of forges' own web merges: they tell nothing about who approved. */
const FORGE_COMMITTERS = [
	/^noreply@github\.com$/i,
	/@noreply\.github\.com$/i,
	/^noreply@gitlab\.com$/i,
	/@noreply\.gitlab\.com$/i,
];

/** Runs git in `root`; returns its output, or undefined when git is missing or fails. */
function git(root: string, args: string[], input?: string): string | undefined {
	const result = spawnSync('git', args, {
		cwd: root,
		input,
		encoding: 'utf8',
		maxBuffer: 1 << 30,
		env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
	});
	return result.status === 0 ? result.stdout : undefined;
}

const NO_GIT = {
	de: 'Keine Versionsgeschichte: git fehlt oder die Bibliothek ist kein git-Repository. Die Seiten zeigen die Daten aus den Dateien.',
	en: 'No version history: git is missing or the library is not a git repository. Pages show the dates from the files.',
};
const SHALLOW = {
	de: 'Unvollständige Versionsgeschichte: der Build läuft in einem flachen Klon (shallow clone). Für die ganze Geschichte mit voller Tiefe klonen (`git fetch --unshallow`, in CI `fetch-depth: 0` bzw. `GIT_DEPTH: 0`).',
	en: 'Incomplete version history: the build runs in a shallow clone. Clone with full depth for the whole history (`git fetch --unshallow`, in CI `fetch-depth: 0` or `GIT_DEPTH: 0`).',
};

/** A commit's full hash: SHA-1, or SHA-256 in repositories that use it. */
const COMMIT_HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Fields of `FORMAT` per commit, the first one carrying the record mark. */
const FORMAT_FIELDS = 7;

/**
 * Parses the output of `git log --raw` in `FORMAT`: one record per commit,
 * then its raw diff lines (`:100644 100644 <old> <new> M\t<path>`, with
 * `R<score>\t<old>\t<new>` for renames, all NUL-terminated under `-z`).
 *
 * Read field by field, as git separates them with NUL, which no subject,
 * name or path can hold: a commit subject or author name that contains the
 * record mark (RS) or looks like a raw line cannot shift the fields, drop a
 * version or make up a commit. A record whose hash is not a full hash is
 * skipped rather than trusted, since hashes become parts of addresses.
 */
export function parseLog(
	output: string,
	prefix: string,
): { commit: FileVersion; changes: { status: string; from: string; to: string; blob: string }[] }[] {
	const commits = [];
	const fields = output.split('\x00');
	const strip = (p: string) => (p.startsWith(prefix) ? p.slice(prefix.length) : p);
	let i = 0;
	while (i < fields.length) {
		// The mark starts a record; anything before it in the field (a line git printed unasked) is not one.
		const at = fields[i]!.lastIndexOf('\x1e');
		if (at < 0) {
			i++;
			continue;
		}
		const mark = fields[i]!.slice(at);
		const [parents = '', time = '', author = '', committerName = '', committerMail = '', subject = ''] = fields.slice(
			i + 1,
			i + FORMAT_FIELDS,
		);
		const commit = mark.slice(1);
		i += FORMAT_FIELDS;
		const changes = [];
		// After the subject: `:modes hashes status`, then one or two paths, each its own field; empty fields between.
		while (i < fields.length) {
			const head = fields[i]!.replace(/^\n+/, '');
			if (head === '') {
				i++;
				continue;
			}
			if (!head.startsWith(':')) break;
			const parts = head.slice(1).split(' ');
			const blob = parts[3] ?? '';
			const status = parts[4] ?? '';
			const renamed = status.startsWith('R') || status.startsWith('C');
			const from = fields[i + 1] ?? '';
			const to = renamed ? (fields[i + 2] ?? '') : from;
			i += renamed ? 3 : 2;
			changes.push({ status: status[0] ?? '', from: strip(from), to: strip(to), blob });
		}
		if (!COMMIT_HASH.test(commit)) continue;
		const merge = parents.trim().split(' ').filter(Boolean).length > 1;
		const forge = FORGE_COMMITTERS.some((re) => re.test(committerMail));
		const approvedBy = merge ? author : forge ? undefined : committerName;
		commits.push({
			commit: {
				commit,
				date: time.slice(0, 10),
				time,
				subject: subject.trimEnd(),
				approvedBy: approvedBy || undefined,
				merge,
				path: '',
			},
			changes,
		});
	}
	return commits;
}

/**
 * Reads the history of every file under `content/` of the library at `root`,
 * in one `git log` pass. Never throws: without git it returns an empty
 * history that says why.
 */
export function readHistory(root: string): LibraryHistory {
	const top = git(root, ['rev-parse', '--show-prefix']);
	if (top === undefined) return { state: 'none', problem: NO_GIT, files: new Map() };
	const prefix = top.trim();
	const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
	const output = git(root, [
		'-c',
		'core.quotePath=false',
		// A signature check would print lines into the records; a `.mailmap` in the tree would rename approvers.
		'-c',
		'log.showSignature=false',
		'log',
		'--no-use-mailmap',
		'--first-parent',
		'-m',
		'--raw',
		'-z',
		'--no-abbrev',
		'-M',
		`--format=${FORMAT}`,
		'--',
		'content/',
	]);
	// A repository without commits yet has no history to read.
	if (output === undefined) return { state: 'none', problem: NO_GIT, files: new Map() };
	const files = new Map<string, FileVersion[]>();
	/** Where the versions of an older name went: old path → current path (renames seen so far, newest first). */
	const renamedTo = new Map<string, string>();
	for (const { commit, changes } of parseLog(output, prefix)) {
		for (const change of changes) {
			const current = renamedTo.get(change.to) ?? change.to;
			if (change.status === 'R' && change.from !== change.to) renamedTo.set(change.from, current);
			let versions = files.get(current);
			if (!versions) files.set(current, (versions = []));
			versions.push({ ...commit, path: change.to, blob: change.status === 'D' ? undefined : change.blob });
		}
	}
	return shallow ? { state: 'shallow', problem: SHALLOW, files } : { state: 'complete', files };
}

/**
 * Reads blobs in one `git cat-file --batch` process: their text by hash.
 * Hashes git does not have are absent from the result. With `maxBytes`, one
 * `git cat-file --batch-check` first leaves out what is no blob or is larger
 * (an old version nobody validated may be huge or a submodule's commit), so
 * that one such object neither fills memory nor, by overflowing the output,
 * takes every other version with it.
 */
export function readBlobs(root: string, hashes: readonly string[], maxBytes?: number): Map<string, string> {
	let unique = [...new Set(hashes)].filter((hash) => /^[0-9a-f]{4,64}$/.test(hash));
	const out = new Map<string, string>();
	if (unique.length === 0) return out;
	if (maxBytes !== undefined) {
		const sizes = git(root, ['cat-file', '--batch-check'], unique.join('\n') + '\n');
		if (sizes === undefined) return out;
		const small = new Set(
			sizes.split('\n').flatMap((line) => {
				const [hash = '', type, size] = line.split(' ');
				return type === 'blob' && Number(size) <= maxBytes ? [hash] : [];
			}),
		);
		unique = unique.filter((hash) => small.has(hash));
		if (unique.length === 0) return out;
	}
	const result = spawnSync('git', ['cat-file', '--batch'], {
		cwd: root,
		input: unique.join('\n') + '\n',
		maxBuffer: 1 << 30,
		env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
	});
	if (result.status !== 0 || !result.stdout) return out;
	const buffer = result.stdout;
	let at = 0;
	for (const hash of unique) {
		const end = buffer.indexOf(0x0a, at);
		if (end < 0) break;
		const header = buffer.subarray(at, end).toString('latin1');
		at = end + 1;
		const [, type, size] = header.split(' ');
		if (header.endsWith(' missing') || type === undefined || size === undefined) continue;
		const length = Number(size);
		out.set(hash, buffer.subarray(at, at + length).toString('utf8'));
		at += length + 1;
	}
	return out;
}

/**
 * For each commit (full or abbreviated hash) the commits of the published
 * branch's first-parent line that brought it in: itself where it is on that
 * line, else the merge on it whose merged side first held it (for an
 * abbreviation, that of every commit it abbreviates). Commits git does not
 * know, or that no published commit contains, are absent. A redaction may
 * name the branch commit that added the content (as `git log -S` finds it);
 * the version the site lists is the merge's. One `git rev-list` over the
 * whole history, linear in its commits, however many are asked.
 */
export function publishedCommits(root: string, commits: readonly string[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	const wanted = [...new Set(commits)].filter((c) => /^[0-9a-f]{7,64}$/.test(c));
	if (wanted.length === 0) return out;
	const listing = git(root, ['rev-list', '--parents', 'HEAD']);
	if (!listing) return out;
	const parents = new Map<string, string[]>();
	for (const line of listing.split('\n')) {
		const [hash, ...rest] = line.split(' ');
		if (hash) parents.set(hash, rest);
	}
	// rev-list starts at HEAD.
	const head = listing.split('\n', 1)[0]!.split(' ')[0]!;
	const line: string[] = [];
	for (let c: string | undefined = head; c && parents.has(c); c = parents.get(c)![0]) line.push(c);
	/** Commit → the first-parent commit that brought it, filled oldest first so each walk stops at what older ones brought. */
	const bringer = new Map<string, string>();
	for (const merge of line.toReversed()) {
		bringer.set(merge, merge);
		const stack = parents.get(merge)!.slice(1);
		while (stack.length > 0) {
			const c = stack.pop()!;
			if (bringer.has(c) || !parents.has(c)) continue;
			bringer.set(c, merge);
			stack.push(...parents.get(c)!);
		}
	}
	const byPrefix = new Map<string, string[]>();
	for (const hash of bringer.keys()) {
		const key = hash.slice(0, 7);
		byPrefix.set(key, [...(byPrefix.get(key) ?? []), hash]);
	}
	for (const commit of wanted) {
		const found = (byPrefix.get(commit.slice(0, 7)) ?? []).filter((h) => h.startsWith(commit));
		if (found.length > 0) out.set(commit, [...new Set(found.map((h) => bringer.get(h)!))]);
	}
	return out;
}

/** The web page of a commit on the library's forge: GitHub (also Gitea/Forgejo) `/commit/<hash>`, GitLab `/-/commit/<hash>`. */
export function commitUrl(repository: { host: 'github' | 'gitlab'; url: string }, commit: string): string {
	const base = repository.url.replace(/\/+$/, '');
	return `${base}${repository.host === 'gitlab' ? '/-/commit/' : '/commit/'}${encodeURIComponent(commit)}`;
}
