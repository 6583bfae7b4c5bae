/**
 * Federation: two libraries built from the project with different content,
 * each naming the other as a peer, served on loopback ports. A search on A
 * finds a document only B has, labelled as B's; a peer that hangs (C) is left
 * out after the time-out, one whose index is broken (D) as soon as merging it
 * fails; when B stops, the search on A still works and says that B is missing. These are the only extra builds of the site tests, with one
 * document each.
 *
 * Hostile peers need no build of their own: A's files are served once more
 * with a search page that names them, E serves B's index with markup in every
 * field of its result, F serves it with the result on another host, and G is
 * a plain-`http:` peer on another computer, as a tampered configuration would
 * name it. Likewise a peer that fails after the page has loaded: B's files
 * from a server that starts to hang, goes down or loses its result fragments
 * on command, named as B by another copy of A's search page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import sirv from 'sirv';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import {
	axeViolations,
	facetValues,
	openFacet,
	openSearch,
	searchesDone,
	shownResults,
	statusText,
	waitForSearch,
} from './search-page.ts';
import { serveStatic } from '../support/static-server.ts';

type Served = Awaited<ReturnType<typeof serveStatic>>;
const FIXTURES = resolve('tests/fixtures/search-federation');
const roots: string[] = [];
let a: Served;
let b: Served;
let hanging: Server;
let hangingUrl: string;
let broken: Server;
let brokenUrl: string;
/** A's files again, with a search page whose peers are E, F and G. */
let tampered: Served;
let markup: Served;
let elsewhere: Served;
/** How B's files are served by `flaky`: as built, not at all (the connection hangs or breaks), or without result fragments. */
type FlakyMode = 'ok' | 'hang' | 'down' | 'no-fragments';
let flakyMode: FlakyMode = 'ok';
let flaky: Served;
/** A's files again, with a search page whose only peer is B served by `flaky`. */
let withFlaky: Served;
/** The time limit of the search page (`SearchView.astro`) for each peer's answer. */
const PEER_TIMEOUT_MS = 4000;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;

/** A copy of the project whose library holds only the fixture documents of `name`. */
function project(name: 'a' | 'b'): string {
	const root = mkdtempSync(join(tmpdir(), `dreiklang-peer-${name}-`));
	roots.push(root);
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'site.config.yaml', 'src'])
		cpSync(entry, join(root, entry), { recursive: true });
	cpSync('content/registry', join(root, 'content/registry'), { recursive: true });
	// The operator's logo, which `site.config.yaml` names.
	cpSync('content/site', join(root, 'content/site'), { recursive: true });
	for (const kind of ['positions', 'lessons', 'guides']) mkdirSync(join(root, 'content', kind), { recursive: true });
	cpSync(join(FIXTURES, name), join(root, 'content'), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
	// The server starts before the build, so that each library can name the other's address.
	mkdirSync(join(root, 'dist'));
	writeFileSync(join(root, 'dist/404.html'), '<!doctype html><title>404</title>');
	return root;
}

function configure(root: string, name: string, url: string, peers: { name: string; url: string }[]): void {
	const config = parse(readFileSync(join(root, 'site.config.yaml'), 'utf8')) as Record<string, unknown>;
	writeFileSync(join(root, 'site.config.yaml'), stringify({ ...config, name, url, peers }));
}

function build(root: string): void {
	const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0' },
	});
	if (result.status !== 0)
		throw new Error(`The peer library in ${root} did not build:\n${result.stdout}\n${result.stderr}`);
}

/** Rewrites a served file, or leaves it alone (`undefined`); `read` gives the file as built. */
type Alter = (path: string, read: () => Buffer) => string | undefined;

