/** Addresses published on the base that must still be served or redirected. */
import { baseDocumentAddresses, lostAddress, readManifest, workingAddresses } from '../../addresses/check-addresses.ts';
import { MANIFEST_FILE, parseManifest } from '../../addresses/manifest.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blobHash } from '../../history/base-branch.ts';
import type { Diagnostic } from '../report/diagnostics.ts';
import type { BaseCheckInput } from './against-base.ts';

/** Whether the file at `path` is byte for byte what the base has (both present). */
function unchanged({ root, base }: BaseCheckInput, path: string): boolean {
	const published = base.files.get(path);
	if (!published) return false;
	try {
		return blobHash(readFileSync(join(root, path)), published) === published;
	} catch {
		return false;
	}
}

/**
 * Every address of the base's manifest, and every page of a document the base
 * has, that is neither served nor redirected. An address the current manifest
 * lists is left to the check of the manifest (`checkAddresses`), so that one
 * lost address is one message: at the removed document's path where the base
 * had one, else at the base manifest's line.
 */
export function checkAddressesAgainstBase(input: BaseCheckInput): Diagnostic[] {
	const working = workingAddresses(input);
	const current = new Set((readManifest(input.root).entries ?? []).map((e) => e.path));
	// A manifest the base lacks, or that the change left as it was, adds nothing to `current`: it is not read.
	const text =
		!input.base.files.has(MANIFEST_FILE) || unchanged(input, MANIFEST_FILE)
			? undefined
			: input.base.read([MANIFEST_FILE]).get(MANIFEST_FILE);
	const lines = new Map((text === undefined ? [] : parseManifest(text)).map((e) => [e.path, e.line]));
	const documents = baseDocumentAddresses(input.base.files.keys());
	const out: Diagnostic[] = [];
	for (const path of [...new Set([...lines.keys(), ...documents.keys()])].sort()) {
		if (working.has(path) || current.has(path)) continue;
		const file = documents.get(path);
		out.push(
			file
				? lostAddress(file, 1, path, input.today, input.base.ref)
				: lostAddress(MANIFEST_FILE, lines.get(path)!, path, input.today, input.base.ref),
		);
	}
	return out;
}
