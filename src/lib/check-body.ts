/**
 * Checks a document's body the way remark sees it: safe content (no scripts,
 * frames, forms, event handlers or `javascript:` links; in MDX no imports,
 * exports or expressions, and only the site's own components with valid
 * props) and links that resolve. The site build runs the same checks, so
 * skipping `npm run validate` gains nothing.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { MDX_COMPONENTS, mdxComponentProps, type MdxComponentName } from '../schemas/mdx-components.ts';
import type { Diagnostic } from './diagnostics.ts';
import { describeIssue, say, type Localized } from './messages.ts';
import { shortenPlainLines } from './shorten-plain-lines.ts';

/** Raw HTML elements that can run code, load other sites or send data. */
export const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'object', 'embed', 'form'] as const;
/**
 * URL schemes that run code or smuggle content. Browsers skip leading control
 * characters and spaces and drop tabs and line breaks anywhere in a URL, so
 * `java\tscript:` is tested as `javascript:`.
 */
const FORBIDDEN_SCHEME = /^[\0-\x20]*(javascript|vbscript|data):/i;
/** The name ends where a browser ends it, so `<style-guide>` is not `<style>`. */
const FORBIDDEN_TAG = new RegExp(`<\\s*(${FORBIDDEN_ELEMENTS.join('|')})(?=[\\s/>]|$)`, 'gi');
/** An opening tag; a `>` inside a quoted value does not end it. Attributes are looked for only here, not in the text between tags. */
const HTML_TAG = /<[a-z](?:"[^"]*"|'[^']*'|[^'">])*>?/gi;
const EVENT_ATTRIBUTE = /\s(on[a-z]+)\s*=/gi;
const URL_ATTRIBUTE = /\s(?:href|src|action|formaction|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
/** Character references a browser decodes in an attribute value, as far as they can spell a scheme. */
const decodeReferences = (value: string) =>
	value.replace(/&(?:#(\d+)|#x([\da-f]+)|(colon|tab|newline|amp));?/gi, (ref, dec?: string, hex?: string, name?: string) => {
		if (name) return ({ colon: ':', tab: '\t', newline: '\n', amp: '&' } as Record<string, string>)[name.toLowerCase()]!;
		const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ref;
	});

/** The place `index` characters into a node's text that starts at `point`. */
function shift(point: Point, text: string, index: number): Point {
	if (!point) return point;
	const before = text.slice(0, index);
	const lines = before.split('\n');
	return lines.length === 1 ? { line: point.line, column: point.column + index } : { line: point.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

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

// GitHub Flavoured Markdown is left out on purpose: what it adds (tables,
// strikethrough, literal `www.` and `https://` links, footnotes) holds nothing
// to check, links inside table cells are found without it, and its autolink
// scanner costs a fifth of the parse. Footnote definitions then read as link
// definitions; those are skipped below.
const markdown = unified().use(remarkParse);
const mdxParser = unified().use(remarkParse).use(remarkMdx);

/**
 * Whether a Markdown body can hold anything this check looks at: raw HTML or
 * autolinks (`<`), inline links and images (`](`), or link definitions
 * (`]:`). Bodies without any of these need no parse at all; MDX is always
 * parsed, since any text may hide an expression.
 */
export function needsParse(body: string, mdx: boolean): boolean {
	return mdx || body.includes('<') || body.includes('](') || body.includes(']:');
}

/** A link to a page of the site or a file of the repository, to resolve once all documents are known. */
export interface LinkReference {
	url: string;
	/** Place in the file. */
	line: number;
	column: number;
}

/** What scanning one body found: problems that need no other file, and the links to resolve. */
export interface BodyScan {
	diagnostics: Diagnostic[];
	links: LinkReference[];
}

/** Calls `visit` on every node of a tree, parents before children, in document order (as `unist-util-visit` does, at a fraction of its cost). */
function visitAll(node: Root | RootContent, visit: (node: Root | RootContent) => void): void {
	visit(node);
	if ('children' in node) for (const child of node.children) visitAll(child, visit);
}

/**
 * Checks the body of one document on its own: safe content, MDX, and URL
 * schemes. Needs nothing but the text, so it can run in parallel. A Markdown
 * body is parsed with its plain lines shortened (`shortenPlainLines`), which
 * finds the same problems at the same places; `{ whole: true }` parses it as
 * it is, for the test that proves this.
 */
export function scanBody(body: string, context: Pick<BodyContext, 'file' | 'lineOffset'>, options: { whole?: boolean } = {}): BodyScan {
	const out: Diagnostic[] = [];
	const links: LinkReference[] = [];
	const mdx = extname(context.file) === '.mdx';
	if (!needsParse(body, mdx)) return { diagnostics: out, links };
	const parsed = mdx || options.whole ? { text: body, sourceLine: (line: number) => line } : shortenPlainLines(body);
	/** The line in the file of a line of the parsed text. */
	const fileLine = (point: Point) => parsed.sourceLine(point?.line ?? 1) + context.lineOffset;
	const report = (point: Point, ruleId: string, message: Localized) =>
		out.push({ file: context.file, line: fileLine(point), column: point?.column ?? 1, severity: 'error', ruleId, message });

	let tree: Root;
	try {
		tree = (mdx ? mdxParser : markdown).parse(parsed.text) as Root;
	} catch (error) {
		const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
		let point = place && 'start' in place && place.start ? place.start : (place as Point);
		// Positions in the reason, such as `(3:1-3:21)`, count from the body; an
		// unclosed element has no place of its own, only the one in the reason.
		const inReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec((error as { reason?: string }).reason ?? '');
		point ??= inReason ? { line: Number(inReason[1]), column: Number(inReason[2]) } : undefined;
		const reason = ((error as { reason?: string }).reason ?? String(error)).replace(/\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g, (_, l1: string, c1: string, l2?: string, c2?: string) =>
			`(${Number(l1) + context.lineOffset}:${c1}${l2 ? `-${Number(l2) + context.lineOffset}:${c2}` : ''})`);
		report(point, 'mdx-syntax', say(`MDX lässt sich nicht lesen: ${reason}`, `Unreadable MDX: ${reason}`));
		return { diagnostics: out, links };
	}

	const checkHtml = (html: string, point: Point) => {
		for (const match of html.matchAll(FORBIDDEN_TAG)) {
			const tag = match[1]!.toLowerCase();
			report(shift(point, html, match.index), 'unsafe-html', say(`Nicht erlaubtes HTML-Element \`<${tag}>\`; Skripte, Stile, Frames, eingebettete Objekte und Formulare sind in Dokumenten nicht zulässig – entfernen`, `Unexpected HTML element \`<${tag}>\`, expected no scripts, styles, frames, embedded objects or forms in documents – remove it`));
		}
		for (const tag of html.matchAll(HTML_TAG)) {
			const at = shift(point, html, tag.index);
			for (const match of tag[0].matchAll(EVENT_ATTRIBUTE)) {
				report(at, 'unsafe-attribute', say(`Nicht erlaubtes Attribut \`${match[1]}\`; Event-Handler führen Code aus – entfernen`, `Unexpected attribute \`${match[1]}\`, expected no event handlers, which run code – remove it`));
			}
			for (const match of tag[0].matchAll(URL_ATTRIBUTE)) checkUrl(decodeReferences(match[1] ?? match[2] ?? match[3]!), at);
		}
	};

	const checkUrl = (url: string, point: Point) => {
		const scheme = FORBIDDEN_SCHEME.exec(url.replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();
		if (scheme) {
			report(point, 'unsafe-url', say(`Nicht erlaubte Adresse \`${scheme}:…\`; erwartet: \`https://\`, ein Pfad dieser Website oder eine relative Datei`, `Unexpected \`${scheme}:\` URL, expected \`https://\`, a path on this site or a relative file`));
			return;
		}
		checkLink(url, point);
	};

	const checkLink = (url: string, point: Point) => {
		// Whether the target exists depends on the whole library: resolved later by `checkLinks`.
		if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('#') && !url.startsWith('//') && url !== '') {
			links.push({ url, line: fileLine(point), column: point?.column ?? 1 });
		}
	};

	visitAll(tree, (node) => {
		const point: Point = node.position?.start;
		switch (node.type) {
			case 'html':
				checkHtml(node.value, point);
				break;
			case 'definition':
				// `[^1]: …` is a footnote, not a link (see the parser above).
				if (!node.label?.startsWith('^')) checkUrl(node.url, point);
				break;
			case 'link':
			case 'image':
				checkUrl(node.url, point);
				break;
			case 'mdxjsEsm':
				report(point, 'mdx-esm', say('`import` und `export` sind in Dokumenten nicht erlaubt; die erlaubten Komponenten stehen ohne Import bereit', 'Unexpected `import` or `export`, expected none: the allowed components are available without import'));
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				// `{/* … */}` is how MDX writes a comment (its own error message says so); it runs nothing.
				if (/^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)+$/.test(node.value)) break;
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
				// `<x.y>` is a component too: MDX reads a dotted name as a JavaScript reference.
				if (/^[A-Z]/.test(name) || name.includes('.')) {
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
	return { diagnostics: out, links };
}

/** Resolves the links `scanBody` found: internal paths must be pages of the site, relative links existing files. */
export function checkLinks(links: readonly LinkReference[], context: Pick<BodyContext, 'file' | 'root' | 'pathExists'>): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const { url, line, column } of links) {
		const report = (message: Localized) => out.push({ file: context.file, line, column, severity: 'error', ruleId: 'link', message });
		const target = url.split(/[?#]/)[0]!;
		if (target.startsWith('/')) {
			const path = target.endsWith('/') || extname(target) ? target : `${target}/`;
			if (!context.pathExists(path) && !existsSync(join(context.root, 'public', target))) {
				report(say(`Interner Link \`${url}\` führt ins Leere; erwartet: eine bestehende Seite dieser Website`, `Unexpected broken link \`${url}\`, expected an existing page of this site`));
			}
			continue;
		}
		let decoded = target;
		try {
			decoded = decodeURIComponent(target);
		} catch {
			// A malformed `%` escape: look for the file as written.
		}
		const resolved = normalize(join(dirname(context.file), decoded));
		if (!existsSync(join(context.root, resolved))) {
			report(say(`Relativer Link \`${url}\` zeigt auf keine vorhandene Datei (\`${resolved}\`)`, `Unexpected broken link \`${url}\`, expected an existing file (\`${resolved}\`)`));
		}
	}
	return out;
}
