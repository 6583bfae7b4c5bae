/**
 * Checks a rendered document body — the HTML tree Sätteri builds, raw HTML
 * already parsed into elements, MDX nodes as the compiler sees them — against
 * the allowlist in `html-allowlist.ts`. The build runs this on the very tree
 * it renders (`guard-plugin.ts`), the validator on the same tree from the same
 * parser and features (`check-body.ts`), so a file that passes one passes the
 * other and nothing reaches a reader that was not checked.
 */
import { html as htmlSchema, find } from 'property-information';
import { say, type Localized } from '../report/messages.ts';
import type { RuleId } from '../report/rules.ts';
import {
	ALLOWED_CLASS,
	ALLOWED_ELEMENTS,
	ALLOWED_STYLE,
	ATTRIBUTE_VALUES,
	GLOBAL_ATTRIBUTES,
	LINK_ATTRIBUTES,
	LINK_SCHEMES,
	RESOURCE_ATTRIBUTES,
} from './html-allowlist.ts';
import { altTextProblem } from './image-alt.ts';
import { isLanguageTag, unknownLanguage } from './language-tags.ts';
import { checkMdxComponent, checkMdxNode, isComponentName, mdxAttributes } from './check-mdx.ts';

/** A node of a hast or MDX tree, as far as the check reads it. */
export interface TreeNode {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: unknown;
	properties?: Record<string, unknown>;
	attributes?: readonly { type: string; name?: string; value?: unknown }[];
	children?: readonly TreeNode[];
	position?: { start: { line: number; column: number }; end?: { line: number; column: number } };
}

/** One thing the allowlist refuses. */
export interface Violation {
	ruleId: RuleId;
	message: Localized;
	/** The node it was found on (for its position, where the tree has them). */
	node: TreeNode;
	/** What the violation is about, the same in any reading of the same source: used to find its place. */
	key: string;
	/** Text to look for in the source to find the place, such as `onerror` or `<svg`. */
	needle: string;
}

/** What the check needs to know about the document beyond its tree. */
export interface TreeContext {
	/** Checks the address of an image; returns why it is refused, or nothing. */
	checkImage: (src: string) => { ruleId: RuleId; message: Localized } | undefined;
	/** Called with every link a reader can follow, for the checks across the library. */
	onLink?: ((url: string, node: TreeNode) => void) | undefined;
	/** What to do with `raw` nodes (unparsed HTML); refused unless given. */
	raw?: (value: string, node: TreeNode) => Violation[];
}

const BASE = 'https://dreiklang.invalid/';

/** The scheme a browser gives `url`, as it parses it (control characters, tabs, entities already handled by the HTML parser). */
export function schemeOf(url: string): string | undefined {
	try {
		return new URL(url, BASE).protocol;
	} catch {
		return undefined;
	}
}

/** Whether a browser would fetch or open `url` on another host than the page's. */
export function isOtherHost(url: string): boolean {
	try {
		return new URL(url, BASE).origin !== new URL(BASE).origin;
	} catch {
		return true;
	}
}

const refusedElement = (name: string): Localized =>
	say(
		`Nicht erlaubtes HTML-Element \`<${name}>\`; Dokumente dürfen nur Text auszeichnen (Absätze, Listen, Tabellen, Hervorhebungen, Links, Bilder aus dem eigenen Ordner) – keine Skripte, Stile, Frames, Formulare, Medien, SVG oder MathML. Entfernen oder als Markdown schreiben`,
		`Unexpected HTML element \`<${name}>\`, expected text mark-up only (paragraphs, lists, tables, emphasis, links, images from the document's folder) – no scripts, styles, frames, forms, media, SVG or MathML. Remove it or write it as Markdown`,
	);

