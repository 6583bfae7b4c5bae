/**
 * The facet panel: one fieldset of checkboxes per facet, built once from all
 * values and then only updated — counts change, values without results hide —
 * so that the checkbox a keyboard user just toggled keeps its focus. Each
 * facet is a disclosure (`<details>`), so that the panel stays short to tab
 * through. A facet's values and counts load when it is opened (each facet is
 * a file of 20–60 KB at 10,000 documents, all of them together more than the
 * rest of a first search); those with a selection start open.
 */
import { offeredValues, type SearchState, type StateFacet } from '../../lib/search/client/search-state.ts';
import type { FilterCounts } from './pagefind-api.ts';
import { facetValue, h } from './render.ts';

/** Values shown before "Show all". */
const SHOWN = 8;
interface Facet {
	details: HTMLDetailsElement;
	list: HTMLElement;
	toggle: HTMLButtonElement;
	expanded: boolean;
	/** Whether its values are there; until then the list says that they load. */
	loaded: boolean;
	values: { value: string; item: HTMLElement; input: HTMLInputElement; count: HTMLElement }[];
}

/** Texts and formats the panel needs. */
export interface FacetTexts {
	legend: (facet: StateFacet) => string;
	more: (count: number) => string;
	fewer: string;
	/** Said in a facet's list while its values load. */
	loading: string;
	/** Said when a facet turned out to have no values, or they could not be loaded; opening it again tries again. */
	none: string;
	failed: string;
	/** A value as the interface shows it. */
	value: (facet: StateFacet, value: string) => string;
}

export class FacetPanel {
	private facets = new Map<StateFacet, Facet>();
	private container: HTMLElement;
	private texts: FacetTexts;
	private lang: string;
	private load: (facet: StateFacet) => void;

	/** `load` is asked for a facet's values when it opens; they come back through `fill`. */
	constructor(container: HTMLElement, texts: FacetTexts, lang: string, load: (facet: StateFacet) => void) {
		this.container = container;
		this.texts = texts;
		this.lang = lang;
		this.load = load;
	}

	/** Builds a closed disclosure per facet, in the given order; those with a selection in `state` open, and ask for their values. */
	build(order: readonly StateFacet[], state: SearchState): void {
		this.container.replaceChildren();
		this.facets.clear();
		for (const facet of order) {
			const list = h('ul', { class: 'checkboxes search-facet__values', id: `facet-${facet}-values` });
			const toggle = h('button', {
				type: 'button',
				class: 'link-button',
				'aria-expanded': 'false',
				'aria-controls': list.id,
				hidden: '',
			}) as HTMLButtonElement;
			const fieldset = h(
				'fieldset',
				{},
				h('legend', { class: 'visually-hidden' }, this.texts.legend(facet)),
				list,
				toggle,
			);
			const details = h(
				'details',
				{ class: 'search-facet', 'data-facet': facet },
				h('summary', {}, this.texts.legend(facet)),
				fieldset,
			) as HTMLDetailsElement;
			const entry: Facet = { details, list, toggle, expanded: false, loaded: false, values: [] };
			this.say(entry, this.texts.loading, true);
			details.addEventListener('toggle', () => {
				if (!details.open || entry.loaded) return;
				this.say(entry, this.texts.loading, true);
				this.load(facet);
			});
			toggle.addEventListener('click', () => {
				entry.expanded = !entry.expanded;
				this.layout(entry);
			});
			this.facets.set(facet, entry);
			this.container.append(details);
			details.open = (state.filters[facet]?.length ?? 0) > 0;
		}
	}

	/** A line in place of a facet's values; `busy` while they load. */
	private say(entry: Facet, text: string, busy: boolean): void {
		entry.list.replaceChildren(h('li', { class: 'search-facet__note' }, text));
		if (busy) entry.list.setAttribute('aria-busy', 'true');
		else entry.list.removeAttribute('aria-busy');
	}

	/** A facet's values could not be loaded: it says so, and tries again when opened again. */
	failed(facet: StateFacet): void {
		const entry = this.facets.get(facet);
		if (entry && !entry.loaded) this.say(entry, this.texts.failed, false);
	}

	/** Puts in a facet's values, from the counts of all documents; `first` leads its facet (this library among the sources). */
	fill(facet: StateFacet, totals: Readonly<Record<string, number>>, state: SearchState, first?: string): void {
		const entry = this.facets.get(facet);
		if (!entry || entry.loaded) return;
		if (Object.keys(totals).length === 0) {
			// Said in place, so that the summary a reader opened keeps its focus; opened again, it asks again.
			this.say(entry, this.texts.none, false);
			return;
		}
		const text = (value: string) => this.texts.value(facet, value);
		const values = offeredValues(totals, state.filters[facet]).sort((a, b) =>
			facet === 'year'
				? b.localeCompare(a)
				: a === first
					? -1
					: b === first
						? 1
						: text(a).localeCompare(text(b), this.lang),
		);
		entry.list.replaceChildren();
		entry.list.removeAttribute('aria-busy');
		values.forEach((value, i) => {
			const parts = facetValue(facet, value, text(value), i);
			entry.list.append(parts.item);
			entry.values.push({ value, ...parts });
		});
		entry.loaded = true;
		this.layout(entry);
	}

	/** Shows the counts for the current state and ticks its selection. */
	update(counts: FilterCounts, state: SearchState, format: (n: number) => string): void {
		for (const [facet, entry] of this.facets) {
			const selected = state.filters[facet] ?? [];
			// A search that ran before the facet was loaded did not count it: its counts stay as they are.
			const own = counts[facet];
			if (!own) {
				for (const v of entry.values) v.input.checked = selected.includes(v.value);
				this.layout(entry);
				continue;
			}
			for (const v of entry.values) {
				// Values come from peers' indexes; only a count of the value itself counts (not `constructor` of every object).
				const count = Object.hasOwn(own, v.value) ? Number(own[v.value]) || 0 : 0;
				v.input.checked = selected.includes(v.value);
				v.count.textContent = `(${format(count)})`;
				v.item.dataset['empty'] = String(count === 0 && !v.input.checked && v.input !== document.activeElement);
			}
			this.layout(entry);
		}
	}

	private layout(entry: Facet): void {
		const available = entry.values.filter((v) => v.item.dataset['empty'] !== 'true');
		let shown = 0;
		for (const v of entry.values) {
			const isAvailable = v.item.dataset['empty'] !== 'true';
			const visible =
				isAvailable && (entry.expanded || shown < SHOWN || v.input.checked || v.input === document.activeElement);
			if (visible) shown++;
			v.item.hidden = !visible;
		}
		// A facet no document has a value of is left out, once that is known.
		entry.details.hidden = entry.loaded && available.length === 0;
		if (entry.values.some((v) => v.input.checked)) entry.details.open = true;
		entry.toggle.hidden = !entry.loaded || available.length <= SHOWN;
		entry.toggle.setAttribute('aria-expanded', String(entry.expanded));
		entry.toggle.textContent = entry.expanded ? this.texts.fewer : this.texts.more(available.length);
	}
}
