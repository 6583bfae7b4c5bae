/**
 * Reads the co-signature files under `content/cosignatures/` as untrusted
 * input: one folder per paper at the top, in it only `<signatory>.yaml`
 * files whose name `signatoryOfFileName` accepts. Every entry is accounted
 * for — read, or refused with a located message that says the fix —, and
 * symbolic links are refused, never followed. Each file is read by the
 * registries' reader (`registry-source.ts`) within small bounds, then checked
 * against `cosignatureSchema`. What it says about the paper and the
 * registries is checked later, with the whole library (`check-cosignature-files.ts`).
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { extname, join, posix } from 'node:path';
import {
	COSIGNATURE_EXTENSION,
	COSIGNATURES_DIRECTORY,
	cosignatureSchema,
	signatoryOfFileName,
	type Cosignature,
} from '../../schemas/cosignature.ts';
import { symlinkProblem, unknownEntry } from '../validate/report/content-problems.ts';
import { COSIGNATURE_BYTES, cosignatureTooLarge } from './cosignature-size.ts';
import { NAME_FORMS, nameProblem, problem } from './cosignature-file-names.ts';
import { parseWithDiagnostics, type Diagnostic, type Locate } from '../validate/report/diagnostics.ts';
import { say } from '../validate/report/messages.ts';
import { parseRegistryYaml, readRegistryText, type SizeBound, type YamlShape } from '../registries/registry-source.ts';

/** The bounds on one co-signature file: its size (`COSIGNATURE_BYTES`, why there); its fields nest three levels deep. */
export const COSIGNATURE_LIMITS = {
	/** Bytes of one file: 4 KiB. */
	bytes: COSIGNATURE_BYTES,
	/** Levels of nesting: the file, `decision`, and a little room. */
	depth: 4,
} as const;

const SHAPE: YamlShape = {
	depth: COSIGNATURE_LIMITS.depth,
	expected: say(
		'die Felder einer Mitzeichnung (`date`, `decision`, `contact`)',
		'the fields of a co-signature (`date`, `decision`, `contact`)',
	),
	// An empty file is an empty group of fields, so that the schema names what is missing.
	empty: {},
	// `verified` is for maintainers to add: it must stand where a reviewer sees it.
	plainKeys: true,
};

const BOUND: SizeBound = {
	bytes: COSIGNATURE_LIMITS.bytes,
	tooLarge: cosignatureTooLarge,
};

/** One co-signature file that was read and matches the schema. */
export interface CosignatureRecord {
	/** The paper it signs: the name of its folder. */
	paperId: string;
	/** Who signs: the reference its file name stands for, e.g. `ags:05911000`. */
	signatory: string;
	/** Path relative to the root, e.g. `content/cosignatures/<paper>/ags-05911000.yaml`. */
	file: string;
	data: Cosignature;
	/** Where a field of the file stands. */
	locate: Locate;
}

