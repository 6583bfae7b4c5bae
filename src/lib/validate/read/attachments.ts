/**
 * A document's own files: the images and PDFs in the folder named like the
 * document, `content/<kind>/<id>/`. Only these types are published, each
 * checked by its content (its first bytes), not only by its name, and held
 * to a size; a folder holds files only, no folders and no links.
 */
import { closeSync, lstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { DOCUMENT_EXTENSIONS, documentKinds, type DocumentKind } from '../../../schemas/kinds.ts';
import type { Diagnostic } from '../report/diagnostics.ts';
import { rule } from '../report/rules.ts';
import { formatBytes, formatExcess, symlinkProblem } from '../report/content-problems.ts';
import { say, type Localized } from '../report/messages.ts';

/**
 * The most bytes one attachment may have. A signed resolution as a scanned
 * PDF is typically 1–5 MB; a photo or chart on a page should be far below
 * 5 MiB, which readers on a mobile connection pay for.
 */
export const ATTACHMENT_LIMITS = {
	/** Bytes of one PDF: 10 MiB. */
	pdfBytes: 10 * 1024 * 1024,
	/** Bytes of one image: 5 MiB. */
	imageBytes: 5 * 1024 * 1024,
} as const;

/** How many bytes at the start of a file the type checks look at. */
const HEAD_BYTES = 64;

const ascii = (bytes: Uint8Array, start: number, text: string) =>
	[...text].every((char, i) => bytes[start + i] === char.charCodeAt(0));

/** An AVIF file starts with an ISO-BMFF `ftyp` box whose major or a compatible brand is `avif` or `avis`. */
function isAvif(head: Uint8Array): boolean {
	if (!ascii(head, 4, 'ftyp')) return false;
	const size = Math.min(head.length, ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0);
	// Major brand at 8, minor version at 12, compatible brands from 16.
	for (let at = 8; at + 4 <= size; at += at === 8 ? 8 : 4) {
		if (ascii(head, at, 'avif') || ascii(head, at, 'avis')) return true;
	}
	return false;
}

/** One accepted type of attachment. */
interface AttachmentType {
	/** The name of the format in messages. */
	name: string;
	/** `image` or `pdf`: decides the size limit. */
	group: 'image' | 'pdf';
	/** Whether the first bytes of a file are of this format. */
	matches: (head: Uint8Array) => boolean;
}

const PNG: AttachmentType = {
	name: 'PNG',
	group: 'image',
	matches: (h) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => h[i] === b),
};
const JPEG: AttachmentType = {
	name: 'JPEG',
	group: 'image',
	matches: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
};

/**
 * The file types a document's folder may hold, by extension (lower case, as
 * written). SVG is not among them: it can carry script that runs on the site.
 */
export const ATTACHMENT_TYPES: Readonly<Record<string, AttachmentType>> = {
	'.png': PNG,
	'.jpg': JPEG,
	'.jpeg': JPEG,
	'.gif': { name: 'GIF', group: 'image', matches: (h) => ascii(h, 0, 'GIF87a') || ascii(h, 0, 'GIF89a') },
	'.webp': { name: 'WebP', group: 'image', matches: (h) => ascii(h, 0, 'RIFF') && ascii(h, 8, 'WEBP') },
	'.avif': { name: 'AVIF', group: 'image', matches: isAvif },
	'.pdf': { name: 'PDF', group: 'pdf', matches: (h) => ascii(h, 0, '%PDF-') },
};

/** The extensions of `ATTACHMENT_TYPES`, for messages and for other checks. */
export const ATTACHMENT_EXTENSIONS: readonly string[] = Object.keys(ATTACHMENT_TYPES);

/** The image types among them: what a body may show (SVG is not among them: it can carry script). */
export const IMAGE_EXTENSIONS: readonly string[] = ATTACHMENT_EXTENSIONS.filter(
	(extension) => ATTACHMENT_TYPES[extension]!.group === 'image',
);

const EXTENSION_LIST = ATTACHMENT_EXTENSIONS.map((e) => `\`${e}\``).join(', ');
const LIMITS = say(
	`höchstens ${formatBytes(ATTACHMENT_LIMITS.pdfBytes).de} je PDF und ${formatBytes(ATTACHMENT_LIMITS.imageBytes).de} je Bild`,
	`at most ${formatBytes(ATTACHMENT_LIMITS.pdfBytes).en} per PDF and ${formatBytes(ATTACHMENT_LIMITS.imageBytes).en} per image`,
);

/** Whether `path` is a regular file, not a link or a folder. */
export function isRegularFile(path: string): boolean {
	try {
		return lstatSync(path).isFile();
	} catch {
		return false;
	}
}

/** Reads the first bytes of a file without reading it whole (enough for every type check here). */
export function head(path: string): Uint8Array {
	const bytes = new Uint8Array(HEAD_BYTES);
	const fd = openSync(path, 'r');
	try {
		return bytes.subarray(0, readSync(fd, bytes, 0, HEAD_BYTES, 0));
	} finally {
		closeSync(fd);
	}
}

/** A refused entry of a document's folder; it points at the file as a whole. */
const problem = (file: string, message: Localized): Diagnostic => ({
	file,
	line: 1,
	column: 1,
	...rule('attachment'),
	message,
});

