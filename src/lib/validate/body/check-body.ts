/**
 * Checks a document's body as the site will render it: parsed by Sätteri, the
 * site's own Markdown and MDX processor, with the site's features
 * (`safety/markdown-features.ts`), raw HTML parsed into elements, and checked
 * against the allowlist (`safety/check-tree.ts`). The build runs the same
 * check on the same tree (`safety/guard-plugin.ts`), so skipping
 * `npm run validate` gains nothing and nothing the check did not see is
 * rendered.
 */
import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { htmlToHast, markdownToHast, mdxToHast } from 'satteri';
import type { Diagnostic } from '../report/diagnostics.ts';
import { rule, type RuleId } from '../report/rules.ts';
import { say, type Localized } from '../report/messages.ts';
import { checkTree, isOtherHost, type TreeContext, type TreeNode, type Violation } from './check-tree.ts';
import { ATTACHMENT_EXTENSIONS, checkImageSource, resolveDocumentFile } from './document-files.ts';
import { headingIds } from './heading-ids.ts';
import { BODY_LIMITS } from '../read/limits.ts';
import { MARKDOWN_FEATURES } from './markdown-features.ts';
import { nestingDepth } from '../read/nesting-depth.ts';

/** The body as the renderer receives it. */
export interface RenderedSource {
	/** The text handed to the renderer: for Markdown the trimmed body, for MDX the whole file with its front matter blanked. */
	text: string;
	mdx: boolean;
	/** Lines of the file before `text` begins. */
	lineOffset: number;
}

/** What the body check needs to know about the rest of the library. */
export interface BodyContext {
	/** Path of the file, relative to `root`. */
	file: string;
	root: string;
	/** Whether an absolute site path (`/positionen/x/`) exists. */
	pathExists: (path: string) => boolean;
	/** The fragment ids a document's page has, by site path; undefined when unknown. */
	idsOf?: (path: string) => ReadonlySet<string> | undefined;
}

/** A link to a page of the site or a file of the document, to resolve once all documents are known. */
export interface LinkReference {
	url: string;
	/** Place in the file. */
	line: number;
	column: number;
	/** End of the address in the file, where its text was found. */
	endLine?: number;
	endColumn?: number;
}

/** A point in a body. */
type Point = { line: number; column: number };

/** What scanning one body found: problems that need no other file, the links to resolve, and the fragment ids of the body. */
export interface BodyScan {
	diagnostics: Diagnostic[];
	links: LinkReference[];
	ids: string[];
}

type Tree = TreeNode & { children?: TreeNode[] };

/**
 * Finds text in a body and turns offsets into lines and columns. Made once per
 * body: the lower-cased text and the line starts are computed once, so that
 * locating many links or violations stays linear in the size of the body.
 */
class TextLocator {
	private readonly lower: string;
	private readonly lineStarts: number[] = [0];
	constructor(text: string) {
		this.lower = text.toLowerCase();
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
	}
	/** The place of an offset. */
	at(index: number): { line: number; column: number; index: number } {
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (this.lineStarts[mid]! <= index) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: index - this.lineStarts[low]! + 1, index };
	}
	/** The offset of a line and column. */
	offset(line: number, column: number): number {
		return (this.lineStarts[line - 1] ?? 0) + column - 1;
	}
	/**
	 * The place of the first `needle` (any case) from `from` on, else anywhere,
	 * else `from` itself; with the end of the needle where it was found.
	 */
	find(needle: string, from = 0): { line: number; column: number; index: number; end?: Point } {
		const lowered = needle.toLowerCase();
		let index = lowered ? this.lower.indexOf(lowered, from) : -1;
		if (index < 0 && lowered) index = this.lower.indexOf(lowered);
		if (index < 0) return this.at(Math.min(from, this.lower.length));
		const end = this.at(index + lowered.length);
		return { ...this.at(index), end: { line: end.line, column: end.column } };
	}
}

/** At most this many violations are reported for one file; a contributor fixes the first ones and runs again. */
const MAX_REPORTED = 100;

