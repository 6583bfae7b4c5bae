/**
 * What the search page tells its script: the interface language, this
 * library's name, its peers and the interface strings (see `SearchView.astro`,
 * which writes them into the page as JSON).
 */
import type { Peer } from '../../lib/search/client/federation.ts';
import type { LabelTable } from '../../lib/search/build/index-language.ts';
import type { StateFacet } from '../../lib/search/client/search-state.ts';

interface Config {
	lang: 'de' | 'en';
	name: string;
	peers: Peer[];
	strings: Record<string, string>;
	/** A peer that does not answer within this time, when the page loads or to a query, is left out of it. */
	peerTimeoutMs: number;
	/** Facet values in the interface language, for the labels the index stores in its own. */
	labels: LabelTable;
}

export const config = JSON.parse(document.getElementById('search-config')!.textContent!) as Config;

/** An interface string with `{name}` placeholders filled in, like `t()` on the server. */
export const t = (key: string, values: Record<string, string | number> = {}) =>
	(config.strings[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match,
	);

/**
 * How the interface shows a facet value the index stores: `label('kind', 'Positionspapier')` → "Position paper" in English.
 * Values come from peers too; only the table's own entries count, so that `constructor` stays `constructor`.
 */
export const label = (facet: StateFacet, value: string) => {
	const table = facet === 'source' ? undefined : config.labels[facet];
	return table && Object.hasOwn(table, value) ? table[value]! : value;
};

const locale = config.lang === 'de' ? 'de-DE' : 'en-GB';
const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat(locale);

/** An ISO day as readers of the interface language write it, as on the server (`formatDate`). */
export const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
/** A count as readers of the interface language write it. */
export const formatNumber = (n: number) => numberFormat.format(n);
