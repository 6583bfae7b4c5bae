import { describe, expect, it } from 'vitest';
import {
	COSIGNATORIES_INLINE_LIMIT,
	cosignatoryAnchor,
	countCosignatories,
	groupCosignatories,
	hasCosignatoryPage,
} from '../../src/lib/library/cosignatories.ts';
import { resolveMatrix } from '../../src/lib/library/laender-matrix.ts';
import { addMonths } from '../../src/lib/iso-day.ts';
import { reviewState } from '../../src/lib/library/staleness.ts';
import { buildSupersession, relatedOutsideChain } from '../../src/lib/library/supersession.ts';
import type { ResolvedOrganization } from '../../src/lib/registries/organizations.ts';

describe('resolveMatrix', () => {
	const matrix = resolveMatrix(
		{ model: 'Bundesmodell', authority: 'Finanzamt' },
		{
			BW: { model: 'Modifiziertes Bodenwertmodell', url: 'https://example.org/bw' },
			BY: { model: 'Flächenmodell', note: 'Äquivalenzzahlen' },
		},
	);

	it('lists only the columns set somewhere, in display order', () => {
		expect(matrix.columns).toEqual(['model', 'authority', 'note']);
	});

	it('gives every Land a row; an override replaces only its own field', () => {
		expect(matrix.rows).toHaveLength(16);
		const bw = matrix.rows.find((r) => r.land === 'BW')!;
		expect(bw.cells.model).toEqual({ value: 'Modifiziertes Bodenwertmodell', overridden: true });
		expect(bw.cells.authority).toEqual({ value: 'Finanzamt', overridden: false });
		expect(bw.overrides).toBe(1);
		expect(bw.url).toBe('https://example.org/bw');
	});

	it('leaves a Land without entry on the baseline', () => {
		const nw = matrix.rows.find((r) => r.land === 'NW')!;
		expect(nw.overrides).toBe(0);
		expect(nw.cells.model).toEqual({ value: 'Bundesmodell', overridden: false });
		expect(nw.cells.note).toEqual({ value: undefined, overridden: false });
	});
});

describe('guide staleness', () => {
	it('adds months and clamps to the last day of the month', () => {
		expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
		expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
		expect(addMonths('2025-06-30', 12)).toBe('2026-06-30');
	});

	it('is overdue only after the due day', () => {
		expect(reviewState('2025-11-27', 12, '2026-11-27')).toEqual({ due: '2026-11-27', overdue: false });
		expect(reviewState('2025-11-26', 12, '2026-11-27')).toEqual({ due: '2026-11-26', overdue: true });
	});
});

describe('supersession', () => {
	const s = buildSupersession([{ id: 'c', supersedes: 'b' }, { id: 'b', supersedes: 'a' }, { id: 'a' }, { id: 'x' }]);

	it('reads the chain both ways from any member, oldest first', () => {
		expect(s.supersededBy.get('a')).toBe('b');
		expect(s.chain('a')).toEqual(['a', 'b', 'c']);
		expect(s.chain('c')).toEqual(['a', 'b', 'c']);
		expect(s.chain('x')).toEqual(['x']);
	});

	it('terminates on a loop instead of hanging', () => {
		expect(
			buildSupersession([
				{ id: 'a', supersedes: 'b' },
				{ id: 'b', supersedes: 'a' },
			]).chain('a'),
		).toHaveLength(2);
	});

	it('leaves the papers of the chain out of the related documents, which the chain block lists already', () => {
		expect(relatedOutsideChain(s, 'b', ['a', 'c', 'x'])).toEqual(['x']);
		expect(relatedOutsideChain(s, 'x', ['a', 'c'])).toEqual(['a', 'c']);
	});
});

describe('groupCosignatories', () => {
	const org = (
		ref: string,
		kind: ResolvedOrganization['kind'],
		level: ResolvedOrganization['level'],
		land?: 'BY' | 'NW' | 'RP',
	): { organization: ResolvedOrganization } => ({
		organization: { ref, slug: ref, name: ref, withinLand: ref, kind, level, type: kind, ...(land ? { land } : {}) },
	});

	it('groups by level, then Land, and counts municipalities per Land', () => {
		const overview = groupCosignatories([
			org('Zweibrücken', 'gemeinde', 'kommune', 'RP'),
			org('Essen', 'gemeinde', 'kommune', 'NW'),
			org('Kreis Kleve', 'kreis', 'kommune', 'NW'),
			org('Bayerischer Städtetag', 'registry', 'land', 'BY'),
			org('Deutscher Städtetag', 'registry', 'bund'),
		]);
		expect(overview).toMatchObject({ total: 5, kommunen: 3, kommunenLaender: 2 });
		expect(overview.groups.map((g) => g.level)).toEqual(['bund', 'land', 'kommune']);
		const kommune = overview.groups[2]!;
		// Länder in the official order of the codes (NW before RP), names sorted within.
		expect(kommune.byLand.map((g) => [g.land, g.entries.map((e) => e.organization.name)])).toEqual([
			['NW', ['Essen', 'Kreis Kleve']],
			['RP', ['Zweibrücken']],
		]);
	});

	it('lists up to the bound on the paper page and gives more a page of their own', () => {
		expect(hasCosignatoryPage(0)).toBe(false);
		expect(hasCosignatoryPage(33)).toBe(false);
		expect(hasCosignatoryPage(COSIGNATORIES_INLINE_LIMIT)).toBe(false);
		expect(hasCosignatoryPage(COSIGNATORIES_INLINE_LIMIT + 1)).toBe(true);
		expect(hasCosignatoryPage(600)).toBe(true);
	});

	it('counts by level and Land in an overview whose size does not grow with the entries', () => {
		const many = [
			org('Deutscher Städtetag', 'registry', 'bund'),
			org('Bayerischer Städtetag', 'registry', 'land', 'BY'),
			...Array.from({ length: 400 }, (_, i) => org(`Gemeinde ${i}`, 'gemeinde', 'kommune', 'NW')),
			...Array.from({ length: 199 }, (_, i) => org(`Gemeinde ${i}`, 'gemeinde', 'kommune', 'RP')),
			org('Kreis Kleve', 'kreis', 'kommune', 'NW'),
		];
		expect(countCosignatories(groupCosignatories(many))).toEqual([
			{ level: 'bund', count: 1, byLand: [] },
			{ level: 'land', count: 1, byLand: [{ land: 'BY', count: 1 }] },
			{
				level: 'kommune',
				count: 600,
				byLand: [
					{ land: 'NW', count: 401 },
					{ land: 'RP', count: 199 },
				],
			},
		]);
	});

	it('names the parts of the full list that the overview links to', () => {
		expect(cosignatoryAnchor('bund')).toBe('cosignatories-bund');
		expect(cosignatoryAnchor('kommune', 'NW')).toBe('cosignatories-kommune-nw');
	});
});
