/**
 * Loads and validates the registries in `content/registry/` once: topics,
 * crises, federal measures, organizations, and the municipal register.
 */
import { lstatSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { z } from 'zod';
import { glossaryEntrySchema, type GlossaryEntry } from '../../schemas/glossary.ts';
import { synonymEntrySchema, type SynonymEntry } from '../../schemas/synonyms.ts';
import { redactionSchema, type Redaction } from '../../schemas/redaction.ts';
import { crisisSchema, measureSchema, organizationSchema, topicSchema } from '../../schemas/registry.ts';
import type { Crisis, Measure, Organization, Topic } from '../../schemas/registry.ts';
import { parseWithDiagnostics, type Diagnostic, type Locate } from '../validate/report/diagnostics.ts';
import { duplicateSynonyms } from './synonym-terms.ts';
import { REDIRECTS_FILE, redirectSchema } from '../../schemas/redirect.ts';
import { checkRedirectChains, type RedirectList } from '../addresses/check-redirects.ts';
import { checkRedactions } from './redaction-entries.ts';
import { rule } from '../validate/report/rules.ts';
import { say } from '../validate/report/messages.ts';
import { parseGemeindeverzeichnis, type Gemeindeverzeichnis } from './gemeindeverzeichnis.ts';
import { readKeyChanges } from './key-changes.ts';
import {
	describeRequired,
	REGISTRY_DIRECTORY,
	REGISTRY_LAYOUT,
	walkRegistry,
	type RegistryLayout,
} from './registry-layout.ts';
import { parseRegistryYaml, readRegistryText } from './registry-source.ts';

export { REGISTRY_DIRECTORY, REGISTRY_LAYOUT };
export { REGISTRY_LIMITS } from './registry-source.ts';

/** All registries, indexed by id. */
export interface Registries {
	topics: Map<string, Topic>;
	crises: Map<string, Crisis>;
	measures: Map<string, Measure>;
	organizations: Map<string, Organization>;
	register: Gemeindeverzeichnis;
	/** Abbreviations and their long forms for search; empty when `glossary.yaml` is absent. */
	glossary: GlossaryEntry[];
	/** Groups of terms that mean the same, for search; empty when `synonyms.yaml` is absent. */
	synonyms: SynonymEntry[];
	/** Old ids that moved or were withdrawn, from `content/redirects.yaml`; empty when it is absent. */
	redirects: RedirectList;
	/** Versions the site no longer shows (takedowns); empty when `redactions.yaml` is absent. */
	redactions: Redaction[];
}

/** Ids a registry organization must not take: they would clash with Land codes or levels. */
const RESERVED_IDS = new Set(['level', 'ags']);

/**
 * Reads the list in `file` (relative to the root) if the walk found it as a
 * regular file; a required one that is not there is reported, one the walk
 * refused (a link) has been reported already.
 */
function readList<T extends z.ZodType>(
	root: string,
	file: string,
	schema: T,
	diagnostics: Diagnostic[],
	layout: RegistryLayout,
	required = true,
	check?: (entries: z.output<T>[], file: string, locate: Locate) => Diagnostic[],
): z.output<T>[] {
	if (!layout.files.has(file)) {
		if (required && !layout.refused && !layout.diagnostics.some((d) => d.file === file))
			diagnostics.push(missingFile(file));
		return [];
	}
	const read = readRegistryText(root, file);
	diagnostics.push(...read.diagnostics);
	if (read.missing) diagnostics.push(missingFile(file));
	if (read.text === undefined) return [];
	const parsed = parseRegistryYaml(file, read.text);
	diagnostics.push(...parsed.diagnostics);
	if (parsed.data === undefined || !parsed.locate) return [];
	const result = parseWithDiagnostics(z.array(schema), parsed.data, file, parsed.locate);
	if (!result.success) {
		diagnostics.push(...result.diagnostics);
		return [];
	}
	if (check) diagnostics.push(...check(result.data, file, parsed.locate));
	return result.data;
}

/** A required registry file that is not there (or is a folder). */
function missingFile(file: string): Diagnostic {
	return {
		file,
		line: 1,
		column: 1,
		...rule('registry-file'),
		message: say(
			`Die Registerdatei \`${file}\` fehlt; ${describeRequired().de} – die Datei anlegen (eine leere Liste ist \`[]\`)`,
			`Missing registry file \`${file}\`, expected it to exist: ${describeRequired().en} – create it (an empty list is \`[]\`)`,
		),
	};
}

/**
 * Ids of the forms `ags-<digits>` and `land-<two letters>` name co-signature
 * files of Gemeinden, Kreise and Länder (`ags-05911000.yaml`, `land-by.yaml`,
 * see `signatoryFileName`): an organization of that id would sign under
 * another body's name, or not at all.
 */
const FILE_NAME_FORM = /^(?:ags-.*|land-[a-z]{2})$/;

function index<T extends { id: string }>(
	entries: T[],
	file: string,
	diagnostics: Diagnostic[],
	fileNames = false,
): Map<string, T> {
	const map = new Map<string, T>();
	for (const entry of entries) {
		const fileName = fileNames && FILE_NAME_FORM.test(entry.id);
		if (map.has(entry.id) || RESERVED_IDS.has(entry.id) || fileName) {
			diagnostics.push({
				file,
				line: 1,
				column: 1,
				...rule('registry-id'),
				message: map.has(entry.id)
					? say(
							`Die Id \`${entry.id}\` steht doppelt; jede Id darf nur einmal vorkommen`,
							`Unexpected id \`${entry.id}\` twice, expected each id once`,
						)
					: fileName
						? say(
								`Die Id \`${entry.id}\` ist reserviert: \`ags-…\` und \`land-…\` benennen die Mitzeichnungen von Gemeinden, Kreisen und Ländern (\`ags-05911000.yaml\`, \`land-by.yaml\`); bitte eine andere wählen`,
								`Unexpected reserved id \`${entry.id}\`: \`ags-…\` and \`land-…\` name the co-signature files of Gemeinden, Kreise and Länder (\`ags-05911000.yaml\`, \`land-by.yaml\`), expected another id`,
							)
						: say(
								`Die Id \`${entry.id}\` ist reserviert; bitte eine andere wählen`,
								`Unexpected reserved id \`${entry.id}\`, expected another id`,
							),
			});
		}
		map.set(entry.id, entry);
	}
	return map;
}

type Loaded = { registries: Registries; diagnostics: readonly Diagnostic[] };

/**
 * One build loads the registries twice – to validate before Astro starts and
 * to render pages – in the same process but from two module graphs. The cache
 * lives on `globalThis` so both share one parse of the municipal register; it
 * is keyed by the names, sizes and modification times of every entry of the
 * registry folder, so an edited, added or removed file is read again (in
 * `astro dev`, for instance).
 */
const cache: Map<string, { key: string; loaded: Loaded }> = ((
	globalThis as { __dreiklangRegistries?: Map<string, { key: string; loaded: Loaded }> }
).__dreiklangRegistries ??= new Map());

/**
 * Reads every registry under `root`. Problems are returned as diagnostics,
 * never thrown, so that one bad entry is reported with all others; a file
 * that cannot be read leaves its registry empty.
 */
export function loadRegistries(root: string): Loaded {
	const layout = walkRegistry(root);
	// `/lib/` and `/lib` are one library: the build passes its root with a slash, the pages without.
	const hit = cache.get(resolve(root));
	const key = `${layout.key}|${statKey(root, REDIRECTS_FILE)}`;
	if (hit?.key === key) return hit.loaded;
	const loaded = readRegistries(root, layout);
	cache.set(resolve(root), { key, loaded });
	return loaded;
}

/** Reads one table of the municipal register: its text if it is there, readable and has the columns the library reads. */
function readTable(
	root: string,
	name: string,
	layout: RegistryLayout,
	diagnostics: Diagnostic[],
	optional = false,
): string {
	const file = posix.join(REGISTRY_DIRECTORY, REGISTRY_LAYOUT.register.folder, name);
	if (!layout.files.has(file)) {
		if (!optional && !layout.refused && !layout.diagnostics.some((d) => d.file === file))
			diagnostics.push(missingFile(file));
		return '';
	}
	const read = readRegistryText(root, file);
	diagnostics.push(...read.diagnostics);
	if (read.text === undefined) return '';
	const end = read.text.indexOf('\n');
	const header = read.text
		.slice(0, end === -1 ? undefined : end)
		.replace(/\r$/, '')
		.split(',')
		.map((column) => column.trim().replace(/^"(.*)"$/, '$1'));
	const columns = REGISTRY_LAYOUT.register.tables[name] ?? REGISTRY_LAYOUT.register.optionalTables[name] ?? [];
	const lacking = columns.filter((column) => !header.includes(column));
	if (lacking.length > 0) {
		diagnostics.push({
			file,
			line: 1,
			column: 1,
			...rule('registry-file'),
			message: say(
				`Fehlende Spalte ${lacking.map((c) => `\`${c}\``).join(', ')} in der Kopfzeile; erwartet: die Spalten ${columns.map((c) => `\`${c}\``).join(', ')}`,
				`Missing column ${lacking.map((c) => `\`${c}\``).join(', ')} in the header, expected the columns ${columns.map((c) => `\`${c}\``).join(', ')}`,
			),
		});
		return '';
	}
	return read.text;
}

/** The municipal register; a table that cannot be read stays empty. */
function readRegister(root: string, layout: RegistryLayout, diagnostics: Diagnostic[]): Gemeindeverzeichnis {
	const empty = { laender: '', kreise: '', gemeinden: '' };
	const register: Gemeindeverzeichnis = { laender: new Map(), kreise: new Map(), gemeinden: new Map() };
	for (const table of ['laender', 'kreise', 'gemeinden'] as const) {
		const text = readTable(root, `${table}.csv`, layout, diagnostics);
		try {
			// Each table alone, so that a broken one is named and the others still count.
			(register as Record<typeof table, Map<string, unknown>>)[table] = parseGemeindeverzeichnis({
				...empty,
				[table]: text,
			})[table];
		} catch (error) {
			// csv-parse says where: `Invalid Closing Quote: … at line 12`.
			const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
			const line = Number(/line (\d+)/.exec(reason)?.[1] ?? 1);
			diagnostics.push({
				file: posix.join(REGISTRY_DIRECTORY, REGISTRY_LAYOUT.register.folder, `${table}.csv`),
				line,
				column: 1,
				...rule('registry-file'),
				message: say(`Fehlerhafte CSV-Tabelle: ${reason}`, `Broken CSV table: ${reason}`),
			});
		}
	}
	// The key changes, checked against the tables just read.
	const changes = readTable(root, 'aenderungen.csv', layout, diagnostics, true);
	if (changes) {
		const read = readKeyChanges(
			changes,
			posix.join(REGISTRY_DIRECTORY, REGISTRY_LAYOUT.register.folder, 'aenderungen.csv'),
			register,
		);
		register.changes = read.changes;
		diagnostics.push(...read.diagnostics);
	}
	return register;
}

/** Size and modification time of `file`, for the cache key. */
function statKey(root: string, file: string): string {
	try {
		const stat = lstatSync(join(root, file));
		return `${stat.size}:${stat.mtimeMs}`;
	} catch {
		return 'none';
	}
}

/**
 * The redirects of `content/redirects.yaml`, beside the list of addresses
 * they keep: they belong to this library's documents, not to the reference
 * data a copy of the registries takes along. Optional; absent, none.
 */
function readRedirects(root: string, diagnostics: Diagnostic[]): RedirectList {
	const empty: RedirectList = { list: [], file: REDIRECTS_FILE };
	const read = readRegistryText(root, REDIRECTS_FILE);
	diagnostics.push(...read.diagnostics);
	if (read.text === undefined) return empty;
	const parsed = parseRegistryYaml(REDIRECTS_FILE, read.text);
	diagnostics.push(...parsed.diagnostics);
	if (parsed.data === undefined || !parsed.locate) return empty;
	const result = parseWithDiagnostics(z.array(redirectSchema), parsed.data, REDIRECTS_FILE, parsed.locate);
	if (!result.success) {
		diagnostics.push(...result.diagnostics);
		return empty;
	}
	const redirects = { list: result.data, file: REDIRECTS_FILE, locate: parsed.locate };
	diagnostics.push(...checkRedirectChains(redirects));
	return redirects;
}

function readRegistries(root: string, layout: RegistryLayout): Loaded {
	const diagnostics: Diagnostic[] = [...layout.diagnostics];
	const list = (name: string) => posix.join(REGISTRY_DIRECTORY, name);
	const organizations = layout.organizations.flatMap((file) =>
		readList(root, file, organizationSchema, diagnostics, layout),
	);
	const registries: Registries = {
		topics: index(
			readList(root, list('topics.yaml'), topicSchema, diagnostics, layout),
			list('topics.yaml'),
			diagnostics,
		),
		crises: index(
			readList(root, list('crises.yaml'), crisisSchema, diagnostics, layout),
			list('crises.yaml'),
			diagnostics,
		),
		measures: index(
			readList(root, list('measures.yaml'), measureSchema, diagnostics, layout),
			list('measures.yaml'),
			diagnostics,
		),
		organizations: index(organizations, list(REGISTRY_LAYOUT.organizations), diagnostics, true),
		register: readRegister(root, layout, diagnostics),
		glossary: readList(root, list('glossary.yaml'), glossaryEntrySchema, diagnostics, layout, false),
		synonyms: readList(root, list('synonyms.yaml'), synonymEntrySchema, diagnostics, layout, false, duplicateSynonyms),
		redirects: readRedirects(root, diagnostics),
		redactions: readList(root, list('redactions.yaml'), redactionSchema, diagnostics, layout, false, checkRedactions),
	};
	return { registries, diagnostics };
}
