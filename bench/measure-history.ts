/**
 * What reading the library's git history costs a build: the one `git log`
 * pass (`readHistory`) and reading the text of every version of every
 * position paper (`readBlobs`, one `git cat-file --batch`), which the
 * history pages and their diffs need.
 */
import { readHistory, readBlobs } from '../src/lib/history/git-history.ts';

/** The history of a benchmark library and what it took to read. */
export interface HistoryMeasurement {
	/** Commits written, and how long committing the corpus took. */
	commits: number;
	commitMs: number;
	/** Files with a history, and their versions in all. */
	files: number;
	versions: number;
	/** `readHistory`: the one `git log` pass, parsed. */
	logMs: number;
	/** Versions of position papers whose text was read, their bytes, and how long `readBlobs` took. */
	paperVersions: number;
	paperBytes: number;
	blobsMs: number;
}

/** Reads the history of the library at `root` as a build does, and times it. */
export function measureHistory(root: string, commit: { commits: number; commitMs: number }): HistoryMeasurement {
	let started = performance.now();
	const history = readHistory(root);
	const logMs = performance.now() - started;
	if (history.state !== 'complete') throw new Error(`history of ${root}: ${history.problem?.en ?? history.state}`);
	const hashes = [...history.files]
		.filter(([path]) => path.startsWith('content/positions/'))
		.flatMap(([, versions]) => versions.flatMap((v) => (v.blob ? [v.blob] : [])));
	started = performance.now();
	const texts = readBlobs(root, hashes);
	const blobsMs = performance.now() - started;
	let paperBytes = 0;
	for (const text of texts.values()) paperBytes += Buffer.byteLength(text);
	return {
		...commit,
		files: history.files.size,
		versions: [...history.files.values()].reduce((sum, versions) => sum + versions.length, 0),
		logMs,
		paperVersions: texts.size,
		paperBytes,
		blobsMs,
	};
}
