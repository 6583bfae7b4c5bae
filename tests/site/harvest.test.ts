/**
 * Harvesting: three libraries built from fixtures (A, B, C), each with one
 * document, served on loopback by servers that answer conditional requests
 * and count their answers; a fourth source (D) serves entries a hostile
 * library would send. A national library harvests all four when it builds:
 * its search finds the document of each of A, B and C, labelled with its
 * source; D's entries that fail the checks are named in the log and reach no
 * page, and the one that passes shows its markup as text. Built again with A
 * stopped and C's document gone from its catalogue, the national library
 * still builds from A's last harvest and says so, keeps C's document as a
 * page that says it is gone, and B answers nothing but `304 Not Modified`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { once } from 'node:events';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { parse, stringify } from 'yaml';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { axeViolations, openSearch, shownResults } from './search-page.ts';

const execFileAsync = promisify(execFile);
const FIXTURES = resolve('tests/fixtures/harvest');
const roots: string[] = [];
const servers: Server[] = [];

/** A loopback server and the statuses it answered with. */
interface Source {
	name: string;
	url: string;
	server: Server;
	statuses: number[];
}

/** A copy of the project whose library holds only the fixture documents of `fixture` (none without one). */
function project(label: string, fixture?: string): string {
	const root = mkdtempSync(join(tmpdir(), `dreiklang-harvest-${label}-`));
	roots.push(root);
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'site.config.yaml', 'src', 'public'])
		cpSync(entry, join(root, entry), { recursive: true });
	cpSync('content/registry', join(root, 'content/registry'), { recursive: true });
	cpSync('content/site', join(root, 'content/site'), { recursive: true });
	for (const kind of ['positions', 'lessons', 'guides']) mkdirSync(join(root, 'content', kind), { recursive: true });
	if (fixture) cpSync(join(FIXTURES, fixture), join(root, 'content'), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
	mkdirSync(join(root, 'dist'));
	return root;
}

function configure(root: string, settings: Record<string, unknown>): void {
	const config = parse(readFileSync(join(root, 'site.config.yaml'), 'utf8')) as Record<string, unknown>;
	writeFileSync(join(root, 'site.config.yaml'), stringify({ ...config, ...settings }));
}

/** Builds a library; asynchronously, so that the sources served by this process can answer meanwhile. */
async function build(root: string): Promise<string> {
	try {
		const { stdout, stderr } = await execFileAsync(
			process.execPath,
			[resolve('node_modules/astro/bin/astro.mjs'), 'build'],
			{
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, FORCE_COLOR: '0' },
				maxBuffer: 64 * 1024 * 1024,
			},
		);
		return `${stdout}\n${stderr}`;
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: string; stderr?: string };
		throw new Error(`The library in ${root} did not build:\n${stdout}\n${stderr}`, { cause: error });
	}
}

