/**
 * Checks every built page (`src/lib/safety/output-guard.ts`) when the build is
 * done and fails the build on any finding, naming page and element. With
 * `DREIKLANG_OUTPUT_GUARD_REPORT=<file>` the findings are also written there
 * as JSON, for the test that proves the guard finds what it must.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '../lib/load-site-config.ts';
import { checkInternalLinks, checkPage, type PageFacts, type PageFinding } from '../lib/safety/output-guard.ts';

/** Finds shown in the build log; the report file has all of them. */
const SHOWN = 40;

/** Checks the built site in `dir` (the library at `root`); returns every finding. */
export function guardOutput(root: string, dir: string): { pages: number; findings: PageFinding[] } {
	const config = loadSiteConfig(root);
	const rules = { formOrigins: [new URL(config.repository.url).origin] };
	const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => f.split(sep).join('/'));
	const all = new Set(files.map((f) => `/${f}`));
	const pages = new Map<string, PageFacts>();
	for (const file of files.filter((f) => f.endsWith('.html'))) {
		const path = `/${file}`.replace(/index\.html$/, '');
		pages.set(`/${file}`, checkPage(path, readFileSync(join(dir, file), 'utf8'), rules));
	}
	const findings: PageFinding[] = [];
	for (const [file, facts] of pages) {
		findings.push(...facts.findings, ...checkInternalLinks(file.replace(/index\.html$/, ''), facts, (p) => all.has(p), (p) => pages.get(p)?.ids));
	}
	return { pages: pages.size, findings };
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
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const { pages, findings } = guardOutput(root, fileURLToPath(dir));
				const report = process.env.DREIKLANG_OUTPUT_GUARD_REPORT;
				if (report) writeFileSync(report, JSON.stringify(findings, null, 1));
				if (findings.length === 0) {
					logger.info(`Checked ${pages} built pages: nothing that must not be published (${Math.round(performance.now() - started)} ms).`);
					return;
				}
				for (const f of findings.slice(0, SHOWN)) logger.error(`${f.page}  ${f.element}  ${f.problem}`);
				const error = new Error(`The built pages have ${findings.length} finding(s) that must not be published${findings.length > SHOWN ? ` (the first ${SHOWN} above)` : ' (above)'}; the build stopped.`);
				error.stack = error.message;
				throw error;
			},
		},
	};
}
