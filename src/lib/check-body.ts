/**
 * Checks a document's body the way remark sees it: safe content (no scripts,
 * frames, forms, event handlers or `javascript:` links; in MDX no imports,
 * exports or expressions, and only the site's own components with valid
 * props) and links that resolve. The site build runs the same checks, so
 * skipping `npm run validate` gains nothing.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENTS, mdxComponentProps, type MdxComponentName } from '../schemas/mdx-components.ts';
import type { Diagnostic } from './diagnostics.ts';
import { describeIssue, say, type Localized } from './messages.ts';

/** Raw HTML elements that can run code, load other sites or send data. */
export const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'object', 'embed', 'form'] as const;
/** URL schemes that run code or smuggle content. */
const FORBIDDEN_SCHEME = /^\s*(javascript|vbscript|data):/i;
const FORBIDDEN_TAG = new RegExp(`<\\s*(${FORBIDDEN_ELEMENTS.join('|')})\\b`, 'gi');
const EVENT_ATTRIBUTE = /\s(on[a-z]+)\s*=/gi;
const URL_ATTRIBUTE = /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?([^"'\s>]+)/gi;

/** What the body check needs to know about the rest of the library. */
export interface BodyContext {
	/** Path of the file, relative to `root`. */
	file: string;
	root: string;
	/** Lines before the body (front matter and its `---` lines), to report body positions in the file. */
	lineOffset: number;
	/** Whether an absolute site path (`/positionen/x/`) exists. */
	pathExists: (path: string) => boolean;
}

type Point = { line: number; column: number } | undefined;

function parser(mdx: boolean) {
	const processor = unified().use(remarkParse).use(remarkGfm);
	return mdx ? processor.use(remarkMdx) : processor;
}

/** Checks the body text of one document; returns its diagnostics. */
export function checkBody(body: string, context: BodyContext): Diagnostic[] {
	const out: Diagnostic[] = [];
	const mdx = extname(context.file) === '.mdx';
	const report = (point: Point, ruleId: string, message: Localized) =>
		out.push({ file: context.file, line: (point?.line ?? 1) + context.lineOffset, column: point?.column ?? 1, severity: 'error', ruleId, message });

	let tree: Root;
	try {
		tree = parser(mdx).parse(body) as Root;
	} catch (error) {
		const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
		const point = place && 'start' in place && place.start ? place.start : (place as Point);
		const reason = (error as { reason?: string }).reason ?? String(error);
		report(point, 'mdx-syntax', say(`MDX lässt sich nicht lesen: ${reason}`, `Unreadable MDX: ${reason}`));
		return out;
	}

	const checkHtml = (html: string, point: Point) => {
		for (const match of html.matchAll(FORBIDDEN_TAG)) {
			const tag = match[1]!.toLowerCase();
			report(point, 'unsafe-html', say(`Nicht erlaubtes HTML-Element \`<${tag}>\`; Skripte, Stile, Frames, eingebettete Objekte und Formulare sind in Dokumenten nicht zulässig – entfernen`, `Unexpected HTML element \`<${tag}>\`, expected no scripts, styles, frames, embedded objects or forms in documents – remove it`));
		}
		for (const match of html.matchAll(EVENT_ATTRIBUTE)) {
			report(point, 'unsafe-attribute', say(`Nicht erlaubtes Attribut \`${match[1]}\`; Event-Handler führen Code aus – entfernen`, `Unexpected attribute \`${match[1]}\`, expected no event handlers, which run code – remove it`));
		}
		for (const match of html.matchAll(URL_ATTRIBUTE)) checkUrl(match[1]!, point);
	};

	const checkUrl = (url: string, point: Point) => {
		if (FORBIDDEN_SCHEME.test(url)) {
			const scheme = url.trim().split(':')[0]!.toLowerCase();
			report(point, 'unsafe-url', say(`Nicht erlaubte Adresse \`${scheme}:…\`; erwartet: \`https://\`, ein Pfad dieser Website oder eine relative Datei`, `Unexpected \`${scheme}:\` URL, expected \`https://\`, a path on this site or a relative file`));
			return;
		}
		checkLink(url, point);
	};

	const checkLink = (url: string, point: Point) => {
		if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//') || url === '') return;
		const target = url.split(/[?#]/)[0]!;
		if (target.startsWith('/')) {
			const path = target.endsWith('/') || extname(target) ? target : `${target}/`;
			if (!context.pathExists(path) && !existsSync(join(context.root, 'public', target))) {
				report(point, 'link', say(`Interner Link \`${url}\` führt ins Leere; erwartet: eine bestehende Seite dieser Website`, `Unexpected broken link \`${url}\`, expected an existing page of this site`));
			}
			return;
		}
		const resolved = normalize(join(dirname(context.file), decodeURIComponent(target)));
		if (!existsSync(join(context.root, resolved))) {
			report(point, 'link', say(`Relativer Link \`${url}\` zeigt auf keine vorhandene Datei (\`${resolved}\`)`, `Unexpected broken link \`${url}\`, expected an existing file (\`${resolved}\`)`));
		}
	};

	visit(tree, (node) => {
		const point: Point = node.position?.start;
		switch (node.type) {
			case 'html':
				checkHtml(node.value, point);
				break;
			case 'link':
			case 'image':
			case 'definition':
				checkUrl(node.url, point);
				break;
			case 'mdxjsEsm':
				report(point, 'mdx-esm', say('`import` und `export` sind in Dokumenten nicht erlaubt; die erlaubten Komponenten stehen ohne Import bereit', 'Unexpected `import` or `export`, expected none: the allowed components are available without import'));
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				report(point, 'mdx-expression', say('JavaScript-Ausdrücke in `{…}` sind in Dokumenten nicht erlaubt; geschweifte Klammern als Text schreiben Sie `\\{`', 'Unexpected JavaScript expression in `{…}`, expected none; write a literal brace as `\\{`'));
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				const props: Record<string, unknown> = {};
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxExpressionAttribute') {
						report(point, 'mdx-expression', say('Attribute per `{...}` sind in Dokumenten nicht erlaubt', 'Unexpected spread attribute `{...}`, expected plain attributes'));
						continue;
					}
					if (/^on/i.test(attribute.name)) report(point, 'unsafe-attribute', say(`Nicht erlaubtes Attribut \`${attribute.name}\`; Event-Handler führen Code aus – entfernen`, `Unexpected attribute \`${attribute.name}\`, expected no event handlers, which run code – remove it`));
					if (attribute.value && typeof attribute.value === 'object') {
						report(point, 'mdx-expression', say(`Ausdruck im Attribut \`${attribute.name}\` ist nicht erlaubt; erwartet: ein Text in Anführungszeichen`, `Unexpected expression in attribute \`${attribute.name}\`, expected a quoted text`));
						continue;
					}
					if (typeof attribute.value === 'string' && /^(href|src)$/i.test(attribute.name)) checkUrl(attribute.value, point);
					props[attribute.name] = attribute.value ?? true;
				}
				if (/^[A-Z]/.test(name)) {
					if (!(MDX_COMPONENTS as string[]).includes(name)) {
						report(point, 'mdx-component', say(`Unbekannte Komponente \`<${name}>\`, erlaubt: ${MDX_COMPONENTS.map((c) => `\`<${c}>\``).join(', ')}`, `Unexpected component \`<${name}>\`, expected one of ${MDX_COMPONENTS.map((c) => `\`<${c}>\``).join(', ')}`));
					} else {
						const result = mdxComponentProps[name as MdxComponentName].safeParse(props, { reportInput: true });
						if (!result.success) for (const issue of result.error.issues) {
							const m = describeIssue(issue);
							report(point, 'mdx-props', say(`\`<${name}>\`: ${m.de}`, `\`<${name}>\`: ${m.en}`));
						}
					}
				} else if ((FORBIDDEN_ELEMENTS as readonly string[]).includes(name.toLowerCase())) {
					checkHtml(`<${name}>`, point);
				}
				break;
			}
		}
	});
	return out;
}
