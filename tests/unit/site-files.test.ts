/**
 * The operator's files as the build publishes them: only what the
 * configuration names, each checked by its content, never through a link.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSiteFiles } from '../../src/lib/operator/site-files.ts';
import { formatDiagnostic } from '../../src/lib/validate/report/diagnostics.ts';
import type { SiteConfig } from '../../src/schemas/site-config.ts';
import { createTempLibrary, removeTempLibrary } from '../support/temp-library.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const MP4 = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 0, 0]);

let roots: string[] = [];
afterEach(() => {
	for (const root of roots) removeTempLibrary(root);
	roots = [];
});

/** A library with `files` in `content/site/`, checked against a configuration naming `named`. */
function check(
	files: Record<string, Buffer | string>,
	named: Partial<Pick<SiteConfig, 'signLanguage'>> & { logo?: string },
) {
	const root = createTempLibrary();
	roots.push(root);
	mkdirSync(join(root, 'content/site'), { recursive: true });
	for (const [name, body] of Object.entries(files)) writeFileSync(join(root, 'content/site', name), body);
	const config = { operator: { logo: named.logo }, signLanguage: named.signLanguage } as unknown as SiteConfig;
	const result = checkSiteFiles(root, config, 'site.config.yaml', () => ({ line: 7, column: 9 }));
	return { root, ...result, messages: result.diagnostics.map((d) => formatDiagnostic(d)) };
}

describe("the operator's files", () => {
	it('publish a PNG logo, a video and its captions as they are, under /betreiber/', () => {
		const { files, messages } = check(
			{ 'logo.png': PNG, 'dgs.mp4': MP4, 'dgs.vtt': 'WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n' },
			{
				logo: 'content/site/logo.png',
				signLanguage: { video: 'content/site/dgs.mp4', captions: 'content/site/dgs.vtt' },
			},
		);
		expect(messages).toEqual([]);
		expect(files.map((f) => [f.url, f.type])).toEqual([
			['/betreiber/logo.png', 'image/png'],
			['/betreiber/dgs.mp4', 'video/mp4'],
			['/betreiber/dgs.vtt', 'text/vtt; charset=utf-8'],
		]);
	});

	it('refuse a missing file at its field, content that is not what the name says, and a link', () => {
		const missing = check({}, { logo: 'content/site/logo.png' });
		expect(missing.messages).toMatchInlineSnapshot(`
			[
			  "site.config.yaml:7:9  error  Missing file \`content/site/logo.png\` named in \`operator.logo\`, expected a file (PNG, JPEG, WebP, AVIF, SVG) there – put it there or correct the path  [site-file]",
			]
		`);
		const disguised = check(
			{ 'dgs.mp4': '<html><script>alert(1)</script></html>' },
			{ signLanguage: { video: 'content/site/dgs.mp4' } },
		);
		expect(disguised.messages).toMatchInlineSnapshot(`
			[
			  "content/site/dgs.mp4:1:1  error  Unexpected content of \`content/site/dgs.mp4\`, expected MP4 content as its extension \`.mp4\` says – save it again as MP4 or correct the extension  [site-file]",
			]
		`);
		const root = createTempLibrary();
		roots.push(root);
		mkdirSync(join(root, 'content/site'), { recursive: true });
		symlinkSync('/etc/passwd', join(root, 'content/site/logo.png'));
		const config = { operator: { logo: 'content/site/logo.png' } } as unknown as SiteConfig;
		const linked = checkSiteFiles(root, config, 'site.config.yaml', () => ({ line: 7, column: 9 }));
		expect(linked.files).toEqual([]);
		expect(linked.diagnostics.map((d) => d.ruleId)).toEqual(['symlink']);
	});

	it('publish an SVG logo only as sanitized', () => {
		const { files } = check(
			{
				'logo.svg': '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><!-- x --><rect width="1"/></svg>',
			},
			{ logo: 'content/site/logo.svg' },
		);
		expect(files[0]!.body).toBe('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"></rect></svg>\n');
	});
});
