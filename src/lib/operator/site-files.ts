/**
 * The operator's files that the site publishes: the logo, the sign-language
 * video and its captions, named in `site.config.yaml` and kept in
 * `content/site/`. Each is checked as document attachments are — a regular
 * file, no link, its type by its first bytes, held to a size — and an SVG
 * logo is published only as `sanitize-svg.ts` writes it anew. The build
 * serves them under `/betreiber/` (`src/routes/betreiber/[file].ts`).
 */
import { lstatSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { SiteConfig } from '../../schemas/site-config.ts';
import { SITE_FILES_DIRECTORY } from '../../schemas/site-files.ts';
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES, head } from '../validate/read/attachments.ts';
import { formatBytes, formatExcess, symlinkProblem } from '../validate/report/content-problems.ts';
import type { Diagnostic, Locate } from '../validate/report/diagnostics.ts';
import { say } from '../validate/report/messages.ts';
import { rule } from '../validate/report/rules.ts';
import { withBase } from '../routes/base.ts';
import { sanitizeSvg, SVG_LIMITS } from './sanitize-svg.ts';

/** The URL folder the files are published in. */
export const SITE_FILES_URL = '/betreiber/';

/** Sizes of the operator's files beyond the image limit of attachments. */
export const SITE_FILE_LIMITS = {
	/** Bytes of the sign-language video: 200 MiB, a few minutes at a resolution signs can be read in. */
	videoBytes: 200 * 1024 * 1024,
	/** Bytes of a captions file. */
	captionsBytes: 1024 * 1024,
} as const;

/** One published file. */
export interface SiteFile {
	/** Its URL, e.g. `/betreiber/logo.svg`. */
	url: string;
	/** Its media type. */
	type: string;
	/** What is published: the file's bytes, or the sanitized SVG. */
	body: Uint8Array | string;
}

/** The site path of a file in `content/site/`: `content/site/logo.svg` → `/betreiber/logo.svg`. */
export function siteFileUrl(path: string): string {
	return `${SITE_FILES_URL}${basename(path)}`;
}

/** The address pages link a file in `content/site/` by: `siteFileUrl` below the base. */
export function siteFileHref(path: string): string {
	return withBase(siteFileUrl(path));
}

interface Kind {
	/** The config field, for messages. */
	field: (string | number)[];
	limit: number;
	/** Media type by extension. */
	types: Record<string, string>;
	/** Whether the first bytes are of the type the extension says. */
	matches: (extension: string, head: Uint8Array) => boolean;
	/** The format, in messages. */
	format: string;
}

const ascii = (bytes: Uint8Array, start: number, text: string) =>
	[...text].every((char, i) => bytes[start + i] === char.charCodeAt(0));

const KINDS = {
	logo: {
		field: ['operator', 'logo'],
		limit: ATTACHMENT_LIMITS.imageBytes,
		types: {
			'.png': 'image/png',
			'.jpg': 'image/jpeg',
			'.jpeg': 'image/jpeg',
			'.webp': 'image/webp',
			'.avif': 'image/avif',
			'.svg': 'image/svg+xml',
		},
		matches: (extension, bytes) => extension === '.svg' || (ATTACHMENT_TYPES[extension]?.matches(bytes) ?? false),
		format: 'PNG, JPEG, WebP, AVIF, SVG',
	},
	video: {
		field: ['signLanguage', 'video'],
		limit: SITE_FILE_LIMITS.videoBytes,
		types: { '.mp4': 'video/mp4', '.webm': 'video/webm' },
		// MP4 is an ISO-BMFF file with an `ftyp` box first; WebM a Matroska file with the EBML magic number.
		matches: (extension, bytes) =>
			extension === '.mp4' ? ascii(bytes, 4, 'ftyp') : [0x1a, 0x45, 0xdf, 0xa3].every((b, i) => bytes[i] === b),
		format: 'MP4, WebM',
	},
	captions: {
		field: ['signLanguage', 'captions'],
		limit: SITE_FILE_LIMITS.captionsBytes,
		types: { '.vtt': 'text/vtt; charset=utf-8' },
		matches: (_, bytes) => ascii(bytes, 0, 'WEBVTT') || (bytes[0] === 0xef && ascii(bytes, 3, 'WEBVTT')),
		format: 'WebVTT',
	},
} as const satisfies Record<string, Kind>;

/** Names of the formats the attachment table does not know, for messages. */
const FORMAT_NAMES: Record<string, string> = { '.mp4': 'MP4', '.webm': 'WebM', '.vtt': 'WebVTT' };

