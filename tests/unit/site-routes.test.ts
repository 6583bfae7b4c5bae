import { describe, expect, it } from 'vitest';
import { COSIGNATORIES_INLINE_LIMIT } from '../../src/lib/library/cosignatories.ts';
import { buildLibraryIndex } from '../../src/lib/library/library-index.ts';
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import { cosignatoriesHref, href, listHref, trackerHref } from '../../src/lib/routes/routes.ts';
import { buildRoutes, PAGE_SIZE, TRACKER_PAGE_SIZE } from '../../src/lib/routes/site-routes.ts';
import type { AnyDocument } from '../../src/lib/library/summaries.ts';
import { validateLibrary } from '../../src/lib/validate/run/validate-library.ts';

const TODAY = '2026-11-27';
const report = validateLibrary(process.cwd(), { today: TODAY });
const documents = report.documents.map((d) => ({ kind: d.kind, id: d.id, data: d.data }) as AnyDocument);
const index = buildLibraryIndex(documents, report.registries, TODAY);

describe('URLs', () => {
	it('are German at the root and English under /en/, with translated sections', () => {
		expect(href('de', 'positions', 'x')).toBe('/positionen/x/');
		expect(href('en', 'guides')).toBe('/en/guides/');
		expect(href('de', 'laender', 'BY')).toBe('/laender/by/');
		expect(listHref('de', 'positions', { filter: 'status', value: 'adopted' }, 2)).toBe(
			'/positionen/status/adopted/seite/2/',
		);
		expect(listHref('en', 'lessons', { filter: 'land', value: 'NW' })).toBe('/en/lessons/state/nw/');
		expect(cosignatoriesHref('de', 'x')).toBe('/positionen/x/mitzeichnende/');
		expect(cosignatoriesHref('en', 'x')).toBe('/en/positions/x/co-signatories/');
	});
});

describe('route table', () => {
	const routes = buildRoutes(index, loadRegistries(process.cwd()).registries);

	it('gives every page a unique path and a counterpart in the other language', () => {
		const paths = routes.map((r) => r.path);
		expect(new Set(paths).size).toBe(paths.length);
		const set = new Set(paths);
		for (const route of routes) expect(set.has(route.alternate), route.alternate).toBe(true);
	});

	it('builds a page per document per language and paginates lists', () => {
		const documentsPages = routes.filter((r) => r.route.view === 'document');
		expect(documentsPages).toHaveLength(documents.length * 2);
		for (const route of routes)
			if (route.route.view === 'list') expect(route.route.items.length).toBeLessThanOrEqual(PAGE_SIZE);
	});
});

describe('co-signatory pages', () => {
	// A synthetic index: the example library plus two copies of a paper, one
	// with as many co-signatories as its page lists and one with one more.
	const registries = loadRegistries(process.cwd()).registries;
	const paper = documents.find((d) => d.kind === 'positions' && d.data.cosignatories.length > 0)!;
	const gemeinden = [...registries.register.gemeinden.keys()].slice(0, COSIGNATORIES_INLINE_LIMIT + 1);
	const withSigners = (id: string, count: number) =>
		({
			...paper,
			id,
			data: {
				...paper.data,
				supersedes: undefined,
				cosignatories: gemeinden.slice(0, count).map((ags) => ({ organization: `ags:${ags}`, date: '2024-01-15' })),
			},
		}) as AnyDocument;
	const synthetic = [
		...documents,
		withSigners('am-limit', COSIGNATORIES_INLINE_LIMIT),
		withSigners('ueber-limit', COSIGNATORIES_INLINE_LIMIT + 1),
	];
	const routes = buildRoutes(buildLibraryIndex(synthetic, registries, TODAY), registries);
	const pages = routes.filter(
		(r) => r.route.view === 'cosignatories' && ['am-limit', 'ueber-limit'].includes(r.route.id),
	);

	it('exist only for papers with more co-signatories than the paper page lists, in both languages', () => {
		expect(pages.map((r) => [r.lang, r.path, r.alternate])).toEqual([
			['de', '/positionen/ueber-limit/mitzeichnende/', '/en/positions/ueber-limit/co-signatories/'],
			['en', '/en/positions/ueber-limit/co-signatories/', '/positionen/ueber-limit/mitzeichnende/'],
		]);
	});

	it('sit below their paper, outside the document pages, with unique paths', () => {
		const documentPaths = new Set(routes.filter((r) => r.route.view === 'document').map((r) => r.path));
		for (const page of pages) {
			expect(documentPaths.has(page.path)).toBe(false);
			expect(page.path.startsWith(href(page.lang, 'positions', 'ueber-limit'))).toBe(true);
		}
		const paths = routes.map((r) => r.path);
		expect(new Set(paths).size).toBe(paths.length);
	});
});