/**
 * How deep a body nests before it is parsed: quote and list markers at the
 * start of a line (`> > 1. - x`), and open brackets. The parser's time grows
 * faster than the size of such input (50,000 list markers on one line: 45 s)
 * and very deep brackets overflow its stack, so they are refused unparsed.
 */
export function nestingBeforeParse(text: string): { depth: number; line: number } {
	let deepest = { depth: 0, line: 1 };
	let brackets = 0;
	let line = 1;
	let lineStart = true;
	let markers = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\n') {
			// A blank line ends a paragraph, and with it any brackets left open in prose.
			if (lineStart && markers === 0) brackets = 0;
			line++;
			lineStart = true;
			markers = 0;
			continue;
		}
		if (lineStart) {
			if (c === ' ' || c === '\t') continue;
			let end = i;
			if (c === '>') end = i + 1;
			else if ((c === '-' || c === '*' || c === '+') && /[ \t]/.test(text[i + 1] ?? '')) end = i + 1;
			else if (c >= '0' && c <= '9') {
				let j = i;
				while (j < text.length && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
				if ((text[j] === '.' || text[j] === ')') && /[ \t]/.test(text[j + 1] ?? '')) end = j + 1;
			}
			if (end > i) {
				markers++;
				if (markers > deepest.depth) deepest = { depth: markers, line };
				i = end - 1;
				continue;
			}
			lineStart = false;
		}
		if (c === '(' || c === '[' || c === '{') {
			brackets++;
			if (brackets > deepest.depth) deepest = { depth: brackets, line };
		} else if ((c === ')' || c === ']' || c === '}') && brackets > 0) brackets--;
	}
	return deepest;
}

/**
 * Checks the body of one document on its own: everything the allowlist refuses
 * and the links to resolve later. Needs nothing but the text and the
 * document's own folder, so it can run in parallel.
 */
