import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
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
			name: 'Kaiserslautern, Stadt',
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
