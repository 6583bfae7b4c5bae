#!/usr/bin/env node
/**
 * `npm run build` (and `dreiklang build` in a library) — builds the site into
 * `dist/`: `astro build` writes the pages, then, once Astro's process has
 * ended, this process builds the search index and checks every built page
 * (`src/integrations/after-astro.ts` says why and how the two agree on it).
 * Arguments go to `astro build`.
 * Exit code: Astro's when its build fails; 1 when the index or the check
 * fails; 0 when the site is built.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AFTER_ASTRO, type Handover, type TakenOver } from '../src/integrations/after-astro.ts';
import { checkBuiltSite } from '../src/integrations/output-guard.ts';
import { buildSearchIndex } from '../src/integrations/search-index.ts';

const root = process.cwd();
const time = () => new Date().toTimeString().slice(0, 8);
/** Lines as Astro's logger writes them, so that one build log reads as one. */
const logger = (name: string) => ({
	info: (message: string) => console.log(`${time()} [${name}] ${message}`),
	warn: (message: string) => console.log(`${time()} [${name}] ${message}`),
	error: (message: string) => console.error(`${time()} [${name}] ${message}`),
});

const astroPackage = createRequire(join(root, 'package.json')).resolve('astro/package.json');
const astro = join(
	dirname(astroPackage),
	(JSON.parse(readFileSync(astroPackage, 'utf8')) as { bin: { astro: string } }).bin.astro,
);
const token = randomUUID();
let dir: string | undefined;
const status = await new Promise<number>((resolve) => {
	const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
		stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
		env: { ...process.env, [AFTER_ASTRO]: token },
	});
	child.on('message', (message: unknown) => {
		const handover = message as Partial<Handover> | null;
		if (handover?.type !== 'dreiklang:handover' || handover.token !== token || typeof handover.dir !== 'string') return;
		dir = handover.dir;
		const answer: TakenOver = { type: 'dreiklang:taken-over', token };
		child.send(answer);
	});
	child.on('error', (error) => {
		console.error(`astro build could not be started: ${error.message}`);
		resolve(1);
	});
	child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});
if (status !== 0) process.exit(status);
if (dir === undefined) {
	// Astro's process built the index and checked the pages itself (or the library has no dreiklang integration).
	process.exit(0);
}
const started = performance.now();
try {
	await buildSearchIndex(root, dir, logger('dreiklang:search-index'));
	await checkBuiltSite(root, dir, logger('dreiklang:output-guard'));
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
logger('dreiklang').info(
	`Search index and check of the built pages done in ${((performance.now() - started) / 1000).toFixed(1)} s, after Astro had ended.`,
);
