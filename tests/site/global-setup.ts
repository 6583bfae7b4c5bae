/**
 * Builds the site once for the site tests and serves it on loopback with
 * `astro preview`. The tests read the build's output, its log, and the URL.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		buildLog: string;
	}
}

const astro = ['node_modules/astro/bin/astro.mjs'];

async function freePort(): Promise<number> {
	const server = createServer().listen(0, '127.0.0.1');
	await once(server, 'listening');
	const { port } = server.address() as { port: number };
	server.close();
	return port;
}

export default async function setup(project: TestProject) {
	const build = spawnSync(process.execPath, [...astro, 'build'], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
	if (build.status !== 0) throw new Error(`The site did not build:\n${build.stdout}\n${build.stderr}`);
	project.provide('buildLog', build.stdout);

	const port = await freePort();
	const server = spawn(process.execPath, [...astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
	const baseUrl = `http://127.0.0.1:${port}`;
	// Wait until the server answers, at most 30 s.
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(`${baseUrl}/`)).ok) break;
		} catch {}
		if (i > 300 || server.exitCode !== null) throw new Error('The preview server did not start.');
		await new Promise((r) => setTimeout(r, 100));
	}
	project.provide('baseUrl', baseUrl);
	return () => {
		server.kill();
	};
}
