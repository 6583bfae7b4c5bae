import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import { parseRegistryYaml, REGISTRY_LIMITS } from '../../src/lib/registries/registry-source.ts';
import { organizationSlug, resolveOrganization } from '../../src/lib/registries/organizations.ts';

const { registries, diagnostics } = loadRegistries(process.cwd());
const resolve = (ref: string) => resolveOrganization(ref, registries.organizations, registries.register);

describe('registries', () => {
	it('load without problems', () => {
		expect(diagnostics).toEqual([]);
	});

	it('hold the whole municipal register', () => {
		expect(registries.register.gemeinden.size).toBe(11_004);
		expect(registries.register.kreise.size).toBe(401);
		expect(registries.register.laender.size).toBe(16);
	});

	it('resolve any Gemeinde, Kreis or Land without a hand-made entry', () => {
		expect(resolve('ags:07312000')).toMatchObject({
			name: 'Kaiserslautern, Stadt (kreisfreie Stadt, Rheinland-Pfalz)',
			kind: 'gemeinde',
			level: 'kommune',
			land: 'RP',
			slug: 'ags-07312000',
		});
		expect(resolve('ags:06411')).toMatchObject({ kind: 'kreis', land: 'HE' });
		expect(resolve('BY')).toMatchObject({ name: 'Bayern', kind: 'land', level: 'land', slug: 'by' });
		expect(resolve('staedtetag')).toMatchObject({ name: 'Deutscher Städtetag', kind: 'registry', level: 'bund' });
		expect(resolve('ags:99999999')).toBeUndefined();
		expect(resolve('XX')).toBeUndefined();
		expect(organizationSlug('ags:06411')).toBe('ags-06411');
	});
});

describe('registry YAML', () => {
	// A file at the size limit whose one entry has 90,000 keys: the YAML library's own duplicate-key
	// check compares each key with every other (minutes); the registry reader's is one pass.
	const keys = Array.from({ length: 90_000 }, (_, i) => `  k${i.toString(36)}: 1`);
	const text = `- id: viele-felder\n${keys.join('\n')}\n`;

	it('reads a file of many keys in one pass, and the keys stay in the data', () => {
		expect(text.length).toBeLessThan(REGISTRY_LIMITS.yamlBytes);
		const { data, diagnostics } = parseRegistryYaml('content/registry/topics.yaml', text);
		expect(diagnostics).toEqual([]);
		expect(Object.keys((data as Record<string, unknown>[])[0]!)).toHaveLength(90_001);
	});

	it('finds a key written twice, among many, at its place', () => {
		const { diagnostics } = parseRegistryYaml('content/registry/topics.yaml', `${text}  k0: 2\n`);
		expect(diagnostics.map((d) => [d.line, d.column, d.message.en])).toEqual([
			[90_002, 3, 'Broken YAML: Unexpected second `k0`, expected each key once – delete one'],
		]);
	});

	it('reads YAML 1.2 only: a `%YAML 1.1` line, which would bring merge keys and 1.1 values, is refused', () => {
		const merged = '%YAML 1.1\n---\n- &a { id: x }\n- <<: *a\n  label: 010\n';
		const { data, diagnostics } = parseRegistryYaml('content/registry/topics.yaml', merged);
		expect(data).toBeUndefined();
		expect(diagnostics.map((d) => [d.line, d.column, d.ruleId, d.message.en])).toEqual([
			[
				1,
				1,
				'yaml',
				'Broken YAML: Unexpected line `%YAML 1.1`, expected the file without lines that begin with `%` – the library reads YAML 1.2; delete the line',
			],
		]);
		// Without the line, `<<` is a key like any other, not a merge.
		expect(parseRegistryYaml('content/registry/topics.yaml', merged.slice(14)).data).toEqual([
			{ id: 'x' },
			{ '<<': { id: 'x' }, label: 10 },
		]);
	});

	it('treats 1 and "1" as the same key, as the data would', () => {
		const { diagnostics } = parseRegistryYaml('content/registry/topics.yaml', `- id: x\n  1: a\n  '1': b\n`);
		expect(diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[3, 'yaml']]);
	});
});

describe('interface strings', () => {
	it('exist in both languages with the same keys and placeholders', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
		const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
		for (const key of Object.keys(de) as (keyof typeof de)[]) {
			expect(de[key].trim(), key).not.toBe('');
			expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
		}
	});
});
