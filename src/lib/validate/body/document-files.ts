/**
 * Files that belong to a document: its images and attachments (above all the
 * signed PDF of a position paper) live in a folder named like the document,
 * `content/<kind>/<id>/`, and nowhere else. A body refers to them relative to
 * its own file (`./<id>/beschluss.pdf`), so the link works on the forge too; the
 * site publishes them under `/dateien/<kind>/<id>/`. No address may lead out
 * of that folder, and a browser fetches nothing from another host.
 */
import { lstatSync } from 'node:fs';
import { basename, dirname, extname, join, posix } from 'node:path';
import { say, type Localized } from '../report/messages.ts';
import type { RuleId } from '../report/rules.ts';
import { isOtherHost, schemeOf } from './check-tree.ts';
import { ATTACHMENT_EXTENSIONS, IMAGE_EXTENSIONS } from '../read/attachments.ts';

export { ATTACHMENT_EXTENSIONS };

/** Where the site publishes the files of documents. */
export const PUBLISHED_FILES = '/dateien';

/** The document a body belongs to: its file, relative to the library's root, and the root. */
export interface DocumentPlace {
	root: string;
	/** `content/positions/x.md` */
	file: string;
}

/** The folder of a document's own files, relative to the root: `content/positions/x`. */
export const filesFolder = (file: string) => posix.join(dirname(file), basename(file, extname(file)));

/**
 * Resolves `url`, written in the body of `place`, to one of the document's own
 * files. Returns the path relative to the root, or why it cannot be one.
 */
export function resolveDocumentFile(
	url: string,
	place: DocumentPlace,
	extensions: readonly string[],
): { path?: string; problem?: Localized } {
	const folder = filesFolder(place.file);
	const expected = say(
		`eine Datei im Ordner \`${folder}/\` des Dokuments, relativ angegeben wie \`./${basename(folder)}/bild.png\``,
		`a file in the document's folder \`${folder}/\`, written relative like \`./${basename(folder)}/picture.png\``,
	);
	let decoded: string;
	try {
		decoded = decodeURI(url);
	} catch {
		return {
			problem: say(
				`Unlesbare Adresse \`${url}\`; erwartet: ${expected.de}`,
				`Unreadable address \`${url}\`, expected ${expected.en}`,
			),
		};
	}
	// `./` first: without it the build's bundler reads `diff/bild.png` as a file of the package `diff`.
	// eslint-disable-next-line no-control-regex -- control characters are what this refuses
	if (!decoded.startsWith('./') || /[\\?#\0-\x1f]/.test(decoded) || /^[a-z][a-z0-9+.-]*:/i.test(decoded)) {
		return {
			problem: say(
				`Die Adresse \`${url}\` ist keine Datei des Dokuments; erwartet: ${expected.de}`,
				`Unexpected address \`${url}\`, expected ${expected.en}`,
			),
		};
	}
	const path = posix.normalize(posix.join(dirname(place.file), decoded));
	if (dirname(path) !== folder) {
		return {
			problem: say(
				`Die Adresse \`${url}\` führt aus dem Ordner des Dokuments hinaus (\`${path}\`); erwartet: ${expected.de}`,
				`Unexpected address \`${url}\` outside the document's folder (\`${path}\`), expected ${expected.en}`,
			),
		};
	}
	if (!extensions.includes(extname(path).toLowerCase())) {
		return {
			problem: say(
				`Nicht erlaubter Dateityp \`${extname(path) || basename(path)}\`; erlaubt: ${extensions.map((e) => `\`${e}\``).join(', ')}`,
				`Unexpected file type \`${extname(path) || basename(path)}\`, expected one of ${extensions.map((e) => `\`${e}\``).join(', ')}`,
			),
		};
	}
	let isFile = false;
	try {
		isFile = lstatSync(join(place.root, path)).isFile();
	} catch {
		// missing: said below
	}
	if (!isFile)
		return {
			problem: say(
				`Die Datei \`${path}\` gibt es nicht; erwartet: ${expected.de}`,
				`Unexpected missing file \`${path}\`, expected ${expected.en}`,
			),
		};
	return { path };
}

/** Checks the address of an image in the body of `place`: a file of the document, never another host. */
export function checkImageSource(
	src: string,
	place: DocumentPlace,
): { ruleId: RuleId; message: Localized } | undefined {
	const scheme = schemeOf(src);
	if (scheme && !['http:', 'https:'].includes(scheme)) {
		return {
			ruleId: 'unsafe-url',
			message: say(
				`Nicht erlaubte Bildadresse \`${scheme}…\`; erwartet: eine Bilddatei im Ordner \`${filesFolder(place.file)}/\`, relativ eingebunden`,
				`Unexpected \`${scheme}\` image address, expected an image file in \`${filesFolder(place.file)}/\`, referred to relatively`,
			),
		};
	}
	if (isOtherHost(src)) {
		return {
			ruleId: 'remote-resource',
			message: say(
				`Das Bild \`${src.slice(0, 80)}\` käme von einer anderen Website; Dokumente laden nichts von anderswo (Datenschutz). Das Bild in den Ordner \`${filesFolder(place.file)}/\` legen und relativ einbinden`,
				`Unexpected image \`${src.slice(0, 80)}\` from another host, expected nothing loaded from elsewhere (privacy): put the image into \`${filesFolder(place.file)}/\` and refer to it relatively`,
			),
		};
	}
	const { problem } = resolveDocumentFile(src, place, IMAGE_EXTENSIONS);
	return problem ? { ruleId: 'image', message: problem } : undefined;
}

/** The published address of a document's file, given as `path` relative to the root (`content/positions/x/a.pdf` → `/dateien/positions/x/a.pdf`). */
export const publishedFile = (path: string) =>
	`${PUBLISHED_FILES}/${path.split('/').slice(1).map(encodeURIComponent).join('/')}`;
