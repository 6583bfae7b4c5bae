/**
 * The facet panel: one fieldset of checkboxes per facet, built once from all
 * values and then only updated — counts change, values without results hide —
 * so that the checkbox a keyboard user just toggled keeps its focus. Each
 * facet is a disclosure (`<details>`), so that the panel stays short to tab
 * through; the most used facets and those with a selection start open.
 */
import { offeredValues, type SearchState, type StateFacet } from '../../lib/search/client/search-state.ts';
import type { FilterCounts } from './pagefind-api.ts';
import { facetValue, h } from './render.ts';

/** Values shown before "Show all". */
const SHOWN = 8;
/** Facets open from the start. */
const OPEN: readonly StateFacet[] = ['source', 'kind', 'land', 'topic'];

interface Facet {
	details: HTMLDetailsElement;
	toggle: HTMLButtonElement;
	expanded: boolean;
	values: { value: string; item: HTMLElement; input: HTMLInputElement; count: HTMLElement }[];
}

/** Texts and formats the panel needs. */
export interface FacetTexts {
	legend: (facet: StateFacet) => string;
	more: (count: number) => string;
	fewer: string;
	/** A value as the interface shows it. */
	value: (facet: StateFacet, value: string) => string;
}

export class FacetPanel {
	private facets = new Map<StateFacet, Facet>();
	private container: HTMLElement;
	private texts: FacetTexts;
	private lang: string;

	constructor(container: HTMLElement, texts: FacetTexts, lang: string) {
		this.container = container;
		this.texts = texts;
		this.lang = lang;
	}

	/** Builds the fieldsets from the values of all documents, in the given facet order; `first` leads its facet (this library among the sources). */
	build(order: readonly StateFacet[], totals: FilterCounts, state: SearchState, first?: string): void {
		this.container.replaceChildren();
		this.facets.clear();
		for (const facet of order) {
			const text = (value: string) => this.texts.value(facet, value);
			const values = offeredValues(totals[facet] ?? {}, state.filters[facet]).sort((a, b) =>
				facet === 'year'
					? b.localeCompare(a)
					: a === first
						? -1
						: b === first
							? 1
							: text(a).localeCompare(text(b), this.lang),
			);
			if (values.length === 0) continue;
			const list = h('ul', { class: 'checkboxes search-facet__values', id: `facet-${facet}-values` });
			const toggle = h('button', {
				type: 'button',
				class: 'link-button',
				'aria-expanded': 'false',
				'aria-controls': list.id,
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
				{ class: 'search-facet' },
				h('summary', {}, this.texts.legend(facet)),
				fieldset,
			) as HTMLDetailsElement;
			details.open = OPEN.includes(facet) || (state.filters[facet]?.length ?? 0) > 0;
			const entry: Facet = { details, toggle, expanded: false, values: [] };
			values.forEach((value, i) => {
				const parts = facetValue(facet, value, text(value), i);
				list.append(parts.item);
				entry.values.push({ value, ...parts });
			});
			toggle.addEventListener('click', () => {
				entry.expanded = !entry.expanded;
				this.layout(entry);
			});
			this.facets.set(facet, entry);
			this.layout(entry);
			this.container.append(details);
		}
	}

	/** Shows the counts for the current state and ticks its selection. */
	update(counts: FilterCounts, state: SearchState, format: (n: number) => string): void {
		for (const [facet, entry] of this.facets) {
			const selected = state.filters[facet] ?? [];
			for (const v of entry.values) {
				// Values come from peers' indexes; only a count of the value itself counts (not `constructor` of every object).
				const own = counts[facet];
				const count = own && Object.hasOwn(own, v.value) ? Number(own[v.value]) || 0 : 0;
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
		entry.details.hidden = available.length === 0;
		if (entry.values.some((v) => v.input.checked)) entry.details.open = true;
		entry.toggle.hidden = available.length <= SHOWN;
		entry.toggle.setAttribute('aria-expanded', String(entry.expanded));
		entry.toggle.textContent = entry.expanded ? this.texts.fewer : this.texts.more(available.length);
	}
}
