/**
 * The last line of defence: every built HTML page, parsed as a browser parses
 * it, is checked for what no page of the site may have, whatever its source —
 * event handlers, scripts other than the site's own bundles, addresses that
 * run code, anything fetched from another host, frames, objects, redirects, a
 * `<base>`, inline styles, elements no template writes — and for internal
 * links and fragments that lead nowhere. A finding names the page and the
 * element. The checks of contributions should make this find nothing; it is
 * here for what they missed.
 */
import { htmlToHast } from 'satteri';
import type { TreeNode } from '../validate/body/check-tree.ts';
import { attributeName, schemeOf } from '../validate/body/check-tree.ts';
import { ALLOWED_STYLE, LINK_SCHEMES } from '../validate/body/html-allowlist.ts';
import { sitePathOf, withBase } from '../routes/base.ts';
import { checkMapSvg, isMapSvg } from './output-guard-svg.ts';

/** One problem on one page. */
export interface PageFinding {
	/** The page's path in the site, e.g. `/positionen/x/`. */
	page: string;
	/** The element, as a short CSS-like description: `img[src=https://…]`. */
	element: string;
	/** What is wrong, in English (this report is for maintainers). */
	problem: string;
}

/** What a page may refer to. */
export interface PageRules {
	/** Origins a form may submit to, besides the site itself (the forge of the contribution form). */
	formOrigins: readonly string[];
	/**
	 * The operator's own media, as paths of this site (`/betreiber/gebaerdensprache.mp4`
	 * and its captions): the only files a `<video>` or `<track>` may play. Default: none.
	 */
	media?: readonly string[];
	/**
	 * The path the site is served under (`basePath` of `url`): every address of
	 * the site a page writes starts with it, and one that does not leads out of
	 * this build. Default: `/`.
	 */
	base?: string;
}

/** A page's own ids and the links it has to other pages of the site, for the checks across pages. */
export interface PageFacts {
	ids: Set<string>;
	/** Internal links as `[element, site path, fragment]`. */
	links: [string, string, string | undefined][];
	findings: PageFinding[];
}

const ORIGIN = 'https://site.invalid';
/** Elements no page of the site has: they load, embed, redirect, or swallow the page. */
const FORBIDDEN = new Set([
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'base',
	'plaintext',
	'xmp',
	'noembed',
	'noframes',
	'portal',
	'video',
	'audio',
	'source',
	'track',
	'picture',
	'math',
	'svg',
]);
/** Attributes whose value the browser fetches by itself. */
const FETCHING = [
	'src',
	'srcset',
	'poster',
	'data',
	'background',
	'ping',
	'manifest',
	'longdesc',
	'lowsrc',
	'dynsrc',
	'codebase',
	'archive',
	'xlink:href',
	'formaction',
	'action',
];
/** `<link rel>` values that only name another address and fetch nothing. */
const NAMING_RELS = new Set(['alternate', 'canonical', 'license', 'author', 'help', 'search', 'next', 'prev']);

const describe = (tag: string, attribute?: string, value?: string) =>
	`${tag}${attribute ? `[${attribute}${value !== undefined ? `=${value.slice(0, 80)}` : ''}]` : ''}`;

