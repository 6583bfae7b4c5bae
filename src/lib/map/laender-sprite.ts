/**
 * The map of the Länder as one SVG file of the site (`SPRITE_PATH`), built
 * from `@svg-maps/germany` (Victor Cazanave, after MapSVG, CC BY 4.0). Pages
 * draw each Land with `<use href="/karte/laender.svg#by">` instead of
 * carrying 24 KB of outlines each: the file is fetched once and cached, and
 * a page with the map stays far inside its byte budget.
 */
import germany from '@svg-maps/germany';
import { LAND_CODES, type LandCode } from '../../schemas/primitives.ts';
import { BASE, withBase } from '../routes/base.ts';
import { roundPath } from './round-path.ts';

/** The address of the map file in the site. */
export const SPRITE_PATH = '/karte/laender.svg';

/**
 * The class of the map's `<svg>` in a page: the mark by which the check of
 * built pages (`output-guard-svg.ts`) knows the one `<svg>` it lets through,
 * after checking all of it.
 */
export const MAP_SVG_CLASS = 'laender-map__svg';

/**
 * Decimals the outlines keep. The map is 586 units wide and shown at most
 * about 400 px wide, so a unit is under a pixel: whole units move a point by
 * at most 0.7 units and shrink the outlines from 67 KB to 24 KB; one decimal
 * would cost 46 KB for a difference no screen shows.
 */
export const MAP_DECIMALS = 0;

/**
 * Where the outlines come from, for the attribution CC BY 4.0 asks for
 * (`map.credit` in the dictionaries names the author and the original).
 */
export const MAP_ATTRIBUTION = {
	source: { name: '@svg-maps/germany', url: 'https://github.com/VictorCazanave/svg-maps/tree/master/packages/germany' },
	licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

/** The source of the map: its coordinate system and one outline per Land, by lower-case code. */
export interface MapSource {
	viewBox: string;
	locations: readonly { id: string; path: string }[];
}

/** The package's map, as this module reads it (its own types name a package that is not installed). */
const GERMANY = germany as unknown as MapSource;

/** The coordinate system of the map, for the `viewBox` of the pages' `<svg>`: `0 0 586 793`. */
export const MAP_VIEW_BOX = GERMANY.viewBox;

/** The id of a Land's outline in the map file: its code in lower case (`by`). */
export function spriteId(code: LandCode): string {
	return code.toLowerCase();
}

/** The address a page's `<use>` draws a Land from: `/karte/laender.svg#by`, below the base. */
export function spriteHref(code: LandCode, base = BASE): string {
	return `${withBase(SPRITE_PATH, base)}#${spriteId(code)}`;
}

/**
 * The rounded outline of every Land, by code. Throws when the source lacks a
 * Land or has a shape that is none, so that a changed package fails the
 * build instead of drawing a map with a hole.
 */
export function landShapes(source: MapSource = GERMANY, decimals = MAP_DECIMALS): Map<LandCode, string> {
	const byId = new Map(source.locations.map((location) => [location.id, location.path]));
	const unknown = [...byId.keys()].filter((id) => !LAND_CODES.some((code) => spriteId(code) === id));
	if (unknown.length > 0) throw new Error(`Unexpected map shape ${unknown.join(', ')}, expected the 16 Länder`);
	return new Map(
		LAND_CODES.map((code) => {
			const path = byId.get(spriteId(code));
			if (path === undefined) throw new Error(`The map has no shape for ${code}`);
			return [code, roundPath(path, decimals)];
		}),
	);
}

/**
 * The map file: an `<svg>` with one `<path id>` per Land, in the map's
 * coordinates, without fill or stroke so that the page's style sheet colours
 * each `<use>` (what a `<use>` shows inherits its styles). Opened on its own,
 * it shows the whole map. Its text is all digits, letters and the ids above:
 * nothing in it needs escaping.
 *
 * @example
 * laenderSprite() // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 586 793"><path id="bw" d="m181 751…z"/>…</svg>\n'
 */
export function laenderSprite(source: MapSource = GERMANY, decimals = MAP_DECIMALS): string {
	if (!/^-?\d+(?:\.\d+)? -?\d+(?:\.\d+)? \d+(?:\.\d+)? \d+(?:\.\d+)?$/.test(source.viewBox))
		throw new Error(`Unexpected map viewBox \`${source.viewBox}\`, expected four numbers`);
	const paths = [...landShapes(source, decimals)].map(([code, d]) => `<path id="${spriteId(code)}" d="${d}"/>`);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${source.viewBox}">${paths.join('')}</svg>\n`;
}
