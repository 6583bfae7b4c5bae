/**
 * `publiccode.yml` describes the software to catalogues of public-sector
 * software. It is read with the same YAML parser as the rest of the project
 * and held to the standard's rules (version 0.4) and to the project's own
 * facts: the licence of package.json, the interface languages of the site,
 * the version once one is named.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';

const code = parse(readFileSync('publiccode.yml', 'utf8')) as Record<string, unknown> & {
	description: Record<string, { shortDescription: string; longDescription: string; features: string[] }>;
	legal: { license: string };
	maintenance: { type: string; contacts?: { name: string }[] };
	localisation: { localisationReady: boolean; availableLanguages: string[] };
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; license: string };

/** The categories of the standard's controlled list that fit a library of documents (https://yml.publiccode.tools/categories-list.html). */
const CATEGORIES = new Set([
	'collaboration',
	'content-management',
	'document-management',
	'knowledge-management',
	'regulations-and-directives',
	'website-builder',
]);

describe('publiccode.yml', () => {
	it('follows version 0.4 of the standard in its required keys', () => {
		expect(code['publiccodeYmlVersion']).toBe('0.4');
		expect(code['name']).toBe('Dreiklang');
		expect(new URL(code['url'] as string).protocol).toBe('https:');
		expect(code['platforms']).toEqual(['web']);
		expect(code['developmentStatus']).toBe('beta');
		expect(code['softwareType']).toBe('standalone/web');
		for (const category of code['categories'] as string[]) expect(CATEGORIES, category).toContain(category);
		expect(code['maintenance'].type).toBe('community');
		expect(code['maintenance'].contacts?.length).toBeGreaterThan(0);
		expect(code['localisation'].localisationReady).toBe(true);
	});

	it('describes the software in each interface language, within the standard’s lengths', () => {
		expect(Object.keys(code['description']).sort()).toEqual([...UI_LANGUAGES].sort());
		for (const [lang, text] of Object.entries(code['description'])) {
			expect(text.shortDescription.length, lang).toBeLessThanOrEqual(150);
			expect(text.longDescription.length, lang).toBeGreaterThanOrEqual(150);
			expect(text.longDescription.length, lang).toBeLessThanOrEqual(10_000);
			expect(text.features.length, lang).toBeGreaterThan(0);
			for (const feature of text.features) expect(feature.length, lang).toBeLessThanOrEqual(100);
		}
	});

	it('names the languages of the site and the licence of package.json', () => {
		expect(code['localisation'].availableLanguages).toEqual([...UI_LANGUAGES]);
		expect(code['legal'].license).toBe(pkg.license);
	});

	it('keeps its version in step with package.json once it names one', () => {
		if ('softwareVersion' in code) expect(code['softwareVersion']).toBe(pkg.version);
		if ('releaseDate' in code) {
			expect(code['releaseDate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(code).toHaveProperty('softwareVersion');
		}
	});
});