/** Checks one page. `path` is its site path (below the base), `html` its text. */
export function checkPage(path: string, html: string, rules: PageRules): PageFacts {
	const facts: PageFacts = { ids: new Set(), links: [], findings: [] };
	const find = (element: string, problem: string) => facts.findings.push({ page: path, element, problem });
	const base = rules.base ?? '/';
	const pageUrl = new URL(withBase(path, base), ORIGIN);
	const root = htmlToHast(html) as unknown as TreeNode;
	const stack: [TreeNode, boolean, boolean][] = [[root, false, false]];
	while (stack.length > 0) {
		const [node, inBody, inNoscript] = stack.pop()!;
		const tag = (node.tagName ?? '').toLowerCase();
		if (node.children)
			for (let i = node.children.length - 1; i >= 0; i--)
				stack.push([node.children[i]!, inBody || tag === 'body', inNoscript || tag === 'noscript']);
		// This parser reads <noscript> as a browser without script does; a browser with script
		// reads its content as text up to the first `</noscript`, wherever that stands.
		if (
			inNoscript &&
			JSON.stringify(node.value ?? node.properties ?? '')
				.toLowerCase()
				.includes('</noscript')
		)
			find(describe('noscript'), 'a `</noscript` inside <noscript>, which a browser with script reads as its end');
		if (node.type !== 'element') continue;
		// The site's styles sit in the head; a style sheet in the body can only come from content.
		if (inBody && (tag === 'style' || tag === 'meta' || tag === 'link'))
			find(describe(tag), `element <${tag}> in the body`);
		const attributes = new Map<string, string>();
		for (const [property, value] of Object.entries(node.properties ?? {})) {
			if (value === null || value === undefined || value === false) continue;
			attributes.set(attributeName(property), Array.isArray(value) ? value.join(' ') : String(value));
		}
		const id = attributes.get('id');
		if (id) facts.ids.add(id);
		// The site's own map of the Länder is the one <svg>, and only as its component writes it.
		const map = tag === 'svg' && isMapSvg(attributes) ? checkMapSvg(node, pageUrl, base) : undefined;
		if (FORBIDDEN.has(tag) && !map && !isOperatorMedia(tag, attributes, pageUrl, rules))
			find(describe(tag), `element <${tag}> is not allowed on any page`);
		for (const finding of map?.findings ?? []) find(finding.element, finding.problem);
		// What the map draws from must be a file of the build, like what a page links to.
		for (const use of map?.uses ?? [])
			facts.links.push([describe('use', 'href', use), sitePathOf(new URL(use, pageUrl).pathname, base)!, undefined]);
		if (tag.includes('-')) find(describe(tag), `unknown element <${tag}>`);
		if (
			tag === 'meta' &&
			attributes.has('http-equiv') &&
			!/^(content-security-policy|content-type)$/i.test(attributes.get('http-equiv')!) &&
			// The page at an old address leads on at once, to a path of this site only (`redirects.yaml`).
			!(/^refresh$/i.test(attributes.get('http-equiv')!) && isRefreshOnSite(attributes.get('content') ?? '', base))
		) {
			find(
				describe(tag, 'http-equiv', attributes.get('http-equiv')),
				'a <meta http-equiv> other than the Content-Security-Policy',
			);
		}
		for (const [attribute, value] of attributes) {
			if (attribute.startsWith('on')) find(describe(tag, attribute, value), 'event-handler attribute');
			if (attribute === 'style' && !ALLOWED_STYLE.test(value)) find(describe(tag, attribute, value), 'inline style');
			if (attribute === 'srcdoc') find(describe(tag, attribute), 'inline document');
			if (FETCHING.includes(attribute)) {
				const targets =
					attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
				for (const target of targets) {
					const allowed =
						attribute === 'action' || attribute === 'formaction'
							? [pageUrl.origin, ...rules.formOrigins]
							: [pageUrl.origin];
					if (!originAllowed(target, pageUrl, allowed))
						find(describe(tag, attribute, target), `${attribute} points to another host or scheme`);
					else if (!belowBase(target, pageUrl, base))
						find(describe(tag, attribute, target), `${attribute} points outside the base ${base}`);
				}
			}
		}
		if (tag === 'script') checkScript(attributes, node, pageUrl, base, find);
		if (tag === 'link') {
			const href = attributes.get('href') ?? '';
			const rels = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
			if (!rels.every((rel) => NAMING_RELS.has(rel)) && !originAllowed(href, pageUrl, [pageUrl.origin]))
				find(describe(tag, 'href', href), 'a stylesheet, icon or preload from another host');
			else if (!rels.every((rel) => NAMING_RELS.has(rel)) && !belowBase(href, pageUrl, base))
				find(describe(tag, 'href', href), `a stylesheet, icon or preload outside the base ${base}`);
		}
		if ((tag === 'a' || tag === 'area') && attributes.has('href'))
			checkLink(tag, attributes.get('href')!, pageUrl, base, facts, find);
	}
	return facts;
}

/** A `<video>` or `<track>` that plays one of the operator's own files (the sign-language video). */
function isOperatorMedia(tag: string, attributes: ReadonlyMap<string, string>, page: URL, rules: PageRules): boolean {
	if ((tag !== 'video' && tag !== 'track') || !rules.media?.length) return false;
	const src = attributes.get('src');
	if (!src) return false;
	try {
		const url = new URL(src, page);
		const path = sitePathOf(url.pathname, rules.base ?? '/');
		return url.origin === page.origin && !url.search && !url.hash && path !== undefined && rules.media.includes(path);
	} catch {
		return false;
	}
}

