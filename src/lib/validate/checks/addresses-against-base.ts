/** Addresses published on the base that must still be served or redirected. */
import type { Diagnostic } from '../report/diagnostics.ts';
import type { BaseCheckInput } from './against-base.ts';

/** Every address of the base's manifest that is neither served nor redirected. */
export function checkAddressesAgainstBase(_input: BaseCheckInput): Diagnostic[] {
	return [];
}
