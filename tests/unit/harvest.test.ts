/**
 * The harvest's parts on their own, against loopback servers made to
 * misbehave: conditional requests and their limits, the check of one entry,
 * and what a harvest keeps on disk when a source changes, breaks or lies.
 */
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSource } from '../../src/lib/open-data/document-data.ts';
import { conditionalFetch } from '../../src/lib/harvest/conditional-fetch.ts';
import { checkHarvestedEntry } from '../../src/lib/harvest/check-entry.ts';
import {
	DEFAULT_HARVEST_OPTIONS,
	harvestSource,
	reportLines,
	type HarvestOptions,
} from '../../src/lib/harvest/harvest.ts';
import { readState, storedDocumentIds } from '../../src/lib/harvest/harvest-store.ts';
import { harvestedLink } from '../../src/lib/validate/body/guard-plugin.ts';
import { siteConfigSchema } from '../../src/schemas/site-config.ts';

const TODAY = '2026-12-01';
const FIXTURE = resolve('tests/fixtures/harvest/a/lessons/erntebericht-waermeplanung.md');
const LIMITS = { timeoutMs: 1_000, maxBytes: 100_000 };
const OPTIONS: HarvestOptions = { ...DEFAULT_HARVEST_OPTIONS, today: TODAY, catalog: LIMITS, document: LIMITS };

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.writeHead(404).end();
let server: Server;
let base: string;
const roots: string[] = [];

