/**
 * A word diff as DOM, with the markup of `DiffText.astro` and `DiffView.astro`
 * (the same elements, markers and screen-reader words), for the history page's
 * form that compares any two versions. Every text of a version goes in as a
 * text node: nothing from a version is ever read as markup.
 */
import type { DiffPart, PaperDiff } from '../lib/history/paper-diff.ts';

/** The interface texts a rendered diff needs, already in the page's language. */
export interface DiffLabels {
	inserted: string;
	insertedEnd: string;
	deleted: string;
	deletedEnd: string;
	body: string;
	demands: string;
	/** With `{before}` and `{after}`. */
	status: string;
	/** With `{status}`. */
	statusSame: string;
	/** A demand status the version lacks. */
	none: string;
	unchanged: string;
	/** Demand statuses by value: `open` → `Offen`. */
	statuses: Record<string, string>;
}

/** Fills `{name}` placeholders, as the site's `t()` does. */
export function fill(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string | undefined> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** One insertion or deletion: the words for screen readers, the visible brackets, the text. */
function marked(
	tag: 'ins' | 'del',
	text: string,
	start: string,
	end: string,
	open: string,
	close: string,
): HTMLElement {
	return element(
		tag,
		{},
		element('span', { class: 'visually-hidden' }, `${start} `),
		element('span', { 'aria-hidden': 'true' }, open),
		text,
		element('span', { 'aria-hidden': 'true' }, close),
		element('span', { class: 'visually-hidden' }, ` ${end}`),
	);
}

/** Appends the runs of a diff to `parent`, as `DiffText.astro` renders them. */
export function appendDiffText(parent: Node, parts: readonly DiffPart[], labels: DiffLabels): void {
	for (const part of parts) {
		if (part.kind === 'same') parent.appendChild(document.createTextNode(part.text));
		else if (part.kind === 'ins')
			parent.appendChild(marked('ins', part.text, labels.inserted, labels.insertedEnd, '[+', '+]'));
		else parent.appendChild(marked('del', part.text, labels.deleted, labels.deletedEnd, '[−', '−]'));
	}
}

/**
 * The diff of two versions below an intro, as the diff page shows it:
 * the body, then each demand's text and status. `heading` is the level of
 * the two headings (the history page's form sits under an `h2`); `lang` marks
 * the paper's texts when they are in another language than the page.
 */
export function renderPaperDiff(
	diff: PaperDiff,
	labels: DiffLabels,
	{ heading, lang }: { heading: 'h3' | 'h4'; lang?: string | undefined },
): DocumentFragment {
	const out = document.createDocumentFragment();
	// An own label only: an old version's status is any text, `constructor` included.
	const status = (value: string | undefined) =>
		value ? (Object.hasOwn(labels.statuses, value) ? labels.statuses[value]! : value) : labels.none;
	if (diff.unchanged) out.append(element('p', {}, labels.unchanged));
	out.append(element(heading, {}, labels.body));
	const body = element('div', { class: 'diff', lang });
	appendDiffText(body, diff.body, labels);
	out.append(body);
	if (diff.demands.length === 0) return out;
	out.append(element(heading, {}, labels.demands));
	const list = element('ol', { class: 'diff-demands' });
	for (const demand of diff.demands) {
		const text = element('p', { lang });
		appendDiffText(text, demand.parts, labels);
		const change =
			demand.before === demand.after
				? fill(labels.statusSame, { status: status(demand.after) })
				: fill(labels.status, { before: status(demand.before), after: status(demand.after) });
		list.append(element('li', {}, text, element('p', {}, change)));
	}
	out.append(list);
	return out;
}

/** How many insertions and deletions a diff has, body and demands together. */
export function countChanges(diff: PaperDiff): { insertions: number; deletions: number } {
	const parts = [...diff.body, ...diff.demands.flatMap((d) => d.parts)];
	return {
		insertions: parts.filter((p) => p.kind === 'ins').length,
		deletions: parts.filter((p) => p.kind === 'del').length,
	};
}
