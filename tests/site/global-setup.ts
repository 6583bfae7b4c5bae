/**
 * Builds the site once for the site tests and serves it on loopback. The
 * tests read the build's output, its log, and the URL.
 */
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		buildLog: string;
	}
}

export default async function setup(project: TestProject) {
	const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0' },
	});
	if (build.status !== 0) throw new Error(`The site did not build:\n${build.stdout}\n${build.stderr}`);
	project.provide('buildLog', build.stdout);
	const { url, close } = await serveStatic('dist');
	project.provide('baseUrl', url);
	return close;
}
