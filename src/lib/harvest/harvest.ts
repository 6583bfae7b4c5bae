/**
 * Harvests the sources of a library: for each, the catalogue and every data
 * file it lists, conditionally (`conditional-fetch.ts`), each document checked
 * as a local contribution is (`check-entry.ts`). A source that is down, slow
 * or sends garbage keeps its last good harvest; an entry that fails its
 * checks is left out and named in the report; nothing here throws for what a
 * source sends.
 */
import { SLUG_PATTERN } from '../../schemas/primitives.ts';
import { say, type Localized } from '../validate/report/messages.ts';
import { conditionalFetch, type FetchLimits, type Validators } from './conditional-fetch.ts';
import { checkHarvestedEntry } from './check-entry.ts';
import { harvestedCatalog, harvestedCatalogDocument } from './harvest-format.ts';
import { catalogUrl, documentDataUrl, isUnderSource, type HarvestSource } from './harvest-sources.ts';
import {
	readState,
	readStoredCatalog,
	storedDocumentBytes,
	storedDocumentIds,
	writeHarvest,
	type HarvestState,
	type RefusedDocument,
} from './harvest-store.ts';

/** Limits of a harvest. */
export interface HarvestOptions {
	/** The day entries are checked against, `YYYY-MM-DD`. */
	today: string;
	catalog: FetchLimits;
	document: FetchLimits;
	/** Data files fetched at once from one source. */
	concurrency: number;
	/** Milliseconds one source may take in all; files not asked for by then keep their last harvest. */
	sourceBudgetMs: number;
	/** Documents stored of one source at most, those it no longer lists included, unless the source sets its own `maxDocuments`. */
	maxDocuments: number;
	/** Bytes of data files stored of one source at most. */
	maxBytes: number;
}

export const DEFAULT_HARVEST_OPTIONS: Omit<HarvestOptions, 'today'> = {
	catalog: { timeoutMs: 20_000, maxBytes: 50_000_000 },
	document: { timeoutMs: 15_000, maxBytes: 1_500_000 },
	concurrency: 6,
	sourceBudgetMs: 10 * 60_000,
	maxDocuments: 2_000,
	maxBytes: 250_000_000,
};

/** One problem of a source, with the document it concerns. */
export interface HarvestProblem {
	id?: string | undefined;
	problem: Localized;
}

/** What the harvest of one source did. */
export interface SourceReport {
	source: HarvestSource;
	/** `fresh`: the source answered; `stale`: it did not, and the last good harvest stands; `none`: it did not, and there is none. */
	outcome: 'fresh' | 'stale' | 'none';
	/** Why the source as a whole could not be harvested. */
	failure?: Localized | undefined;
	/** Requests answered `304 Not Modified`, and answered with a new copy. */
	unchanged: number;
	changed: number;
	/** Entries left out or kept from before, with why. */
	problems: HarvestProblem[];
	/** Documents stored after this harvest. */
	documents: number;
	/** The day of the last harvest that reached the source before this one. */
	harvestedBefore?: string | undefined;
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function inBatches<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await task(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The ids a catalogue lists that may be harvested, and the problems of the rest. */
function listedDocuments(catalog: unknown[], source: HarvestSource): { ids: string[]; problems: HarvestProblem[] } {
	const ids = new Set<string>();
	const problems: HarvestProblem[] = [];
	for (const [i, raw] of catalog.entries()) {
		const rawId = (raw as { id?: unknown } | null)?.id;
		const id = typeof rawId === 'string' && SLUG_PATTERN.test(rawId) && rawId.length <= 200 ? rawId : undefined;
		const parsed = harvestedCatalogDocument.safeParse(raw);
		if (!parsed.success || !id) {
			problems.push({
				id,
				problem: say(
					`Eintrag ${i + 1} des Katalogs ist ungültig (${parsed.error?.issues[0]?.path.join('.') || 'id'})`,
					`entry ${i + 1} of the catalogue is invalid (${parsed.error?.issues[0]?.path.join('.') || 'id'})`,
				),
			});
			continue;
		}
		if (!isUnderSource(parsed.data.url.de, source) || !isUnderSource(parsed.data.url.en, source)) {
			problems.push({
				id,
				problem: say('seine Adressen liegen nicht bei der Quelle', 'its addresses are not at the source'),
			});
			continue;
		}
		if (ids.has(id)) problems.push({ id, problem: say('zweimal im Katalog', 'listed twice in the catalogue') });
		ids.add(id);
	}
	return { ids: [...ids].sort(), problems };
}

/** The catalogue's documents, from a fresh or the stored copy; a problem when it is not a catalogue. */
function readCatalog(text: string): { documents?: unknown[]; problem?: Localized } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { problem: say('der Katalog ist kein gültiges JSON', 'the catalogue is not valid JSON') };
	}
	const parsed = harvestedCatalog.safeParse(json);
	if (!parsed.success)
		return {
			problem: say(
				`der Katalog hat nicht das Format der Version 1 (${parsed.error.issues[0]?.path.join('.') || 'version'})`,
				`the catalogue is not in the format of version 1 (${parsed.error.issues[0]?.path.join('.') || 'version'})`,
			),
		};
	return { documents: parsed.data.documents };
}

