/**
 * `hosting.kind`: which hosts let other libraries read this one's search
 * index, and the one warning for an instance with peers on a host that does
 * not. Messages are pinned in both languages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CROSS_ORIGIN_READING, hostingDiagnostics } from '../../src/lib/hosting/host-kinds.ts';
import { formatDiagnostic, parseWithDiagnostics } from '../../src/lib/validate/report/diagnostics.ts';
import { HOSTING_KINDS } from '../../src/schemas/operator.ts';
import { siteConfigSchema, type SiteConfig } from '../../src/schemas/site-config.ts';

const demo = parse(readFileSync('site.config.yaml', 'utf8')) as Record<string, any>;
const PEER = { name: 'Städtetag Bayern', url: 'https://dreiklang.example.org' };

/** The configuration of this repository with `kind` and `peers`, as the schema reads it. */
function configWith(kind: string | undefined, peers: unknown[]) {
	const result = parseWithDiagnostics(
		siteConfigSchema,
		{ ...demo, hosting: { ...demo.hosting, kind }, peers },
		'site.config.yaml',
		() => ({ line: 1, column: 1 }),
	);
	if (!result.success) return result.diagnostics.map((d) => formatDiagnostic(d, 'en'));
	return result.data as SiteConfig;
}

/** The warnings for the configuration, in both languages, placed where `hosting.kind` stands. */
function warnings(kind: string | undefined, peers: unknown[]): string[] {
	const config = configWith(kind, peers);
	if (Array.isArray(config)) throw new Error(config.join('\n'));
	const at = (path: readonly PropertyKey[]) =>
		path.join('.') === 'hosting.kind' ? { line: 41, column: 9 } : { line: 1, column: 1 };
	return hostingDiagnostics(config, 'site.config.yaml', at).flatMap((d) => [
		formatDiagnostic(d, 'de'),
		formatDiagnostic(d, 'en'),
	]);
}

describe('hosting.kind', () => {
	it('is optional, and one of the kinds docs/hosting.md describes', () => {
		expect(Array.isArray(configWith(undefined, []))).toBe(false);
		for (const kind of HOSTING_KINDS) expect(Array.isArray(configWith(kind, []))).toBe(false);
		expect(configWith('netlify', [])).toMatchInlineSnapshot(`
			[
			  "site.config.yaml:1:1  error  Unexpected kind \`netlify\`, expected one of \`github-pages\`, \`gitlab-pages\`, \`nginx\`, \`apache\`, \`iis\`, \`other\`  [schema]",
			]
		`);
	});

	it('warns on GitLab Pages with peers: others cannot search this library live, only harvest it', () => {
		expect(warnings('gitlab-pages', [PEER])).toMatchInlineSnapshot(`
			[
			  "site.config.yaml:41:9  Warnung  Der Host \`gitlab-pages\` sendet kein \`Access-Control-Allow-Origin\`: andere Bibliotheken können diese Bibliothek nicht live durchsuchen, nur ernten – für die Live-Suche auf einem Server mit den Dateien aus \`templates/hosting/\` veröffentlichen (docs/hosting.md)  [hosting-cors]",
			  "site.config.yaml:41:9  warning  The host \`gitlab-pages\` sends no \`Access-Control-Allow-Origin\`: other libraries cannot search this one live, only harvest it – for live search, publish on a server with the files of \`templates/hosting/\` (docs/hosting.md)  [hosting-cors]",
			]
		`);
	});

	it('stays silent where others can read the index, without peers, and without a kind', () => {
		// GitHub Pages sends `Access-Control-Allow-Origin: *` on every file; the ready files send it on /pagefind/ and /api/.
		for (const kind of ['github-pages', 'nginx', 'apache', 'iis', 'other'])
			expect(warnings(kind, [PEER]), kind).toEqual([]);
		expect(warnings('gitlab-pages', [])).toEqual([]);
		expect(warnings(undefined, [PEER])).toEqual([]);
	});

	it('knows every kind', () => {
		expect(Object.keys(CROSS_ORIGIN_READING).sort()).toEqual([...HOSTING_KINDS].sort());
	});
});
