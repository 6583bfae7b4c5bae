/**
 * Builds the site once for the site tests, as `npm run build` does (Astro's
 * process, then the search index and the page check in another; the other
 * builds of the tests run `astro build`, which does both inside), and serves it on loopback. The
 * tests read the build's output, its log, the URL, and the build date: it is
 * pinned (`DREIKLANG_BUILD_DATE`, today unless set), so that a test that
 * builds again judges every document against the same day, even past midnight.
 */
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		buildLog: string;
		buildDate: string;
	}
}

export default async function setup(project: TestProject) {
	const buildDate = process.env.DREIKLANG_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
	const build = spawnSync(process.execPath, ['scripts/build.ts'], {
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', DREIKLANG_BUILD_DATE: buildDate },
	});
	if (build.status !== 0) throw new Error(`The site did not build:\n${build.stdout}\n${build.stderr}`);
	project.provide('buildLog', build.stdout);
	project.provide('buildDate', buildDate);
	const { url, close } = await serveStatic('dist');
	project.provide('baseUrl', url);
	return close;
}