/** The message for an attribute the allowlist does not have on `element`. */
export function refusedAttribute(attribute: string, element: string): Localized {
	if (/^on/i.test(attribute))
		return say(
			`Nicht erlaubtes Attribut \`${attribute}\` an \`<${element}>\`; Event-Handler führen Code aus – entfernen`,
			`Unexpected attribute \`${attribute}\` on \`<${element}>\`, expected no event handlers, which run code – remove it`,
		);
	// XML's attributes look like directives but are a habit from XHTML: say what HTML uses instead.
	if (attribute.toLowerCase() === 'xml:lang')
		return say(
			`Nicht erlaubtes Attribut \`xml:lang\` an \`<${element}>\`; die Sprache eines Abschnitts gibt in HTML \`lang\` an – \`lang="en"\` statt \`xml:lang="en"\``,
			`Unexpected attribute \`xml:lang\` on \`<${element}>\`, expected \`lang\`, which HTML uses for the language of a passage – \`lang="en"\` instead of \`xml:lang="en"\``,
		);
	if (/^(xml|xmlns|xlink)(:|$)/i.test(attribute))
		return say(
			`Nicht erlaubtes XML-Attribut \`${attribute}\` an \`<${element}>\`; HTML braucht es nicht – entfernen`,
			`Unexpected XML attribute \`${attribute}\` on \`<${element}>\`, expected plain HTML attributes – remove it`,
		);
	if (attribute.includes(':'))
		return say(
			`Nicht erlaubte Direktive \`${attribute}\` an \`<${element}>\`; Direktiven wie \`set:html\` fügen ungeprüftes HTML ein – entfernen`,
			`Unexpected directive \`${attribute}\` on \`<${element}>\`, expected plain attributes: directives such as \`set:html\` insert unchecked HTML – remove it`,
		);
	if (attribute === 'style')
		return say(
			`Nicht erlaubtes Attribut \`style\` an \`<${element}>\`; das Aussehen bestimmt die Website – entfernen`,
			`Unexpected attribute \`style\` on \`<${element}>\`, expected the site to set the layout – remove it`,
		);
	return say(
		`Nicht erlaubtes Attribut \`${attribute}\` an \`<${element}>\` – entfernen`,
		`Unexpected attribute \`${attribute}\` on \`<${element}>\`, expected only the attributes listed in CONTRIBUTING.md – remove it`,
	);
}

/** Checks one attribute value of an allowed element; `undefined` when it may stay. */
export function checkAttribute(
	element: string,
	attribute: string,
	value: string,
	context: TreeContext,
): { ruleId: RuleId; message: Localized } | undefined {
	const allowed =
		GLOBAL_ATTRIBUTES.includes(attribute) ||
		(Object.hasOwn(ALLOWED_ELEMENTS, element) && ALLOWED_ELEMENTS[element]!.includes(attribute));
	if (!allowed) return { ruleId: 'unsafe-attribute', message: refusedAttribute(attribute, element) };
	const unexpected = (expected: Localized) => ({
		ruleId: 'unsafe-attribute' as const,
		message: say(
			`Unerwarteter Wert \`${value.slice(0, 60)}\` für \`${attribute}\` an \`<${element}>\`; erwartet: ${expected.de}`,
			`Unexpected value \`${value.slice(0, 60)}\` of \`${attribute}\` on \`<${element}>\`, expected ${expected.en}`,
		),
	});
	if (
		attribute === 'class' &&
		!value
			.split(/\s+/)
			.filter(Boolean)
			.every((token) => ALLOWED_CLASS.test(token))
	) {
		return unexpected(
			say(
				'keine eigenen Klassen (das Aussehen bestimmt die Website)',
				'no classes of your own (the site sets the layout)',
			),
		);
	}
	if (attribute === 'style' && (!['td', 'th'].includes(element) || !ALLOWED_STYLE.test(value)))
		return { ruleId: 'unsafe-attribute', message: refusedAttribute('style', element) };
	if ((attribute === 'lang' || attribute === 'hreflang') && !isLanguageTag(value))
		return { ruleId: 'foreign-language', message: unknownLanguage(attribute, element, value) };
	if (element === 'input' && attribute === 'type' && value !== 'checkbox')
		return unexpected(say('`checkbox` (Aufgabenlisten)', '`checkbox` (task lists)'));
	const pattern = Object.hasOwn(ATTRIBUTE_VALUES, attribute) ? ATTRIBUTE_VALUES[attribute] : undefined;
	if (pattern && !pattern.test(value))
		return unexpected(say(`ein Wert der Form \`${pattern.source}\``, `a value of the form \`${pattern.source}\``));
	if (LINK_ATTRIBUTES.includes(attribute)) {
		const scheme = schemeOf(value);
		if (!scheme || !LINK_SCHEMES.includes(scheme)) {
			const shown = scheme ?? value.slice(0, 40);
			return {
				ruleId: 'unsafe-url',
				message: say(
					`Nicht erlaubte Adresse \`${shown}…\`; erwartet: \`https://\`, \`mailto:\`, \`tel:\`, ein Pfad dieser Website oder eine Datei des Dokuments`,
					`Unexpected \`${shown}\` URL, expected \`https://\`, \`mailto:\`, \`tel:\`, a path on this site or a file of the document`,
				),
			};
		}
	}
	if (RESOURCE_ATTRIBUTES.includes(attribute)) return context.checkImage(value);
	return undefined;
}

/** The HTML attribute name of a hast property (`onError` → `onerror`, `className` → `class`). */
export const attributeName = (property: string) => find(htmlSchema, property).attribute.toLowerCase();

/** The text of a hast property value, as the HTML serializer writes it. */
const valueText = (value: unknown) => (Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value));

