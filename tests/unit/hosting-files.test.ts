/**
 * The ready server files of `templates/hosting/` against the one set of rules
 * (`src/lib/hosting/serving-rules.ts`): IIS's `web.config` read as XML, the
 * nginx and Apache files read for their types, headers and path patterns
 * (the site tests then serve the built site with those two and check the
 * answers), and `docs/hosting.md`, which must give the same values.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
	allowOrigin,
	cacheControl,
	CACHE_HASHED,
	CACHE_REVALIDATE,
	contentType,
	CORS_FOLDERS,
	HASHED_FOLDERS,
	MIME_TYPES,
	NOT_FOUND_PAGE,
	SECURITY_HEADERS,
} from '../../src/lib/hosting/serving-rules.ts';

const read = (path: string) => readFileSync(`templates/hosting/${path}`, 'utf8');
const nginx = read('nginx/dreiklang.conf');
const htaccess = read('apache/.htaccess');
const apacheHost = read('apache/dreiklang.conf');

/** Addresses of every kind the site has, to hold each file's patterns against the rules. */
const SAMPLE_PATHS = [
	'/',
	'/suche/',
	'/positionen/ozg/index.html',
	'/_astro/Base.CpGOeOCf.css',
	'/pagefind/pagefind.js',
	'/pagefind/pagefind-worker.js',
	'/pagefind/pagefind-entry.json',
	'/pagefind/pagefind.de_792d833aa8.pf_meta',
	'/pagefind/wasm.de.pagefind',
	'/pagefind/dreiklang-lexicon.json',
	'/pagefind/index/de_21b68b2.pf_index',
	'/pagefind/fragment/de_257a8a2.pf_fragment',
	'/pagefind/filter/de_1a2b3c4.pf_filter',
	'/api/catalog.json',
	'/api/documents/ozg.json',
	'/api/dcat-ap.ttl',
	'/feed.xml',
	'/kalender.ics',
	'/en/pagefind/x',
	'/apis/',
];

/** The mean length of a year in IIS's `d.hh:mm:ss` notation, as `max-age` seconds. */
function seconds(span: string): number {
	const [, days = '0', hours, minutes, secs] = /^(?:(\d+)\.)?(\d\d):(\d\d):(\d\d)$/.exec(span) ?? [];
	return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(secs);
}

describe('IIS web.config', () => {
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '',
		isArray: (name) => ['location', 'add', 'mimeMap', 'remove'].includes(name),
	});
	const config = parser.parse(read('iis/web.config')).configuration;
	const server = config['system.webServer'];
	const locations: { path: string; 'system.webServer': Record<string, any> }[] = config.location;

	it('maps every ending of the rules to its type, each after a <remove> so that none clashes', () => {
		const maps = server.staticContent.mimeMap.map((m: { fileExtension: string; mimeType: string }) => [
			m.fileExtension,
			m.mimeType,
		]);
		expect(maps).toEqual(MIME_TYPES.map((rule) => [`.${rule.extension}`, contentType(rule)]));
		expect(server.staticContent.remove.map((r: { fileExtension: string }) => r.fileExtension)).toEqual(
			MIME_TYPES.map((rule) => `.${rule.extension}`),
		);
	});

	it('sends the security headers on every response and the 404 page', () => {
		const headers = server.httpProtocol.customHeaders.add.map((h: { name: string; value: string }) => [
			h.name,
			h.value,
		]);
		expect(Object.fromEntries(headers)).toEqual(SECURITY_HEADERS);
		expect(server.httpErrors.error).toMatchObject({
			statusCode: '404',
			path: NOT_FOUND_PAGE,
			responseMode: 'ExecuteURL',
		});
	});

	it('asks again for everything except the hashed folders, which it keeps as long as the rules say', () => {
		expect(server.staticContent.clientCache.cacheControlMode).toBe('DisableCache');
		expect(CACHE_REVALIDATE).toBe('no-cache'); // what DisableCache sends
		const cached = locations.filter((l) => l['system.webServer'].staticContent);
		expect(cached.map((l) => `/${l.path}/`)).toEqual(HASHED_FOLDERS);
		const maxAge = Number(/max-age=(\d+)/.exec(CACHE_HASHED)![1]);
		for (const location of cached) {
			const cache = location['system.webServer'].staticContent.clientCache;
			expect(cache.cacheControlMode).toBe('UseMaxAge');
			expect(seconds(cache.cacheControlMaxAge)).toBe(maxAge);
			expect(new Set([...cache.cacheControlCustom.split(', '), `max-age=${maxAge}`])).toEqual(
				new Set(CACHE_HASHED.split(', ')),
			);
		}
	});

	it('lets other sites read exactly the folders the rules share', () => {
		const shared = locations.filter((l) => l['system.webServer'].httpProtocol);
		expect(shared.map((l) => `/${l.path}/`)).toEqual(CORS_FOLDERS);
		for (const location of shared)
			expect(location['system.webServer'].httpProtocol.customHeaders.add).toEqual([
				{ name: 'Access-Control-Allow-Origin', value: '*' },
			]);
	});
});

