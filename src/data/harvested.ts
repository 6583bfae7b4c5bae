/**
 * The harvested documents of this build (`src/lib/harvest/`), loaded once and
 * grouped as the hubs need them: by topic, crisis, measure and Land, as far
 * as the ids a source uses are this library's. Newest first.
 */
import { getCollection } from 'astro:content';
import type { HarvestedEntryData } from '../lib/harvest/harvest-loader.ts';

/** The facets a hub groups by. */
export type HarvestedFacet = 'topic' | 'crisis' | 'measure' | 'land';

let grouped: Promise<Record<HarvestedFacet, Map<string, HarvestedEntryData[]>>> | undefined;

/** The day a harvested document is listed under: its latest lifecycle date, as the source's catalogue gives it. */
export function listedDay(data: HarvestedEntryData): string {
	return data.document.dates['listed'] ?? data.document.dates['published'] ?? data.lastChanged;
}

async function group(): Promise<Record<HarvestedFacet, Map<string, HarvestedEntryData[]>>> {
	const entries = (await getCollection('harvested')).map((entry) => entry.data as unknown as HarvestedEntryData);
	entries.sort((a, b) => (listedDay(a) < listedDay(b) ? 1 : listedDay(a) > listedDay(b) ? -1 : 0));
	const groups: Record<HarvestedFacet, Map<string, HarvestedEntryData[]>> = {
		topic: new Map(),
		crisis: new Map(),
		measure: new Map(),
		land: new Map(),
	};
	const add = (facet: HarvestedFacet, key: string, data: HarvestedEntryData) => {
		const list = groups[facet].get(key);
		if (list) list.push(data);
		else groups[facet].set(key, [data]);
	};
	for (const data of entries) {
		for (const topic of data.document.topics) add('topic', topic.id, data);
		if (data.document.crisis) add('crisis', data.document.crisis.id, data);
		if (data.document.measure) add('measure', data.document.measure.id, data);
		for (const land of data.document.laender) add('land', land, data);
	}
	return groups;
}

/** The harvested documents with `value` in `facet`, newest first. */
export async function harvestedWith(facet: HarvestedFacet, value: string): Promise<HarvestedEntryData[]> {
	grouped ??= group();
	return (await grouped)[facet].get(value) ?? [];
}