beforeAll(async () => {
	server = createServer((req, res) => handler(req, res)).listen(0, '127.0.0.1');
	await once(server, 'listening');
	base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
	server.closeAllConnections();
	await new Promise((done) => server.close(() => done(undefined)));
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** The address of a loopback port nothing listens on. */
async function closedPort(): Promise<string> {
	const probe = createServer().listen(0, '127.0.0.1');
	await once(probe, 'listening');
	const { port } = probe.address() as { port: number };
	await new Promise((done) => probe.close(() => done(undefined)));
	return `http://127.0.0.1:${port}`;
}

/** A data file as a source publishes it, for document `id` of the fixture. */
function dataFile(id: string, change: (data: Record<string, any>) => void = () => {}): string {
	const source = splitSource(`content/lessons/${id}.md`, readFileSync(FIXTURE, 'utf8'));
	const data: Record<string, any> = {
		version: 1,
		library: { name: 'Quelle', url: base },
		document: {
			id,
			kind: 'lessons',
			title: 'Erntedokument A: Wärmeplanung in einem Landkreis',
			summary: 'Ein Testdokument.',
			lang: 'de',
			status: 'mixed',
			laender: ['HE'],
			url: { de: `${base}/erfahrungen/${id}/`, en: `${base}/en/lessons/${id}/` },
			dates: { published: '2025-01-15', listed: '2025-01-15' },
			topics: [{ id: 'energie', de: 'Energie', en: 'Energy' }],
		},
		lastChanged: '2025-01-15',
		license: { id: 'cc-by-4.0' },
		source,
	};
	change(data);
	return JSON.stringify(data);
}

/** Serves `files` by path, with ETags, answering `304` where the client has the copy. */
function serveFiles(files: Map<string, string>, seen: number[] = []): Handler {
	return (req, res) => {
		res.on('finish', () => seen.push(res.statusCode));
		const text = files.get(new URL(req.url ?? '/', base).pathname);
		if (text === undefined) return void res.writeHead(404).end();
		const etag = `"${text.length}-${[...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)}"`;
		if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
		res.writeHead(200, { etag, 'content-type': 'application/json' }).end(text);
	};
}

function catalog(ids: string[]): string {
	const documents = ids.map((id) => JSON.parse(dataFile(id)).document);
	return JSON.stringify({ version: 1, library: { name: 'Quelle', url: base }, generated: TODAY, documents });
}

/** A folder for one harvest, removed after the tests. */
function scratch(): string {
	const root = mkdtempSync(join(tmpdir(), 'dreiklang-harvest-unit-'));
	roots.push(root);
	return root;
}

/** The files of a source that lists `ids`, by path. */
function published(ids: string[]): Map<string, string> {
	return new Map([
		['/api/catalog.json', catalog(ids)],
		...ids.map((id): [string, string] => [`/api/documents/${id}.json`, dataFile(id)]),
	]);
}

describe('a conditional request', () => {
	it('sends the stored validators and reports 304 as unchanged', async () => {
		let sent: string | undefined;
		handler = (req, res) => {
			sent = req.headers['if-none-match'];
			res.writeHead(304).end();
		};
		await expect(conditionalFetch(`${base}/x.json`, { etag: '"1"' }, LIMITS)).resolves.toEqual({ state: 'unchanged' });
		expect(sent).toBe('"1"');
	});

	it('gives up on a source that does not answer in time, on one that sends too much, redirects or fails', async () => {
		handler = () => {}; // never answers
		await expect(conditionalFetch(`${base}/slow`, undefined, LIMITS)).resolves.toMatchObject({
			state: 'failed',
			problem: { en: 'no answer within 1 s' },
		});
		handler = (_req, res) => {
			res.writeHead(200);
			res.write('x'.repeat(60_000));
			res.end('x'.repeat(60_000)); // no content-length: counted as it arrives
		};
		await expect(conditionalFetch(`${base}/big`, undefined, LIMITS)).resolves.toMatchObject({
			problem: { en: 'larger than 100000 bytes' },
		});
		handler = (_req, res) => res.writeHead(302, { location: 'http://127.0.0.2/' }).end();
		await expect(conditionalFetch(`${base}/moved`, undefined, LIMITS)).resolves.toMatchObject({
			problem: { en: 'redirects elsewhere (not followed)' },
		});
		handler = (_req, res) => res.writeHead(500).end();
		await expect(conditionalFetch(`${base}/broken`, undefined, LIMITS)).resolves.toMatchObject({
			problem: { en: 'answered HTTP 500' },
		});
		await expect(conditionalFetch(`${await closedPort()}/`, undefined, LIMITS)).resolves.toMatchObject({
			problem: { en: 'unreachable (ECONNREFUSED)' },
		});
	});
});

describe('the check of one harvested entry', () => {
	const root = resolve('.');
	const source = { id: 'quelle', url: 'http://127.0.0.1:9' };
	const at = (id: string) => ({ de: `${source.url}/erfahrungen/${id}/`, en: `${source.url}/en/lessons/${id}/` });
	const entry = (change: (data: Record<string, any>) => void = () => {}) =>
		dataFile('x', (data) => {
			data.document.url = at('x');
			change(data);
		});

	it('takes a document that passes the checks of a local one', () => {
		expect(checkHarvestedEntry(root, source, 'x', entry(), TODAY).problems).toBeUndefined();
	});

	it.each([
		['not JSON', '{', 'not valid JSON'],
		['another id', entry((d) => (d.document.id = 'y')), 'the file describes `y`, not `x`'],
		['a page elsewhere', entry((d) => (d.document.url.de = 'https://boese.example/x/')), 'is not at the source'],
		['MDX', entry((d) => (d.source.format = 'mdx')), 'only Markdown is taken'],
		['a script link', entry((d) => (d.source.body += '\n\n[x](javascript:alert(1))')), 'line'],
		['raw HTML', entry((d) => (d.source.body += '\n\n<img src=x onerror=alert(1)>')), 'line'],
		['a bidi mark in the title', entry((d) => (d.document.title = 'a\u202Eb')), 'invisible or control character'],
		['a front matter that fails its schema', entry((d) => (d.source.frontMatter += '\nunbekannt: 1')), 'line'],
		['a future version', entry((d) => (d.version = 2)), 'version'],
	])('refuses %s, saying why', (_name, text, words) => {
		const { problems } = checkHarvestedEntry(root, source, 'x', text, TODAY);
		expect(problems?.map((p) => p.en).join(' | ')).toContain(words);
	});
});

describe('a harvest on disk', () => {
	const source = () => ({ id: 'quelle', name: 'Quelle', url: base });

	it('fetches what changed, asks conditionally next time, keeps vanished documents and refuses bad ids', async () => {
		const root = scratch();
		const files = published(['eins', 'zwei']);
		const seen: number[] = [];
		handler = serveFiles(files, seen);
		const first = await harvestSource(root, source(), OPTIONS);
		expect(first).toMatchObject({ outcome: 'fresh', changed: 3, unchanged: 0, documents: 2, problems: [] });
		expect(storedDocumentIds(root, source())).toEqual(['eins', 'zwei']);

		seen.length = 0;
		const second = await harvestSource(root, source(), OPTIONS);
		expect(second).toMatchObject({ changed: 0, unchanged: 3 });
		expect(seen).toEqual([304, 304, 304]);

		// `zwei` leaves the catalogue, which also lists an id that would leave the folder.
		const listed = JSON.parse(catalog(['eins']));
		listed.documents.push({ ...listed.documents[0], id: '../../etc/passwd' });
		files.set('/api/catalog.json', JSON.stringify(listed));
		const third = await harvestSource(root, source(), OPTIONS);
		expect(third.problems.map((p) => p.problem.en)).toEqual(['entry 2 of the catalogue is invalid (id)']);
		expect(readState(root, source()).vanished).toEqual({ zwei: TODAY });
		expect(storedDocumentIds(root, source())).toEqual(['eins', 'zwei']);
		expect(existsSync(join(root, 'etc'))).toBe(false);
	});

	it('keeps the last good harvest when the catalogue turns to garbage, and drops an entry that turns hostile', async () => {
		const root = scratch();
		const files = published(['eins', 'zwei']);
		handler = serveFiles(files);
		await harvestSource(root, source(), OPTIONS);

		files.set('/api/catalog.json', '<html>Wartungsarbeiten</html>');
		const garbage = await harvestSource(root, source(), OPTIONS);
		expect(garbage).toMatchObject({
			outcome: 'stale',
			documents: 2,
			failure: { en: 'the catalogue is not valid JSON' },
		});
		expect(reportLines([garbage], 'en')[0]).toBe(
			`Quelle (quelle): the catalogue is not valid JSON – the harvest of ${TODAY} stands (2 documents)`,
		);
		expect(storedDocumentIds(root, source())).toEqual(['eins', 'zwei']);

		files.set('/api/catalog.json', catalog(['eins', 'zwei']));
		files.set(
			'/api/documents/zwei.json',
			dataFile('zwei', (d) => (d.source.body += '\n\n<script>alert(1)</script>')),
		);
		const hostile = await harvestSource(root, source(), OPTIONS);
		expect(hostile.problems).toHaveLength(1);
		expect(hostile.problems[0]!.id).toBe('zwei');
		expect(hostile.problems[0]!.problem.en).toMatch(/^left out: line \d+: .*script/i);
		expect(storedDocumentIds(root, source())).toEqual(['eins']);
	});

	it('asks about a refused entry conditionally that day, saying the same, and checks it afresh the next day', async () => {
		const root = scratch();
		const files = published(['eins', 'zwei']);
		files.set(
			'/api/documents/zwei.json',
			dataFile('zwei', (d) => (d.source.body += '\n\n<script>alert(1)</script>')),
		);
		const seen: number[] = [];
		handler = serveFiles(files, seen);
		const first = await harvestSource(root, source(), OPTIONS);
		expect(first.problems.map((p) => p.id)).toEqual(['zwei']);

		seen.length = 0;
		const again = await harvestSource(root, source(), OPTIONS);
		expect(seen).toEqual([304, 304, 304]);
		expect(again.problems).toEqual(first.problems);
		expect(storedDocumentIds(root, source())).toEqual(['eins']);

		seen.length = 0;
		const tomorrow = await harvestSource(root, source(), { ...OPTIONS, today: '2099-01-01' });
		expect(seen.filter((status) => status === 200)).toHaveLength(1);
		expect(tomorrow.problems.map((p) => p.id)).toEqual(['zwei']);
	});

	it('stops asking a source that takes too long, keeping what it had', async () => {
		const root = scratch();
		handler = serveFiles(published(['eins', 'zwei']));
		await harvestSource(root, source(), OPTIONS);
		const late = await harvestSource(root, source(), { ...OPTIONS, sourceBudgetMs: 0 });
		expect(late.problems.map((p) => p.problem.en)).toEqual([
			'stopped after 0 min: 2 files not fetched, their last harvest stays',
		]);
		expect(storedDocumentIds(root, source())).toEqual(['eins', 'zwei']);
		expect(Object.keys(readState(root, source()).documents)).toEqual(['eins', 'zwei']);
	});

	it('holds a source to its limits: documents listed, documents gone, bytes', async () => {
		const root = scratch();
		const files = new Map<string, string>();
		const offer = (ids: string[]) => {
			files.clear();
			for (const [path, text] of published(ids)) files.set(path, text);
		};
		handler = serveFiles(files);
		const limited = { ...source(), maxDocuments: 3 };
		offer(['a', 'b', 'c', 'd']);
		const first = await harvestSource(root, limited, OPTIONS);
		expect(first.problems.map((p) => p.problem.en)).toEqual([
			"the catalogue lists 4 documents; at most 3 are taken (the source's `maxDocuments`)",
		]);
		expect(storedDocumentIds(root, limited)).toEqual(['a', 'b', 'c']);
		// A source that changes its ids every time cannot grow the harvest beyond its limit.
		offer(['e', 'f']);
		await harvestSource(root, limited, { ...OPTIONS, today: '2026-12-02' });
		expect(storedDocumentIds(root, limited)).toHaveLength(3);
		offer(['g', 'h']);
		await harvestSource(root, limited, { ...OPTIONS, today: '2026-12-03' });
		expect(storedDocumentIds(root, limited)).toHaveLength(3);
		expect(Object.keys(readState(root, limited).vanished)).toHaveLength(1);

		// Bytes: a new harvest of the same documents with room for one of them.
		const fresh = scratch();
		const one = Buffer.byteLength(files.get('/api/documents/g.json')!);
		const small = await harvestSource(fresh, limited, { ...OPTIONS, maxBytes: Math.round(one * 1.5) });
		expect(small.problems.map((p) => p.problem.en)).toEqual([
			`more than ${Number((Math.round(one * 1.5) / 1_000_000).toPrecision(3)).toLocaleString('en-GB')} MB: 1 documents left out`,
		]);
		expect(storedDocumentIds(fresh, limited)).toHaveLength(1);
	});

	it('takes what a page says from the checked file and refuses dates after the build', () => {
		const root = resolve('.');
		const source = { id: 'quelle', url: base };
		const claimed = dataFile('x', (d) => (d.document.title = 'Amtliche Mitteilung der Bundesweiten Bibliothek'));
		expect(checkHarvestedEntry(root, source, 'x', claimed, TODAY).entry?.document.title).toBe(
			'Erntedokument A: Wärmeplanung in einem Landkreis',
		);
		const future = dataFile('x', (d) => (d.document.dates.listed = '9999-12-31'));
		expect(checkHarvestedEntry(root, source, 'x', future, TODAY).problems?.[0]?.en).toBe(
			'the date `dates.listed` (9999-12-31) lies after the day of the build',
		);
		// A consultation running at the source ends after the build: that is no reason to leave it out.
		const running = dataFile('x', (d) => (d.document.dates.consultationEnd = '9999-12-31'));
		expect(checkHarvestedEntry(root, source, 'x', running, TODAY)).toMatchObject({ entry: expect.anything() });
	});

	it('reports a source that was never reached, and stores nothing', async () => {
		const root = scratch();
		const report = await harvestSource(root, { id: 'weg', name: 'Weg', url: await closedPort() }, OPTIONS);
		expect(report).toMatchObject({ outcome: 'none', documents: 0 });
		expect(reportLines([report], 'de')[0]).toBe(
			'Weg (weg): nicht erreichbar (ECONNREFUSED) – noch keine Ernte, keine Dokumente dieser Quelle',
		);
		expect(existsSync(join(root, 'harvest'))).toBe(false);
	});
});

describe("a harvested body's links to its own library", () => {
	const source = new URL('https://quelle.example/bibliothek/');
	it.each([
		['/positionen/x/', 'https://quelle.example/bibliothek/positionen/x/'],
		['/positionen/x/?a=1#b', 'https://quelle.example/bibliothek/positionen/x/?a=1#b'],
		['/javascript:alert(1)', 'https://quelle.example/bibliothek/javascript:alert(1)'],
		['/data:text/html,x', 'https://quelle.example/bibliothek/data:text/html,x'],
		['/../andere/', 'https://quelle.example/bibliothek/andere/'],
		['/%2e%2e/andere/', 'https://quelle.example/bibliothek/andere/'],
	])('lead to the same path at the source: %s', (href, expected) => {
		expect(harvestedLink(href, source)).toBe(expected);
	});

	it.each(['//andere.example/x', '/\\andere.example/x'])(
		'are left alone when a browser reads another host: %s',
		(href) => {
			expect(harvestedLink(href, source)).toBeUndefined();
		},
	);
});

describe('the sources of a harvest in the site configuration', () => {
	const harvest = (sources: { id: string; url: string }[]) =>
		siteConfigSchema.shape.harvest.safeParse(sources.map((s) => ({ name: s.id, ...s })));
	it('refuses sources inside one another and twice the same id', () => {
		const nested = harvest([
			{ id: 'e', url: 'https://q.example' },
			{ id: 'f', url: 'https://q.example/f' },
		]);
		expect(nested.error?.issues.map((i) => i.message)).toEqual([
			'Unexpected address `https://q.example/f` inside source `e`, expected sources that do not contain one another',
		]);
		expect(
			harvest([
				{ id: 'e', url: 'https://q.example' },
				{ id: 'e', url: 'https://r.example' },
			]).success,
		).toBe(false);
		expect(
			harvest([
				{ id: 'e', url: 'https://q.example/e' },
				{ id: 'f', url: 'https://q.example/f' },
			]).success,
		).toBe(true);
	});
});