/** Serves a built site like `serveStatic`, with some files altered on the way out, as a compromised host would. */
async function serveAltered(dir: string, alter: Alter): Promise<Served> {
	const files = sirv(dir, {
		dev: true,
		etag: false,
		setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*'),
	});
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		const altered = alter(path, () => readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path)));
		if (altered === undefined) {
			files(req, res, () => {
				res.writeHead(404).end();
			});
			return;
		}
		res.writeHead(200, {
			'Access-Control-Allow-Origin': '*',
			'content-type': path.endsWith('/') ? 'text/html; charset=utf-8' : 'application/octet-stream',
		});
		res.end(altered);
	}).listen(0, '127.0.0.1');
	await once(server, 'listening');
	return {
		url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
		server,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

/** Changes how `flaky` serves; connections it holds are dropped, as when a server restarts. */
function setFlaky(mode: FlakyMode): void {
	flakyMode = mode;
	flaky.server.closeAllConnections();
}

/** Serves a built site as a peer that may stop answering after the page has loaded, as `flakyMode` says. */
async function serveFlaky(dir: string): Promise<Served> {
	const files = sirv(dir, {
		dev: true,
		etag: false,
		setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*'),
	});
	const server = createServer((req, res) => {
		if (flakyMode === 'hang') return;
		if (flakyMode === 'down') {
			req.socket.destroy();
			return;
		}
		if (flakyMode === 'no-fragments' && req.url?.startsWith('/pagefind/fragment/')) {
			res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
			return;
		}
		files(req, res, () => {
			res.writeHead(404).end();
		});
	}).listen(0, '127.0.0.1');
	await once(server, 'listening');
	return {
		url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
		server,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}

type Fragment = Record<string, unknown> & { content?: string };

/** A Pagefind fragment (or group of fragments) changed by `change`, in the uncompressed form Pagefind also reads. */
function alterFragments(file: Buffer, change: (fragment: Fragment) => void): string {
	let text: string;
	try {
		text = gunzipSync(file).toString('utf8');
	} catch {
		text = file.toString('utf8');
	}
	const SIGNATURE = 'pagefind_dcd';
	if (!text.startsWith(SIGNATURE)) throw new Error('Unexpected Pagefind fragment format: no signature');
	const data = JSON.parse(text.slice(SIGNATURE.length)) as Fragment | Record<string, Fragment>;
	for (const fragment of 'url' in data ? [data as Fragment] : Object.values(data as Record<string, Fragment>))
		change(fragment);
	return `${SIGNATURE}${JSON.stringify(data)}`;
}

const IMG = '<img/src/onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

/** Every word of the text markup, so that the excerpt holds it wherever it falls; and markup in the fields. */
function withMarkup(fragment: Fragment): void {
	// Word for word, so that the index's word positions (and so the highlights) still fall on words.
	const words = String(fragment.content ?? '').split(/[^\S\uFEFF]+/);
	fragment.content = fragment['raw_content'] = words.map((_, i) => (i % 2 === 0 ? IMG : SCRIPT)).join(' ');
	fragment['meta'] = {
		...(fragment['meta'] as object),
		title: '<img/src/onerror=alert(3)>Böser Titel',
		summary: '<script>alert(4)</script>',
		lang: 'de" onmouseover="alert(5)',
	};
}

/** A's search page with other peers: its configuration and the `connect-src` of its Content-Security-Policy rewritten. */
function withPeers(html: string, peers: { name: string; url: string }[]): string {
	const config = /(<script[^>]*id="search-config"[^>]*>)([^<]*)(<\/script>)/.exec(html);
	const csp = /connect-src [^;"]*/.exec(html);
	if (!config || !csp) throw new Error('The search page has no search configuration or no connect-src to rewrite');
	const json = JSON.stringify({ ...JSON.parse(config[2]!), peers }).replace(
		/[<>&]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
	return html
		.replace(config[0], `${config[1]}${json}${config[3]}`)
		.replace(csp[0], `connect-src 'self' ${peers.map((peer) => peer.url).join(' ')}`);
}

beforeAll(async () => {
	const rootA = project('a');
	const rootB = project('b');
	a = await serveStatic(join(rootA, 'dist'));
	b = await serveStatic(join(rootB, 'dist'));
	// A peer that accepts connections and never answers: the slow case.
	hanging = createServer(() => {}).listen(0, '127.0.0.1');
	await once(hanging, 'listening');
	hangingUrl = `http://127.0.0.1:${(hanging.address() as { port: number }).port}`;
	// A peer whose entry file looks right but whose index is missing: merging it fails after it answered.
	broken = createServer((req, res) => {
		res.setHeader('Access-Control-Allow-Origin', '*');
		if (req.url?.startsWith('/pagefind/pagefind-entry.json')) {
			res.setHeader('content-type', 'application/json');
			res.end(
				JSON.stringify({ version: '1.6.0', languages: { de: { hash: 'de_missing', wasm: 'de', page_count: 1 } } }),
			);
		} else {
			res.writeHead(404).end();
		}
	}).listen(0, '127.0.0.1');
	await once(broken, 'listening');
	brokenUrl = `http://127.0.0.1:${(broken.address() as { port: number }).port}`;
	configure(rootA, 'Bibliothek A', a.url, [
		{ name: 'Bibliothek B', url: b.url },
		{ name: 'Bibliothek C', url: hangingUrl },
		{ name: 'Bibliothek D', url: brokenUrl },
	]);
	configure(rootB, 'Bibliothek B', b.url, [{ name: 'Bibliothek A', url: a.url }]);
	build(rootA);
	build(rootB);
	const fragments =
		(change: (fragment: Fragment) => void): Alter =>
		(path, read) =>
			path.startsWith('/pagefind/fragment/') ? alterFragments(read(), change) : undefined;
	markup = await serveAltered(join(rootB, 'dist'), fragments(withMarkup));
	elsewhere = await serveAltered(
		join(rootB, 'dist'),
		fragments((fragment) => {
			fragment['url'] = '//evil.example/x';
			delete fragment['raw_url'];
		}),
	);
	const hostilePeers = [
		{ name: 'Bibliothek E', url: markup.url },
		{ name: 'Bibliothek F', url: elsewhere.url },
		{ name: 'Bibliothek G', url: 'http://evil.example' },
	];
	tampered = await serveAltered(join(rootA, 'dist'), (path, read) =>
		path === '/suche/' ? withPeers(read().toString('utf8'), hostilePeers) : undefined,
	);
	flaky = await serveFlaky(join(rootB, 'dist'));
	withFlaky = await serveAltered(join(rootA, 'dist'), (path, read) =>
		path === '/suche/' ? withPeers(read().toString('utf8'), [{ name: 'Bibliothek B', url: flaky.url }]) : undefined,
	);
	({ context, close: closeBrowser } = await launchBrowser());
});

afterAll(async () => {
	await closeBrowser?.();
	await a?.close();
	await b?.close().catch(() => {});
	await tampered?.close();
	await markup?.close();
	await elsewhere?.close();
	await withFlaky?.close();
	await flaky?.close();
	hanging?.closeAllConnections();
	hanging?.close();
	broken?.close();
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function page(): Promise<Page> {
	const p = await context.newPage();
	p.on('pageerror', (error) => {
		throw error;
	});
	return p;
}

describe('search across peer libraries', () => {
	it('finds a document only the peer has, labelled with its library, and leaves out a peer that does not answer', async () => {
		const p = await page();
		const started = Date.now();
		await openSearch(p, a.url, '?q=Unterbringung');
		// The hanging peer costs the time-out, not more.
		expect(Date.now() - started).toBeLessThan(15_000);
		const results = await shownResults(p);
		expect(results).toHaveLength(1);
		expect(results[0]).toMatchObject({
			title: 'Testdokument B: Flüchtlingsunterbringung in Sporthallen',
			source: 'aus Bibliothek B',
		});
		expect(results[0]!.href).toBe(`${b.url}/erfahrungen/testbericht-sporthallen/`);
		expect(results[0]!.highlighted).toContain('<mark>Flüchtlingsunterbringung</mark>');
		await expect(p.innerText('#search-peers-notice')).resolves.toMatch(
			/^Nicht erreichbar: Bibliothek C, Bibliothek D\./,
		);
		// The source facet lists the libraries that have results; this one has none for the query.
		await openFacet(p, 'source');
		expect(await facetValues(p, 'source')).toEqual({ 'Bibliothek B': 1 });
		expect(await axeViolations(p)).toEqual([]);
		await p.close();
	});

	it('labels every result with its library and filters by library', async () => {
		const p = await page();
		await openSearch(p, a.url, '?q=Testdokument');
		expect((await shownResults(p)).map((r) => r.source).sort()).toEqual(['aus Bibliothek A', 'aus Bibliothek B']);
		await openSearch(p, a.url, `?q=Testdokument&source=${encodeURIComponent('Bibliothek A')}`);
		expect((await shownResults(p)).map((r) => [r.source, r.href])).toEqual([
			['aus Bibliothek A', '/erfahrungen/testbericht-waermeplanung/'],
		]);
		await p.close();
	});

	it("shows a hostile peer's markup as text, leaves out results on other hosts, and never asks a plain-http peer", async () => {
		const p = await page();
		const dialogs: string[] = [];
		p.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const requested: string[] = [];
		p.on('request', (request) => requested.push(request.url()));
		await openSearch(p, tampered.url, '?q=Unterbringung');
		// F's result leads to another host: left out, and not counted.
		await expect(statusText(p)).resolves.toBe('1 Treffer für „Unterbringung“');
		const results = await shownResults(p);
		expect(results.map((r) => [r.source, r.href])).toEqual([
			['aus Bibliothek E', `${markup.url}/erfahrungen/testbericht-sporthallen/`],
		]);
		expect(results[0]!.title).toBe('<img/src/onerror=alert(3)>Böser Titel');
		const excerpt = (await p.textContent('#search-list .search-excerpt')) ?? '';
		expect(excerpt).toContain(IMG);
		expect(excerpt).toContain(SCRIPT);
		// Nothing but the elements an entry is made of: no <img>, no <script>, and the highlight rebuilt as <mark>.
		expect(
			await p.$$eval('#search-list *', (elements) => [...new Set(elements.map((element) => element.localName))].sort()),
		).toEqual(['a', 'h3', 'li', 'mark', 'p', 'span', 'time']);
		expect(await p.$$eval('#search-list [lang], #search-list [onmouseover]', (elements) => elements.length)).toBe(0);
		await expect(p.innerText('#search-peers-notice')).resolves.toMatch(/^Nicht erreichbar: Bibliothek G\./);
		expect(requested.filter((url) => url.includes('evil.example'))).toEqual([]);
		expect(dialogs).toEqual([]);
		await p.close();
	});

	/** The titles and libraries of the results shown. */
	const listed = async (p: Page) => (await shownResults(p)).map((r) => [r.source, r.title]);
	const RESULT_A = ['aus Bibliothek A', 'Probebericht A: Kindergrundsicherung im Landkreis'];
	const RESULT_B = ['aus Bibliothek B', 'Probebericht B: Kinderbetreuung in der Ferienzeit'];

	/** Opens A's search page with the flaky B, searches a word only B has, then has B fail as `mode` says and submits `query`. */
	async function failAfterLoad(mode: FlakyMode, query: string): Promise<{ p: Page; started: number }> {
		setFlaky('ok');
		const p = await page();
		await openSearch(p, withFlaky.url, '?q=Verpflegung');
		expect((await shownResults(p)).map((r) => r.source)).toEqual(['aus Bibliothek B']);
		setFlaky(mode);
		await p.fill('#search-q', query);
		const started = Date.now();
		await p.press('#search-q', 'Enter');
		return { p, started };
	}

	it("shows this library's results at once when a peer starts hanging, and leaves the peer out of that query after its time limit, saying so", async () => {
		const { p, started } = await failAfterLoad('hang', 'Probebericht');
		const done = await searchesDone(p);
		await p.waitForFunction(
			() => [...document.querySelectorAll('#search-list h3')].some((h) => h.textContent?.includes('Probebericht A')),
			null,
			{ timeout: 10_000 },
		);
		expect(Date.now() - started).toBeLessThan(2000);
		await waitForSearch(p, done);
		expect(Date.now() - started).toBeLessThan(PEER_TIMEOUT_MS + 2500);
		expect(await listed(p)).toEqual([RESULT_A]);
		await expect(statusText(p)).resolves.toBe('1 Treffer für „Probebericht“');
		await expect(p.innerText('#search-peers-notice')).resolves.toBe(
			'Keine Antwort von Bibliothek B auf diese Suche: deren Dokumente fehlen; die übrigen Bibliotheken wurden durchsucht.',
		);
		// The notice is said politely, where the reader is: the query field keeps the focus.
		expect(await p.getAttribute('#search-peers-notice', 'role')).toBe('status');
		expect(await p.evaluate(() => document.activeElement?.id)).toBe('search-q');
		expect(await axeViolations(p)).toEqual([]);
		// The next query asks the peer again, within its own time limit.
		setFlaky('ok');
		const next = await searchesDone(p);
		await p.fill('#search-q', 'Kinder');
		await p.press('#search-q', 'Enter');
		await waitForSearch(p, next);
		expect((await listed(p)).sort()).toEqual([RESULT_A, RESULT_B]);
		await expect(p.innerText('#search-peers-notice')).resolves.toBe('');
		await p.close();
	});

	it('says which peer is missing when it went down after the page loaded, and counts only what is listed', async () => {
		const { p } = await failAfterLoad('down', 'Probebericht');
		await waitForSearch(p, 1);
		expect(await listed(p)).toEqual([RESULT_A]);
		await expect(statusText(p)).resolves.toBe('1 Treffer für „Probebericht“');
		await expect(p.innerText('#search-peers-notice')).resolves.toMatch(
			/^Keine Antwort von Bibliothek B auf diese Suche/,
		);
		await p.close();
	});

	it("counts only results that can be shown when a peer's results cannot be loaded, and says so", async () => {
		const { p } = await failAfterLoad('no-fragments', 'Probebericht');
		await waitForSearch(p, 1);
		expect(await listed(p)).toEqual([RESULT_A]);
		await expect(statusText(p)).resolves.toBe('1 Treffer für „Probebericht“');
		// Counted when opened (issue 16: facet counts load when a facet is opened), still without B.
		await openFacet(p, 'source');
		await openFacet(p, 'kind');
		expect(await facetValues(p, 'source')).toEqual({ 'Bibliothek A': 1 });
		expect(await facetValues(p, 'kind')).toEqual({ Erfahrungsbericht: 1 });
		await expect(p.innerText('#search-peers-notice')).resolves.toBe(
			'Treffer von Bibliothek B ließen sich nicht laden: sie fehlen bei dieser Suche und sind nicht mitgezählt.',
		);
		expect(await axeViolations(p)).toEqual([]);
		await p.close();
	});

	it('searches what was typed before the script was ready', async () => {
		const p = await page();
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		// The page's script is held back, as on a slow line.
		await p.route(/\/_astro\/.*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await p.goto(`${a.url}/suche/`, { waitUntil: 'commit' });
		await p.fill('#search-q', 'Probe');
		release();
		// The script runs and loads the indexes (the hanging peer C takes its time-out); the reader types on meanwhile.
		await p.waitForSelector('#search-app:not([hidden])');
		await p.fill('#search-q', 'Probebericht');
		await waitForSearch(p);
		await expect(statusText(p)).resolves.toBe('2 Treffer für „Probebericht“');
		expect((await listed(p)).sort()).toEqual([RESULT_A, RESULT_B]);
		expect(new URL(p.url()).searchParams.get('q')).toBe('Probebericht');
		await p.close();
	});

	it('finds nothing in a library that lacks a word, not its pages with words that only begin like it', async () => {
		const p = await page();
		// B has "Kinder" and "Kinderbetreuung", not "Kindergrundsicherung": Pagefind alone gives B's page for it.
		await openSearch(p, a.url, '?q=Kindergrundsicherung');
		expect(await listed(p)).toEqual([RESULT_A]);
		await expect(statusText(p)).resolves.toBe('1 Treffer für „Kindergrundsicherung“');
		await openFacet(p, 'source');
		expect(await facetValues(p, 'source')).toEqual({ 'Bibliothek A': 1 });
		// The same rule holds for this library's own index: A has "Kind", not "Kinderbetreuung".
		await openSearch(p, a.url, '?q=Kinderbetreuung');
		expect(await listed(p)).toEqual([RESULT_B]);
		// A word both libraries have the beginning of still finds both.
		await openSearch(p, a.url, '?q=Kinder');
		expect((await listed(p)).sort()).toEqual([RESULT_A, RESULT_B]);
		await p.close();
	});

	it('still searches when a peer is down, and says which one is missing', async () => {
		await b.close();
		const p = await page();
		await openSearch(p, a.url, '?q=Testdokument');
		await expect(statusText(p)).resolves.toBe('1 Treffer für „Testdokument“');
		expect((await shownResults(p)).map((r) => r.source)).toEqual(['aus Bibliothek A']);
		const notice = p.locator('#search-peers-notice');
		expect(await notice.getAttribute('role')).toBe('status');
		await expect(notice.innerText()).resolves.toMatch(/^Nicht erreichbar: Bibliothek B, Bibliothek C, Bibliothek D\. /);
		await p.close();
	});
});