describe('demand tracker pages', () => {
	// The example library plus a paper with more open demands to the EU than one page lists, and one met.
	const registries = loadRegistries(process.cwd()).registries;
	const paper = documents.find((d) => d.kind === 'positions')!;
	const demand = (status: 'open' | 'met', i: number) => ({
		text: `Forderung ${i}`,
		addressee: 'level:eu',
		status,
		since: '2025-01-01',
	});
	const eu = {
		...paper,
		id: 'an-die-eu',
		data: {
			...paper.data,
			supersedes: undefined,
			demands: [
				...Array.from({ length: TRACKER_PAGE_SIZE + 1 }, (_, i) => demand('open', i)),
				demand('met', TRACKER_PAGE_SIZE + 1),
			],
		},
	} as AnyDocument;
	const routes = buildRoutes(buildLibraryIndex([...documents, eu], registries, TODAY), registries);
	const paths = routes.filter((r) => r.lang === 'de' && r.path.startsWith('/forderungen/eu/')).map((r) => r.path);

	it('are paged and filtered by the statuses an addressee has, in both languages', () => {
		expect(trackerHref('de', 'bund', 'open', 2)).toBe('/forderungen/bund/status/open/seite/2/');
		expect(trackerHref('en', 'by')).toBe('/en/demands/by/');
		expect(paths).toEqual([
			'/forderungen/eu/',
			'/forderungen/eu/seite/2/',
			'/forderungen/eu/status/open/',
			'/forderungen/eu/status/open/seite/2/',
			'/forderungen/eu/status/met/',
		]);
		expect(routes.filter((r) => r.path.startsWith('/en/demands/eu/'))).toHaveLength(5);
		expect(routes.some((r) => r.path === '/forderungen/')).toBe(true);
	});
});

describe('library index', () => {
	it('computes back-links of organizations', () => {
		const staedtetag = index.organizations.get('staedtetag')!;
		expect(staedtetag.led.length).toBeGreaterThan(0);
		expect(staedtetag.led.every((s) => s.kind === 'positions')).toBe(true);
		const kaiserslautern = index.organizations.get('ags-07312000')!;
		expect(kaiserslautern.reported.map((s) => s.id)).toContain('kaiserslautern-kultur-livestream');
	});

	it('lists consultations that are still open on the build date', () => {
		for (const { until } of index.openConsultations) expect(until >= TODAY).toBe(true);
		expect(index.openConsultations.length).toBeGreaterThan(0);
	});

	it('marks guides whose review is overdue on the build date', () => {
		const overdue = [...index.reviews].filter(([, r]) => r.overdue).map(([id]) => id);
		expect(overdue.length).toBeGreaterThan(0);
		for (const id of overdue) expect(index.byId.get(id)!.status).toBe('overdue');
	});

	it('follows a supersession chain both ways', () => {
		const superseded = index.byKind.positions.filter((s) => s.status === 'superseded');
		expect(superseded.length).toBeGreaterThan(0);
		for (const s of superseded) {
			const chain = index.supersession.chain(s.id);
			expect(chain.indexOf(index.supersession.supersededBy.get(s.id)!)).toBe(chain.indexOf(s.id) + 1);
		}
	});
});
