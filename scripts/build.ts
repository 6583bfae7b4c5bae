#!/usr/bin/env node
/**
 * `npm run build` (and `dreiklang build` in a library) — builds the site into
 * `dist/`: `astro build` writes the pages, then, once Astro's process has
 * ended, this process builds the search index and checks every built page
 * (`src/integrations/after-astro.ts` says why). Arguments go to `astro build`.
 * Exit code: Astro's when its build fails; 1 when the index or the check
 * fails; 0 when the site is built.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AFTER_ASTRO, clearHandover, takeHandover } from '../src/integrations/after-astro.ts';
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
clearHandover(root);
const built = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, [AFTER_ASTRO]: '1' },
});
if (built.status !== 0) process.exit(built.status ?? 1);
const dir = takeHandover(root);
if (dir === undefined) {
	console.error(
		'Astro ended without handing the built site over, so it was neither indexed nor checked. Run `astro build` to see why, or report this.',
	);
	process.exit(1);
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
