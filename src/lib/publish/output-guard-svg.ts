/**
 * The one `<svg>` a page of the site may have: the map of the Länder
 * (`LaenderMap.astro`), and the map file it draws from (`SPRITE_PATH`).
 * The check of built pages refuses `<svg>` everywhere else, since content
 * must never bring one; the map is let through by its class only when its
 * whole subtree, as the browser parses it, is what the component writes:
 * links to pages of the site, each with a title and a `<use>` of one Land
 * of the map file. Anything that could run, load or embed — `script`,
 * `foreignObject`, `style`, animation, event handlers, a `<use>` of another
 * file — is a finding, whatever class the `<svg>` has. The map file is
 * parsed as XML for real (`sax`) and may hold only the outlines.
 */
import { hasCharacterOutsideXml } from '../open-data/clean-text.ts';
import sax from 'sax';
import { LAND_CODES } from '../../schemas/primitives.ts';
import { MAP_SVG_CLASS, SPRITE_PATH, spriteId } from '../map/laender-sprite.ts';
import { withBase } from '../routes/base.ts';
import { SVG_NS } from '../operator/svg-allowlist.ts';
import type { TreeNode } from '../validate/body/check-tree.ts';
import { attributeName } from '../validate/body/check-tree.ts';
import type { PageFinding } from './output-guard.ts';

/** A finding inside a page's map: the element as a short description, and what is wrong. */
export interface MapFinding {
	element: string;
	problem: string;
}

/** The ids of the Länder in the map file: `bw`, `by`, … */
const LAND_IDS = new Set(LAND_CODES.map(spriteId));

/** The path data the map writes: lines in whole or decimal numbers. */
const PATH_DATA = /^[mMlLhHvVzZ\d\s,.+-]*$/;

/** Per element of a page's map, the attributes it may have besides `aria-*` and `class`. */
const PAGE_ELEMENTS: Readonly<Record<string, ReadonlySet<string>>> = {
	svg: new Set(['viewbox', 'role', 'focusable']),
	g: new Set(['role']),
	a: new Set(['href', 'tabindex']),
	use: new Set(['href', 'xlink:href']),
	path: new Set(['d']),
	title: new Set(),
	desc: new Set(),
};

/** Whether a page's `<svg>`, by its attributes, claims to be the site's map; `checkMapSvg` decides whether it is. */
export function isMapSvg(attributes: ReadonlyMap<string, string>): boolean {
	return (attributes.get('class') ?? '').split(/\s+/).includes(MAP_SVG_CLASS);
}

/**
 * Checks a page's map: `svg` is the `<svg>` element as parsed from the page
 * at `page` of a site served under `base` (default `/`). Returns what is not
 * allowed and the addresses its `<use>`s draw from (for the check that they
 * exist).
 */
export function checkMapSvg(svg: TreeNode, page: URL, base = '/'): { findings: MapFinding[]; uses: string[] } {
	const findings: MapFinding[] = [];
	const uses: string[] = [];
	const find = (element: string, problem: string) =>
		findings.push({ element: `svg.${MAP_SVG_CLASS} ${element}`, problem });
	const stack: [TreeNode, string][] = [[svg, '']];
	while (stack.length > 0) {
		const [node, parent] = stack.pop()!;
		if (node.type === 'text') {
			if (String(node.value ?? '').trim() !== '' && parent !== 'title' && parent !== 'desc')
				find(parent, 'text outside <title> and <desc>');
			continue;
		}
		if (node.type === 'comment') continue;
		const tag = (node.tagName ?? '').toLowerCase();
		if (node.type !== 'element' || !Object.hasOwn(PAGE_ELEMENTS, tag) || (tag === 'svg' && node !== svg)) {
			find(tag || node.type, `element <${tag || node.type}> is not part of the map`);
			continue;
		}
		for (const child of node.children ?? []) stack.push([child, tag]);
		for (const [property, value] of Object.entries(node.properties ?? {})) {
			if (value === null || value === undefined || value === false) continue;
			const attribute = attributeName(property);
			const text = Array.isArray(value) ? value.join(' ') : String(value);
			if (attribute !== 'class' && !attribute.startsWith('aria-') && !PAGE_ELEMENTS[tag]!.has(attribute)) {
				find(`${tag}[${attribute}]`, `attribute ${attribute} is not allowed on <${tag}> in the map`);
				continue;
			}
			if (tag === 'use') {
				if (isSpriteLand(text, page, base)) uses.push(text);
				else find(`use[${attribute}=${text.slice(0, 80)}]`, `a <use> of something else than a Land of ${SPRITE_PATH}`);
			}
			if (tag === 'a' && attribute === 'href' && !sameOrigin(text, page))
				find(`a[href=${text.slice(0, 80)}]`, 'a link of the map that leaves the site');
			if (tag === 'path' && !PATH_DATA.test(text)) find('path[d]', 'path data other than lines');
		}
	}
	return { findings, uses };
}

