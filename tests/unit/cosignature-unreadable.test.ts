/**
 * A co-signature file the walk lists but cannot look at again (no permission
 * on its folder, or removed in between) is said, not silently skipped. Root,
 * who runs these tests, may read anything, so the second look is made to fail.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTempLibrary, removeTempLibrary } from '../support/temp-library.ts';

const FILE = 'content/cosignatures/ein-papier/ags-05911000.yaml';

vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const lstatSync = ((path: string, ...rest: unknown[]) => {
		if (String(path).endsWith(FILE)) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
		return (fs.lstatSync as (...args: unknown[]) => unknown)(path, ...rest);
	}) as typeof fs.lstatSync;
	return { ...fs, default: { ...fs, lstatSync }, lstatSync };
});

const { readCosignatures } = await import('../../src/lib/cosignatures/read-cosignatures.ts');

const root = createTempLibrary();
afterAll(() => removeTempLibrary(root));

describe('a co-signature file that cannot be looked at again', () => {
	it('gets a located message', () => {
		mkdirSync(join(root, 'content/cosignatures/ein-papier'), { recursive: true });
		writeFileSync(join(root, FILE), 'date: 2026-11-10\n');
		const reading = readCosignatures(root);
		expect(reading.records).toEqual([]);
		expect(reading.diagnostics.map((d) => [d.file, d.line, d.ruleId, d.message.en])).toEqual([
			[
				FILE,
				1,
				'cosignature-file',
				'Unexpected co-signature file that cannot be read, expected a readable file – check its permissions and run the check again',
			],
		]);
	});
});