/** What the walk found: the files that passed, and every problem. */
export interface CosignatureReading {
	records: CosignatureRecord[];
	diagnostics: Diagnostic[];
	/** Number of co-signature files read, whether they passed or not. */
	files: number;
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The entries of folder `dir`, or `undefined` where it cannot be read. */
function entriesOf(dir: string): Dirent[] | undefined {
	try {
		return readdirSync(dir, { withFileTypes: true }).sort(byName);
	} catch {
		return undefined;
	}
}

/**
 * A folder that cannot be listed: no read permission, or a name that is not
 * UTF-8 — read back through the name the listing gave, it is another path.
 * Said, so that the files in it do not go unseen.
 */
const unreadableFolder = (folder: string) =>
	problem(
		folder,
		say(
			`Der Ordner \`${folder}/\` lässt sich nicht lesen (ein Name, der nicht in UTF-8 geschrieben ist, oder fehlende Leserechte); erwartet: ein lesbarer Ordner, benannt wie das Papier – den Ordner umbenennen oder entfernen`,
			`Unexpected folder \`${folder}/\` that cannot be read (a name not written in UTF-8, or no permission to read it), expected a readable folder named like the paper – rename or remove the folder`,
		),
	);

/** Reads one co-signature file whose name passed. */
function readFile(root: string, file: string, paperId: string, signatory: string, out: CosignatureReading): void {
	out.files++;
	const read = readRegistryText(root, file, BOUND);
	out.diagnostics.push(...read.diagnostics);
	// Listed but gone on a second look (no permission to look, or removed meanwhile): said, not skipped.
	if (read.missing)
		out.diagnostics.push(
			problem(
				file,
				say(
					'Die Mitzeichnungsdatei lässt sich nicht lesen; erwartet: eine lesbare Datei – Leserechte prüfen und die Prüfung erneut ausführen',
					'Unexpected co-signature file that cannot be read, expected a readable file – check its permissions and run the check again',
				),
			),
		);
	if (read.text === undefined) return;
	const parsed = parseRegistryYaml(file, read.text, SHAPE);
	out.diagnostics.push(...parsed.diagnostics);
	if (parsed.data === undefined || !parsed.locate) return;
	const result = parseWithDiagnostics(cosignatureSchema, parsed.data, file, parsed.locate);
	if (!result.success) out.diagnostics.push(...result.diagnostics);
	else out.records.push({ paperId, signatory, file, data: result.data, locate: parsed.locate });
}

/** Walks the folder of one paper. */
function readPaperFolder(root: string, paperId: string, out: CosignatureReading): void {
	const folder = posix.join(COSIGNATURES_DIRECTORY, paperId);
	const expected = say(
		`in \`${folder}/\` nur Mitzeichnungsdateien, benannt ${NAME_FORMS.de}`,
		`only co-signature files in \`${folder}/\`, named ${NAME_FORMS.en}`,
	);
	const entries = entriesOf(join(root, folder));
	if (!entries) {
		out.diagnostics.push(unreadableFolder(folder));
		return;
	}
	for (const entry of entries) {
		const file = posix.join(folder, entry.name);
		if (entry.isSymbolicLink()) out.diagnostics.push(symlinkProblem(file));
		else if (entry.isDirectory()) out.diagnostics.push(unknownEntry(file, true, expected));
		else if (!entry.isFile()) out.diagnostics.push(unknownEntry(file, false, expected));
		else {
			const named = nameProblem(file, entry.name);
			if (named) out.diagnostics.push(named);
			else if (extname(entry.name) !== COSIGNATURE_EXTENSION) out.diagnostics.push(unknownEntry(file, false, expected));
			else readFile(root, file, paperId, signatoryOfFileName(entry.name.slice(0, -COSIGNATURE_EXTENSION.length))!, out);
		}
	}
}

/**
 * Reads every co-signature file of the library under `root`. A missing
 * folder holds none; a link or a file in its place is refused by the walk of
 * `content/` (`content-files.ts`), and nothing is read through it.
 */
export function readCosignatures(root: string): CosignatureReading {
	const out: CosignatureReading = { records: [], diagnostics: [], files: 0 };
	let isFolder = false;
	try {
		isFolder = lstatSync(join(root, COSIGNATURES_DIRECTORY)).isDirectory();
	} catch {
		// No co-signature files.
	}
	if (!isFolder) return out;
	const expected = say(
		`in \`${COSIGNATURES_DIRECTORY}/\` nur je Papier einen Ordner, benannt wie das Papier (\`${COSIGNATURES_DIRECTORY}/<papier-id>/\`)`,
		`only a folder per paper in \`${COSIGNATURES_DIRECTORY}/\`, named like the paper (\`${COSIGNATURES_DIRECTORY}/<paper-id>/\`)`,
	);
	const entries = entriesOf(join(root, COSIGNATURES_DIRECTORY));
	if (!entries) {
		out.diagnostics.push(unreadableFolder(COSIGNATURES_DIRECTORY));
		return out;
	}
	for (const entry of entries) {
		const file = posix.join(COSIGNATURES_DIRECTORY, entry.name);
		if (entry.isSymbolicLink()) out.diagnostics.push(symlinkProblem(file));
		else if (entry.isDirectory()) readPaperFolder(root, entry.name, out);
		else if (entry.isFile() && ['.yaml', '.yml'].includes(extname(entry.name).toLowerCase()))
			out.diagnostics.push(
				problem(
					file,
					say(
						`Unerwartete Datei \`${file}\` ohne Ordner des Papiers; erwartet: \`${COSIGNATURES_DIRECTORY}/<papier-id>/${entry.name}\` – die Datei in den Ordner des Papiers verschieben, das sie mitzeichnet`,
						`Unexpected file \`${file}\` outside a paper's folder, expected \`${COSIGNATURES_DIRECTORY}/<paper-id>/${entry.name}\` – move the file into the folder of the paper it co-signs`,
					),
				),
			);
		else out.diagnostics.push(unknownEntry(file, false, expected));
	}
	return out;
}