/** `0; url=/…`: at once, to a path of this site below `base`, never to `//host`. */
function isRefreshOnSite(content: string, base: string): boolean {
	const target = /^0; url=(\/(?![/\\])\S*)$/.exec(content)?.[1];
	return target !== undefined && sitePathOf(target, base) !== undefined;
}

/** Whether `url`, read on `page`, is on another origin (checked elsewhere) or below `base` on the page's own. */
function belowBase(url: string, page: URL, base: string): boolean {
	try {
		const target = new URL(url, page);
		return target.origin !== page.origin || sitePathOf(target.pathname, base) !== undefined;
	} catch {
		return true; // an unreadable address is reported by `originAllowed`
	}
}

function originAllowed(url: string, page: URL, origins: readonly string[]): boolean {
	try {
		return origins.includes(new URL(url, page).origin);
	} catch {
		return false;
	}
}

/** Only the site's own bundles: a script file from the site's build, or a JSON data block. */
function checkScript(
	attributes: ReadonlyMap<string, string>,
	node: TreeNode,
	page: URL,
	base: string,
	find: (element: string, problem: string) => void,
): void {
	const type = (attributes.get('type') ?? '').toLowerCase();
	const src = attributes.get('src');
	if (type === 'application/json' || type === 'application/ld+json') {
		if (src) find(describe('script', 'src', src), 'a data block with a source');
		return;
	}
	if (src === undefined) {
		const code = (node.children ?? []).map((child) => String(child.value ?? '')).join('');
		// The site's scripts are bundles; Astro inlines none, so inline code is never the site's.
		if (code.trim() !== '') find(describe('script'), 'an inline script');
		return;
	}
	let url: URL | undefined;
	try {
		url = new URL(src, page);
	} catch {
		// refused below
	}
	const path = url && url.origin === page.origin ? sitePathOf(url.pathname, base) : undefined;
	if (path === undefined || !/^\/(?:_astro|pagefind)\//.test(path))
		find(describe('script', 'src', src), "a script that is not one of the site's bundles");
}

function checkLink(
	tag: string,
	href: string,
	page: URL,
	base: string,
	facts: PageFacts,
	find: (element: string, problem: string) => void,
): void {
	const scheme = schemeOf(href);
	if (!scheme || !LINK_SCHEMES.includes(scheme)) {
		find(describe(tag, 'href', href), `link with the scheme ${scheme ?? '(unreadable)'}`);
		return;
	}
	const url = new URL(href, page);
	if (url.origin !== page.origin) return;
	const path = sitePathOf(url.pathname, base);
	if (path === undefined) {
		find(describe(tag, 'href', href), `internal link outside the base ${base}, which this build does not serve`);
		return;
	}
	let fragment: string | undefined;
	try {
		fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
	} catch {
		fragment = url.hash.slice(1);
	}
	facts.links.push([describe(tag, 'href', href), path, fragment]);
}

/**
 * The checks across pages: every internal link leads to a page or file of the
 * build, every fragment to an id on its page. `exists` says whether a path is
 * a file of the build; `idsOf` gives the ids of an HTML page.
 */
export function checkInternalLinks(
	page: string,
	facts: PageFacts,
	exists: (path: string) => boolean,
	idsOf: (path: string) => ReadonlySet<string> | undefined,
): PageFinding[] {
	const out: PageFinding[] = [];
	for (const [element, path, fragment] of facts.links) {
		let decoded = path;
		try {
			decoded = decodeURIComponent(path);
		} catch {
			// looked up as written
		}
		const target = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
		if (!exists(target) && !exists(`${decoded}/index.html`)) {
			out.push({ page, element, problem: `internal link to ${path}, which the build does not have` });
			continue;
		}
		if (!fragment) continue;
		const ids = target.endsWith('.html') ? idsOf(target) : idsOf(`${decoded}/index.html`);
		if (ids && !ids.has(fragment))
			out.push({ page, element, problem: `fragment #${fragment}, which ${path} does not have` });
	}
	return out;
}
