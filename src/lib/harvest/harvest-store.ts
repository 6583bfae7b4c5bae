/**
 * One source's last good harvest on disk, in `harvest/<source>/`:
 * `catalog.json` and `documents/<id>.json` exactly as the source sent them,
 * and `state.json` with the validators of each (for conditional requests),
 * the documents the catalogue no longer lists, and the day of the last
 * harvest that reached the source. Files are written only after a whole
 * harvest of the source, so an interrupted one leaves the last good state.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLUG_PATTERN } from '../../schemas/primitives.ts';
import type { Localized } from '../validate/report/messages.ts';
import type { Validators } from './conditional-fetch.ts';
import { sourceDirectory, type HarvestSource } from './harvest-sources.ts';

/** The version of `state.json`. */
export const HARVEST_STATE_VERSION = 1;

/** What `state.json` records. */
export interface HarvestState {
	version: typeof HARVEST_STATE_VERSION;
	/** The source's address when harvested: a changed address starts afresh. */
	url: string;
	/** The day of the last harvest that reached the source, `YYYY-MM-DD`. */
	harvested?: string | undefined;
	catalog?: Validators | undefined;
	documents: Record<string, Validators>;
	/** Documents the source once listed and no longer does, with the day it stopped: their pages say so and link to it. */
	vanished: Record<string, string>;
	/**
	 * Documents left out on the day of `harvested`, with the validators of the
	 * copy refused and why: asked for conditionally again that day, so that a
	 * rebuild with nothing changed gets only `304`s and says the same. On the
	 * next day they are fetched and checked afresh (a date may have passed, the
	 * checks may have changed).
	 */
	refused?: Record<string, RefusedDocument> | undefined;
}

/** A document left out, and why. */
export interface RefusedDocument {
	validators: Validators;
	problems: Localized[];
}

/** An empty state for `source`. */
export function emptyState(source: Pick<HarvestSource, 'url'>): HarvestState {
	return { version: HARVEST_STATE_VERSION, url: source.url, documents: {}, vanished: {} };
}

/** The stored state, or an empty one where none is stored, it is unreadable or it belongs to another address. */
export function readState(root: string, source: HarvestSource): HarvestState {
	const file = join(sourceDirectory(root, source), 'state.json');
	try {
		const state = JSON.parse(readFileSync(file, 'utf8')) as HarvestState;
		if (state.version !== HARVEST_STATE_VERSION || state.url !== source.url) return emptyState(source);
		return {
			...state,
			documents: Object.fromEntries(Object.entries(state.documents ?? {}).filter(([id]) => SLUG_PATTERN.test(id))),
			vanished: Object.fromEntries(
				Object.entries(state.vanished ?? {}).filter(
					([id, day]) => SLUG_PATTERN.test(id) && typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day),
				),
			),
			refused: Object.fromEntries(Object.entries(state.refused ?? {}).filter(([id, refused]) => SLUG_PATTERN.test(id) && isRefused(refused))),
		};
	} catch {
		return emptyState(source);
	}
}

/** The stored catalogue's text, if any. */
export function readStoredCatalog(root: string, source: HarvestSource): string | undefined {
	const file = join(sourceDirectory(root, source), 'catalog.json');
	return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The ids of the stored data files, sorted. */
export function storedDocumentIds(root: string, source: HarvestSource): string[] {
	try {
		return readdirSync(join(sourceDirectory(root, source), 'documents'))
			.filter((name) => name.endsWith('.json') && SLUG_PATTERN.test(name.slice(0, -5)))
			.map((name) => name.slice(0, -5))
			.sort();
	} catch {
		return [];
	}
}

/** The bytes of one stored data file, 0 when there is none. */
export function storedDocumentBytes(root: string, source: HarvestSource, id: string): number {
	try {
		return statSync(join(sourceDirectory(root, source), 'documents', `${id}.json`)).size;
	} catch {
		return 0;
	}
}

/** The stored text of one data file. */
export function readStoredDocument(root: string, source: HarvestSource, id: string): string | undefined {
	try {
		return readFileSync(join(sourceDirectory(root, source), 'documents', `${id}.json`), 'utf8');
	} catch {
		return undefined;
	}
}

/** What one harvest of a source changes on disk. */
export interface StoreChanges {
	state: HarvestState;
	catalog?: string | undefined;
	/** Data files to write, by id. */
	write: Map<string, string>;
	/** Data files to delete. */
	remove: string[];
}

/** Writes one source's harvest. */
export function writeHarvest(root: string, source: HarvestSource, changes: StoreChanges): void {
	const dir = sourceDirectory(root, source);
	mkdirSync(join(dir, 'documents'), { recursive: true });
	for (const [id, text] of changes.write) writeFileSync(join(dir, 'documents', `${id}.json`), text);
	for (const id of changes.remove) rmSync(join(dir, 'documents', `${id}.json`), { force: true });
	if (changes.catalog !== undefined) writeFileSync(join(dir, 'catalog.json'), changes.catalog);
	writeFileSync(join(dir, 'state.json'), `${JSON.stringify(changes.state, null, '\t')}\n`);
}

/** Whether a stored refusal has the shape `harvest.ts` writes: its texts are printed in the build's log. */
function isRefused(value: unknown): value is RefusedDocument {
	if (value === null || typeof value !== 'object') return false;
	const { validators, problems } = value as Partial<RefusedDocument>;
	// eslint-disable-next-line no-control-regex -- a stored text with control characters is not ours
	const line = (text: unknown) => typeof text === 'string' && text.length <= 2000 && !/[\u0000-\u001f\u007f]/.test(text);
	return (
		validators !== null &&
		typeof validators === 'object' &&
		Object.values(validators).every(line) &&
		Array.isArray(problems) &&
		problems.length <= 20 &&
		problems.every((p) => p !== null && typeof p === 'object' && line(p.de) && line(p.en))
	);
}
