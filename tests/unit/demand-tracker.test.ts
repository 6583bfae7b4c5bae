/**
 * The demand tracker groups every demand by whom it addresses and counts them:
 * the counts a reader sees on `/forderungen/` and the pages of each addressee.
 */
import { describe, expect, it } from 'vitest';
import { buildDemandTracker, openSince } from '../../src/lib/library/demand-tracker.ts';
import type { DocumentSummary } from '../../src/lib/library/summaries.ts';
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import type { Position } from '../../src/schemas/position.ts';

const TODAY = '2026-11-27';
const registries = loadRegistries(process.cwd()).registries;

type Demand = Position['demands'][number];
const demand = (addressee: string, status: Demand['status'], since: string, history?: Demand['history']): Demand => ({
	text: `${addressee} ${status}`,
	addressee,
	status,
	since,
	...(history && { history }),
});
const paper = (id: string, demands: Demand[]) => ({ id, data: { lang: 'de', demands } as unknown as Position });

// A federal paper (no Land of its own), a Bavarian one, and one to named bodies.
const papers = [
	paper('bundespapier', [
		demand('level:bund', 'open', '2024-01-10'),
		demand('level:land', 'met', '2025-03-01', [
			{ status: 'open', since: '2024-01-10' },
			{ status: 'met', since: '2025-03-01' },
		]),
		demand('level:eu', 'rejected', '2024-06-01'),
	]),
	paper('bayernpapier', [
		demand('level:land', 'in-progress', '2025-06-01', [
			{ status: 'open', since: '2023-06-01' },
			{ status: 'in-progress', since: '2025-06-01' },
		]),
		demand('BY', 'partly-met', '2025-01-01'),
	]),
	paper('adressatenpapier', [
		demand('bundesregierung', 'open', '2025-11-27'),
		demand('bayerischer-staedtetag', 'met', '2024-02-02'),
		demand('ags:07312000', 'open', '2026-01-01'),
		demand('level:kommune', 'open', '2026-01-01'),
	]),
];
const summaries = new Map<string, DocumentSummary>([
	['bundespapier', { laender: [] } as unknown as DocumentSummary],
	['bayernpapier', { laender: ['BY'] } as unknown as DocumentSummary],
	['adressatenpapier', { laender: [] } as unknown as DocumentSummary],
]);
const tracker = buildDemandTracker(papers, summaries, registries, TODAY);
const listed = (slug: string) => tracker.bySlug.get(slug)?.demands.map((d) => `${d.paper}[${d.index}]`);

describe('demand tracker', () => {
	it('has a page per addressee, in a fixed order: Bund, EU, the Länder, each Land, municipalities, organizations', () => {
		expect(tracker.groups.map((g) => g.slug)).toEqual([
			'bund',
			'eu',
			'laender',
			'by',
			'kommunen',
			'bayerischer-staedtetag',
			'bundesregierung',
			'ags-07312000',
		]);
	});

	it('lists federal bodies under the Bund, and Land bodies and Land demands of a paper concerning the Land under it', () => {
		expect(listed('bund')).toEqual(['bundespapier[0]', 'adressatenpapier[0]']);
		expect(listed('by')).toEqual(['bayernpapier[0]', 'bayernpapier[1]', 'adressatenpapier[1]']);
		// `level:land` of a paper with no Land of its own: the Länder together only.
		expect(listed('laender')).toEqual(['bayernpapier[0]', 'bundespapier[1]']);
		expect(listed('eu')).toEqual(['bundespapier[2]']);
		// A demand to a town is not one to its Land.
		expect(listed('ags-07312000')).toEqual(['adressatenpapier[2]']);
		expect(listed('rp')).toBeUndefined();
	});

	it('counts per status on each page and once over all papers', () => {
		expect(tracker.bySlug.get('by')!.counts).toEqual({
			open: 0,
			'in-progress': 1,
			'partly-met': 1,
			met: 1,
			rejected: 0,
		});
		expect(tracker.total).toEqual({ open: 4, 'in-progress': 1, 'partly-met': 1, met: 2, rejected: 1 });
	});

	it('says how long an open demand has been open, from its history', () => {
		const [inProgress] = tracker.bySlug.get('by')!.demands;
		// Open since 2023-06-01, in progress since 2025-06-01: still open, since the first day.
		expect(inProgress).toMatchObject({ openSince: '2023-06-01', daysOpen: 1275 });
		expect(tracker.bySlug.get('bund')!.demands.map((d) => d.daysOpen)).toEqual([1052, 365]);
		expect(tracker.bySlug.get('laender')!.demands[1]!.openSince).toBeUndefined();
	});

	it('takes the open stretch after a reopening, and the current day without a history', () => {
		const reopened: Demand = demand('level:bund', 'open', '2025-01-01', [
			{ status: 'open', since: '2023-01-01' },
			{ status: 'rejected', since: '2024-01-01' },
			{ status: 'open', since: '2025-01-01' },
		]);
		expect(openSince(reopened)).toBe('2025-01-01');
		expect(openSince(demand('level:bund', 'in-progress', '2024-05-05'))).toBe('2024-05-05');
		expect(openSince(demand('level:bund', 'met', '2024-05-05'))).toBeUndefined();
	});
});
