/**
 * The synonym registry, `content/registry/synonyms.yaml`: its schema is
 * strict, a term stands in one group once, and every problem is a located
 * message in German and English — as the validator and the build read it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import { synonymEntrySchema } from '../../src/schemas/synonyms.ts';
import { createTempLibrary, removeTempLibrary } from '../support/temp-library.ts';

let root: string;
beforeEach(() => {
	root = createTempLibrary();
});
afterEach(() => removeTempLibrary(root));

const load = (yaml: string) => {
	writeFileSync(join(root, 'content/registry/synonyms.yaml'), yaml);
	const { registries, diagnostics } = loadRegistries(root);
	return {
		synonyms: registries.synonyms,
		problems: diagnostics.map((d) => `${d.file}:${d.line}:${d.column} [${d.ruleId}] ${d.message.de} | ${d.message.en}`),
	};
};

describe('the synonym registry', () => {
	it('loads the repository’s own list without problems', () => {
		const { registries, diagnostics } = loadRegistries(process.cwd());
		expect(diagnostics).toEqual([]);
		expect(registries.synonyms.length).toBeGreaterThan(10);
		expect(registries.synonyms.find((s) => s.terms.includes('Kita'))?.terms).toContain('Kindertagesstätte');
	});

	it('accepts groups of German terms with optional English words', () => {
		const { synonyms, problems } = load(
			'- terms: [Kita, Kindertagesstätte]\n  en: [day care]\n- terms: [Amt, Behörde]\n',
		);
		expect(problems).toEqual([]);
		expect(synonyms).toEqual([
			{ terms: ['Kita', 'Kindertagesstätte'], en: ['day care'] },
			{ terms: ['Amt', 'Behörde'] },
		]);
	});

	it('names an unknown key where it stands, instead of ignoring it', () => {
		expect(synonymEntrySchema.safeParse({ terms: ['Kita'], synonyms: ['Kindergarten'] }).success).toBe(false);
		const { synonyms, problems } = load('- terms: [Kita]\n  synonyms: [Kindergarten]\n');
		expect(synonyms).toEqual([]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/registry\/synonyms\.yaml:2:3 \[schema\] .*synonyms`/);
	});

	it('refuses an empty group', () => {
		const { problems } = load('- terms: []\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/registry\/synonyms\.yaml:1:10 \[schema\] /);
	});

	it('reports a term that stands twice, at its second place, in both languages', () => {
		const { problems } = load('- terms: [Kita, Kindertagesstätte]\n- terms: [Kindergarten, KITA]\n');
		expect(problems).toEqual([
			'content/registry/synonyms.yaml:2:25 [synonym-term] Der Begriff `KITA` steht schon in Zeile 1; ein Begriff darf nur einmal vorkommen – hier streichen oder die beiden Gruppen zusammenlegen | Unexpected term `KITA` again (first in line 1), expected each term once – remove it here or merge the two groups',
		]);
	});
});
