/**
 * Makes an operator's SVG logo safe to publish. The file is parsed as XML
 * for real (`sax`, strict mode: well-formed or refused) and written out
 * again from the parse, keeping only an allowlist of SVG elements and
 * presentation attributes, as hast-util-sanitize and DOMPurify do for HTML.
 *
 * What is harmless but unknown (editor metadata such as Inkscape's
 * `sodipodi:*`, comments, `class`) is dropped. What shows an intent to run
 * or load something — `script`, `foreignObject`, event handlers, references
 * other than `#fragment`, `url()` to elsewhere, `style` sheets, a DOCTYPE
 * with its entities — cannot be made safe by dropping it without changing
 * the picture, and is refused with its place in the file. So is what makes
 * a small file costly to draw (`<use>`, masks and clips that multiply
 * their content, markers drawn at every point): the logo is in the header
 * of every page.
 */
import sax from 'sax';
import { say, type Localized } from '../validate/report/messages.ts';
import {
	ATTRIBUTES,
	cssValueProblem,
	ELEMENTS,
	FRAGMENT,
	NOT_XML,
	onlyLocalUrls,
	REFUSED_ELEMENTS,
	sanitizeStyle,
	SVG_NS,
	TEXT_ATTRIBUTES,
	XLINK_NS,
	XML_NS,
	XMLNS_NS,
} from './svg-allowlist.ts';
import { drawnElements, type Drawn } from './svg-drawn.ts';

/** Limits of a logo, so that reading one stays bounded. */
export const SVG_LIMITS = {
	/** Bytes of the file: 256 KiB is generous for a logo. */
	bytes: 256 * 1024,
	/** Elements in the file. */
	elements: 5000,
	/** Nesting depth of elements. */
	depth: 50,
	/**
	 * Elements drawn, each `<use>` counted as a copy of what it shows and each
	 * `url(#id)` (mask, clip, paint) as a copy of that element: ten `<use>` of
	 * a group of ten `<use>` of … is a file of a kilobyte that Chromium must
	 * draw millions of times, in the header of every page.
	 */
	drawn: 5000,
} as const;

/** Why a logo was refused, and where. */
export interface SvgProblem {
	/** Line in the SVG file, from 1. */
	line: number;
	/** Column in the SVG file, from 1. */
	column: number;
	message: Localized;
}

/** The sanitized file, or the first reason it cannot be made safe. */
export type SanitizedSvg = { ok: true; svg: string } | { ok: false; problem: SvgProblem };

/** A refusal at `at`, at the top of the file when no better place is known. */
const refusal = (
	message: Localized,
	at: Pick<SvgProblem, 'line' | 'column'> = { line: 1, column: 1 },
): SanitizedSvg => ({
	ok: false,
	problem: { line: at.line, column: at.column, message },
});

class Refused extends Error {
	readonly problem: SvgProblem;
	constructor(problem: SvgProblem) {
		super(problem.message.en);
		this.problem = problem;
	}
}

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

/**
 * Sanitizes the SVG `source`: returns the file written anew from its parse
 * with only allowed elements and attributes, or the first problem that
 * cannot be made safe, with its line and column.
 */
