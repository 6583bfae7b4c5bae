/**
 * The MDX part of the body check. MDX compiles a document into JavaScript, so
 * anything that is code — an `import` or `export`, a `{…}` expression, a
 * spread or expression attribute, an Astro directive such as `set:html` —
 * would run during the build and in the page. None of it may reach the
 * compiler; only the site's own components, with props checked by their zod
 * schemas, and plain elements with quoted attribute values.
 */
import { MDX_COMPONENTS, mdxComponentProps, type MdxComponentName } from '../../../schemas/mdx-components.ts';
import { describeIssue, say } from '../report/messages.ts';
import type { TreeNode, Violation } from './check-tree.ts';

/** `{/* … *\/}` is how MDX writes a comment; it compiles to nothing. Anything else in braces is code. */
const ONLY_COMMENTS = /^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)+$/;

/** Whether an MDX element name refers to a component (capitalised, or dotted like `x.y`) rather than an HTML element. */
export const isComponentName = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

/** The violation for an MDX node that is code, or for a node type the check does not know; nothing for a comment. */
export function checkMdxNode(node: TreeNode): Violation | undefined {
	const value = String(node.value ?? '');
	switch (node.type) {
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			if (ONLY_COMMENTS.test(value)) return undefined;
			return {
				ruleId: 'mdx-expression',
				message: say(
					'JavaScript-Ausdrücke in `{…}` sind in Dokumenten nicht erlaubt; geschweifte Klammern als Text schreiben Sie `\\{`',
					'Unexpected JavaScript expression in `{…}`, expected none; write a literal brace as `\\{`',
				),
				node,
				key: `expression:${value}`,
				needle: '{',
			};
		case 'mdxjsEsm':
			return {
				ruleId: 'mdx-esm',
				message: say(
					'`import` und `export` sind in Dokumenten nicht erlaubt; die erlaubten Komponenten stehen ohne Import bereit',
					'Unexpected `import` or `export`, expected none: the allowed components are available without import',
				),
				node,
				key: `esm:${value}`,
				needle: value.slice(0, 6),
			};
		default:
			return {
				ruleId: 'unsafe-html',
				message: say(
					`Nicht erlaubter Inhalt (\`${node.type}\`) – entfernen`,
					`Unexpected content (\`${node.type}\`), expected text mark-up – remove it`,
				),
				node,
				key: `node:${node.type}`,
				needle: '<',
			};
	}
}

/**
 * The attributes of an MDX element as names and texts. Spreads, expression
 * values and directives are reported into `out` and left out of the result.
 */
export function mdxAttributes(node: TreeNode, out: Violation[]): Map<string, string> {
	const attributes = new Map<string, string>();
	const name = node.name ?? '';
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
			out.push({
				ruleId: 'mdx-expression',
				message: say(
					'Attribute per `{...}` sind in Dokumenten nicht erlaubt',
					'Unexpected spread attribute `{...}`, expected plain attributes',
				),
				node,
				key: `spread:${name}`,
				needle: '{',
			});
			continue;
		}
		if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
			out.push({
				ruleId: 'mdx-expression',
				message: say(
					`Ausdruck im Attribut \`${attribute.name}\` ist nicht erlaubt; erwartet: ein Text in Anführungszeichen`,
					`Unexpected expression in attribute \`${attribute.name}\`, expected a quoted text`,
				),
				node,
				key: `expression-attribute:${name}@${attribute.name}`,
				needle: attribute.name,
			});
			continue;
		}
		// Directives (`set:html`, `is:raw`, `client:load` …) and event handlers stay in: the allowlist refuses them with their own words.
		attributes.set(attribute.name, attribute.value ?? '');
	}
	return attributes;
}

/** Checks a component: one of the site's own, with props its schema accepts. */
export function checkMdxComponent(
	node: TreeNode,
	name: string,
	attributes: ReadonlyMap<string, string>,
	out: Violation[],
): void {
	if (!(MDX_COMPONENTS as string[]).includes(name)) {
		out.push({
			ruleId: 'mdx-component',
			message: say(
				`Unbekannte Komponente \`<${name}>\`, erlaubt: ${MDX_COMPONENTS.map((c) => `\`<${c}>\``).join(', ')}`,
				`Unexpected component \`<${name}>\`, expected one of ${MDX_COMPONENTS.map((c) => `\`<${c}>\``).join(', ')}`,
			),
			node,
			key: `component:${name}`,
			needle: `<${name}`,
		});
		return;
	}
	const props: Record<string, unknown> = {};
	for (const [attribute, value] of attributes) {
		if (attribute.includes(':') || /^on/i.test(attribute)) {
			out.push({
				ruleId: 'unsafe-attribute',
				message: say(
					`Nicht erlaubtes Attribut \`${attribute}\` an \`<${name}>\` – entfernen`,
					`Unexpected attribute \`${attribute}\` on \`<${name}>\`, expected only the component's props – remove it`,
				),
				node,
				key: `${name}@${attribute}`,
				needle: attribute,
			});
			continue;
		}
		props[attribute] = value;
	}
	const result = mdxComponentProps[name as MdxComponentName].safeParse(props, { reportInput: true });
	if (!result.success) {
		for (const issue of result.error.issues) {
			const m = describeIssue(issue);
			out.push({
				ruleId: 'mdx-props',
				message: say(`\`<${name}>\`: ${m.de}`, `\`<${name}>\`: ${m.en}`),
				node,
				key: `props:${name}:${issue.path.join('.')}`,
				needle: `<${name}`,
			});
		}
	}
}