describe('nginx site file', () => {
	const typesBlock = /\ttypes \{\n([\s\S]*?)\n\t\}/.exec(nginx)![1]!;
	const types = typesBlock.split('\n').map((line) => line.trim().replace(/;$/, '').split(/\s+/));

	it('gives the types of the rules to the endings Debian’s default map lacks, with UTF-8 for text', () => {
		for (const [type, ...extensions] of types)
			for (const extension of extensions)
				expect(MIME_TYPES.find((rule) => rule.extension === extension)?.type, extension).toBe(type);
		const listed = types.flatMap(([, ...extensions]) => extensions);
		expect(listed).toEqual(
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
		const charsetTypes = /charset_types ([^;]+);/.exec(nginx)![1]!.split(' ');
		expect(charsetTypes.sort()).toEqual(
			MIME_TYPES.filter((rule) => rule.utf8)
				.map((rule) => rule.type)
				.sort(),
		);
	});

	it('sends the security headers always, from the server block', () => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
			const quoted = value.includes(' ') ? `"${value}"` : value;
			expect(nginx).toContain(`\tadd_header ${name} ${quoted} always;\n`);
		}
		// An add_header in a location would drop the server's.
		expect(nginx.match(/^\tadd_header /gm)).toHaveLength(Object.keys(SECURITY_HEADERS).length + 2);
	});

	it('matches hashed and shared paths as the rules do', () => {
		const map = (name: string) => new RegExp(`map \\$uri \\$${name} \\{\\n([\\s\\S]*?)\\n\\}`).exec(nginx)![1]!;
		const patterns = (block: string) => [...block.matchAll(/~(\S+) "/g)].map((m) => new RegExp(m[1]!));
		const hashed = patterns(map('dreiklang_cache'));
		const shared = patterns(map('dreiklang_cors'));
		expect(map('dreiklang_cache')).toContain(`default "${CACHE_REVALIDATE}"`);
		expect(map('dreiklang_cache')).toContain(`"${CACHE_HASHED}"`);
		for (const path of SAMPLE_PATHS) {
			expect(hashed.some((p) => p.test(path)) ? CACHE_HASHED : CACHE_REVALIDATE, path).toBe(cacheControl(path));
			expect(shared.some((p) => p.test(path)) ? '*' : undefined, path).toBe(allowOrigin(path));
		}
		expect(nginx).toContain(`error_page 404 ${NOT_FOUND_PAGE};`);
	});
});

describe('Apache files', () => {
	it('give every ending of the rules its type, with UTF-8 for text', () => {
		const types = [...htaccess.matchAll(/^AddType (\S+) (.+)$/gm)].flatMap(([, type, extensions]) =>
			extensions!.split(' ').map((extension) => [extension.slice(1), type]),
		);
		expect(types).toEqual(MIME_TYPES.map((rule) => [rule.extension, rule.type]));
		const utf8 = /^AddCharset utf-8 (.+)$/m.exec(htaccess)![1]!.split(' ');
		expect(utf8).toEqual(['.html', ...MIME_TYPES.filter((rule) => rule.utf8).map((rule) => `.${rule.extension}`)]);
	});

	it('send the security headers always, and the 404 page', () => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS))
			expect(htaccess).toContain(`Header always set ${name} "${value}"\n`);
		expect(htaccess).toContain(`ErrorDocument 404 ${NOT_FOUND_PAGE}`);
	});

	it('match hashed and shared paths as the rules do', () => {
		const condition = (value: string) => {
			const line = htaccess.split('\n').find((l) => l.includes(`"${value}" "expr=`))!;
			return [...line.matchAll(/m#(.+?)#/g)].map((m) => new RegExp(m[1]!));
		};
		const hashed = condition(CACHE_HASHED);
		const shared = condition('*');
		expect(htaccess).toContain(`Header always set Cache-Control "${CACHE_REVALIDATE}"\n`);
		for (const path of SAMPLE_PATHS) {
			expect(hashed.some((p) => p.test(path)) ? CACHE_HASHED : CACHE_REVALIDATE, path).toBe(cacheControl(path));
			expect(shared.some((p) => p.test(path)) ? '*' : undefined, path).toBe(allowOrigin(path));
		}
	});

	it('include the directives for the whole host, so that redirects carry the headers', () => {
		const include = apacheHost.indexOf('Include /etc/apache2/dreiklang.htaccess');
		expect(include).toBeGreaterThan(apacheHost.indexOf('</Directory>'));
		expect(apacheHost).toContain('RewriteMap dreiklang_moved "txt:/srv/dreiklang/dist/_redirects"');
	});
});

describe('docs/hosting.md', () => {
	const doc = readFileSync('docs/hosting.md', 'utf8');

	it('gives every type of the rules', () => {
		for (const rule of MIME_TYPES)
			expect(doc, rule.extension).toMatch(
				new RegExp(`\\| \`\\.${rule.extension}\` \\| \`${contentType(rule).replace(/[.+]/g, '\\$&')}\` \\|`),
			);
	});

	it('gives both cache values and the shared folders', () => {
		expect(doc).toContain(`\`Cache-Control: ${CACHE_HASHED}\``);
		expect(doc).toContain(`\`Cache-Control: ${CACHE_REVALIDATE}\``);
		for (const folder of [...HASHED_FOLDERS, ...CORS_FOLDERS]) expect(doc).toContain(`\`${folder}\``);
	});
});