/** Checks one regular file in a document's folder; `path` is absolute, `file` relative to the root. */
function checkFile(path: string, file: string, name: string): Diagnostic | undefined {
	const extension = extname(name);
	const type = ATTACHMENT_TYPES[extension];
	if (!type) {
		const lower = extension.toLowerCase();
		if (ATTACHMENT_TYPES[lower]) {
			const fixed = `${name.slice(0, -extension.length)}${lower}`;
			return problem(
				file,
				say(
					`Unerwartete Dateiendung \`${extension}\` von \`${name}\`, erwartet: \`${lower}\` in Kleinbuchstaben – Datei in \`${fixed}\` umbenennen`,
					`Unexpected file extension \`${extension}\` of \`${name}\`, expected \`${lower}\` in lower case – rename the file to \`${fixed}\``,
				),
			);
		}
		if (lower === '.svg' || lower === '.svgz') {
			return problem(
				file,
				say(
					`Unerwartete SVG-Grafik \`${name}\`; erwartet: PNG, JPEG, WebP, AVIF oder GIF – SVG kann Skripte enthalten. Die Grafik als PNG exportieren`,
					`Unexpected SVG image \`${name}\`, expected PNG, JPEG, WebP, AVIF or GIF – SVG can carry script; export the graphic as PNG`,
				),
			);
		}
		return problem(
			file,
			say(
				`Unerwarteter Dateityp \`${extension || name}\` von \`${name}\`; erwartet: ${EXTENSION_LIST} – Dokumente als PDF, Grafiken als Bild ablegen`,
				`Unexpected file type \`${extension || name}\` of \`${name}\`, expected one of ${EXTENSION_LIST} – save documents as PDF and graphics as images`,
			),
		);
	}
	const size = lstatSync(path).size;
	const limit = type.group === 'pdf' ? ATTACHMENT_LIMITS.pdfBytes : ATTACHMENT_LIMITS.imageBytes;
	if (size > limit) {
		return {
			file,
			line: 1,
			column: 1,
			...rule('size-limit'),
			message: say(
				`Die Datei \`${name}\` ist ${formatExcess(size, limit).de} groß; erwartet: ${LIMITS.de} – die Datei verkleinern (Auflösung, Kompression) oder auf ihre amtliche Quelle verlinken`,
				`Unexpected size of \`${name}\` (${formatExcess(size, limit).en}), expected ${LIMITS.en} – make the file smaller (resolution, compression) or link to its official source`,
			),
		};
	}
	if (!type.matches(head(path))) {
		return problem(
			file,
			say(
				`Der Inhalt von \`${name}\` ist kein ${type.name}; erwartet: ein Inhalt, der zur Dateiendung \`${extension}\` passt – die Datei erneut als ${type.name} speichern oder die Endung berichtigen`,
				`Unexpected content of \`${name}\`, expected ${type.name} content as its extension \`${extension}\` says – save it again as ${type.name} or correct the extension`,
			),
		);
	}
	return undefined;
}

/** What a document's folder holds: the accepted files (paths relative to the root, sorted) and the refused ones. */
export interface AttachmentFolder {
	files: string[];
	diagnostics: Diagnostic[];
}

/**
 * Checks the folder `dir` (absolute) of the document `<dir>.md(x)`: every
 * entry must be a regular file of an accepted type, with matching content
 * and within the size limit. The caller has made sure `dir` is a real
 * folder, not a link.
 */
export function checkAttachmentFolder(root: string, dir: string): AttachmentFolder {
	const out: AttachmentFolder = { files: [], diagnostics: [] };
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		out.diagnostics.push(
			problem(
				relative(root, dir),
				say(
					`Der Ordner \`${relative(root, dir)}/\` ist nicht lesbar; erwartet: ein lesbarer Ordner`,
					`Unexpected unreadable folder \`${relative(root, dir)}/\`, expected a folder that can be read`,
				),
			),
		);
		return out;
	}
	for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		const path = join(dir, entry.name);
		const file = relative(root, path);
		if (entry.isSymbolicLink()) out.diagnostics.push(symlinkProblem(file));
		else if (entry.isDirectory())
			out.diagnostics.push(
				problem(
					file,
					say(
						`Unerwarteter Ordner \`${file}/\` im Ordner eines Dokuments; erwartet: nur Dateien (Bilder und PDFs) direkt in \`${relative(root, dir)}/\``,
						`Unexpected folder \`${file}/\` inside a document's folder, expected only files (images and PDFs) directly in \`${relative(root, dir)}/\``,
					),
				),
			);
		else if (!entry.isFile())
			out.diagnostics.push(
				problem(
					file,
					say(
						`Unerwarteter Eintrag \`${file}\` (keine gewöhnliche Datei); erwartet: Bilder und PDFs`,
						`Unexpected entry \`${file}\` that is not a regular file, expected images and PDFs`,
					),
				),
			);
		else {
			let diagnostic: Diagnostic | undefined;
			try {
				diagnostic = checkFile(path, file, entry.name);
			} catch {
				diagnostic = problem(
					file,
					say(
						`Die Datei \`${file}\` ist nicht lesbar; erwartet: eine lesbare Datei`,
						`Unexpected unreadable file \`${file}\`, expected a file that can be read`,
					),
				);
			}
			if (diagnostic) out.diagnostics.push(diagnostic);
			else out.files.push(file);
		}
	}
	return out;
}

/**
 * The files of document `id` of `kind` that pass the checks above, as paths
 * relative to the root (`content/positions/x/beschluss.pdf`), sorted; empty
 * when the document has no folder or its folder is a link. A body that
 * refers to any other file refers to something that will not be published.
 */
export function attachmentsOf(root: string, kind: DocumentKind, id: string): string[] {
	if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return [];
	const dir = join(root, documentKinds[kind].directory, id);
	try {
		if (!lstatSync(dir).isDirectory()) return [];
		if (!DOCUMENT_EXTENSIONS.some((extension) => isRegularFile(`${dir}${extension}`))) return [];
	} catch {
		return [];
	}
	return checkAttachmentFolder(root, dir).files;
}