/** Harvests one source into `harvest/<source.id>/`. */
export async function harvestSource(
	root: string,
	source: HarvestSource,
	options: HarvestOptions,
): Promise<SourceReport> {
	const previous = readState(root, source);
	const stored = storedDocumentIds(root, source);
	const report: SourceReport = {
		source,
		outcome: 'fresh',
		unchanged: 0,
		changed: 0,
		problems: [],
		documents: stored.length,
		harvestedBefore: previous.harvested,
	};
	const keep = (failure: Localized): SourceReport => ({
		...report,
		outcome: previous.harvested && stored.length > 0 ? 'stale' : 'none',
		failure,
	});

	const catalogAnswer = await conditionalFetch(catalogUrl(source), previous.catalog, options.catalog);
	if (catalogAnswer.state === 'failed') return keep(catalogAnswer.problem);
	const catalogText = catalogAnswer.state === 'changed' ? catalogAnswer.text : readStoredCatalog(root, source);
	if (catalogText === undefined) return keep(say('der gespeicherte Katalog fehlt', 'the stored catalogue is missing'));
	const catalog = readCatalog(catalogText);
	if (!catalog.documents) return keep(catalog.problem!);
	if (catalogAnswer.state === 'changed') report.changed++;
	else report.unchanged++;

	const listing = listedDocuments(catalog.documents, source);
	report.problems.push(...listing.problems);
	const max = source.maxDocuments ?? options.maxDocuments;
	const ids = listing.ids.slice(0, max);
	if (listing.ids.length > max)
		report.problems.push({
			problem: say(
				`der Katalog nennt ${listing.ids.length} Dokumente; übernommen werden höchstens ${max} (\`maxDocuments\` der Quelle)`,
				`the catalogue lists ${listing.ids.length} documents; at most ${max} are taken (the source's \`maxDocuments\`)`,
			),
		});
	const listed = new Set(ids);
	let bytes = 0;
	let overBytes = 0;
	const documents: Record<string, Validators> = {};
	const write = new Map<string, string>();
	const remove = new Set<string>();
	const deadline = performance.now() + options.sourceBudgetMs;
	let late = 0;
	/** A new or changed copy: checked, then stored or left out. */
	const take = async (id: string, answer: { text: string; validators: Validators }) => {
		report.changed++;
		const verdict = checkHarvestedEntry(root, source, id, answer.text, options.today);
		if (verdict.problems) {
			remove.add(id);
			refused[id] = { validators: answer.validators, problems: verdict.problems };
			leftOut(id, verdict.problems);
			return;
		}
		const size = Buffer.byteLength(answer.text);
		if (bytes + size > options.maxBytes) {
			overBytes++;
			remove.add(id);
			return;
		}
		bytes += size;
		documents[id] = answer.validators;
		write.set(id, answer.text);
	};
	// Refusals of this day are asked about again; a new day checks every document afresh.
	const refusedToday = previous.harvested === options.today ? (previous.refused ?? {}) : {};
	const refused: Record<string, RefusedDocument> = {};
	const leftOut = (id: string, problems: readonly Localized[]) =>
		report.problems.push(
			...problems.map((problem) => ({
				id,
				problem: say(`nicht übernommen: ${problem.de}`, `left out: ${problem.en}`),
			})),
		);
	await inBatches(ids, options.concurrency, async (id) => {
		const wasRefused = refusedToday[id];
		if (wasRefused) {
			const answer = await conditionalFetch(documentDataUrl(source, id), wasRefused.validators, options.document);
			if (answer.state !== 'changed') {
				if (answer.state === 'unchanged') report.unchanged++;
				else report.problems.push({ id, problem: answer.problem });
				refused[id] = wasRefused;
				remove.add(id);
				leftOut(id, wasRefused.problems);
				return;
			}
			await take(id, answer);
			return;
		}
		const known = stored.includes(id) ? previous.documents[id] : undefined;
		if (performance.now() > deadline) {
			// A source that trickles must not hold up the build: the rest waits for the next harvest.
			late++;
			if (known) documents[id] = known;
			return;
		}
		const answer = await conditionalFetch(documentDataUrl(source, id), known, options.document);
		if (answer.state === 'unchanged') {
			report.unchanged++;
			documents[id] = known!;
			bytes += storedDocumentBytes(root, source, id);
			return;
		}
		if (answer.state === 'failed') {
			// The copy of the last harvest stands, if there is one.
			if (known) {
				documents[id] = known;
				bytes += storedDocumentBytes(root, source, id);
			}
			report.problems.push({
				id,
				problem: known
					? say(
							`${answer.problem.de}; die zuletzt übernommene Fassung bleibt`,
							`${answer.problem.en}; the copy last harvested stays`,
						)
					: answer.problem,
			});
			return;
		}
		await take(id, answer);
	});
	if (overBytes > 0) {
		const megabytes = Number((options.maxBytes / 1_000_000).toPrecision(3));
		report.problems.push({
			problem: say(
				`mehr als ${megabytes.toLocaleString('de-DE')} MB: ${overBytes} Dokumente nicht übernommen`,
				`more than ${megabytes.toLocaleString('en-GB')} MB: ${overBytes} documents left out`,
			),
		});
	}
	if (late > 0) {
		const minutes = options.sourceBudgetMs / 60_000;
		report.problems.push({
			problem: say(
				`nach ${minutes} min abgebrochen: ${late} Dateien nicht abgerufen, ihre letzte Ernte bleibt`,
				`stopped after ${minutes} min: ${late} files not fetched, their last harvest stays`,
			),
		});
	}
	// Documents the catalogue no longer lists stay as pages that lead to the source, the most recently gone
	// first, as long as the source's limit leaves room: a source that changes its ids cannot grow the harvest.
	const gone = stored
		.filter((id) => !listed.has(id) && !remove.has(id))
		.map((id) => ({ id, since: previous.vanished[id] ?? options.today }))
		.sort((a, b) => (a.since === b.since ? (a.id < b.id ? -1 : 1) : a.since < b.since ? 1 : -1));
	const kept = gone.slice(0, Math.max(0, max - ids.length));
	for (const { id } of gone.slice(kept.length)) remove.add(id);
	const vanished = Object.fromEntries(kept.map(({ id, since }) => [id, since]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
	for (const { id } of kept) if (previous.documents[id]) documents[id] = previous.documents[id];
	const state: HarvestState = {
		...previous,
		harvested: options.today,
		catalog: catalogAnswer.state === 'changed' ? catalogAnswer.validators : previous.catalog,
		documents: Object.fromEntries(Object.entries(documents).sort(([a], [b]) => (a < b ? -1 : 1))),
		vanished,
		refused: Object.fromEntries(Object.entries(refused).sort(([a], [b]) => (a < b ? -1 : 1))),
	};
	writeHarvest(root, source, {
		state,
		catalog: catalogAnswer.state === 'changed' ? catalogText : undefined,
		write,
		remove: [...remove],
	});
	report.documents = storedDocumentIds(root, source).length;
	report.problems.sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));
	return report;
}

