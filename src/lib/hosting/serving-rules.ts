/**
 * How a web server should serve `dist/`: the types of the files the build
 * writes that servers do not all know, how long browsers may keep what, and
 * which paths other sites may read. Defined once here; the ready server files
 * in `templates/hosting/`, `docs/hosting.md` and the tests that serve the
 * site with nginx and Apache are all checked against these lists.
 */
import { SECURITY_HEADERS } from '../publish/content-security-policy.ts';

export { SECURITY_HEADERS };

/** The type a server should send for files with one ending. */
export interface MimeRule {
	/** The ending, without the dot: `pf_meta`. */
	extension: string;
	/** The media type, without parameters: `application/octet-stream`. */
	type: string;
	/** `true`: a text type, sent with `; charset=utf-8` (every text the build writes is UTF-8). */
	utf8: boolean;
}

const binary = (extension: string, type: string): MimeRule => ({ extension, type, utf8: false });
const text = (extension: string, type: string): MimeRule => ({ extension, type, utf8: true });

/**
 * Endings that at least one common server (nginx, Apache, IIS) does not know
 * or gets wrong by default. IIS answers a file whose ending it does not know
 * with 404, so every ending the build writes that IIS lacks is here.
 *
 * - Pagefind's index: `.pf_meta`, `.pf_index`, `.pf_fragment`, `.pf_filter`,
 *   and its WebAssembly, which Pagefind 1.x writes compressed as
 *   `wasm.<language>.pagefind` and unpacks itself. Pagefind reads them all
 *   as bytes, so `application/octet-stream` is what fits (Pagefind's own
 *   advice for IIS). `.wasm` for a plain WebAssembly file, which browsers
 *   compile as it streams in only when it comes as `application/wasm`.
 * - Calendars (`.ics`), so that Outlook subscribes instead of downloading;
 *   the catalogue in Turtle (`.ttl`); citations as BibTeX and RIS.
 * - The data files (`.json`) and the weekly digest as text (`.txt`), which
 *   servers know but send without a character set.
 * - The captions of the sign-language video (`.vtt`) and the video and image
 *   formats IIS did not know before Windows Server 2019 (`.webm`, `.webp`, `.avif`).
 */
export const MIME_TYPES: readonly MimeRule[] = [
	binary('pf_meta', 'application/octet-stream'),
	binary('pf_index', 'application/octet-stream'),
	binary('pf_fragment', 'application/octet-stream'),
	binary('pf_filter', 'application/octet-stream'),
	binary('pagefind', 'application/octet-stream'),
	binary('wasm', 'application/wasm'),
	text('ics', 'text/calendar'),
	text('ttl', 'text/turtle'),
	text('bib', 'application/x-bibtex'),
	text('ris', 'application/x-research-info-systems'),
	text('json', 'application/json'),
	text('txt', 'text/plain'),
	text('vtt', 'text/vtt'),
	binary('webm', 'video/webm'),
	binary('webp', 'image/webp'),
	binary('avif', 'image/avif'),
];

/** The `Content-Type` header of a rule: `text/calendar; charset=utf-8`. */
export function contentType(rule: MimeRule): string {
	return rule.utf8 ? `${rule.type}; charset=utf-8` : rule.type;
}

/** `Cache-Control` of files whose name changes with their content: kept for a year, never asked again. */
export const CACHE_HASHED = 'public, max-age=31536000, immutable';

/**
 * `Cache-Control` of everything else — pages, feeds, calendars, data files
 * and Pagefind's files whose name stays the same from build to build
 * (`pagefind.js`, `pagefind-worker.js`, `pagefind-entry.json`,
 * `wasm.*.pagefind`, the lexicon and query files): kept, but asked again
 * each time (a `304` when unchanged), so that a new build is seen at once and
 * an old `pagefind.js` never meets a new index.
 */
export const CACHE_REVALIDATE = 'no-cache';

/**
 * Folders that hold only files with a content hash in their name: Astro's
 * bundles and Pagefind's index, fragment and filter chunks. Every server
 * can match a folder (IIS's `<location>` matches nothing finer).
 */
export const HASHED_FOLDERS: readonly string[] = [
	'/_astro/',
	'/pagefind/index/',
	'/pagefind/fragment/',
	'/pagefind/filter/',
];

/**
 * Pagefind's metadata file, `pagefind.<language>_<hash>.pf_meta`, beside the
 * unhashed files: hashed too, for the servers that match by pattern (nginx,
 * Apache). On IIS it is asked again, one small request per search.
 */
export const HASHED_META = /^\/pagefind\/pagefind\.[\w-]+_[0-9a-f]+\.pf_meta$/;

/** The `Cache-Control` a file at `path` (an address in the site, `/pagefind/…`) should have. */
export function cacheControl(path: string): string {
	return HASHED_FOLDERS.some((folder) => path.startsWith(folder)) || HASHED_META.test(path)
		? CACHE_HASHED
		: CACHE_REVALIDATE;
}

/**
 * Paths other sites' scripts read, sent with `Access-Control-Allow-Origin: *`:
 * a peer's search page merges this library's search index (`/pagefind/`),
 * and harvesters and portals read the catalogue and data files (`/api/`).
 * Pages are not among them: nothing needs to read them from a script.
 */
export const CORS_FOLDERS: readonly string[] = ['/pagefind/', '/api/'];

/** The value of `Access-Control-Allow-Origin` for `path`, or `undefined` for none. */
export function allowOrigin(path: string): '*' | undefined {
	return CORS_FOLDERS.some((folder) => path.startsWith(folder)) ? '*' : undefined;
}

/** The page a server answers with, status 404, for an address the site does not have. */
export const NOT_FOUND_PAGE = '/404.html';
