/** Adopted papers whose wording or demands changed against the base must carry a change note. */
import type { Diagnostic } from '../report/diagnostics.ts';
import type { BaseCheckInput } from './against-base.ts';

/** Every adopted paper changed against the base without a change note for the change. */
export function checkChangeNotesAgainstBase(_input: BaseCheckInput): Diagnostic[] {
	return [];
}
