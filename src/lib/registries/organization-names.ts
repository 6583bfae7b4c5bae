/**
 * How Kreise and Gemeinden are named for readers. The register names a
 * Landkreis by its bare name ("Kaiserslautern", "Recklinghausen"), which a
 * reader cannot tell from the town of the same name ("Kaiserslautern, Stadt",
 * "Recklinghausen, Stadt"). Every page, list, search label and form suggestion
 * names them through this module, so that one body has one name everywhere.
 */
import type { Gemeinde, Gemeindeverzeichnis, Kreis } from './gemeindeverzeichnis.ts';

/** A name as shown: the body's own name and, where it helps tell it apart, where it lies. */
export interface PlaceName {
	/** The body's name with its type: `Landkreis Kaiserslautern`, `Kreis Recklinghausen`. */
	name: string;
	/** The name with what tells it apart: `Landkreis Kaiserslautern (Rheinland-Pfalz)`. */
	full: string;
	/** The name as read below a heading of its Land: `full` without the Land. */
	withinLand: string;
}

// The register's own words for the types that name a city; a name that
// already says so ("Koblenz, kreisfreie Stadt") does not say it twice.
const CITY_TYPES: Record<string, string> = { 'kreisfreie-stadt': 'kreisfreie Stadt', stadtkreis: 'Stadtkreis' };

// Names that already say what they are: "Rhein-Sieg-Kreis", "Region Hannover",
// "Städteregion Aachen", "Regionalverband Saarbrücken".
const SAYS_ITS_TYPE = /kreis|region|verband/i;

/**
 * The name of a Kreis or kreisfreie Stadt with its type: `Landkreis
 * Kaiserslautern`, `Kreis Recklinghausen` (the Kreise of Nordrhein-Westfalen
 * and Schleswig-Holstein are called so), `Rhein-Sieg-Kreis` unchanged. Cities
 * keep their register name; `placeName` adds their type.
 */
export function kreisName(kreis: Pick<Kreis, 'name' | 'art'>): string {
	if (kreis.art !== 'landkreis' && kreis.art !== 'kreis') return kreis.name;
	if (SAYS_ITS_TYPE.test(kreis.name)) return kreis.name;
	return `${kreis.art === 'landkreis' ? 'Landkreis' : 'Kreis'} ${kreis.name}`;
}

/** The city type a name does not say yet: `kreisfreie Stadt` for `Flensburg, Stadt`. */
function cityType(name: string, art: string): string | undefined {
	const type = CITY_TYPES[art];
	return type && !name.toLocaleLowerCase('de').includes(type.toLocaleLowerCase('de')) ? type : undefined;
}

/** Joins a name and its context: `Kreis Recklinghausen (Nordrhein-Westfalen)`. */
function withContext(name: string, context: (string | undefined)[]): string {
	const parts = context.filter((part): part is string => Boolean(part));
	return parts.length > 0 ? `${name} (${parts.join(', ')})` : name;
}

/**
 * Names a Kreis (five-digit key) or a Gemeinde (eight digits) of the register:
 * its type, its Land and, for a Gemeinde that belongs to a Kreis, that Kreis.
 * A city-state (Berlin, Hamburg) is not followed by itself as its Land.
 *
 * @example placeName(register, '07335') // Landkreis Kaiserslautern (Rheinland-Pfalz)
 * @example placeName(register, '07312000') // Kaiserslautern, Stadt (kreisfreie Stadt, Rheinland-Pfalz)
 * @example placeName(register, '05562032') // Recklinghausen, Stadt (Kreis Recklinghausen, Nordrhein-Westfalen)
 */
export function placeName(register: Gemeindeverzeichnis, ags: string): PlaceName | undefined {
	const gemeinde: Gemeinde | undefined = ags.length === 8 ? register.gemeinden.get(ags) : undefined;
	const place: Kreis | Gemeinde | undefined = ags.length === 8 ? gemeinde : register.kreise.get(ags);
	if (!place) return undefined;
	const landName = register.laender.get(place.land)?.name;
	const name = gemeinde ? gemeinde.name : kreisName(place);
	const kreis = gemeinde && register.kreise.get(gemeinde.kreis);
	// A Gemeinde of a Kreis is told apart by its Kreis; a kreisfreie Stadt by its type.
	const within = kreis && !(kreis.art in CITY_TYPES) ? kreisName(kreis) : cityType(place.name, place.art);
	const land = landName && !place.name.startsWith(landName) ? landName : undefined;
	return { name, full: withContext(name, [within, land]), withinLand: withContext(name, [within]) };
}
