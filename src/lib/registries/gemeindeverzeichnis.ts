/**
 * Reads the official municipal register (Gemeindeverzeichnis of the Federal
 * Statistical Office) from its three CSV files into lookup maps, so that any
 * Gemeinde (`ags:` + 8 digits), Kreis (`ags:` + 5 digits) or Land (`BY`) can be
 * referenced without a hand-made entry.
 */
import { parse } from 'csv-parse/sync';
import type { LandCode } from '../../schemas/primitives.ts';
import type { KeyChange } from './key-changes.ts';

/** A Land as the register lists it. */
export interface Land {
	/** Two-digit official key, e.g. `09`. */
	ags: string;
	/** Two-letter code, e.g. `BY`. */
	code: LandCode;
	/** ISO 3166-2 code, e.g. `DE-BY`. */
	iso: string;
	/** Official name, e.g. `Bayern`. */
	name: string;
}

/** A Kreis or kreisfreie Stadt. */
export interface Kreis {
	/** Five-digit key, e.g. `06411`. */
	ags: string;
	name: string;
	land: LandCode;
	/** `landkreis`, `kreis`, `kreisfreie-stadt`, `stadtkreis` or `regionalverband`. */
	art: string;
}

/** A Gemeinde (or an uninhabited area without one). */
export interface Gemeinde {
	/** Eight-digit key, e.g. `07312000`. */
	ags: string;
	name: string;
	land: LandCode;
	/** Five-digit key of its Kreis. */
	kreis: string;
	art: string;
	/** Inhabitants on 31.12.2019. */
	einwohner: number;
}

/** The whole register, indexed by key. */
export interface Gemeindeverzeichnis {
	laender: Map<LandCode, Land>;
	kreise: Map<string, Kreis>;
	gemeinden: Map<string, Gemeinde>;
	/** Keys that vanished from the register, by old key (`aenderungen.csv`, see `key-changes.ts`); none where absent. */
	changes?: Map<string, KeyChange>;
}

/** The three CSV files as text. */
export interface GemeindeverzeichnisFiles {
	laender: string;
	kreise: string;
	gemeinden: string;
}

const rows = (csv: string): Record<string, string>[] =>
	parse(csv, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];

/**
 * Parses the register. Only the columns the library uses are kept, which keeps
 * the 11,004 Gemeinden small in memory.
 */
export function parseGemeindeverzeichnis(files: GemeindeverzeichnisFiles): Gemeindeverzeichnis {
	const laender = new Map<LandCode, Land>();
	for (const row of rows(files.laender)) {
		const land = { ags: row.ags!, code: row.code as LandCode, iso: row.iso!, name: row.name! };
		laender.set(land.code, land);
	}
	const kreise = new Map<string, Kreis>();
	for (const row of rows(files.kreise)) {
		kreise.set(row.ags!, { ags: row.ags!, name: row.name!, land: row.land as LandCode, art: row.art! });
	}
	const gemeinden = new Map<string, Gemeinde>();
	for (const row of rows(files.gemeinden)) {
		gemeinden.set(row.ags!, {
			ags: row.ags!,
			name: row.name!,
			land: row.land as LandCode,
			kreis: row.kreis!,
			art: row.art!,
			einwohner: Number(row.einwohner || 0),
		});
	}
	return { laender, kreise, gemeinden };
}
