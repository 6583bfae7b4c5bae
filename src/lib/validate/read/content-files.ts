/**
 * Accounts for every entry under `content/`: a document file is validated, a
 * document's folder is checked as attachments, the registry folder is left to
 * the registry loader, and everything else is refused with a message. Nothing
 * is skipped in silence: a file that is neither checked nor refused would be
 * a file the build might publish unchecked, or a contribution that vanishes.
 *
 * Entries are classified by what they are, not what they point at:
 * symbolic links are refused and never followed (`Dirent`, i.e. `lstat`).
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { basename, extname, join, posix, relative } from 'node:path';
import { DOCUMENT_EXTENSIONS, DOCUMENT_KINDS, documentKinds, type DocumentKind } from '../../../schemas/kinds.ts';
import { ATTACHMENT_TYPES, checkAttachmentFolder } from './attachments.ts';
import { symlinkProblem, unknownEntry } from '../report/content-problems.ts';
import type { Diagnostic } from '../report/diagnostics.ts';
import { rule } from '../report/rules.ts';
import { REGISTRY_DIRECTORY } from '../../registries/registry-layout.ts';
import { SITE_FILES_DIRECTORY } from '../../../schemas/site-files.ts';
import { COSIGNATURES_DIRECTORY } from '../../../schemas/cosignature.ts';
import { say } from '../report/messages.ts';
import { MANIFEST_FILE } from '../../addresses/manifest.ts';
import { REDIRECTS_FILE } from '../../../schemas/redirect.ts';

/** The folder that holds documents and registries. */
export const CONTENT_DIRECTORY = 'content';

/** Extensions of Markdown files that are not read as documents, though they look like one. */
const MARKDOWN_LOOKALIKES = ['.markdown', '.mdown', '.mkd', '.mkdn', '.mdwn', '.mdtext', '.mdtxt'];

/** What the walk found. */
export interface ContentListing {
	/** Document files to validate, as `[kind, absolute path]`, by kind, then name. */
	documents: [DocumentKind, string][];
	/** Entries refused, and problems with attachments. */
	diagnostics: Diagnostic[];
	/** Attachments that passed, relative to the root. */
	attachments: string[];
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The entries of a folder, sorted; `undefined` when it cannot be read (missing). */
function entriesOf(dir: string): Dirent[] | undefined {
	try {
		return readdirSync(dir, { withFileTypes: true }).sort(byName);
	} catch {
		return undefined;
	}
}

function isLink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

const isDocumentName = (name: string) => (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name));

const DOCUMENT_LIST = DOCUMENT_EXTENSIONS.map((e) => `\`${e}\``).join(', ');
const DOCUMENT_CHOICE = say(
	DOCUMENT_EXTENSIONS.map((e) => `\`${e}\``).join(' oder '),
	DOCUMENT_EXTENSIONS.map((e) => `\`${e}\``).join(' or '),
);

/** Walks one kind's folder. */
function listKind(root: string, kind: DocumentKind, out: ContentListing): void {
	const dir = join(root, documentKinds[kind].directory);
	const entries = entriesOf(dir);
	if (!entries) return;
	const folder = relative(root, dir);
	const expected = say(
		`in \`${folder}/\` nur Dokumente (${DOCUMENT_LIST}) und je Dokument ein gleichnamiger Ordner mit seinen Bildern und PDFs (\`${folder}/<id>/\`)`,
		`only documents (${DOCUMENT_LIST}) in \`${folder}/\`, and for a document a folder of the same name with its images and PDFs (\`${folder}/<id>/\`)`,
	);
	const documents = new Set(
		entries.filter((e) => e.isFile() && isDocumentName(e.name)).map((e) => basename(e.name, extname(e.name))),
	);
	for (const entry of entries) {
		const path = join(dir, entry.name);
		const file = relative(root, path);
		const extension = extname(entry.name);
		if (entry.isSymbolicLink()) out.diagnostics.push(symlinkProblem(file));
		else if (entry.isDirectory()) {
			if (documents.has(entry.name)) {
				const checked = checkAttachmentFolder(root, path);
				out.attachments.push(...checked.files);
				out.diagnostics.push(...checked.diagnostics);
			} else {
				out.diagnostics.push({
					file,
					line: 1,
					column: 1,
					...rule('attachment'),
					message: say(
						`Unerwarteter Ordner \`${file}/\` ohne Dokument \`${entry.name}.md\` oder \`${entry.name}.mdx\`; erwartet: ein Ordner nur neben dem Dokument, dessen Bilder und PDFs er enthält, und genau wie dieses benannt`,
						`Unexpected folder \`${file}/\` without a document \`${entry.name}.md\` or \`${entry.name}.mdx\`, expected a folder only beside the document whose images and PDFs it holds, named exactly like it`,
					),
				});
			}
		} else if (!entry.isFile()) out.diagnostics.push(unknownEntry(file, false, expected));
		else if (isDocumentName(entry.name)) out.documents.push([kind, path]);
		else if (
			(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension.toLowerCase()) ||
			MARKDOWN_LOOKALIKES.includes(extension.toLowerCase())
		) {
			const lower = extension.toLowerCase();
			const fixed = `${entry.name.slice(0, -extension.length)}${MARKDOWN_LOOKALIKES.includes(lower) ? '.md' : lower}`;
			out.diagnostics.push({
				file,
				line: 1,
				column: 1,
				...rule('file-extension'),
				message: say(
					`Unerwartete Dateiendung \`${extension}\`, erwartet: ${DOCUMENT_CHOICE.de} in Kleinbuchstaben – sonst wird das Dokument weder geprüft noch veröffentlicht. Datei in \`${fixed}\` umbenennen`,
					`Unexpected file extension \`${extension}\`, expected ${DOCUMENT_CHOICE.en} in lower case – otherwise the document is neither checked nor published; rename the file to \`${fixed}\``,
				),
			});
		} else if (ATTACHMENT_TYPES[extension.toLowerCase()] || extension.toLowerCase() === '.svg') {
			const place = posix.join(folder, '<id>', entry.name);
			out.diagnostics.push(
				unknownEntry(
					file,
					false,
					say(
						`${expected.de}; Bilder und PDFs gehören in den Ordner ihres Dokuments: \`${place}\``,
						`${expected.en}; images and PDFs go into their document's folder: \`${place}\``,
					),
				),
			);
		} else out.diagnostics.push(unknownEntry(file, false, expected));
	}
}

