/**
 * `npm run harvest`: harvests the library's sources (`harvest` in
 * `site.config.yaml`) into `harvest/` without building, and prints what it
 * did, as the build does before it reads content (`docs/harvest.md`). A
 * source that cannot be harvested keeps its last harvest; the command exits
 * with 0 all the same, since the build would succeed. Messages are German
 * unless `DREIKLANG_LANG=en`.
 */
import { buildDate } from '../src/lib/build-date.ts';
import { DEFAULT_HARVEST_OPTIONS, harvestAll, reportLines } from '../src/lib/harvest/harvest.ts';
import { loadSiteConfig } from '../src/lib/registries/load-site-config.ts';

const lang = process.env.DREIKLANG_LANG === 'en' ? 'en' : 'de';
const { harvest: sources } = loadSiteConfig(process.cwd());
if (sources.length === 0) {
	console.log(
		lang === 'de'
			? 'Keine Quellen: `harvest` in site.config.yaml nennt keine.'
			: 'No sources: `harvest` in site.config.yaml names none.',
	);
} else {
	const reports = await harvestAll(process.cwd(), sources, { ...DEFAULT_HARVEST_OPTIONS, today: buildDate() });
	console.log(reportLines(reports, lang).join('\n'));
}
