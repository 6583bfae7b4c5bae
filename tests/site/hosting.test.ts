/**
 * The built site served by Debian's nginx and Apache httpd with the ready
 * files of `templates/hosting/`, as an operator would serve it: every file
 * type with the type the rules give, Pagefind's hashed files kept and its
 * unhashed ones asked again, the search index and the data files readable
 * from other sites and the pages not, the security headers on every answer,
 * old addresses moved with a real 301, and the 404 page. Then a search in
 * Chromium against the nginx-served site. A missing server fails the tests.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
	allowOrigin,
	cacheControl,
	CACHE_HASHED,
	CACHE_REVALIDATE,
	contentType,
	MIME_TYPES,
	SECURITY_HEADERS,
} from '../../src/lib/hosting/serving-rules.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveWithApache, serveWithNginx, type WebServer } from '../support/web-servers.ts';
import { openSearch, shownResults } from './search-page.ts';

const DIST = 'dist';

/** The files of the build in `dist`, as addresses. */
const filesOf = (dist: string) =>
	(readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
		.map((file) => `/${file.split(sep).join('/')}`)
		.sort();
const files = filesOf(DIST);

/** The addresses the tests request of a build: every build names its Pagefind files anew. */
function samplesOf(dist: string) {
	const all = filesOf(dist);
	/** The first built file whose address matches. */
	const first = (pattern: RegExp): string => {
		const file = all.find((f) => pattern.test(f));
		if (!file) throw new Error(`The build has no file matching ${pattern}`);
		return file;
	};
	const [moved] = readFileSync(join(dist, 'redirects.map'), 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => line.slice(0, -1).split(' ') as [string, string]);
	return {
		/** One file of each ending the rules name that the build writes (`.wasm` it does not: Pagefind packs its own). */
		typed: MIME_TYPES.flatMap((rule) => {
			const file = all.find((f) => f.endsWith(`.${rule.extension}`));
			return file ? [{ file, type: contentType(rule) }] : [];
		}),
		hashed: [
			first(/^\/_astro\/.+\.js$/),
			first(/^\/pagefind\/pagefind\..+\.pf_meta$/),
			first(/^\/pagefind\/index\//),
			first(/^\/pagefind\/fragment\//),
			first(/^\/pagefind\/filter\//),
		],
		unhashed: [
			'/pagefind/pagefind.js',
			'/pagefind/pagefind-worker.js',
			'/pagefind/pagefind-entry.json',
			first(/^\/pagefind\/wasm\..+\.pagefind$/),
			'/',
			'/suche/',
			'/feed.xml',
		],
		shared: [
			'/pagefind/pagefind.js',
			'/pagefind/pagefind-entry.json',
			first(/^\/pagefind\/fragment\//),
			'/api/catalog.json',
			first(/^\/api\/documents\/.+\.json$/),
		],
		pages: ['/', '/suche/', '/en/', first(/^\/positionen\/[^/]+\/index\.html$/).replace(/index\.html$/, '')],
		moved,
	};
}

/** Requests `path` without following redirects. */
const get = (server: WebServer, path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });

/**
 * This project built in a copy with `hosting.kind: apache`, on the same day as the
 * site under test: the same files, and the `.htaccess` the build adds.
 */
function buildForApache(): { dist: string; remove: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'dreiklang-apache-kind-'));
	// Apache, started as root, serves as `nobody`: the copy must be readable.
	chmodSync(root, 0o755);
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content', 'templates'])
		cpSync(entry, join(root, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
	const config = parse(readFileSync('site.config.yaml', 'utf8')) as { hosting: Record<string, unknown> };
	config.hosting.kind = 'apache';
	writeFileSync(join(root, 'site.config.yaml'), stringify(config));
	const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', DREIKLANG_BUILD_DATE: inject('buildDate') },
	});
	if (build.status !== 0)
		throw new Error(`The copy with hosting.kind: apache did not build:\n${build.stdout}\n${build.stderr}`);
	return { dist: join(root, 'dist'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

let apacheKind: { dist: string; remove: () => void } | undefined;
afterAll(() => apacheKind?.remove());

describe('a build with hosting.kind: apache', () => {
	it('publishes the ready .htaccess, and one with hosting.kind unset none', () => {
		const { dist } = (apacheKind ??= buildForApache());
		expect(readFileSync(join(dist, '.htaccess'), 'utf8')).toBe(
			readFileSync('templates/hosting/apache/.htaccess', 'utf8'),
		);
		expect(files.filter((f) => /\/(\.htaccess|web\.config)$/.test(f))).toEqual([]);
	});
});

/** A way of serving: its name, the build it serves, how, and whether it answers old addresses with 301. */
type Serving = [name: string, distOf: () => string, serve: (dist: string) => Promise<WebServer>, redirects: boolean];
const SERVINGS: Serving[] = [
	['nginx', () => DIST, (dist) => serveWithNginx(dist), true],
	['Apache httpd', () => DIST, (dist) => serveWithApache(dist), true],
	// Shared hosting: only the .htaccess that `hosting.kind: apache` puts into dist/, no server configuration.
	[
		'Apache httpd with the build’s .htaccess only',
		(): string => (apacheKind ??= buildForApache()).dist,
		(dist) => serveWithApache(dist, { mode: 'htaccess' }),
		false,
	],
];

describe.each(SERVINGS)('served by %s with the shipped files', (_name, distOf, serve, redirects) => {
	let server: WebServer;
	let dist: string;
	let typed: { file: string; type: string }[];
	let HASHED: string[];
	let UNHASHED: string[];
	let SHARED: string[];
	let PAGES: string[];
	let moved: [string, string] | undefined;
	beforeAll(async () => {
		dist = distOf();
		({ typed, hashed: HASHED, unhashed: UNHASHED, shared: SHARED, pages: PAGES, moved } = samplesOf(dist));
		server = await serve(dist);
	});
	afterAll(async () => server?.close());

	it('sends the type of each file the rules name', async () => {
		expect(typed.map(({ file }) => file.split('.').at(-1))).toEqual(
			expect.arrayContaining([
				'pf_meta',
				'pf_index',
				'pf_fragment',
				'pf_filter',
				'pagefind',
				'ics',
				'ttl',
				'bib',
				'ris',
			]),
		);
		for (const { file, type } of typed) {
			const response = await get(server, file);
			expect(response.status, file).toBe(200);
			expect(response.headers.get('content-type'), file).toBe(type);
		}
	});

	it("keeps Pagefind's and Astro's hashed files for a year and asks again for the rest", async () => {
		for (const path of [...HASHED, ...UNHASHED]) {
			const response = await get(server, path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('cache-control'), path).toBe(cacheControl(path));
		}
		expect(HASHED.map(cacheControl)).toEqual(HASHED.map(() => CACHE_HASHED));
		expect(UNHASHED.map(cacheControl)).toEqual(UNHASHED.map(() => CACHE_REVALIDATE));
	});

	it('lets other sites read the search index and the data files, not the pages', async () => {
		for (const path of [...SHARED, ...PAGES]) {
			const response = await get(server, path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('access-control-allow-origin'), path).toBe(allowOrigin(path) ?? null);
		}
		expect(SHARED.map(allowOrigin)).toEqual(SHARED.map(() => '*'));
	});

	it(`${redirects ? 'moves an old address with a 301' : 'serves the page at an old address'} and answers an unknown one with the 404 page`, async () => {
		expect(moved, 'the example library has redirects (content/redirects.yaml)').toBeDefined();
		const [from, to] = moved!;
		const redirect = await get(server, from);
		if (redirects) {
			expect(redirect.status).toBe(301);
			expect(new URL(redirect.headers.get('location')!, server.url).pathname).toBe(to);
		} else {
			// The page at the old address leads on by itself.
			expect(redirect.status).toBe(200);
			expect(await redirect.text()).toContain(`url=${to}`);
		}
		const missing = await get(server, '/gibt-es-nicht/');
		expect(missing.status).toBe(404);
		expect(await missing.text()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
		// Hidden files are not served, except security.txt.
		expect((await get(server, '/.well-known/security.txt')).status).toBe(200);
		expect((await get(server, '/.git/config')).status).toBe(404);
		expect((await get(server, '/.htaccess')).status).toBe(404);
	});

	it('sends the security headers on every answer: pages, files, redirects and errors', async () => {
		for (const path of [...PAGES, ...HASHED, ...UNHASHED, ...SHARED, moved![0], '/gibt-es-nicht/']) {
			const response = await get(server, path);
			for (const [name, value] of Object.entries(SECURITY_HEADERS))
				expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
		}
	});
});

describe('search on the nginx-served site', () => {
	it('finds documents in Chromium, with the index loaded through the shipped configuration', async () => {
		const server = await serveWithNginx(DIST);
		const { context, close } = await launchBrowser();
		try {
			const page = await context.newPage();
			const failed: string[] = [];
			page.on('response', (response) => {
				if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
			});
			await openSearch(page, server.url, '?q=OZG');
			expect((await shownResults(page)).length).toBeGreaterThan(0);
			expect(failed).toEqual([]);
		} finally {
			await close();
			await server.close();
		}
	});
});
