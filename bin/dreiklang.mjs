#!/usr/bin/env node
// The `dreiklang` command of an instance (`npx dreiklang validate`, and the
// scripts of `templates/instance/package.json`). Plain JavaScript: Node
// strips TypeScript's types itself, but not of files below `node_modules`,
// where an instance has the package; tsx loads the package's TypeScript there.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

/** Commands run by a script of the package, with what they do (`dreiklang help`). */
const SCRIPTS = {
	init: ['init.ts', 'creates a new library from templates/instance/ (asks for the operator data)'],
	validate: ['validate.ts', 'checks the library as the build does (`--help` for options)'],
	new: ['new.ts', 'writes a new position paper, lesson or guide'],
	harvest: ['harvest.ts', 'harvests the sources named in site.config.yaml'],
	addresses: ['addresses.ts', 'adds the addresses the site serves now to content/addresses.txt'],
	'import-register': ['import-register.ts', 'takes a newer edition of the municipal register'],
	build: ['build.ts', 'builds the site into dist/: pages, then the search index and the check of every page'],
};
/** Commands Astro runs, with the package's integration from the instance's astro.config.mjs. */
const ASTRO = {
	dev: 'serves the site while files are edited',
	preview: 'serves dist/',
};

const [command, ...args] = process.argv.slice(2);

/**
 * Runs the command in the library: the folder with `site.config.yaml`, this
 * one or the nearest above it, as git finds its repository from a subfolder.
 */
function enterLibrary() {
	for (let folder = process.cwd(); ; folder = dirname(folder)) {
		if (existsSync(join(folder, 'site.config.yaml'))) return process.chdir(folder);
		if (dirname(folder) === folder) break;
	}
	console.error(
		'dreiklang: kein site.config.yaml in diesem Ordner oder darüber; erwartet: der Ordner einer Bibliothek (oder ein Ordner darin). / No site.config.yaml here or above: run the command inside a library.',
	);
	process.exit(2);
}
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
	console.log(`dreiklang ${version}\n\nUsage: dreiklang <command> [options]\n`);
	for (const [name, [, what]] of Object.entries(SCRIPTS)) console.log(`  ${name.padEnd(16)}${what}`);
	for (const [name, what] of Object.entries(ASTRO)) console.log(`  ${name.padEnd(16)}${what}`);
	console.log(`  ${'start'.padEnd(16)}build, then preview`);
} else if (command === '--version' || command === '-v') {
	console.log(version);
} else if (Object.hasOwn(SCRIPTS, command)) {
	if (command !== 'init') enterLibrary();
	register();
	const script = fileURLToPath(new URL(`../scripts/${SCRIPTS[command][0]}`, import.meta.url));
	process.argv = [process.argv[0], script, ...args];
	await import(script);
} else if (Object.hasOwn(ASTRO, command) || command === 'start') {
	enterLibrary();
	const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
	const astro = join(dirname(astroPackage), JSON.parse(readFileSync(astroPackage, 'utf8')).bin.astro);
	const run = (astroCommand) =>
		spawnSync(process.execPath, [astro, astroCommand, ...args], { stdio: 'inherit' }).status ?? 1;
	// `start` builds as `dreiklang build` does, in a process of its own.
	const build = () =>
		spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'build', ...args], { stdio: 'inherit' }).status ?? 1;
	process.exitCode = command === 'start' ? build() || run('preview') : run(command);
} else {
	console.error(`dreiklang: unknown command "${command}"; \`dreiklang help\` lists the commands.`);
	process.exitCode = 2;
}
