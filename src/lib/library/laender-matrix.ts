/**
 * Resolves a guide's Länder matrix: the federal baseline plus, per Land, only
 * what differs there. Every cell says whether it is inherited or overridden, so
 * that the table can tell readers (and screen readers) which is which.
 */
import { MATRIX_FIELDS, type MatrixField } from '../../schemas/guide.ts';
import { LAND_CODES, type LandCode } from '../../schemas/primitives.ts';

type Row = Partial<Record<MatrixField, string | undefined>> & { url?: string | undefined };

/** One cell of the resolved matrix. */
export interface MatrixCell {
	/** The value that applies in this Land, or `undefined` when none is set anywhere. */
	value: string | undefined;
	/** `true` when the Land sets its own value; `false` when it inherits the baseline. */
	overridden: boolean;
}

/** One Land's row of the resolved matrix. */
export interface ResolvedLandRow {
	land: LandCode;
	cells: Record<MatrixField, MatrixCell>;
	/** How many fields the Land overrides; 0 means it follows the baseline. */
	overrides: number;
	/** Where the Land's deviation is documented. */
	url?: string | undefined;
}

/** The resolved matrix: the columns in use and a row for each of the 16 Länder. */
export interface ResolvedMatrix {
	/** Fields set in the baseline or in any Land, in display order. */
	columns: MatrixField[];
	rows: ResolvedLandRow[];
}

/** Resolves the matrix for all 16 Länder, in the order of `LAND_CODES`. */
export function resolveMatrix(baseline: Row, laender: Partial<Record<LandCode, Row>>): ResolvedMatrix {
	const columns = MATRIX_FIELDS.filter(
		(field) => baseline[field] !== undefined || Object.values(laender).some((row) => row?.[field] !== undefined),
	);
	const rows = LAND_CODES.map((land) => {
		const own = laender[land] ?? {};
		const cells = {} as Record<MatrixField, MatrixCell>;
		let overrides = 0;
		for (const field of MATRIX_FIELDS) {
			const overridden = own[field] !== undefined;
			if (overridden) overrides++;
			cells[field] = { value: overridden ? own[field] : baseline[field], overridden };
		}
		return { land, cells, overrides, url: own.url };
	});
	return { columns, rows };
}