/** Harvests every source, one after the other (each already fetches in parallel). */
export async function harvestAll(
	root: string,
	sources: readonly HarvestSource[],
	options: HarvestOptions,
): Promise<SourceReport[]> {
	const reports: SourceReport[] = [];
	for (const source of sources) reports.push(await harvestSource(root, source, options));
	return reports;
}

/** A count and its noun: `1 Dokument`, `2 Dokumente`. */
function counted(count: number, one: string, other: string): string {
	return `${count} ${count === 1 ? one : other}`;
}

/** The report as lines for the build's log, in one language. */
export function reportLines(reports: readonly SourceReport[], lang: 'de' | 'en'): string[] {
	const lines: string[] = [];
	for (const r of reports) {
		const name = `${r.source.name} (${r.source.id})`;
		const documents =
			lang === 'de' ? counted(r.documents, 'Dokument', 'Dokumente') : counted(r.documents, 'document', 'documents');
		if (r.outcome === 'fresh')
			lines.push(
				lang === 'de'
					? `${name}: ${documents}; ${counted(r.changed, 'Datei', 'Dateien')} neu oder geändert, ${r.unchanged} unverändert (304)`
					: `${name}: ${documents}; ${counted(r.changed, 'file', 'files')} new or changed, ${r.unchanged} unchanged (304)`,
			);
		else if (r.outcome === 'stale')
			lines.push(
				lang === 'de'
					? `${name}: ${r.failure!.de} – die Ernte vom ${r.harvestedBefore} bleibt (${documents})`
					: `${name}: ${r.failure!.en} – the harvest of ${r.harvestedBefore} stands (${documents})`,
			);
		else
			lines.push(
				lang === 'de'
					? `${name}: ${r.failure!.de} – noch keine Ernte, keine Dokumente dieser Quelle`
					: `${name}: ${r.failure!.en} – no harvest yet, no documents of this source`,
			);
		for (const p of r.problems) lines.push(`  ${p.id ?? '–'}: ${p.problem[lang]}`);
	}
	return lines;
}
