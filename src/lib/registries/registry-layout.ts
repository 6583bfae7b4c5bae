/**
 * What `content/registry/` holds, and nothing else: the lists of topics,
 * crises and measures, the glossary and the synonyms, a folder of organization lists, and the
 * municipal register's tables with their source note. The walk accounts for
 * every entry, by what it is (`lstat`): a link or an unknown file is refused
 * with a message, never followed and never skipped in silence.
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { symlinkProblem, unknownEntry } from '../validate/report/content-problems.ts';
import type { Diagnostic } from '../validate/report/diagnostics.ts';
import { rule } from '../validate/report/rules.ts';
import { say, type Localized } from '../validate/report/messages.ts';

/** Where the registries live, relative to the project root. */
export const REGISTRY_DIRECTORY = 'content/registry';

/** The registry files and folders, relative to `REGISTRY_DIRECTORY`. */
export const REGISTRY_LAYOUT = {
	/** Lists every library needs. */
	required: ['topics.yaml', 'crises.yaml', 'measures.yaml'],
	/** Lists a library may have. */
	optional: ['glossary.yaml', 'synonyms.yaml', 'redactions.yaml'],
	/** A folder of organization lists: any number of `.yaml` files. */
	organizations: 'organizations',
	/** The municipal register: its tables with the columns the library reads, and its source and licence note. */
	register: {
		folder: 'gemeindeverzeichnis',
		tables: {
			'laender.csv': ['ags', 'code', 'iso', 'name'],
			'kreise.csv': ['ags', 'name', 'land', 'art'],
			'gemeinden.csv': ['ags', 'name', 'land', 'kreis', 'art', 'einwohner'],
		} as Record<string, readonly string[]>,
		/** Tables a library may have: the key changes of merged or moved municipalities (`key-changes.ts`). */
		optionalTables: { 'aenderungen.csv': ['alt', 'neu', 'datum', 'name'] } as Record<string, readonly string[]>,
		notes: ['SOURCE.md'],
	},
} as const;

const code = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');

/** What the registry folder may hold, for messages. */
export function describeLayout(): Localized {
	const { required, optional, organizations, register } = REGISTRY_LAYOUT;
	const tables = [...Object.keys(register.tables), ...Object.keys(register.optionalTables), ...register.notes];
	return say(
		`in \`${REGISTRY_DIRECTORY}/\` nur ${code([...required, ...optional])}, den Ordner \`${organizations}/\` mit \`.yaml\`-Dateien und den Ordner \`${register.folder}/\` mit ${code(tables)}`,
		`only ${code([...required, ...optional])}, the folder \`${organizations}/\` of \`.yaml\` files and the folder \`${register.folder}/\` with ${code(tables)} in \`${REGISTRY_DIRECTORY}/\``,
	);
}

/** What every library needs, for messages. */
export function describeRequired(): Localized {
	const { required, register } = REGISTRY_LAYOUT;
	const tables = code(Object.keys(register.tables).map((name) => `${register.folder}/${name}`));
	return say(
		`jede Bibliothek braucht in \`${REGISTRY_DIRECTORY}/\` ${code(required)} und die Tabellen ${tables}`,
		`every library needs ${code(required)} and the tables ${tables} in \`${REGISTRY_DIRECTORY}/\``,
	);
}

/** What the walk found. */
export interface RegistryLayout {
	/** Known registry files that are regular files, relative to the root. */
	files: Set<string>;
	/** Organization lists, relative to the root, sorted. */
	organizations: string[];
	/** Entries refused. */
	diagnostics: Diagnostic[];
	/** Names, sizes and modification times of every entry: a change to any of them changes the key. */
	key: string;
	/** Whether the folder itself was refused (a link): then nothing in it is missing, it is unread. */
	refused: boolean;
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A registry file that only needs another extension. */
function renameProblem(file: string, fixed: string): Diagnostic {
	return {
		file,
		line: 1,
		column: 1,
		...rule('registry-file'),
		message: say(
			`Unerwartete Dateiendung \`${extname(file)}\`, erwartet: \`.yaml\` – sonst wird das Register nicht gelesen. Datei in \`${fixed}\` umbenennen`,
			`Unexpected file extension \`${extname(file)}\`, expected \`.yaml\` – otherwise the registry is not read; rename the file to \`${fixed}\``,
		),
	};
}

/** Walks the registry folder of `root`. */
export function walkRegistry(root: string): RegistryLayout {
	const out: RegistryLayout = { files: new Set(), organizations: [], diagnostics: [], key: '', refused: false };
	const key: string[] = [];
	const expected = describeLayout();
	const { required, optional, organizations, register } = REGISTRY_LAYOUT;
	const known = (file: string, entry: Dirent) => {
		try {
			const stat = lstatSync(join(root, file));
			key.push(`${file}:${stat.size}:${stat.mtimeMs}`);
		} catch {
			key.push(file);
		}
		if (entry.isFile()) out.files.add(file);
	};
	/** Reads a folder's entries; refuses links and reports `accept`'s verdict on the rest. */
	const walk = (folder: string, accept: (entry: Dirent, file: string) => boolean) => {
		let entries: Dirent[];
		try {
			entries = readdirSync(join(root, folder), { withFileTypes: true }).sort(byName);
		} catch {
			return;
		}
		for (const entry of entries) {
			const file = posix.join(folder, entry.name);
			if (entry.isSymbolicLink()) {
				key.push(`${file}:link`);
				out.diagnostics.push(symlinkProblem(file));
			} else if (accept(entry, file)) known(file, entry);
			else {
				key.push(`${file}:refused`);
				const fixed = `${entry.name.slice(0, -extname(entry.name).length)}.yaml`;
				const wouldBeRead =
					folder === posix.join(REGISTRY_DIRECTORY, organizations) ||
					(folder === REGISTRY_DIRECTORY && ([...required, ...optional] as string[]).includes(fixed));
				if (entry.isFile() && extname(entry.name) === '.yml' && wouldBeRead)
					out.diagnostics.push(renameProblem(file, fixed));
				else out.diagnostics.push(unknownEntry(file, entry.isDirectory(), expected));
			}
		}
	};
	// A link in place of `content/` or of the registry folder: nothing is read through it.
	for (const folder of [posix.dirname(REGISTRY_DIRECTORY), REGISTRY_DIRECTORY]) {
		try {
			if (lstatSync(join(root, folder)).isSymbolicLink()) {
				out.diagnostics.push(symlinkProblem(folder));
				out.refused = true;
				out.key = `${folder}:link`;
				return out;
			}
		} catch {
			// Missing: every required file is reported as missing by the loader.
		}
	}
	walk(REGISTRY_DIRECTORY, (entry, file) => {
		if (entry.isFile()) return ([...required, ...optional] as string[]).includes(entry.name);
		if (!entry.isDirectory()) return false;
		if (entry.name === organizations) {
			walk(file, (inner, innerFile) => {
				const ok = inner.isFile() && extname(inner.name) === '.yaml';
				if (ok) out.organizations.push(innerFile);
				return ok;
			});
			return true;
		}
		if (entry.name === register.folder) {
			walk(
				file,
				(inner) =>
					inner.isFile() &&
					(Object.hasOwn(register.tables, inner.name) ||
						Object.hasOwn(register.optionalTables, inner.name) ||
						(register.notes as readonly string[]).includes(inner.name)),
			);
			return true;
		}
		return false;
	});
	out.key = key.join('|');
	return out;
}
