/**
 * The history of every document, computed once per build from the one
 * `git log` pass (`git-history.ts`) and one `git cat-file --batch` over the
 * versions' blobs: for each document its versions newest first, the change
 * notes each version brought, who approved it, which versions are redacted,
 * and for position papers the text that diffs compare.
 *
 * Old versions are read as the build reads a document. A change note belongs to the oldest version whose front matter first holds
 * it (same day and text). Notes no version holds (no git, a shallow clone
 * whose oldest version already had them, an uncommitted edit) stay
 * unattached and are shown with their dates alone.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { ChangeNote } from '../../schemas/change-note.ts';
import { redacts, type Redaction } from '../../schemas/redaction.ts';
import { BODY_LIMITS, FILE_LIMITS } from '../validate/read/limits.ts';
import {
	publishedCommits,
	readBlobs,
	type FileVersion,
	type HistoryState,
	type LibraryHistory,
} from './git-history.ts';

/** What a diff of a position paper compares: its body and its demands. */
export interface PaperText {
	body: string;
	demands: { text: string; status: string }[];
}

/** One version as the history page shows it. */
export interface DocumentVersion extends FileVersion {
	/** The first characters of the commit, the version's name in addresses (`/verlauf/3f2c1ab9-8d0e1f2a/`). */
	short: string;
	/** The change notes this version brought, newest first. */
	notes: ChangeNote[];
	/** Who approved: git's merge author, else a note's `approvedBy`. */
	approver?: string | undefined;
	/** Set when the version is taken down: it is listed without content, subject or link. */
	redacted?: Redaction | undefined;
	/** The paper's text after this version (position papers, not redacted, not deleted). */
	text?: PaperText | undefined;
}

/** A diff the site builds: two versions of one paper, older first. */
export interface VersionPair {
	from: DocumentVersion;
	to: DocumentVersion;
	/** Whether the pair is the first and the current version, not neighbours. */
	whole: boolean;
}

/** One document's history. */
export interface DocumentHistory {
	state: HistoryState;
	/** Newest first; empty without git. */
	versions: DocumentVersion[];
	/** The day of the newest version; undefined without history. */
	lastChanged?: string | undefined;
	/** Change notes no version holds, newest first. */
	unattached: ChangeNote[];
	/** The diffs built for a position paper; none for other kinds. */
	diffs: VersionPair[];
}

/** What the computation needs of a document. */
export interface HistoryInput {
	id: string;
	kind: 'positions' | 'lessons' | 'guides';
	/** Relative to the library's root, as git names it. */
	filePath: string;
	changes: readonly ChangeNote[];
}

/** Characters of a commit in diff addresses: short enough to read, long enough to stay unique in one document. */
export const SHORT_COMMIT = 8;

const noteKey = (note: { date: unknown; note: unknown }) => `${day(note.date)}\u0000${scalar(note.note).trim()}`;

/**
 * A front-matter value of an old version as text: strings, numbers and
 * booleans as written, anything else empty. `String()` of a mapping with a
 * key `toString` (`{ toString: 1 }`) throws, and old versions are unchecked.
 */
const scalar = (value: unknown): string =>
	typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

/**
 * The front-matter values and body of an old version, read as the build reads
 * a document (Astro's `parseFrontmatter`, one YAML parse); undefined when it
 * cannot be read: the version is then shown without notes or diff. Old
 * versions were never validated by today's rules (or were force-pushed), so
 * the bounds validation sets on a document hold here too: a binary file, or
 * front matter or a body larger than a document may have, is not read.
 */
function readVersion(source: string): { data: Record<string, unknown>; body: string } | undefined {
	if (source.length > FILE_LIMITS.documentBytes || source.includes('\u0000')) return undefined;
	try {
		const text = source.replace(/^\uFEFF/, '');
		const { frontmatter, rawFrontmatter, content } = parseFrontmatter(text, { frontmatter: 'remove' });
		if (rawFrontmatter.length > FILE_LIMITS.frontMatterBytes || content.length > BODY_LIMITS.characters)
			return undefined;
		return { data: frontmatter && typeof frontmatter === 'object' ? frontmatter : {}, body: content.trim() };
	} catch {
		return undefined;
	}
}

/** A YAML day as the schemas hold it: js-yaml reads an unquoted `2026-10-20` as a `Date`. */
const day = (value: unknown) =>
	value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : scalar(value);

/** The notes an old version's front matter holds, as keys. */
function noteKeys(data: Record<string, unknown>): Set<string> {
	const changes = Array.isArray(data.changes) ? data.changes : [];
	return new Set(changes.filter((c) => c && typeof c === 'object').map((c) => noteKey(c as ChangeNote)));
}

function paperText(data: Record<string, unknown>, body: string): PaperText {
	const demands = (Array.isArray(data.demands) ? data.demands : []).map((d) => {
		const demand = (d && typeof d === 'object' ? d : {}) as Record<string, unknown>;
		return { text: scalar(demand.text), status: scalar(demand.status) };
	});
	return { body, demands };
}

/**
 * The redactions as they apply to the versions the site lists: one that
 * names a commit no listed version has (a commit of a merged branch, which
 * the first-parent history shows as its merge) applies to the merge that
 * brought it in as well. Asks git only when there is such a commit.
 */