export function scanBody(source: RenderedSource, context: Pick<BodyContext, 'file' | 'root'>): BodyScan {
	const out: Diagnostic[] = [];
	const links: LinkReference[] = [];
	const at = (line: number, column: number, ruleId: RuleId, message: Localized, end?: Point) =>
		out.push({
			file: context.file,
			line: line + source.lineOffset,
			column,
			...(end && { endLine: end.line + source.lineOffset, endColumn: end.column }),
			...rule(ruleId),
			message,
		});
	if (source.text.length > BODY_LIMITS.characters) {
		at(
			1,
			1,
			'body-limit',
			say(
				`Der Text ist ${source.text.length} Zeichen lang; erlaubt sind ${BODY_LIMITS.characters}. Das Dokument teilen`,
				`Unexpected body of ${source.text.length} characters, expected at most ${BODY_LIMITS.characters}: split the document`,
			),
		);
		return { diagnostics: out, links, ids: [] };
	}

	const nesting = nestingBeforeParse(source.text);
	if (nesting.depth > BODY_LIMITS.depth) {
		at(
			nesting.line,
			1,
			'body-limit',
			say(
				`Der Text ist tiefer als ${BODY_LIMITS.depth} Ebenen verschachtelt (Listen, Zitate, Klammern); flacher gliedern`,
				`Unexpected nesting deeper than ${BODY_LIMITS.depth} levels (lists, quotes, brackets), expected a flatter structure`,
			),
		);
		return { diagnostics: out, links, ids: [] };
	}
	if (source.mdx) {
		let marks = 0;
		for (let i = 0; i < source.text.length; i++) if (source.text[i] === '<' || source.text[i] === '{') marks++;
		if (marks > BODY_LIMITS.mdxMarks) {
			at(
				1,
				1,
				'body-limit',
				say(
					`Das MDX-Dokument enthält ${marks} Zeichen \`<\` und \`{\`; erlaubt sind ${BODY_LIMITS.mdxMarks}. Als Markdown (\`.md\`) speichern oder teilen`,
					`Unexpected ${marks} \`<\` and \`{\` in an MDX document, expected at most ${BODY_LIMITS.mdxMarks}: save it as Markdown (\`.md\`) or split it`,
				),
			);
			return { diagnostics: out, links, ids: [] };
		}
	}

	let tree: Tree;
	try {
		tree = (
			source.mdx
				? mdxToHast(source.text, { features: MARKDOWN_FEATURES })
				: markdownToHast(source.text, { features: MARKDOWN_FEATURES, position: false })
		) as Tree;
	} catch (error) {
		const reason = (error as Error).message ?? String(error);
		const place = /^(\d+):(\d+)(?:-(\d+):(\d+))?/.exec(reason);
		const text = reason
			.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '')
			.replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')
			.replace(/\((\d+):(\d+)\)/g, (_, l: string, c: string) => `(${Number(l) + source.lineOffset}:${c})`);
		const end = place?.[3] ? { line: Number(place[3]), column: Number(place[4]) } : undefined;
		at(
			place ? Number(place[1]) : 1,
			place ? Number(place[2]) : 1,
			'mdx-syntax',
			say(`MDX lässt sich nicht lesen: ${text}`, `Unreadable MDX: ${text}`),
			end,
		);
		return { diagnostics: out, links, ids: [] };
	}
	if (nestingDepth<TreeNode>(tree, (node) => node.children ?? []) > BODY_LIMITS.depth) {
		at(
			1,
			1,
			'body-limit',
			say(
				`Der Text ist tiefer als ${BODY_LIMITS.depth} Ebenen verschachtelt (Listen, Zitate, HTML); flacher gliedern`,
				`Unexpected nesting deeper than ${BODY_LIMITS.depth} levels (lists, quotes, HTML), expected a flatter structure`,
			),
		);
		return { diagnostics: out, links, ids: [] };
	}

	const found: string[] = [];
	const treeContext: TreeContext = {
		checkImage: (src) => checkImageSource(src, context),
		onLink: (url) => found.push(url),
	};
	const all = checkTree(tree, treeContext);
	const violations = all.slice(0, MAX_REPORTED);
	const locator = new TextLocator(source.text);
	const located =
		violations.length > 0 && !source.mdx
			? locateInMarkdown(source.text, locator, violations, treeContext)
			: new Map<Violation, Point & { end?: Point }>();
	for (const violation of violations) {
		const position = violation.node.position;
		const place =
			located.get(violation) ?? (position ? { ...position.start, end: position.end } : locator.find(violation.needle));
		at(place.line, place.column, violation.ruleId, violation.message, place.end);
	}
	if (all.length > violations.length) {
		const rest = all.length - violations.length;
		at(
			locator.at(source.text.length).line,
			1,
			all[MAX_REPORTED]!.ruleId,
			say(
				`… und ${rest} weitere Stellen dieser Art; die ersten ${MAX_REPORTED} beheben und erneut prüfen`,
				`… and ${rest} more of the kind; fix the first ${MAX_REPORTED} and check again`,
			),
		);
	}
	// Links are located by their text; only a broken one is ever shown.
	let from = 0;
	for (const url of found) {
		const place = locator.find(url, from);
		from = place.index;
		links.push({
			url,
			line: place.line + source.lineOffset,
			column: place.column,
			...(place.end && { endLine: place.end.line + source.lineOffset, endColumn: place.end.column }),
		});
	}
	return { diagnostics: out, links, ids: headingIds(tree) };
}

/**
 * Finds where the violations of a Markdown body stand. The rendered tree has
 * raw HTML parsed across the whole document and so no positions; a second
 * reading keeps raw HTML as text with positions, and each piece is parsed on
 * its own to see which violations it holds. The first reading stays the one
 * that counts: only what it found is reported.
 */
function locateInMarkdown(
	text: string,
	locator: TextLocator,
	violations: readonly Violation[],
	context: TreeContext,
): Map<Violation, Point & { end?: Point }> {
	const positioned = markdownToHast(text, { features: { ...MARKDOWN_FEATURES, rawHtml: false } }) as Tree;
	const candidates: Violation[] = checkTree(positioned, {
		...context,
		onLink: undefined,
		raw: (value, node) =>
			checkTree(htmlToHast(value, { fragment: true }) as Tree, { ...context, onLink: undefined }).map((v) => ({
				...v,
				node,
			})),
	});
	// Candidates by key, in document order; each is used once.
	const byKey = new Map<string, Violation[]>();
	for (const candidate of candidates)
		if (candidate.node.position)
			(byKey.get(candidate.key) ?? byKey.set(candidate.key, []).get(candidate.key)!).push(candidate);
	const result = new Map<Violation, Point & { end?: Point }>();
	for (const violation of violations) {
		const candidate = byKey.get(violation.key)?.shift();
		if (!candidate) continue;
		const { start, end } = candidate.node.position!;
		// Within a piece of raw HTML, point at the attribute or tag itself.
		const place =
			candidate.node.type === 'raw'
				? locator.find(violation.needle, locator.offset(start.line, start.column))
				: { ...start, end };
		result.set(violation, { line: place.line, column: place.column, ...(place.end && { end: place.end }) });
	}
	return result;
}

