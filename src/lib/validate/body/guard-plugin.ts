/**
 * The body check inside the build: a Sätteri hast plugin that runs, for every
 * Markdown and MDX document, the allowlist of `check-tree.ts` and the
 * accessibility checks of `check-accessibility.ts` on the very tree
 * that is about to be rendered, and stops the build on anything it refuses —
 * whether or not `npm run validate` ran, and whatever a cache says. It also
 * turns links to a document's own files into their published addresses, and
 * puts links to pages of the site (`/positionen/x/`) below the base the site
 * is served under.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastVisitorInstance } from 'satteri';
import type { MessageLanguage } from '../report/messages.ts';
import { checkTree, type TreeNode } from './check-tree.ts';
import { checkAccessibility } from './check-accessibility.ts';
import { ATTACHMENT_EXTENSIONS, checkImageSource, publishedFile, resolveDocumentFile } from './document-files.ts';
import { withBase } from '../../routes/base.ts';

/**
 * Set only by the test that builds a library of hostile documents to prove the
 * check of the built pages (`output-guard.ts`) finds each of them. The build
 * then lets every body through unchecked, except code: an MDX expression or
 * import is replaced by an inert element, so that it never runs even there.
 */
export const UNGUARDED_FOR_TESTS = 'DREIKLANG_TEST_UNGUARDED_BODIES';

/**
 * The base address of the source a harvested document's place belongs to
 * (`harvest/<source>/<kind>/<id>.md`, `src/lib/harvest/`), if it is one.
 */
function harvestedBase(file: string, sources: readonly { id: string; url: string }[]): URL | undefined {
	const match = /^harvest\/([^/]+)\//.exec(file);
	const source = match && sources.find((s) => s.id === match[1]);
	return source ? new URL(source.url.endsWith('/') ? source.url : `${source.url}/`) : undefined;
}

/** An origin no address has, to read a link as a browser on the page would. */
const PLACEHOLDER = 'https://placeholder.invalid';

/**
 * Where a harvested document's site path (`/positionen/x/`) leads: the same
 * path below the source's address. Only the path, query and fragment the
 * browser would read are carried over, put into the source's own address, so
 * no link can turn into another scheme or host on the way
 * (`/javascript:…`, `/\\host`, `/../`); a link the browser reads as another
 * host's is left to the checks of any other external link.
 */
export function harvestedLink(href: string, source: URL): string | undefined {
	let read: URL;
	try {
		read = new URL(href, `${PLACEHOLDER}/`);
	} catch {
		return undefined;
	}
	if (read.origin !== PLACEHOLDER) return undefined;
	const target = new URL(source.href);
	target.pathname = `${source.pathname}${read.pathname.slice(1)}`;
	target.search = read.search;
	target.hash = read.hash;
	return target.href;
}

/**
 * The plugin, for the library at `root`; messages in `lang`; `base` is the
 * path the site is served under (`basePath` of its `url`, default `/`).
 * `harvest` names the sources of harvested documents: a link of theirs to a
 * page of their own library (`/positionen/x/`) leads to that page at the source.
 */
export function contentGuard(
	root: string,
	lang: MessageLanguage = 'de',
	base = '/',
	harvest: readonly { id: string; url: string }[] = [],
): HastVisitorInstance & { name: string } {
	const unguarded = process.env[UNGUARDED_FOR_TESTS] === '1';
	const placeOf = (fileURL: URL | undefined) => ({
		root,
		file: fileURL ? relative(root, fileURLToPath(fileURL)).split('\\').join('/') : '',
	});
	return {
		name: 'dreiklang:content-guard',
		before(tree, ctx) {
			const place = placeOf(ctx.fileURL);
			const violations = [
				...checkTree(tree as unknown as TreeNode, { checkImage: (src) => checkImageSource(src, place) }),
				...checkAccessibility(tree as unknown as TreeNode),
			];
			if (violations.length === 0) return;
			if (unguarded) {
				for (const v of violations) {
					if (
						/^mdx-(expression|esm)$/.test(v.ruleId) &&
						/^(?:mdxFlowExpression|mdxTextExpression|mdxjsEsm)$/.test(v.node.type)
					) {
						ctx.replaceNode(
							v.node as never,
							{ type: 'element', tagName: 'dreiklang-refused-code', properties: {}, children: [] } as never,
						);
					}
				}
				return;
			}
			const lines = violations.map((v) => `  ${v.message[lang]}  [${v.ruleId}]`);
			const error = new Error(
				`${place.file}: ${lang === 'de' ? 'Inhalt, der nicht veröffentlicht werden darf' : 'content that must not be published'}:\n${lines.join('\n')}`,
			);
			error.stack = error.message; // a contributor needs the list, not our call stack
			throw error;
		},
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.href;
				if (typeof href !== 'string' || href === '' || /^[a-z][a-z0-9+.-]*:|^#/i.test(href)) return;
				const source = harvest.length > 0 ? harvestedBase(placeOf(ctx.fileURL).file, harvest) : undefined;
				if (source && href.startsWith('/')) {
					const target = harvestedLink(href, source);
					if (target) ctx.setProperty(node, 'href', target);
					return;
				}
				// A site path; `//host` and `/\host` lead to another host and stay as they are.
				if (href.startsWith('/')) {
					if (!/^\/[/\\]/.test(href)) ctx.setProperty(node, 'href', withBase(href, base));
					return;
				}
				const { path } = resolveDocumentFile(href, placeOf(ctx.fileURL), ATTACHMENT_EXTENSIONS);
				if (path) ctx.setProperty(node, 'href', withBase(publishedFile(path), base));
			},
		},
	};
}