function publishedRedactions(root: string, history: LibraryHistory, redactions: readonly Redaction[]): Redaction[] {
	const listed = byPrefix([...history.files.values()].flat().map((v) => v.commit));
	const unmatched = redactions.filter(
		(r) => !(listed.get(r.commit.slice(0, 7)) ?? []).some((c) => c.startsWith(r.commit)),
	);
	if (unmatched.length === 0) return [...redactions];
	const published = publishedCommits(
		root,
		unmatched.map((r) => r.commit),
	);
	return [
		...redactions,
		...unmatched.flatMap((r) =>
			(published.get(r.commit) ?? [])
				.filter((merge) => !merge.startsWith(r.commit))
				.map((merge) => {
					const derived = { ...r, commit: merge };
					origins.set(derived, r);
					return derived;
				}),
		),
	];
}

/** The redaction of `redactions.yaml` a derived one (for a merge) stands for, so that versions name the entry as written. */
const origins = new WeakMap<Redaction, Redaction>();

/**
 * The redactions that take down no version any document lists: a commit git
 * does not know (a typo, not yet fetched) or `files` that name no version of
 * it. With a complete history the build says so, since the content they
 * meant may still be online.
 */
export function unusedRedactions(
	histories: ReadonlyMap<string, DocumentHistory>,
	redactions: readonly Redaction[],
): Redaction[] {
	const used = new Set(
		[...histories.values()].flatMap((h) => h.versions.flatMap((v) => (v.redacted ? [v.redacted] : []))),
	);
	return redactions.filter((r) => !used.has(r));
}

/** Items by the first 7 characters of their commit (a redaction names at least 7), so that matching stays linear. */
function byPrefix<T extends string | { commit: string }>(items: readonly T[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of items) {
		const key = (typeof item === 'string' ? item : item.commit).slice(0, 7);
		const list = out.get(key);
		if (list) list.push(item);
		else out.set(key, [item]);
	}
	return out;
}

/**
 * Computes the history of every document in `inputs` from `history`, reading
 * all blobs it needs in one process. Never throws: a version that cannot be
 * read is listed without notes or diff.
 */
export function documentHistories(
	root: string,
	history: LibraryHistory,
	inputs: readonly HistoryInput[],
	redactions: readonly Redaction[],
): Map<string, DocumentHistory> {
	const applied = byPrefix(publishedRedactions(root, history, redactions));
	// A redaction names a file as it is called now or as it was called in that version.
	const redactionOf = (v: FileVersion, filePath: string) =>
		applied.get(v.commit.slice(0, 7))?.find((r) => redacts(r, v.commit, v.path) || redacts(r, v.commit, filePath));
	const wanted = inputs.flatMap((input) =>
		(history.files.get(input.filePath) ?? []).flatMap((v) =>
			v.blob && !redactionOf(v, input.filePath) ? [v.blob] : [],
		),
	);
	const blobs = readBlobs(root, wanted, FILE_LIMITS.documentBytes);
	const out = new Map<string, DocumentHistory>();
	for (const input of inputs) {
		const raw = history.files.get(input.filePath) ?? [];
		const current = new Map(input.changes.map((note) => [noteKey(note), note]));
		const attached = new Set<string>();
		const versions: DocumentVersion[] = [];
		const short = shortLength(raw.map((v) => v.commit));
		// Oldest first, so that a note goes to the version that first holds it.
		for (const [i, version] of [...raw].reverse().entries()) {
			const match = redactionOf(version, input.filePath);
			const redacted = match && (origins.get(match) ?? match);
			// A blob git could not give (too large, no blob, missing) is unread, not an empty version.
			const source = !redacted && version.blob ? blobs.get(version.blob) : undefined;
			const read = source === undefined ? undefined : readVersion(source);
			const keys = read ? noteKeys(read.data) : new Set<string>();
			// In a shallow clone the oldest version stands for all before it: its notes are older than what git tells.
			const stands = history.state === 'shallow' && i === 0;
			const notes = [...keys].filter((k) => current.has(k) && !attached.has(k));
			for (const k of notes) attached.add(k);
			const own = stands ? [] : notes.map((k) => current.get(k)!).reverse();
			versions.unshift({
				...version,
				short: version.commit.slice(0, short),
				notes: own,
				approver: version.approvedBy ?? own.find((n) => n.approvedBy)?.approvedBy,
				redacted,
				text: input.kind === 'positions' && read ? paperText(read.data, read.body) : undefined,
			});
		}
		const unattached = input.changes.filter((n) => !versions.some((v) => v.notes.includes(n))).reverse();
		out.set(input.id, {
			state: history.state,
			versions,
			lastChanged: versions[0]?.date,
			unattached,
			diffs: input.kind === 'positions' ? pairs(versions) : [],
		});
	}
	return out;
}

/**
 * How many characters of its commits name a document's versions: `SHORT_COMMIT`,
 * or more where two of its commits share that many (one commit can be made to
 * share a prefix with another by trying), so that no two diffs of one paper
 * get one address.
 */
function shortLength(commits: readonly string[]): number {
	const unique = new Set(commits);
	for (let length = SHORT_COMMIT; length < 64; length++)
		if (new Set([...unique].map((c) => c.slice(0, length))).size === unique.size) return length;
	return 64;
}

/** Neighbouring shown versions with text, and the first against the current one. */
function pairs(versions: readonly DocumentVersion[]): VersionPair[] {
	const shown = versions.filter((v) => v.text).reverse();
	const out: VersionPair[] = [];
	for (let i = 1; i < shown.length; i++) out.push({ from: shown[i - 1]!, to: shown[i]!, whole: false });
	if (shown.length > 2) out.push({ from: shown[0]!, to: shown.at(-1)!, whole: true });
	return out;
}
