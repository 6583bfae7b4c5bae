/**
 * Checks a document's body as the site will render it: parsed by Sätteri, the
 * site's own Markdown and MDX processor, with the site's features
 * (`safety/markdown-features.ts`), raw HTML parsed into elements, and checked
 * against the allowlist (`safety/check-tree.ts`). The build runs the same
 * check on the same tree (`safety/guard-plugin.ts`), so skipping
 * `npm run validate` gains nothing and nothing the check did not see is
 * rendered.
 */
import { markdownToHast, mdxToHast } from 'satteri';
import type { Diagnostic } from '../report/diagnostics.ts';
import { rule, type RuleId } from '../report/rules.ts';
import { say, type Localized } from '../report/messages.ts';
import { checkTree, type TreeContext, type TreeNode, type Violation } from './check-tree.ts';
import { checkAccessibility } from './check-accessibility.ts';
import { checkImageSource } from './document-files.ts';
import { headingIds } from './heading-ids.ts';
import { BODY_LIMITS } from '../read/limits.ts';
import { MARKDOWN_FEATURES } from './markdown-features.ts';
import { nestingBeforeParse } from './nesting-before-parse.ts';
import { locateInMarkdown, TextLocator, type Point } from './text-locator.ts';
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
/** What scanning one body found: problems that need no other file, the links to resolve, and the fragment ids of the body. */
export interface BodyScan {
	diagnostics: Diagnostic[];
	links: LinkReference[];
	ids: string[];
}

type Tree = TreeNode & { children?: TreeNode[] };

/** At most this many violations are reported for one file; a contributor fixes the first ones and runs again. */
const MAX_REPORTED = 100;

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
	const all = [...checkTree(tree, treeContext), ...checkAccessibility(tree)];
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
