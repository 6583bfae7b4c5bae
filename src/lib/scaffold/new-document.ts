/**
 * What `npm run new -- <kind> "<Titel>"` does, apart from printing: read the
 * arguments, build the document and write it, never over an existing one.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS, DOCUMENT_KINDS, documentKinds } from '../../schemas/kinds.ts';
import { KIND_NAMES, resolveKind } from './kind-names.ts';
import { kindName, skeleton } from './skeleton.ts';

/** What to print and how to exit: 0 written, 1 the file exists, 2 usage. */
export interface NewDocumentResult {
	exitCode: 0 | 1 | 2;
	/** Lines for standard output. */
	stdout: string[];
	/** Lines for standard error. */
	stderr: string[];
	/** The file written, relative to the root, if one was. */
	written?: string;
}

/** How to call the command, in German. */
export function usage(): string[] {
	const kinds = DOCUMENT_KINDS.map((kind) => `${KIND_NAMES[kind].english} (${kindName(kind)})`);
	const aliases = DOCUMENT_KINDS.map((kind) => KIND_NAMES[kind].german);
	return [
		'Aufruf: npm run new -- <Art> "<Titel>"',
		`  <Art>    ${kinds.slice(0, -1).join(', ')} oder ${kinds.at(-1)};`,
		`           auch ${aliases.join(', ')}`,
		'  <Titel>  der Titel des Dokuments in Anführungszeichen; daraus entsteht der Dateiname',
		'Beispiel: npm run new -- lesson "Hitzeschutz im Rathaus"',
	];
}

const usageError = (problem: string): NewDocumentResult => ({
	exitCode: 2,
	stdout: [],
	stderr: [problem, '', ...usage()],
});

/**
 * Creates a new document under `root` from the command's arguments. `today`
 * is the contributor's calendar day as `YYYY-MM-DD`.
 */
export function newDocument(
	args: readonly string[],
	{ root, today }: { root: string; today: string },
): NewDocumentResult {
	if (args.some((arg) => arg === '-h' || arg === '--help')) return { exitCode: 0, stdout: usage(), stderr: [] };
	const [name, ...words] = args;
	if (!name) return usageError('Es fehlen die Dokumentart und der Titel.');
	const kind = resolveKind(name);
	if (!kind) return usageError(`Unbekannte Dokumentart \`${name}\`.`);
	// Words without quotes around them still make one title.
	const title = words.join(' ').trim();
	if (!title) return usageError(`Es fehlt der Titel des neuen ${kindName(kind)}s.`);
	const document = skeleton(kind, { title, today });
	if (!document)
		return usageError(`Aus dem Titel „${title}“ lässt sich kein Dateiname bilden: er braucht Buchstaben oder Ziffern.`);

	const existing = findDocument(root, document.id);
	if (existing) return exists(existing, document.path);
	try {
		mkdirSync(dirname(join(root, document.path)), { recursive: true });
		// `wx` fails if the file appeared in the meantime: nothing is ever overwritten.
		writeFileSync(join(root, document.path), document.text, { encoding: 'utf8', flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return exists(document.path, document.path);
		throw error;
	}
	return {
		exitCode: 0,
		stdout: [
			`${kindName(kind)} angelegt: ${document.path}`,
			`Füllen Sie die Felder aus und prüfen Sie mit \`npm run validate ${document.path}\`.`,
		],
		stderr: [],
		written: document.path,
	};
}

/** The document of any kind that already has `id`, as a path relative to `root`. */
function findDocument(root: string, id: string): string | undefined {
	for (const kind of DOCUMENT_KINDS) {
		for (const extension of DOCUMENT_EXTENSIONS) {
			const path = `${documentKinds[kind].directory}/${id}${extension}`;
			if (existsSync(join(root, path))) return path;
		}
	}
	return undefined;
}

function exists(existing: string, wanted: string): NewDocumentResult {
	const problem =
		existing === wanted
			? `Die Datei ${existing} gibt es schon; sie bleibt unverändert.`
			: `Den Namen ${basename(wanted)} trägt schon ${existing}; jeder Dateiname kommt in der Bibliothek nur einmal vor, über alle Dokumentarten.`;
	return {
		exitCode: 1,
		stdout: [],
		stderr: [problem, 'Bearbeiten Sie die vorhandene Datei oder wählen Sie einen anderen Titel.'],
	};
}