function sameOrigin(address: string, page: URL): boolean {
	try {
		return new URL(address, page).origin === page.origin;
	} catch {
		return false;
	}
}

/** `/karte/laender.svg#by` on this site, below its base, and nothing else: no query, no other file, no unknown id. */
function isSpriteLand(address: string, page: URL, base: string): boolean {
	if (!sameOrigin(address, page)) return false;
	const url = new URL(address, page);
	return url.pathname === withBase(SPRITE_PATH, base) && url.search === '' && LAND_IDS.has(url.hash.slice(1));
}

/**
 * Checks the map file's text (`file` is its path in the site): well-formed
 * XML, one `<svg>` in the SVG namespace with a `viewBox`, and in it one
 * `<path id d>` for each Land and nothing else — no DOCTYPE and its
 * entities, no processing instruction, no text, no other element or
 * attribute.
 */
export function checkSpriteFile(file: string, text: string): PageFinding[] {
	const findings: PageFinding[] = [];
	const find = (element: string, problem: string) =>
		findings.push({ page: file, element: `line ${parser.line + 1}: ${element}`, problem });
	const parser = sax.parser(true, { xmlns: true });
	const ids = new Set<string>();
	let depth = 0;
	parser.onopentag = (tag) => {
		const node = tag as sax.QualifiedTag;
		const expected = depth === 0 ? 'svg' : 'path';
		depth++;
		if (node.uri !== SVG_NS || node.local !== expected || depth > 2) {
			find(node.name, `element <${node.name}> is not part of the map file`);
			return;
		}
		const allowed = expected === 'svg' ? ['xmlns', 'viewBox'] : ['id', 'd'];
		for (const [name, attribute] of Object.entries(node.attributes)) {
			if (!allowed.includes(name) || (name === 'xmlns' && attribute.value !== SVG_NS))
				find(`${node.name}[${name}]`, `attribute ${name} is not allowed on <${node.name}> in the map file`);
		}
		if (expected === 'path') {
			const id = node.attributes['id']?.value ?? '';
			if (!LAND_IDS.has(id) || ids.has(id)) find(`path[id=${id.slice(0, 20)}]`, 'not the id of a Land, or twice');
			ids.add(id);
			if (!PATH_DATA.test(node.attributes['d']?.value ?? '')) find('path[d]', 'path data other than lines');
		}
	};
	parser.onclosetag = () => {
		depth--;
	};
	parser.ontext = (value) => {
		if (value.trim() !== '') find('text', 'text in the map file');
	};
	parser.oncdata = () => find('CDATA', 'a CDATA section in the map file');
	parser.ondoctype = () => find('DOCTYPE', 'a DOCTYPE, which can declare entities');
	parser.onsgmldeclaration = () => find('<!', 'a markup declaration');
	parser.onprocessinginstruction = (instruction) => {
		if (instruction.name !== 'xml') find(`<?${instruction.name}`, 'a processing instruction');
	};
	// The first error is enough: the file is not what browsers can draw.
	parser.onerror = (error) => {
		throw error;
	};
	try {
		parser.write(text).close();
	} catch (error) {
		find('', `not well-formed XML: ${String((error as Error).message).split('\n')[0]}`);
	}
	const missing = [...LAND_IDS].filter((id) => !ids.has(id));
	if (missing.length > 0) find('svg', `no outline for ${missing.join(', ')}`);
	if (hasCharacterOutsideXml(text)) find('text', 'a character XML 1.0 does not allow');
	return findings;
}
