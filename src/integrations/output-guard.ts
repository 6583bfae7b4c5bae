/**
 * Checks every built page (`src/lib/publish/output-guard.ts`), and the files that
 * name addresses (`output-guard-files.ts`), when the build is
 * done and fails the build on any finding, naming page and element. With
 * `DREIKLANG_OUTPUT_GUARD_REPORT=<file>` the findings are also written there
 * as JSON, for the test that proves the guard finds what it must.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '../lib/registries/load-site-config.ts';
import type { PageFinding } from '../lib/publish/output-guard.ts';
import { guardPages } from '../lib/publish/output-guard-pages.ts';
import { checkSiteFiles } from '../lib/publish/output-guard-files.ts';
import { siteFileUrl } from '../lib/operator/site-files.ts';
import { serverFiles, SERVER_TEMPLATES } from '../lib/hosting/server-files.ts';
import { checkServerFiles } from '../lib/publish/output-guard-server-files.ts';
import { basePath } from '../lib/routes/base.ts';
import { forgetHandover, handOver } from './after-astro.ts';

/** Finds shown in the build log; the report file has all of them. */
const SHOWN = 40;

/** Checks the built site in `dir` (the library at `root`); returns every finding. */
export async function guardOutput(root: string, dir: string): Promise<{ pages: number; findings: PageFinding[] }> {
	const config = loadSiteConfig(root);
	const { signLanguage } = config;
	const media = signLanguage
		? [signLanguage.video, signLanguage.captions].flatMap((f) => (f ? [siteFileUrl(f)] : []))
		: [];
	const { pages, findings } = await guardPages(dir, {
		formOrigins: [new URL(config.repository.url).origin],
		media,
		base: basePath(config.url),
	});
	// The sitemaps, robots.txt and the redirect files are read by crawlers and web servers, not browsers.
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[];
	const servers = checkServerFiles(
		files,
		serverFiles(config.hosting.kind),
		(file) => readFileSync(join(dir, file), 'utf8'),
		(template) => readFileSync(join(SERVER_TEMPLATES, template), 'utf8'),
	);
	return { pages, findings: [...findings, ...checkSiteFiles(dir, config.url), ...servers] };
}

/** The integration. */
export function outputGuard(): AstroIntegration {
	let root = '';
	return {
		name: 'dreiklang:output-guard',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				// Taken over by the build command when the search index was (asked once per build).
				const taken = await handOver(fileURLToPath(dir));
				forgetHandover();
				if (taken) return;
				await checkBuiltSite(root, fileURLToPath(dir), logger);
			},
		},
	};
}

/**
 * Checks the built site in `dir` (the library at `root`); logs the findings
 * and throws if there are any, so that the build fails.
 */
export async function checkBuiltSite(
	root: string,
	dir: string,
	logger: { info(message: string): void; error(message: string): void },
): Promise<void> {
	const started = performance.now();
	const { pages, findings } = await guardOutput(root, dir);
	const report = process.env.DREIKLANG_OUTPUT_GUARD_REPORT;
	if (report) writeFileSync(report, JSON.stringify(findings, null, 1));
	if (findings.length === 0) {
		logger.info(
			`Checked ${pages} built pages: nothing that must not be published (${Math.round(performance.now() - started)} ms).`,
		);
		return;
	}
	for (const f of findings.slice(0, SHOWN)) logger.error(`${f.page}  ${f.element}  ${f.problem}`);
	const error = new Error(
		`The built pages have ${findings.length} finding(s) that must not be published${findings.length > SHOWN ? ` (the first ${SHOWN} above)` : ' (above)'}; the build stopped.`,
	);
	error.stack = error.message;
	throw error;
}