/** The configured files, by kind. */
function configured(config: SiteConfig): [Kind, string][] {
	const out: [Kind, string][] = [];
	if (config.operator.logo) out.push([KINDS.logo, config.operator.logo]);
	if (config.signLanguage) {
		out.push([KINDS.video, config.signLanguage.video]);
		if (config.signLanguage.captions) out.push([KINDS.captions, config.signLanguage.captions]);
	}
	return out;
}

/**
 * Checks the files `config` names and returns those to publish, or the
 * problems: a missing file is reported at its field in `configFile`
 * (located by `locate`), a file's own problem at the file.
 */
export function checkSiteFiles(
	root: string,
	config: SiteConfig,
	configFile: string,
	locate: Locate,
): { files: SiteFile[]; diagnostics: Diagnostic[] } {
	const files: SiteFile[] = [];
	const diagnostics: Diagnostic[] = [];
	const problem = (file: string, message: ReturnType<typeof say>, place = { line: 1, column: 1 }) =>
		diagnostics.push({ file, ...place, ...rule('site-file'), message });
	let folderIsLink = false;
	try {
		folderIsLink = lstatSync(join(root, SITE_FILES_DIRECTORY)).isSymbolicLink();
	} catch {
		// A missing folder shows up below as a missing file.
	}
	if (folderIsLink && configured(config).length > 0) {
		diagnostics.push(symlinkProblem(SITE_FILES_DIRECTORY));
		return { files, diagnostics };
	}
	for (const [kind, file] of configured(config)) {
		const path = join(root, file);
		const extension = extname(file);
		let stat;
		try {
			stat = lstatSync(path);
		} catch {
			problem(
				configFile,
				say(
					`Die Datei \`${file}\` aus \`${kind.field.join('.')}\` fehlt; erwartet: eine Datei (${kind.format}) an diesem Ort – sie dort ablegen oder den Pfad berichtigen`,
					`Missing file \`${file}\` named in \`${kind.field.join('.')}\`, expected a file (${kind.format}) there – put it there or correct the path`,
				),
				locate(kind.field),
			);
			continue;
		}
		if (stat.isSymbolicLink()) {
			diagnostics.push(symlinkProblem(file));
			continue;
		}
		if (!stat.isFile()) {
			problem(
				file,
				say(
					`Unerwarteter Eintrag \`${file}\` (keine gewöhnliche Datei); erwartet: eine Datei (${kind.format})`,
					`Unexpected entry \`${file}\` that is not a regular file, expected a file (${kind.format})`,
				),
			);
			continue;
		}
		const limit = extension === '.svg' ? SVG_LIMITS.bytes : kind.limit;
		if (stat.size > limit) {
			diagnostics.push({
				file,
				line: 1,
				column: 1,
				...rule('size-limit'),
				message: say(
					`Die Datei \`${file}\` ist ${formatExcess(stat.size, limit).de} groß; erwartet: höchstens ${formatBytes(limit).de} – die Datei verkleinern`,
					`Unexpected size of \`${file}\` (${formatExcess(stat.size, limit).en}), expected at most ${formatBytes(limit).en} – make the file smaller`,
				),
			});
			continue;
		}
		if (!kind.matches(extension, head(path))) {
			const format = ATTACHMENT_TYPES[extension]?.name ?? FORMAT_NAMES[extension] ?? kind.format;
			problem(
				file,
				say(
					`Der Inhalt von \`${file}\` ist kein ${format}; erwartet: ein Inhalt, der zur Dateiendung \`${extension}\` passt – die Datei erneut als ${format} speichern oder die Endung berichtigen`,
					`Unexpected content of \`${file}\`, expected ${format} content as its extension \`${extension}\` says – save it again as ${format} or correct the extension`,
				),
			);
			continue;
		}
		const type = (kind.types as Record<string, string>)[extension]!;
		if (extension !== '.svg') {
			files.push({ url: siteFileUrl(file), type, body: readFileSync(path) });
			continue;
		}
		let source: string;
		try {
			source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
		} catch {
			problem(
				file,
				say(
					`Das Logo \`${file}\` ist nicht in UTF-8 gespeichert; erwartet: eine SVG-Datei in UTF-8`,
					`Unexpected encoding of the logo \`${file}\`, expected an SVG file saved as UTF-8`,
				),
			);
			continue;
		}
		const sanitized = sanitizeSvg(source);
		if (sanitized.ok) files.push({ url: siteFileUrl(file), type, body: sanitized.svg });
		else problem(file, sanitized.problem.message, { line: sanitized.problem.line, column: sanitized.problem.column });
	}
	return { files, diagnostics };
}