function checkElement(node: TreeNode, context: TreeContext, out: Violation[]): boolean {
	const element = node.tagName!.toLowerCase();
	if (!Object.hasOwn(ALLOWED_ELEMENTS, element)) {
		out.push({
			ruleId: 'unsafe-html',
			message: refusedElement(element),
			node,
			key: `element:${element}`,
			needle: `<${element}`,
		});
		return false;
	}
	const attributes = new Map<string, string>();
	for (const [property, value] of Object.entries(node.properties ?? {})) {
		if (value === null || value === undefined || value === false) continue;
		attributes.set(attributeName(property), valueText(value));
	}
	checkAttributes(element, attributes, node, context, out);
	return true;
}

/** Checks the attributes of an allowed element, however it was written (HTML or MDX). */
export function checkAttributes(
	element: string,
	attributes: ReadonlyMap<string, string>,
	node: TreeNode,
	context: TreeContext,
	out: Violation[],
): void {
	for (const [attribute, value] of attributes) {
		const problem = checkAttribute(element, attribute, value, context);
		if (problem)
			out.push({
				...problem,
				node,
				key: `${element}@${attribute}=${value}`,
				needle:
					problem.ruleId === 'unsafe-attribute'
						? attribute
						: problem.ruleId === 'foreign-language'
							? `${attribute}=`
							: value,
			});
		else if (LINK_ATTRIBUTES.includes(attribute)) context.onLink?.(value, node);
	}
	// BITV 2.0 / WCAG 1.1.1: every image says what it shows.
	const altProblem = element === 'img' ? altTextProblem(attributes.get('alt'), attributes.get('src') ?? '') : undefined;
	if (altProblem) {
		out.push({
			ruleId: 'image',
			message: altProblem,
			node,
			key: `img-alt:${attributes.get('src') ?? ''}`,
			needle: attributes.get('src') ?? '<img',
		});
	}
	if (element === 'input' && !attributes.has('disabled')) {
		out.push({
			ruleId: 'unsafe-html',
			message: say(
				'Eingabefelder sind nur als abgehakte oder offene Punkte einer Aufgabenliste (`- [x]`) erlaubt',
				'Unexpected input field, expected only the checkboxes of a task list (`- [x]`)',
			),
			node,
			key: 'input',
			needle: '<input',
		});
	}
}

/**
 * Checks a whole tree and returns what it refuses, in document order. The
 * walk uses its own stack: a deeply nested body cannot overflow the call
 * stack.
 */
export function checkTree(root: TreeNode, context: TreeContext): Violation[] {
	const out: Violation[] = [];
	const stack: TreeNode[] = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		let descend = true;
		switch (node.type) {
			case 'root':
				break;
			case 'text':
			case 'comment':
				// Astro scans the rendered page for its image marker, comments included, and
				// writes what it finds as attributes: the marker may not appear in any text.
				if (String(node.value ?? '').includes('__ASTRO_IMAGE_'))
					out.push({
						ruleId: 'unsafe-html',
						message: say(
							'Der Text `__ASTRO_IMAGE_` ist der Website vorbehalten – entfernen',
							'Unexpected text `__ASTRO_IMAGE_`, which is reserved for the site – remove it',
						),
						node,
						key: 'astro-image-marker',
						needle: '__ASTRO_IMAGE_',
					});
				break;
			case 'element':
				descend = checkElement(node, context, out);
				break;
			case 'raw':
				if (context.raw) out.push(...context.raw(String(node.value ?? ''), node));
				else out.push({ ruleId: 'unsafe-html', message: refusedElement('…'), node, key: 'raw', needle: '<' });
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				const attributes = mdxAttributes(node, out);
				if (name === '') break;
				if (isComponentName(name)) {
					checkMdxComponent(node, name, attributes, out);
					break;
				}
				// Only plain lower-case names: MDX compiles anything else (`__proto__`, `a_b`) as a component.
				if (!/^[a-z][a-z0-9]*$/.test(name) || !Object.hasOwn(ALLOWED_ELEMENTS, name)) {
					out.push({
						ruleId: 'unsafe-html',
						message: refusedElement(name),
						node,
						key: `element:${name.toLowerCase()}`,
						needle: `<${name}`,
					});
					descend = false;
					break;
				}
				checkAttributes(name, attributes, node, context, out);
				const href = attributes.get('href');
				if (href !== undefined && href !== '' && !/^[a-z][a-z0-9+.-]*:|^[/#]/i.test(href)) {
					out.push({
						ruleId: 'link',
						message: say(
							`Anlagen in MDX als Markdown-Link verlinken: \`[Text](${href})\``,
							`Unexpected relative \`href\` in MDX, expected an attachment linked in Markdown: \`[text](${href})\``,
						),
						node,
						key: `mdx-relative:${href}`,
						needle: href,
					});
				}
				break;
			}
			default: {
				// Expressions, imports and exports, and any node type this check does not know.
				const problem = checkMdxNode(node);
				if (problem) out.push(problem);
				descend = false;
			}
		}
		if (descend && node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
	}
	return out;
}
