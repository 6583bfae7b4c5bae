/**
 * The optional consultation mailbox of `site.config.yaml`: an address, and
 * never a placeholder on a live instance.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseWithDiagnostics } from '../../src/lib/validate/report/diagnostics.ts';
import { siteConfigSchema } from '../../src/schemas/site-config.ts';

const demo = parse(readFileSync('site.config.yaml', 'utf8')) as Record<string, unknown>;

function messages(config: unknown): string[] {
	const result = parseWithDiagnostics(siteConfigSchema, config, 'site.config.yaml', () => ({ line: 1, column: 1 }));
	return result.success ? [] : result.diagnostics.map((d) => d.message.en);
}

describe('consultation.mailbox', () => {
	it('is optional, and taken where it is an address', () => {
		expect(messages(demo)).toEqual([]);
		expect(messages({ ...demo, consultation: { mailbox: 'beteiligung@verband.de' } })).toEqual([]);
	});

	it('refuses what is not an address, and unknown keys', () => {
		expect(messages({ ...demo, consultation: { mailbox: 'beteiligung' } })).toHaveLength(1);
		expect(messages({ ...demo, consultation: { mailbox: 'a@verband.de', email: 'b@verband.de' } })).toEqual([
			expect.stringContaining('email'),
		]);
	});

	it('may be an example address only on a demonstration instance', () => {
		const config = { ...demo, consultation: { mailbox: 'beteiligung@example.org' } };
		expect(messages(config)).toEqual([]);
		expect(messages({ ...config, demo: false })).toContainEqual(
			expect.stringContaining('Unexpected placeholder `beteiligung@example.org` in `consultation.mailbox`'),
		);
	});
});