/**
 * What `content/` may hold besides files of the kinds: the registries, the
 * co-signature files (whose entries `read-cosignatures.ts` accounts for), and
 * the operator's files (`content/site/`), of which the site publishes only
 * those `site.config.yaml` names, after checking them (`src/lib/operator/site-files.ts`).
 */
const TOP_LEVEL = [
	...DOCUMENT_KINDS.map((kind) => documentKinds[kind].directory),
	REGISTRY_DIRECTORY,
	COSIGNATURES_DIRECTORY,
	SITE_FILES_DIRECTORY,
].map((dir) => posix.relative(CONTENT_DIRECTORY, dir));

/**
 * Walks `content/` under `root`. The registry folder is accounted for by
 * `loadRegistries`, which knows its files; a missing kind folder simply
 * holds no documents. Without a `content/` folder `root` is no library:
 * that is a mistake in how the command was run, not in a contribution, and
 * is thrown rather than reported.
 */
export function listContent(root: string): ContentListing {
	const out: ContentListing = { documents: [], diagnostics: [], attachments: [] };
	// A link in place of `content/` is read through by nothing; `loadRegistries`, which every run calls, reports it.
	if (isLink(join(root, CONTENT_DIRECTORY))) return out;
	const top = entriesOf(join(root, CONTENT_DIRECTORY));
	if (!top)
		throw new Error(
			`\`${CONTENT_DIRECTORY}/\` fehlt in ${root} – keine Bibliothek; den Befehl in ihrem Wurzelordner ausführen / no \`${CONTENT_DIRECTORY}/\` folder in ${root}, not a library: run the command in the library's root folder`,
		);
	const expected = say(
		`in \`${CONTENT_DIRECTORY}/\` nur die Ordner ${TOP_LEVEL.map((name) => `\`${name}/\``).join(', ')} und die Dateien \`${posix.basename(MANIFEST_FILE)}\` und \`${posix.basename(REDIRECTS_FILE)}\``,
		`only the folders ${TOP_LEVEL.map((name) => `\`${name}/\``).join(', ')} and the files \`${posix.basename(MANIFEST_FILE)}\` and \`${posix.basename(REDIRECTS_FILE)}\` in \`${CONTENT_DIRECTORY}/\``,
	);
	for (const entry of top) {
		const file = posix.join(CONTENT_DIRECTORY, entry.name);
		// The registry folder, link or not, is the registry loader's to account for.
		if (file === REGISTRY_DIRECTORY) continue;
		if (entry.isSymbolicLink()) out.diagnostics.push(symlinkProblem(file));
		// The list of lasting addresses and the redirects that keep them: read by their own checks.
		else if ((file === MANIFEST_FILE || file === REDIRECTS_FILE) && entry.isFile()) continue;
		else if (!entry.isDirectory() || !TOP_LEVEL.includes(entry.name))
			out.diagnostics.push(unknownEntry(file, entry.isDirectory(), expected));
	}
	for (const kind of DOCUMENT_KINDS) {
		const name = posix.relative(CONTENT_DIRECTORY, documentKinds[kind].directory);
		if (top.some((entry) => entry.name === name && entry.isDirectory())) listKind(root, kind, out);
	}
	return out;
}
