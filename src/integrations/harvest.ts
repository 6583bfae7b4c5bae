/**
 * Harvests the library's sources (`harvest` in `site.config.yaml`) before
 * Astro reads any content, so that the build publishes what they hold today
 * (`src/lib/harvest/`). A source that cannot be harvested never fails the
 * build: its last good harvest stands, and the log says so, as it names every
 * entry left out. `DREIKLANG_HARVEST=offline` builds from the stored harvest
 * without asking any source (the dev server always does).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../lib/build-date.ts';
import { DEFAULT_HARVEST_OPTIONS, harvestAll, reportLines } from '../lib/harvest/harvest.ts';
import { loadSiteConfig } from '../lib/registries/load-site-config.ts';

/** The integration. */
export function harvest(): AstroIntegration {
	return {
		name: 'dreiklang:harvest',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				if (command !== 'build' || process.env.DREIKLANG_HARVEST === 'offline') return;
				const root = fileURLToPath(config.root);
				const { harvest: sources } = loadSiteConfig(root);
				if (sources.length === 0) return;
				const started = performance.now();
				const reports = await harvestAll(root, sources, { ...DEFAULT_HARVEST_OPTIONS, today: buildDate() });
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				const lang = process.env.DREIKLANG_LANG === 'en' ? 'en' : 'de';
				const troubled = reports.some((r) => r.outcome !== 'fresh' || r.problems.length > 0);
				const log = troubled ? logger.warn.bind(logger) : logger.info.bind(logger);
				log(
					[
						lang === 'de'
							? `Ernte aus ${sources.length} Quellen in ${seconds} s:`
							: `Harvest of ${sources.length} sources in ${seconds} s:`,
						...reportLines(reports, lang),
					].join('\n'),
				);
			},
		},
	};
}