export function sanitizeSvg(source: string): SanitizedSvg {
	const starts = [0];
	for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
	const placeOf = (offset: number) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - starts[low]! + 1 };
	};
	// `strictEntities`: only XML's five entities, not the HTML ones sax knows otherwise (`&nbsp;` is an
	// error, as in any XML reader). sax 1.6 has the option; its type package (1.2.7) predates it.
	const options: sax.SAXOptions & { strictEntities: boolean } = { xmlns: true, position: true, strictEntities: true };
	const parser = sax.parser(true, options);
	const here = () => placeOf(Math.max(0, parser.startTagPosition - 1));
	const refuse = (de: string, en: string, at = here()): never => {
		throw new Refused({ ...at, message: say(de, en) });
	};
	if (source.length > SVG_LIMITS.bytes)
		return refusal(
			say(
				`Das Logo ist größer als ${SVG_LIMITS.bytes / 1024} KiB; erwartet: eine kleinere SVG-Datei – die Grafik vereinfachen oder als PNG speichern`,
				`Unexpected size of the logo (more than ${SVG_LIMITS.bytes / 1024} KiB), expected a smaller SVG file – simplify the graphic or save it as PNG`,
			),
		);

	// sax passes these through; written back, they would make the published file unreadable for every browser.
	const control = NOT_XML.exec(source);
	if (control)
		return refusal(
			say(
				`Unerwartetes Steuerzeichen U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} im Logo; erwartet: nur Zeichen, die XML erlaubt – die Datei mit einem Grafikprogramm neu speichern`,
				`Unexpected control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} in the logo, expected only characters XML allows – save the file again from a graphics program`,
			),
			placeOf(control.index),
		);

	let out = '';
	let depth = 0;
	let elements = 0;
	let root = false;
	/** Depth at which a dropped element began: its whole subtree is dropped. */
	let droppedAt: number | undefined;
	/** The kept elements, for counting what is drawn: the open ones, and the first of each `id`. */
	const drawnStack: Drawn[] = [{ element: '', children: [], shows: [], line: 1, column: 1 }];
	const byId = new Map<string, Drawn>();

	parser.ondoctype = () =>
		refuse(
			'Unerwartete DOCTYPE-Deklaration im Logo; erwartet: eine SVG-Datei ohne DOCTYPE und ohne eigene Entitäten – die Zeile `<!DOCTYPE …>` entfernen',
			'Unexpected DOCTYPE declaration in the logo, expected an SVG file without DOCTYPE or entities of its own – remove the `<!DOCTYPE …>` line',
			placeOf(Math.max(0, source.indexOf('<!'))),
		);
	parser.onprocessinginstruction = (instruction) => {
		// The XML declaration says nothing the output needs; any other instruction (xml-stylesheet) loads a file.
		if (instruction.name.toLowerCase() !== 'xml')
			refuse(
				`Unerwartete Verarbeitungsanweisung \`<?${instruction.name}…?>\` im Logo; erwartet: nur SVG-Elemente – sie entfernen`,
				`Unexpected processing instruction \`<?${instruction.name}…?>\` in the logo, expected SVG elements only – remove it`,
			);
	};
	parser.onopentag = (tag) => {
		const node = tag as sax.QualifiedTag;
		depth++;
		elements++;
		if (depth > SVG_LIMITS.depth || elements > SVG_LIMITS.elements)
			refuse(
				`Das Logo ist zu tief verschachtelt oder hat zu viele Elemente (höchstens ${SVG_LIMITS.depth} Ebenen, ${SVG_LIMITS.elements} Elemente); erwartet: eine einfache Grafik – sie vereinfachen`,
				`Unexpected size of the logo's tree (at most ${SVG_LIMITS.depth} levels and ${SVG_LIMITS.elements} elements), expected a simple graphic – simplify it`,
			);
		if (depth === 1) {
			if (node.uri !== SVG_NS || node.local !== 'svg')
				refuse(
					`Unerwartetes Wurzelelement \`<${node.name}>\` im Logo; erwartet: \`<svg xmlns="${SVG_NS}">\``,
					`Unexpected root element \`<${node.name}>\` of the logo, expected \`<svg xmlns="${SVG_NS}">\``,
				);
			root = true;
		}
		if (droppedAt !== undefined) return;
		if (node.uri === SVG_NS && REFUSED_ELEMENTS.has(node.local))
			refuse(
				`Unerwartetes Element \`<${node.name}>\` im Logo; erwartet: nur Formen, Text, Verläufe und Gruppen – \`<${node.name}>\` kann Skripte ausführen oder Inhalte laden; es entfernen oder das Logo als PNG speichern`,
				`Unexpected element \`<${node.name}>\` in the logo, expected shapes, text, gradients and groups only – \`<${node.name}>\` can run script or load content; remove it or save the logo as PNG`,
			);
		if (node.uri === SVG_NS && node.local === 'marker')
			refuse(
				'Unerwartetes Element `<marker>` im Logo; erwartet: Formen ohne Marker – ein Marker wird an jedem Punkt eines Pfads neu gezeichnet, so kann ein kleines Logo jede Seite lahmlegen; die Marker in Pfade umwandeln (z. B. Inkscape: „Objekt in Pfad umwandeln“)',
				'Unexpected element `<marker>` in the logo, expected shapes without markers – a marker is drawn again at every point of a path, so a small logo can stall every page; convert the markers to paths (e.g. Inkscape: "Object to Path")',
			);
		if (node.uri !== SVG_NS || !ELEMENTS.has(node.local)) {
			droppedAt = depth;
			return;
		}
		let attributes = depth === 1 ? ` xmlns="${SVG_NS}"` : '';
		for (const attribute of Object.values(node.attributes)) {
			const { uri, local, value, name } = attribute;
			if (/^on/i.test(local))
				refuse(
					`Unerwartetes Ereignis-Attribut \`${name}\` im Logo; erwartet: keine Skripte – das Attribut entfernen`,
					`Unexpected event handler attribute \`${name}\` in the logo, expected no script – remove the attribute`,
				);
			const isHref = local === 'href' && (uri === '' || uri === XLINK_NS);
			if (isHref && !FRAGMENT.test(value.trim()))
				refuse(
					`Unerwarteter Verweis \`${name}="${value}"\` im Logo; erwartet: nur Verweise in die Datei selbst (\`#id\`) – die Grafik einbetten statt verlinken`,
					`Unexpected reference \`${name}="${value}"\` in the logo, expected references into the file itself (\`#id\`) only – embed the graphic instead of linking it`,
				);
			if (!onlyLocalUrls(value))
				refuse(
					`Unerwartete Adresse in \`${name}="${value}"\` im Logo; erwartet: \`url(#id)\` in die Datei selbst – nichts darf von anderswo geladen werden`,
					`Unexpected address in \`${name}="${value}"\` in the logo, expected \`url(#id)\` into the file itself – nothing may be loaded from elsewhere`,
				);
			if (uri === XMLNS_NS || name === 'xmlns') continue;
			if (uri === '' && ATTRIBUTES.has(local) && !TEXT_ATTRIBUTES.has(local) && local !== 'style' && !isHref)
				if (cssValueProblem(value))
					refuse(
						`Unerwarteter Wert \`${name}="${value}"\` im Logo; erwartet: Farben, Zahlen und \`url(#id)\` ohne Escapes, Kommentare oder Funktionen wie \`image-set()\`, die Dateien laden – den Wert einfach schreiben (z. B. mit „Optimiertes SVG“ exportieren)`,
						`Unexpected value \`${name}="${value}"\` in the logo, expected colours, numbers and \`url(#id)\` without escapes, comments or functions such as \`image-set()\` that load files – write the value plainly (e.g. export as "optimized SVG")`,
					);
			let kept = value;
			if (local === 'style' && uri === '') {
				const style = sanitizeStyle(value);
				if (!style.ok)
					return refuse(
						`Unerwartete Stilangabe \`${style.reason}\` im Logo; erwartet: einfache Darstellungsattribute wie \`fill:#003a70\` – als Attribute schreiben (z. B. mit „Optimiertes SVG“ exportieren)`,
						`Unexpected style declaration \`${style.reason}\` in the logo, expected plain presentation properties such as \`fill:#003a70\` – write them as attributes (e.g. export as "optimized SVG")`,
					);
				if (!style.style) continue;
				kept = style.style;
			}
			if (isHref) attributes += ` href="${escapeAttribute(value.trim())}"`;
			else if (uri === XML_NS && (local === 'lang' || local === 'space'))
				attributes += ` xml:${local}="${escapeAttribute(kept)}"`;
			else if (uri === '' && ATTRIBUTES.has(local)) attributes += ` ${local}="${escapeAttribute(kept)}"`;
		}
		out += `<${node.local}${attributes}>`;
		const drawn: Drawn = { element: node.local, children: [], shows: [], ...here() };
		for (const { uri, local, value } of Object.values(node.attributes)) {
			if (uri === '' && local === 'id' && !byId.has(value)) byId.set(value, drawn);
			// `href` was checked above to be `#id`; a gradient's `href` only lends it stops, drawn once.
			if (node.local === 'use' && local === 'href' && (uri === '' || uri === XLINK_NS))
				drawn.shows.push(value.trim().slice(1));
			// Each element masked, clipped or painted with `url(#id)` draws that element's content again.
			if (uri === '' && ATTRIBUTES.has(local))
				for (const url of value.matchAll(/url\s*\(\s*['"]?#([^'")\s]+)/gi)) drawn.shows.push(url[1]!);
		}
		drawnStack.at(-1)!.children.push(drawn);
		drawnStack.push(drawn);
	};
	parser.onclosetag = (name) => {
		if (droppedAt === undefined) {
			out += `</${name.includes(':') ? name.slice(name.indexOf(':') + 1) : name}>`;
			drawnStack.pop();
		} else if (droppedAt === depth) droppedAt = undefined;
		depth--;
	};
	parser.ontext = (value) => {
		if (droppedAt === undefined && depth > 0) out += escapeText(value);
	};
	parser.oncdata = (value) => {
		if (droppedAt === undefined && depth > 0) out += escapeText(value);
	};
	parser.onerror = (error) =>
		refuse(
			`Das Logo ist kein wohlgeformtes XML (${error.message.split('\n')[0]}); erwartet: eine gültige SVG-Datei – sie mit einem Grafikprogramm neu speichern`,
			`Unexpected malformed XML in the logo (${error.message.split('\n')[0]}), expected a valid SVG file – save it again from a graphics program`,
			{ line: parser.line + 1, column: parser.column + 1 },
		);

	try {
		parser.write(source).close();
	} catch (error) {
		if (error instanceof Refused) return { ok: false, problem: error.problem };
		throw error;
	}
	// The count includes the placeholder above the root element.
	const drawn = drawnElements(drawnStack[0]!, byId, SVG_LIMITS.drawn + 1);
	if (typeof drawn !== 'number')
		return refusal(
			say(
				'Ein Element im Logo zeigt sich selbst (`<use>` oder `url(#…)` auf ein Element, das es enthält); erwartet: Verweise auf andere Teile der Grafik – den Verweis berichtigen',
				'Unexpected element in the logo that shows itself (`<use>` or `url(#…)` naming an element that contains it), expected references to other parts of the graphic – correct the reference',
			),
			drawn,
		);
	if (drawn > SVG_LIMITS.drawn + 1)
		return refusal(
			say(
				`Das Logo zeichnet über \`<use>\` und \`url(#…)\` mehr als ${SVG_LIMITS.drawn} Elemente; erwartet: eine einfache Grafik – verschachtelte \`<use>\`, Masken und Muster auflösen oder die Grafik vereinfachen`,
				`Unexpected size of the logo as drawn through \`<use>\` and \`url(#…)\` (more than ${SVG_LIMITS.drawn} elements), expected a simple graphic – resolve nested \`<use>\`, masks and patterns or simplify the graphic`,
			),
		);
	if (!root)
		return refusal(
			say(
				'Das Logo enthält kein `<svg>`-Element; erwartet: eine SVG-Datei',
				'Unexpected logo without an `<svg>` element, expected an SVG file',
			),
		);
	return { ok: true, svg: `${out}\n` };
}
