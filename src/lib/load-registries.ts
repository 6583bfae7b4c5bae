/**
 * Loads and validates the registries in `content/registry/` once: topics,
 * crises, federal measures, organizations, and the municipal register.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { glossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { crisisSchema, measureSchema, organizationSchema, topicSchema } from '../schemas/registry.ts';
import type { Crisis, Measure, Organization, Topic } from '../schemas/registry.ts';
import { parseWithDiagnostics, type Diagnostic } from './diagnostics.ts';
import { say } from './messages.ts';
import { parseGemeindeverzeichnis, type Gemeindeverzeichnis } from './gemeindeverzeichnis.ts';
import { yamlLocator } from './yaml-locate.ts';

/** All registries, indexed by id. */
export interface Registries {
	topics: Map<string, Topic>;
	crises: Map<string, Crisis>;
	measures: Map<string, Measure>;
	organizations: Map<string, Organization>;
	register: Gemeindeverzeichnis;
	/** Abbreviations and their long forms for search; empty when `glossary.yaml` is absent. */
	glossary: GlossaryEntry[];
}

/** Where the registries live, relative to the project root. */
export const REGISTRY_DIRECTORY = 'content/registry';

/** Ids a registry organization must not take: they would clash with Land codes or levels. */
const RESERVED_IDS = new Set(['level', 'ags']);

function readList<T extends z.ZodType>(root: string, file: string, schema: T, diagnostics: Diagnostic[]): z.output<T>[] {
	const path = join(root, file);
	const name = relative(root, path);
	const source = readFileSync(path, 'utf8');
	let raw: unknown;
	try {
		raw = parseYaml(source) ?? [];
	} catch (error) {
		if (error instanceof YAMLParseError) {
			const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
			diagnostics.push({ file: name, line, column, severity: 'error', ruleId: 'yaml', message: say(`Fehlerhaftes YAML: ${error.message.split('\n')[0]}`, `Broken YAML: ${error.message.split('\n')[0]}`) });
			return [];
		}
		throw error;
	}
	const result = parseWithDiagnostics(z.array(schema), raw, name, yamlLocator(source));
	if (!result.success) {
		diagnostics.push(...result.diagnostics);
		return [];
	}
	return result.data;
}

function index<T extends { id: string }>(entries: T[], file: string, diagnostics: Diagnostic[]): Map<string, T> {
	const map = new Map<string, T>();
	for (const entry of entries) {
		if (map.has(entry.id) || RESERVED_IDS.has(entry.id)) {
			diagnostics.push({ file, line: 1, column: 1, severity: 'error', ruleId: 'registry-id', message: map.has(entry.id) ? say(`Die Id \`${entry.id}\` steht doppelt; jede Id darf nur einmal vorkommen`, `Unexpected id \`${entry.id}\` twice, expected each id once`) : say(`Die Id \`${entry.id}\` ist reserviert; bitte eine andere wählen`, `Unexpected reserved id \`${entry.id}\`, expected another id`) });
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
 * is keyed by the registry files' sizes and modification times, so an edited
 * file is read again (in `astro dev`, for instance).
 */
const cache: Map<string, { key: string; loaded: Loaded }> = ((globalThis as { __dreiklangRegistries?: Map<string, { key: string; loaded: Loaded }> }).__dreiklangRegistries ??= new Map());

function registryFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(ya?ml|csv)$/.test(f))
		.sort()
		.map((f) => join(dir, f));
}

/**
 * Reads every registry under `root`. Problems are returned as diagnostics,
 * never thrown, so that one bad entry is reported with all others.
 */
export function loadRegistries(root: string): Loaded {
	const dir = join(root, REGISTRY_DIRECTORY);
	const key = registryFiles(dir).map((f) => { const s = statSync(f); return `${f}:${s.size}:${s.mtimeMs}`; }).join('|');
	const hit = cache.get(dir);
	if (hit?.key === key) return hit.loaded;
	const loaded = readRegistries(root);
	cache.set(dir, { key, loaded });
	return loaded;
}

function readRegistries(root: string): Loaded {
	const diagnostics: Diagnostic[] = [];
	const dir = join(root, REGISTRY_DIRECTORY);
	const orgFiles = readdirSync(join(dir, 'organizations')).filter((f) => f.endsWith('.yaml')).sort();
	const organizations = orgFiles.flatMap((f) => readList(root, join(REGISTRY_DIRECTORY, 'organizations', f), organizationSchema, diagnostics));
	const register = parseGemeindeverzeichnis({
		laender: readFileSync(join(dir, 'gemeindeverzeichnis/laender.csv'), 'utf8'),
		kreise: readFileSync(join(dir, 'gemeindeverzeichnis/kreise.csv'), 'utf8'),
		gemeinden: readFileSync(join(dir, 'gemeindeverzeichnis/gemeinden.csv'), 'utf8'),
	});
	const registries: Registries = {
		topics: index(readList(root, `${REGISTRY_DIRECTORY}/topics.yaml`, topicSchema, diagnostics), `${REGISTRY_DIRECTORY}/topics.yaml`, diagnostics),
		crises: index(readList(root, `${REGISTRY_DIRECTORY}/crises.yaml`, crisisSchema, diagnostics), `${REGISTRY_DIRECTORY}/crises.yaml`, diagnostics),
		measures: index(readList(root, `${REGISTRY_DIRECTORY}/measures.yaml`, measureSchema, diagnostics), `${REGISTRY_DIRECTORY}/measures.yaml`, diagnostics),
		organizations: index(organizations, `${REGISTRY_DIRECTORY}/organizations`, diagnostics),
		register,
		glossary: existsSync(join(dir, 'glossary.yaml')) ? readList(root, `${REGISTRY_DIRECTORY}/glossary.yaml`, glossaryEntrySchema, diagnostics) : [],
	};
	return { registries, diagnostics };
}