/**
 * Resolves the links `scanBody` found: internal paths must be pages of the
 * site (and their fragments ids on the page), relative links files of the
 * document, and fragments of the document itself ids in its body.
 */
export function checkLinks(
	links: readonly LinkReference[],
	ownIds: ReadonlySet<string>,
	context: BodyContext,
): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const { url, line, column, endLine, endColumn } of links) {
		const report = (message: Localized) =>
			out.push({
				file: context.file,
				line,
				column,
				...(endLine !== undefined && { endLine, endColumn }),
				...rule('link'),
				message,
			});
		if (isOtherHost(url) || /^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
		const [target = '', fragment] = url.split('#', 2) as [string, string | undefined];
		const path = target.split('?')[0]!;
		if (path === '') {
			if (fragment && !ownIds.has(decodeFragment(fragment))) {
				report(
					say(
						`Die Sprungmarke \`#${fragment}\` gibt es in diesem Dokument nicht; erwartet: die Id einer Überschrift wie \`#${[...ownIds][0] ?? 'abschnitt'}\``,
						`Unexpected fragment \`#${fragment}\`, expected the id of a heading of this document such as \`#${[...ownIds][0] ?? 'section'}\``,
					),
				);
			}
			continue;
		}
		if (path.startsWith('/')) {
			const page = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
			if (!context.pathExists(page) && !existsSync(join(context.root, 'public', normalize(page)))) {
				report(
					say(
						`Interner Link \`${url}\` führt ins Leere; erwartet: eine bestehende Seite dieser Website`,
						`Unexpected broken link \`${url}\`, expected an existing page of this site`,
					),
				);
				continue;
			}
			if (!fragment) continue;
			// Only a document's own headings are known before the build; other pages are linked as a whole.
			const ids = context.idsOf?.(page);
			if (!ids)
				report(
					say(
						`Sprungmarken sind nur in Links auf Dokumente möglich; \`#${fragment}\` entfernen und \`${page}\` verlinken`,
						`Unexpected fragment \`#${fragment}\` on a page that is not a document, expected a link to \`${page}\` alone`,
					),
				);
			else if (!ids.has(decodeFragment(fragment)))
				report(
					say(
						`Die Sprungmarke \`#${fragment}\` gibt es im Dokument \`${page}\` nicht`,
						`Unexpected fragment \`#${fragment}\`, expected the id of a heading of \`${page}\``,
					),
				);
			continue;
		}
		if (/\.mdx?$/i.test(path)) {
			report(
				say(
					`Relativer Link \`${url}\` auf eine Dokumentdatei; auf der Website führt er ins Leere. Erwartet: die Adresse der Seite, etwa \`/positionen/<id>/\``,
					`Unexpected relative link \`${url}\` to a document file, which is broken on the site, expected the page's address such as \`/positionen/<id>/\``,
				),
			);
			continue;
		}
		// The whole address: the build publishes the file only as it is written, without `?…`.
		const { problem } = resolveDocumentFile(target, context, ATTACHMENT_EXTENSIONS);
		if (problem) report(say(`Relativer Link \`${url}\`: ${problem.de}`, `Relative link \`${url}\`: ${problem.en}`));
		else if (fragment)
			report(
				say(
					`Relativer Link \`${url}\` mit Sprungmarke; erwartet: die Datei ohne \`#…\``,
					`Unexpected fragment in relative link \`${url}\`, expected the file alone`,
				),
			);
	}
	return out;
}

const decodeFragment = (fragment: string) => {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
};