async function listen(server: Server): Promise<string> {
	servers.push(server);
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** Serves a built library with ETags, as a static host does, counting the statuses of its answers. */
async function serveLibrary(name: string, dir: string): Promise<Source> {
	const files = sirv(join(dir, 'dist'), { dev: true, etag: true });
	const statuses: number[] = [];
	const server = createServer((req, res) => {
		res.on('finish', () => statuses.push(res.statusCode));
		files(req, res, () => {
			res.writeHead(404).end();
		});
	});
	return { name, url: await listen(server), server, statuses };
}

/** Serves fixed texts by path, with ETags. */
async function serveTexts(name: string, texts: () => Map<string, string>): Promise<Source> {
	const statuses: number[] = [];
	const server = createServer((req, res) => {
		res.on('finish', () => statuses.push(res.statusCode));
		const text = texts().get(new URL(req.url ?? '/', 'http://x').pathname);
		if (text === undefined) {
			res.writeHead(404).end();
			return;
		}
		const etag = `"${Buffer.byteLength(text)}-${text.length}"`;
		if (req.headers['if-none-match'] === etag) res.writeHead(304).end();
		else res.writeHead(200, { 'content-type': 'application/json', etag }).end(text);
	});
	return { name, url: await listen(server), server, statuses };
}

const fixtureIds = { a: 'erntebericht-waermeplanung', b: 'erntebericht-sporthallen', c: 'erntebericht-deichpflege' };
let national: string;
let firstLog: string;
let secondLog: string;
let sources: Record<'a' | 'b' | 'c' | 'd', Source>;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;
let nationalUrl: string;
const secondStatuses: Record<string, number[]> = {};

/** The entries of D, made from A's real data file: one that passes (markup in its title) and three that must not. */
function hostileTexts(a: string, d: () => string): Map<string, string> {
	const original = JSON.parse(readFileSync(join(a, 'dist/api/documents', `${fixtureIds.a}.json`), 'utf8'));
	const catalog = JSON.parse(readFileSync(join(a, 'dist/api/catalog.json'), 'utf8'));
	const at = (id: string) => ({ de: `${d()}/erfahrungen/${id}/`, en: `${d()}/en/lessons/${id}/` });
	const entry = (id: string, change: (data: typeof original) => void) => {
		const data = structuredClone(original);
		data.document = { ...data.document, id, url: at(id) };
		data.library = { name: 'Bibliothek D', url: d() };
		change(data);
		return data;
	};
	const entries = {
		'markup-im-titel': entry('markup-im-titel', (data) => {
			data.document.title = '<script>alert(1)</script> Markup im Titel';
			data.source.frontMatter = data.source.frontMatter.replace(
				/^title: .*$/m,
				'title: "<img src=x onerror=alert(2)> Markup im Titel"',
			);
		}),
		'skript-link': entry('skript-link', (data) => {
			data.source.body += '\n\n[Weiterlesen](javascript:alert(3))\n';
		}),
		// Site paths that a careless rewrite to the source's address would turn into another scheme or host.
		'pfad-tricks': entry('pfad-tricks', (data) => {
			data.source.body +=
				'\n\n- [Hitzeaktionsplan der Stadt Köln](/javascript:alert(6))\n' +
				'- [Hitzeaktionsplan des Kreises](/data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==)\n' +
				'- [Liste der Hitzeaktionspläne](/../andere-bibliothek/)\n';
		}),
		kuenftig: entry('kuenftig', (data) => {
			data.document.dates = { ...data.document.dates, listed: '9999-12-31' };
		}),
		'fremde-adresse': entry('fremde-adresse', (data) => {
			data.document.url = { de: 'https://boese.example/x/', en: 'https://boese.example/en/x/' };
		}),
		'mdx-dokument': entry('mdx-dokument', (data) => {
			data.source.format = 'mdx';
			data.source.body += '\n\n{alert(4)}\n';
		}),
	};
	const texts = new Map<string, string>();
	texts.set(
		'/api/catalog.json',
		JSON.stringify({
			...catalog,
			library: { name: 'Bibliothek D', url: d() },
			documents: [
				...Object.values(entries).map((data) => data.document),
				{ id: 'javascript:alert(5)', kind: 'lessons' },
			],
		}),
	);
	for (const [id, data] of Object.entries(entries)) texts.set(`/api/documents/${id}.json`, JSON.stringify(data));
	return texts;
}

/** Every HTML file under `dir`. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => join(dir, name));
}

beforeAll(async () => {
	const libraries = { a: project('a', 'a'), b: project('b', 'b'), c: project('c', 'c') };
	const served = {} as Record<'a' | 'b' | 'c', Source>;
	for (const key of ['a', 'b', 'c'] as const) {
		const name = `Bibliothek ${key.toUpperCase()}`;
		served[key] = await serveLibrary(name, libraries[key]);
		configure(libraries[key], { name, url: served[key].url });
		await build(libraries[key]);
	}
	let dUrl = '';
	const hostile = hostileTexts(libraries.a, () => dUrl);
	const d = await serveTexts('Bibliothek D', () => hostile);
	dUrl = d.url;
	// The texts refer to D's address, known only now.
	for (const [path, text] of hostileTexts(libraries.a, () => dUrl)) hostile.set(path, text);
	sources = { ...served, d };

	national = project('national');
	const nationalServer = sirv(join(national, 'dist'), { dev: true });
	nationalUrl = await listen(
		createServer((req, res) =>
			nationalServer(req, res, () => {
				res.writeHead(404).end();
			}),
		),
	);
	configure(national, {
		name: 'Bundesweite Bibliothek',
		url: nationalUrl,
		harvest: (['a', 'b', 'c', 'd'] as const).map((key) => ({
			id: `quelle-${key}`,
			name: sources[key].name,
			url: sources[key].url,
		})),
	});
	firstLog = await build(national);

	// The second harvest: A is down, C no longer lists its document, B has not changed.
	sources.b.statuses.length = 0;
	await new Promise((done) => sources.a.server.close(() => done(undefined)));
	const cCatalog = join(libraries.c, 'dist/api/catalog.json');
	writeFileSync(cCatalog, JSON.stringify({ ...JSON.parse(readFileSync(cCatalog, 'utf8')), documents: [] }));
	secondLog = await build(national);
	secondStatuses['b'] = [...sources.b.statuses];
	({ context, close: closeBrowser } = await launchBrowser());
}, 600_000);

afterAll(async () => {
	await closeBrowser?.();
	await Promise.all(servers.map((server) => new Promise((done) => server.close(() => done(undefined)))));
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('harvesting other libraries', () => {
	it('publishes the document of each source at an address of its own, with its source, licence and original', () => {
		for (const key of ['a', 'b', 'c'] as const) {
			const page = join(national, 'dist/quellen', `quelle-${key}`, fixtureIds[key], 'index.html');
			expect(existsSync(page), page).toBe(true);
			const html = readFileSync(page, 'utf8');
			expect(html).toContain(`Bibliothek ${key.toUpperCase()}`);
			expect(html).toContain(`<link rel="canonical" href="${sources[key].url}/erfahrungen/${fixtureIds[key]}/">`);
			expect(html).toContain('rel="license"');
			// A link between the source's own pages leads to the source.
			expect(html).toContain(`href="${sources[key].url}/erfahrungen/"`);
			expect(existsSync(join(national, 'dist/en/sources', `quelle-${key}`, fixtureIds[key], 'index.html'))).toBe(true);
		}
		const index = readFileSync(join(national, 'dist/quellen/index.html'), 'utf8');
		for (const key of ['a', 'b', 'c'] as const) expect(index).toContain(`/quellen/quelle-${key}/${fixtureIds[key]}/`);
	});

	it("lists harvested documents on the hubs of this library's topics and Länder, with their source", () => {
		// The fixtures' topic `energie` and organization in Hessen.
		for (const hub of ['dist/themen/energie/index.html', 'dist/laender/he/index.html']) {
			const html = readFileSync(join(national, hub), 'utf8');
			expect(html, hub).toContain('Aus anderen Bibliotheken');
			for (const key of ['a', 'b', 'c'] as const)
				expect(html, hub).toContain(`href="/quellen/quelle-${key}/${fixtureIds[key]}/"`);
		}
	});

	it('finds a document of each source in search, labelled with its source', async () => {
		const page = await context.newPage();
		for (const [key, word] of [
			['a', 'Wärmeplanung'],
			['b', 'Sporthallen'],
			['c', 'Deichpflege'],
		] as const) {
			await openSearch(page, nationalUrl, `?q=${encodeURIComponent(word)}`);
			const results = await shownResults(page);
			expect(results.map((r) => [r.href, r.source])).toContainEqual([
				`/quellen/quelle-${key}/${fixtureIds[key]}/`,
				`aus Bibliothek ${key.toUpperCase()}`,
			]);
		}
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('names every entry it leaves out, and lets nothing hostile reach a page', async () => {
		for (const id of ['skript-link', 'fremde-adresse', 'mdx-dokument', 'kuenftig']) {
			expect(firstLog).toMatch(new RegExp(`^\\s+${id}: `, 'm'));
			expect(existsSync(join(national, 'dist/quellen/quelle-d', id))).toBe(false);
		}
		expect(firstLog).toContain('Eintrag 7 des Katalogs ist ungültig (id)');
		// Every address any page names is of the web, mail or telephone, and every site path of a source's leads to it.
		for (const file of htmlFiles(join(national, 'dist')))
			for (const [, address] of readFileSync(file, 'utf8').matchAll(/\s(?:href|src|action)="([^"]*)"/g))
				expect(new URL(address!.replaceAll('&amp;', '&'), nationalUrl).protocol, `${file}: ${address}`).toMatch(
					/^(?:https?|mailto|tel):$/,
				);
		const tricks = readFileSync(join(national, 'dist/quellen/quelle-d/pfad-tricks/index.html'), 'utf8');
		expect(tricks).toContain(`href="${sources.d.url}/javascript:alert(6)"`);
		expect(tricks).toContain(`href="${sources.d.url}/andere-bibliothek/"`);
		// The entry that passed shows its markup as text, in the page and in every attribute, and runs nothing.
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(`${nationalUrl}/quellen/quelle-d/markup-im-titel/`);
		// The title is the checked file's, not the one the catalogue entry claims.
		expect(await page.textContent('h1')).toBe('<img src=x onerror=alert(2)> Markup im Titel');
		expect(await page.title()).toBe('<img src=x onerror=alert(2)> Markup im Titel – Bundesweite Bibliothek');
		const injected = await page.evaluate(
			() =>
				[...document.querySelectorAll('*')].filter(
					(el) =>
						(el.tagName === 'SCRIPT' && !(el as HTMLScriptElement).src) ||
						(el.tagName === 'IMG' && el.closest('article') !== null) ||
						[...el.attributes].some((a) => a.name.startsWith('on')),
				).length,
		);
		expect(injected).toBe(0);
		expect(dialogs).toEqual([]);
		await page.close();
	});

	it('keeps the last harvest of a source that is down and says so; an unchanged source answers only 304', () => {
		expect(secondLog).toMatch(
			/Bibliothek A \(quelle-a\): nicht erreichbar.* – die Ernte vom \d{4}-\d{2}-\d{2} bleibt \(1 Dokument\)/,
		);
		expect(existsSync(join(national, 'dist/quellen/quelle-a', fixtureIds.a, 'index.html'))).toBe(true);
		expect(secondStatuses['b']!.length).toBe(2);
		expect(new Set(secondStatuses['b'])).toEqual(new Set([304]));
		expect(secondLog).toMatch(
			/Bibliothek B \(quelle-b\): 1 Dokument; 0 Dateien neu oder geändert, 2 unverändert \(304\)/,
		);
	});

	it('keeps a document its source no longer lists as a page that says so and links to the source', () => {
		const html = readFileSync(join(national, 'dist/quellen/quelle-c', fixtureIds.c, 'index.html'), 'utf8');
		expect(html).toContain('Die Quelle führt dieses Dokument nicht mehr.');
		expect(html).toContain(`href="${sources.c.url}/erfahrungen/${fixtureIds.c}/"`);
	});
});
