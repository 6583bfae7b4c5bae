/**
 * Accessibility of contributed text (BITV 2.0 applies to content, not only to
 * the site's templates): heading order, link texts and table headers, checked
 * on the same rendered tree as the allowlist (`check-tree.ts`), by the
 * validator and by the build alike. Images without alternative text and the
 * language of a passage (`lang`) are checked with the attributes, in
 * `check-tree.ts`.
 *
 * Headings: the page renders the document's title as its only `<h1>`, and the
 * body stands below it, so a body's first heading is `##` (h2), a body `#` is a
 * second h1, and no heading skips a level on the way down (h2 → h4): screen
 * reader users move through a page by its headings and take a gap for a
 * missing part.
 */
import { say, type Localized } from '../report/messages.ts';
import type { RuleId } from '../report/rules.ts';
import { attributeName, type TreeNode, type Violation } from './check-tree.ts';
import { linkTextProblem } from './link-text.ts';

/** The level of the page's own heading, the document's title. */
const TITLE_LEVEL = 1;

/** An element as the checks read it, written in Markdown, HTML or MDX alike. */
interface ElementView {
	name: string;
	attributes: ReadonlyMap<string, string>;
}

/** The element `node` is, with its attributes, or nothing (text, components, expressions). */
function elementView(node: TreeNode): ElementView | undefined {
	const attributes = new Map<string, string>();
	if (node.type === 'element') {
		for (const [property, value] of Object.entries(node.properties ?? {})) {
			if (value === null || value === undefined || value === false) continue;
			attributes.set(attributeName(property), Array.isArray(value) ? value.join(' ') : String(value));
		}
		return { name: (node.tagName ?? '').toLowerCase(), attributes };
	}
	if (
		(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
		/^[a-z][a-z0-9]*$/.test(node.name ?? '')
	) {
		for (const attribute of node.attributes ?? [])
			if (attribute.type === 'mdxJsxAttribute' && attribute.name)
				attributes.set(attribute.name, typeof attribute.value === 'string' ? attribute.value : '');
		return { name: node.name!, attributes };
	}
	return undefined;
}

/** What a screen reader reads for `node`: its text, and the alternative text of its images. */
function readText(node: TreeNode): { text: string; hasImage: boolean } {
	let text = '';
	let hasImage = false;
	const stack: TreeNode[] = [node];
	while (stack.length > 0) {
		const next = stack.pop()!;
		if (next.type === 'text') text += String(next.value ?? '');
		const element = elementView(next);
		if (element?.name === 'img') {
			hasImage = true;
			text += ` ${element.attributes.get('alt') ?? ''} `;
		}
		if (next.children) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
	}
	return { text: text.replace(/\s+/g, ' ').trim(), hasImage };
}

const shorten = (text: string, length = 50) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
const hashes = (level: number) => '#'.repeat(level);

/**
 * Why a heading of `level` after one of `previous` breaks the outline, or
 * nothing. `html` when it is written as an element in MDX (`<h3>`); a
 * rendered Markdown body does not say whether a heading was `###` or raw
 * `<h3>`, so the fix names both.
 */
function headingProblem(
	heading: { level: number; text: string; html: boolean },
	previous: { level: number; seen: boolean },
): Localized | undefined {
	const { level, html } = heading;
	const shown = shorten(heading.text);
	const as = (l: number) => (html ? `<h${l}>${shown}</h${l}>` : `${hashes(l)} ${shown}`);
	const inHtml = (l: number, de: string, en: string) =>
		html
			? { de: '', en: '' }
			: { de: ` (in HTML \`<h${l}>\` ${de} \`<h${level}>\`)`, en: ` (in HTML \`<h${l}>\` ${en} \`<h${level}>\`)` };
	if (level === TITLE_LEVEL) {
		const alt = inHtml(2, 'statt', 'instead of');
		return say(
			`Zweite Überschrift der Ebene 1: \`${as(1)}\`; die Ebene 1 ist dem Titel des Dokuments vorbehalten, der Text beginnt mit Ebene 2 – \`${as(2)}\` statt \`${as(1)}\`${alt.de}`,
			`Unexpected second level-1 heading \`${as(1)}\`, expected level 2 or below: level 1 is the document's title – write \`${as(2)}\` instead of \`${as(1)}\`${alt.en}`,
		);
	}
	if (level <= previous.level + 1) return undefined;
	const expected = previous.level + 1;
	const after = previous.seen
		? say(`sie folgt auf Ebene ${previous.level}`, `it follows level ${previous.level}`)
		: say(
				'sie ist die erste im Text, der unter dem Titel (Ebene 1) steht',
				'it is the first of the body, which stands below the title (level 1)',
			);
	const alt = inHtml(expected, 'statt', 'instead of');
	return say(
		`Überschrift \`${as(level)}\` überspringt eine Ebene: ${after.de}; erwartet: Ebene ${expected} – \`${as(expected)}\` statt \`${as(level)}\`${alt.de}`,
		`Unexpected heading level ${level} in \`${as(level)}\`, expected level ${expected}: ${after.en} – write \`${as(expected)}\` instead of \`${as(level)}\`${alt.en}`,
	);
}

/** Why a table has no header for a screen reader to announce with each cell, or nothing. */
function tableProblem(table: TreeNode): Localized | undefined {
	let headers = 0;
	let named = false;
	const stack: TreeNode[] = [...(table.children ?? [])];
	while (stack.length > 0) {
		const next = stack.pop()!;
		const element = elementView(next);
		if (element?.name === 'table') continue; // a nested table answers for itself
		if (element?.name === 'th') {
			headers++;
			if (readText(next).text !== '') named = true;
		}
		if (next.children) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
	}
	if (named) return undefined;
	if (headers > 0)
		return say(
			'Tabelle mit leerer Kopfzeile; ein Vorleseprogramm nennt zu jeder Zelle die Überschrift ihrer Spalte. Die erste Zeile mit Spaltennamen füllen: `| Land | Frist |` über `| --- | --- |`',
			'Unexpected table with an empty header row, expected column names, which a screen reader announces with each cell: fill in the first row, such as `| Land | Deadline |` above `| --- | --- |`',
		);
	return say(
		'Tabelle ohne Kopfzellen (`<th>`); ein Vorleseprogramm nennt zu jeder Zelle die Überschrift ihrer Spalte. Die Zellen der ersten Zeile als `<th>` statt `<td>` schreiben oder eine Markdown-Tabelle mit Kopfzeile (`| Land | Frist |` über `| --- | --- |`)',
		'Unexpected table without header cells (`<th>`), expected column names, which a screen reader announces with each cell: write the first row with `<th>` instead of `<td>`, or a Markdown table with a header row (`| Land | Deadline |` above `| --- | --- |`)',
	);
}

/**
 * Checks the accessibility of a rendered body: heading order, link texts,
 * table headers. Returns the violations in document order; the walk uses its
 * own stack, so a deeply nested body cannot overflow the call stack.
 */
export function checkAccessibility(root: TreeNode): Violation[] {
	const out: Violation[] = [];
	const push = (ruleId: RuleId, message: Localized, node: TreeNode, key: string, needle: string) =>
		out.push({ ruleId, message, node, key, needle });
	const previous = { level: TITLE_LEVEL, seen: false };
	const stack: TreeNode[] = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		const element = elementView(node);
		const heading = element && /^h([1-6])$/.exec(element.name);
		if (heading) {
			const level = Number(heading[1]);
			const { text } = readText(node);
			const html = node.type !== 'element';
			const problem = headingProblem({ level, text, html }, previous);
			// The needle finds the heading where the tree has no positions (MDX).
			if (problem)
				push(
					'heading-order',
					problem,
					node,
					`heading:${level}:${text}`,
					html ? `<h${level}` : `${hashes(level)} ${text}`,
				);
			previous.level = level;
			previous.seen = true;
		} else if (element?.name === 'a' && element.attributes.has('href')) {
			// Footnote marks are numbered and described by the site (`aria-describedby`, `aria-label`).
			const footnote = element.attributes.has('data-footnote-ref') || element.attributes.has('data-footnote-backref');
			const label = element.attributes.get('aria-label')?.trim();
			const href = element.attributes.get('href')!;
			const { text, hasImage } = readText(node);
			const problem = footnote ? undefined : linkTextProblem(label || text, href, hasImage);
			if (problem) push('link-text', problem, node, `link:${href}:${text}`, href || text);
		} else if (element?.name === 'table') {
			const problem = tableProblem(node);
			if (problem) push('table-header', problem, node, `table:${readText(node).text.slice(0, 80)}`, '<table');
		}
		if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
	}
	return out;
}
