/**
 * The content loader of the harvested documents: every stored data file of
 * every configured source (`harvest-store.ts`), checked again as the harvest
 * checked it — the `harvest/` folder comes from a cache or an earlier run,
 * and whatever is in it must pass what a fresh harvest passes — and its
 * body rendered by the very Markdown pipeline, content guard included, that
 * renders local documents. An entry that fails is left out with a message.
 */
import type { Loader } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { buildDate } from '../build-date.ts';
import { loadSiteConfig } from '../registries/load-site-config.ts';
import { checkHarvestedEntry, harvestedFilePath, sourceFileText } from './check-entry.ts';
import type { HarvestedDocumentData } from './harvest-format.ts';
import { DEFAULT_HARVEST_OPTIONS } from './harvest.ts';
import { checkPage } from '../publish/output-guard.ts';
import { basePath, sitePath } from '../routes/base.ts';
import { harvestedHref } from '../routes/routes.ts';
import { INDEX_LANGUAGE } from '../search/build/index-language.ts';
import { readState, readStoredDocument, storedDocumentIds } from './harvest-store.ts';

/** What a harvested entry holds besides its rendered body. */
export interface HarvestedEntryData {
	/** The source's id (`harvest[].id`). */
	source: string;
	/** The document's id at the source. */
	id: string;
	/** Whether the source's catalogue no longer lists it. */
	vanished: boolean;
	document: HarvestedDocumentData['document'];
	lastChanged: string;
	license: HarvestedDocumentData['license']['id'];
}

/** The loader. */
export function harvestedLoader(): Loader {
	return {
		name: 'dreiklang:harvested',
		load: async ({ store, renderMarkdown, logger }) => {
			const root = process.cwd();
			const today = buildDate();
			const config = loadSiteConfig(root);
			const base = basePath(config.url);
			store.clear();
			// A document is its original: reached through two sources (one library configured twice, or under two
			// addresses of its own), it is published once, under the first source that has it.
			const originals = new Map<string, string>();
			for (const source of config.harvest) {
				const vanished = new Set(Object.keys(readState(root, source).vanished));
				// The limit of the harvest holds for whatever is stored, as it holds when harvesting.
				const max = source.maxDocuments ?? DEFAULT_HARVEST_OPTIONS.maxDocuments;
				for (const id of storedDocumentIds(root, source).slice(0, max)) {
					const verdict = checkHarvestedEntry(root, source, id, readStoredDocument(root, source, id) ?? '', today);
					if (verdict.problems) {
						logger.warn(
							`${source.id}/${id}: ${verdict.problems.map((p) => p.de).join('; ')} / ${verdict.problems.map((p) => p.en).join('; ')}`,
						);
						continue;
					}
					const { entry } = verdict;
					const original = entry.document.url.de;
					const first = originals.get(original);
					if (first) {
						logger.warn(
							`${source.id}/${id}: ${original} – schon aus ${first} übernommen / already taken from ${first}`,
						);
						continue;
					}
					originals.set(original, source.id);
					let rendered;
					try {
						rendered = await renderMarkdown(sourceFileText(entry), {
							fileURL: pathToFileURL(harvestedFilePath(root, source, entry.document.kind, id)),
						});
					} catch (error) {
						logger.warn(`${source.id}/${id}: ${error instanceof Error ? error.message : String(error)}`);
						continue;
					}
					// The output guard's own check of a page, on the body alone: an entry it would refuse is left out
					// here, with a message, instead of stopping the whole build later.
					const findings = checkPage(
						sitePath(harvestedHref(INDEX_LANGUAGE, source.id, id)),
						`<!doctype html><html lang="de"><body>${rendered.html}</body></html>`,
						{ formOrigins: [], base },
					).findings;
					if (findings.length > 0) {
						logger.warn(
							`${source.id}/${id}: ${findings.map((f) => `${f.element}: ${f.problem}`).join('; ')} – nicht übernommen / left out`,
						);
						continue;
					}
					const data: HarvestedEntryData = {
						source: source.id,
						id,
						vanished: vanished.has(id),
						document: entry.document,
						lastChanged: entry.lastChanged,
						license: entry.license.id,
					};
					store.set({ id: `${source.id}/${id}`, data: data as unknown as Record<string, unknown>, rendered });
				}
			}
		},
	};
}
