import { describe, expect, it } from 'vitest';
import { buildLibraryIndex } from '../../src/lib/library-index.ts';
import { loadRegistries } from '../../src/lib/load-registries.ts';
import { href, listHref } from '../../src/lib/routes.ts';
import { buildRoutes, PAGE_SIZE } from '../../src/lib/site-routes.ts';
import type { AnyDocument } from '../../src/lib/summaries.ts';
import { validateLibrary } from '../../src/lib/validate-library.ts';

const TODAY = '2026-11-27';
const report = validateLibrary(process.cwd(), { today: TODAY });
const documents = report.documents.map((d) => ({ kind: d.kind, id: d.id, data: d.data }) as AnyDocument);
const index = buildLibraryIndex(documents, report.registries, TODAY);

describe('URLs', () => {
	it('are German at the root and English under /en/, with translated sections', () => {
		expect(href('de', 'positions', 'x')).toBe('/positionen/x/');
		expect(href('en', 'guides')).toBe('/en/guides/');
		expect(href('de', 'laender', 'BY')).toBe('/laender/by/');
		expect(listHref('de', 'positions', { filter: 'status', value: 'adopted' }, 2)).toBe('/positionen/status/adopted/seite/2/');
		expect(listHref('en', 'lessons', { filter: 'land', value: 'NW' })).toBe('/en/lessons/state/nw/');
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
		for (const route of routes) if (route.route.view === 'list') expect(route.route.items.length).toBeLessThanOrEqual(PAGE_SIZE);
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
