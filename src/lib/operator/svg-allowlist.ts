/**
 * What an operator's SVG logo may contain (`sanitize-svg.ts`): the elements
 * and attributes kept, the elements refused, and the checks of CSS values
 * and references, which must never let the file load anything from elsewhere.
 */
export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** SVG elements that draw shapes, text, gradients and clips; nothing that runs, loads or embeds. */
export const ELEMENTS = new Set([
	'svg',
	'g',
	'defs',
	'symbol',
	'use',
	'title',
	'desc',
	'path',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'text',
	'tspan',
	'linearGradient',
	'radialGradient',
	'stop',
	'clipPath',
	'mask',
	'pattern',
]);

/** Elements refused outright: they run script, embed other documents, load files or animate attributes into links. */
export const REFUSED_ELEMENTS = new Set([
	'script',
	'foreignObject',
	'iframe',
	'object',
	'embed',
	'image',
	'feImage',
	'a',
	'style',
	'animate',
	'animateMotion',
	'animateTransform',
	'set',
	'handler',
	'listener',
	'discard',
]);

/** Geometry, presentation and accessibility attributes (no namespace). */
export const ATTRIBUTES = new Set([
	'id',
	'viewBox',
	'preserveAspectRatio',
	'width',
	'height',
	'x',
	'y',
	'x1',
	'y1',
	'x2',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'fx',
	'fy',
	'd',
	'points',
	'pathLength',
	'transform',
	'dx',
	'dy',
	'rotate',
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-opacity',
	'opacity',
	'clip-path',
	'clip-rule',
	'mask',
	'color',
	'display',
	'visibility',
	'paint-order',
	'vector-effect',
	'shape-rendering',
	'text-rendering',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant',
	'text-anchor',
	'dominant-baseline',
	'alignment-baseline',
	'baseline-shift',
	'letter-spacing',
	'word-spacing',
	'text-decoration',
	'textLength',
	'lengthAdjust',
	'offset',
	'stop-color',
	'stop-opacity',
	'gradientUnits',
	'gradientTransform',
	'spreadMethod',
	'patternUnits',
	'patternContentUnits',
	'patternTransform',
	'clipPathUnits',
	'maskUnits',
	'maskContentUnits',
	'refX',
	'refY',
	'role',
	'aria-label',
	'aria-hidden',
	'version',
	'href',
	'style',
]);

/** Attributes whose value is plain text, not CSS: they may hold brackets and never load anything. */
export const TEXT_ATTRIBUTES = new Set(['id', 'role', 'aria-label', 'aria-hidden', 'version']);

/**
 * CSS functions a presentation value may call: colours, arithmetic and the
 * transform functions. Anything else may load a file — `image-set('https://…')`,
 * `src()`, `cross-fade()` — and a new one may come with any browser release,
 * so functions are allowed by name, not refused by name.
 */
const CSS_FUNCTIONS = new Set([
	'url',
	'rgb',
	'rgba',
	'hsl',
	'hsla',
	'hwb',
	'lab',
	'lch',
	'oklab',
	'oklch',
	'color',
	'calc',
	'min',
	'max',
	'clamp',
	'matrix',
	'translate',
	'translatex',
	'translatey',
	'scale',
	'scalex',
	'scaley',
	'rotate',
	'skewx',
	'skewy',
]);

/** Characters XML 1.0 does not allow in a document: a browser refuses the whole file for one of them. */
// eslint-disable-next-line no-control-regex
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Whether a CSS value (a presentation attribute or a `style` declaration)
 * could load something. The browser reads these values with its CSS
 * parser when the logo is opened at its own address, where no page's
 * Content-Security-Policy applies: an escape (`u\72l(`) or a comment hides a
 * `url()` from any pattern, and functions other than the allowed ones may
 * fetch images. So no escapes, no comments, allowed functions only, and
 * `url()` only into the file.
 */
export function cssValueProblem(value: string): boolean {
	if (/\\|\/\*/.test(value)) return true;
	for (const call of value.matchAll(/([A-Za-z_-][\w-]*)\s*\(/g))
		if (!CSS_FUNCTIONS.has(call[1]!.toLowerCase())) return true;
	return !onlyLocalUrls(value);
}

/** A reference inside the file: `#id` and nothing else. */
export const FRAGMENT = /^#[A-Za-z_][\w.-]*$/;

/** Whether every `url(…)` in a value points into the file (`url(#id)`). */
export function onlyLocalUrls(value: string): boolean {
	const urls = [...value.matchAll(/url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi)];
	// An unmatched `url(` (broken or escaped) is not something to guess about.
	return urls.every((m) => FRAGMENT.test(m[2]!.trim())) && (value.match(/url\s*\(/gi)?.length ?? 0) === urls.length;
}

/**
 * Checks the declarations of a `style` attribute: each must set an allowed
 * presentation property to a value without escapes, comments, at-rules or
 * references out of the file. Returns the kept declarations, or the reason.
 */
export function sanitizeStyle(style: string): { ok: true; style: string } | { ok: false; reason: string } {
	if (/[\\@<>]|\/\*|expression\s*\(|-moz-binding|behavior/i.test(style)) return { ok: false, reason: style };
	const kept: string[] = [];
	for (const declaration of style.split(';')) {
		if (!declaration.trim()) continue;
		const colon = declaration.indexOf(':');
		if (colon < 0) return { ok: false, reason: declaration.trim() };
		const property = declaration.slice(0, colon).trim().toLowerCase();
		const value = declaration.slice(colon + 1).trim();
		if (cssValueProblem(value)) return { ok: false, reason: declaration.trim() };
		// Properties outside the allowlist change nothing a logo needs; they are dropped.
		if (ATTRIBUTES.has(property) && property !== 'style' && property !== 'href') kept.push(`${property}:${value}`);
	}
	return { ok: true, style: kept.join(';') };
}
