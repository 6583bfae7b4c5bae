/**
 * One package, many libraries: this repository packed with `npm pack`, a new
 * library created from `templates/instance/` by `dreiklang init` — the
 * operator data typed at its questions, one wrong answer asked again — and
 * the package installed into it from the tarball by `npm install`, offline:
 * the library's `node_modules` starts as a copy of this one's (hard links,
 * so nothing is downloaded), and npm takes the package from the tarball and
 * removes what the library does not need. The library then holds only its
 * own files, passes its own validation and builds — with enough documents
 * that validation and the search index run in worker threads, which load
 * the package's TypeScript from `node_modules`.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate-corpus.ts';
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';

const REPOSITORY = resolve('.');
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
/** Enough documents that validation and the search index's staging start threads (400 each). */
const DOCUMENTS = 420;

/** The answers typed, in the order `dreiklang init` asks (`QUESTIONS` of `create-instance.ts`). */
const TYPED = [
	'Bibliothek des Landkreises Nordheide', // name
	'https://bibliothek.landkreis-nordheide.de/', // url
	'Landkreis Nordheide', // operator.name
	'koerperschaft', // operator.legalForm: a public body, so a supervisory authority and no register
	'Am Markt 3', // street
	'1234', // postal code: four digits, asked again
	'21255', // postal code
	'Tostedt', // city
	'poststelle@landkreis-nordheide.de', // email
	'', // phone: none
	'Landrätin Anna Berg', // representative
	'Ministerium für Inneres und Sport des Landes', // supervisoryAuthority
	'Pressestelle des Landkreises, Am Markt 3, 21255 Tostedt', // contentResponsible
	'datenschutz@landkreis-nordheide.de', // dataProtectionOfficer
	'Kommunales Rechenzentrum Nordheide', // hosting.name
	'', // hosting.address: none
	'14', // logRetentionDays
	'nginx', // hosting.kind
	'', // feedbackEmail: the suggested operator mailbox
	'', // security.contact: the same
	'gitlab', // repository.host
	'https://gitlab.opencode.de/landkreis-nordheide/bibliothek', // repository.url
];

let scratch: string;
let tarball: string;
let library: string;
let init: SpawnSyncReturns<string>;
let install: SpawnSyncReturns<string>;

const run = (command: string, args: string[], cwd: string, input?: string) =>
	spawnSync(command, args, {
		cwd,
		encoding: 'utf8',
		...(input === undefined ? {} : { input }),
		env: { ...process.env, FORCE_COLOR: '0', DREIKLANG_BUILD_DATE: '2026-12-01' },
		maxBuffer: 64 * 1024 * 1024,
	});
const output = (result: SpawnSyncReturns<string>) => `${result.stdout}\n${result.stderr}`;

beforeAll(() => {
	scratch = mkdtempSync(join(tmpdir(), 'dreiklang-instance-'));
	const packed = run('npm', ['pack', '--json', '--pack-destination', scratch], REPOSITORY);
	expect(packed.status, output(packed)).toBe(0);
	tarball = join(scratch, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);

	// `init` as the package has it: run from the unpacked tarball (with this repository's packages beside it).
	const unpacked = run('tar', ['-xzf', tarball, '-C', scratch], scratch);
	expect(unpacked.status, output(unpacked)).toBe(0);
	symlinkSync(join(REPOSITORY, 'node_modules'), join(scratch, 'package', 'node_modules'), 'dir');
	library = join(scratch, 'landkreis-nordheide');
	init = run(
		process.execPath,
		[join(scratch, 'package/bin/dreiklang.mjs'), 'init', library, '--package', `file:${tarball}`],
		scratch,
		`${TYPED.join('\n')}\n`,
	);
	if (init.status !== 0) return;

	// A copy of this repository's installed packages, linked file by file; npm's record of
	// what is installed is left out, since npm rewrites it in place (and would change this one's).
	cpSync(join(REPOSITORY, 'node_modules'), join(library, 'node_modules'), {
		recursive: true,
		verbatimSymlinks: true,
		filter: (source) => !source.endsWith(`${join('node_modules', '.package-lock.json')}`),
	});
	install = run('npm', ['install', '--offline', '--no-audit', '--no-fund'], library);
}, 240_000);

afterAll(() => {
	if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the package', () => {
	it('holds the integration, the command, the templates and the registries, and none of the tests', () => {
		const listed = run('tar', ['-tzf', tarball], scratch);
		const files = listed.stdout.split('\n').filter(Boolean);
		for (const file of [
			'package/package.json',
			'package/bin/dreiklang.mjs',
			'package/src/integration.ts',
			'package/src/content.config.ts',
			'package/src/routes/404.astro',
			'package/templates/instance/astro.config.mjs',
			'package/templates/hosting/nginx/dreiklang.conf',
			'package/content/registry/topics.yaml',
			'package/schemas/site-config.schema.json',
		])
			expect(files).toContain(file);
		expect(
			files.filter((file) => /^package\/(tests|bench|\.ci|node_modules|dist|content\/positions)\//.test(file)),
		).toEqual([]);
	});
});

describe('a library created from templates/instance/', () => {
	it('asks for the operator data, asks a wrong answer again, and writes the answers', () => {
		expect(init.status, output(init)).toBe(0);
		expect(init.stdout).toMatch(/operator\.postalCode/);
		// The four-digit postal code was refused and the question asked once more.
		expect(init.stdout.match(/operator\.postalCode – /g)).toHaveLength(2);
		const config = parse(readFileSync(join(library, 'site.config.yaml'), 'utf8')) as Record<string, any>;
		expect(config.demo).toBeUndefined();
		expect(config.name).toBe('Bibliothek des Landkreises Nordheide');
		expect(config.operator).toMatchObject({
			name: 'Landkreis Nordheide',
			legalForm: 'koerperschaft',
			postalCode: '21255',
			supervisoryAuthority: 'Ministerium für Inneres und Sport des Landes',
		});
		expect(config.operator.register).toBeUndefined();
		expect(config.operator.phone).toBeUndefined();
		expect(config.hosting).toEqual({ name: 'Kommunales Rechenzentrum Nordheide', logRetentionDays: 14, kind: 'nginx' });
		expect(config.accessibility.feedbackEmail).toBe('poststelle@landkreis-nordheide.de');
		expect(config.accessibility.statementDate).toBe('2026-12-01');
		expect(config.security.contact).toEqual(['poststelle@landkreis-nordheide.de']);
	});

	it('gets the review pipeline of its forge, without publishing to GitLab Pages when another host serves it', () => {
		const pipeline = readFileSync(join(library, '.gitlab-ci.yml'), 'utf8');
		const jobs = parse(pipeline) as Record<string, any>;
		expect(Object.keys(jobs)).toEqual(expect.arrayContaining(['freigabe', 'validate', 'build']));
		expect(jobs.pages).toBeUndefined();
		expect(jobs.stages).not.toContain('pages');
		// The package's documentation, where the library has it.
		expect(pipeline).toContain('node_modules/dreiklang/docs/review-pipeline.md');
		expect(pipeline).not.toMatch(/(?<![\w/.-])docs\//);
		const owners = readFileSync(join(library, '.gitlab/CODEOWNERS'), 'utf8');
		expect(owners).toContain('@landkreis-nordheide/bibliothek-betreuung');
		expect(owners).not.toContain('@PLATZHALTER-verband/');
		expect(init.stdout).toMatch(/CODEOWNERS/);
	});

	it('holds only its own files: content, registries, configuration, a tiny astro.config.mjs and content.config.ts', () => {
		const own = readdirSync(library).filter((entry) => entry !== 'node_modules' && entry !== 'package-lock.json');
		expect(own.sort()).toEqual(
			[
				'.gitignore',
				'.gitlab',
				'.gitlab-ci.yml',
				'.nvmrc',
				'.vscode',
				'astro.config.mjs',
				'content',
				'package.json',
				'renovate.json',
				'site.config.yaml',
				'src',
			].sort(),
		);
		expect(readdirSync(join(library, 'src'))).toEqual(['content.config.ts']);
		expect(readFileSync(join(library, 'src/content.config.ts'), 'utf8').trim()).toBe(
			"export { collections } from 'dreiklang/content';",
		);
		expect(readFileSync(join(library, 'astro.config.mjs'), 'utf8')).toMatch(/integrations: \[dreiklang\(\)\]/);
		expect(existsSync(join(library, 'content/registry/gemeindeverzeichnis'))).toBe(true);
		const pkg = JSON.parse(readFileSync(join(library, 'package.json'), 'utf8')) as Record<string, any>;
		expect(pkg.name).toBe('bibliothek-landkreis-nordheide-de');
		expect(pkg.dependencies).toEqual({ dreiklang: `file:${tarball}` });
		expect(pkg.scripts.validate).toBe('dreiklang validate');
	});

	it('gets the package from the tarball through npm, offline, with only what it needs', () => {
		expect(install.status, output(install)).toBe(0);
		const installed = join(library, 'node_modules/dreiklang');
		expect(lstatSync(installed).isSymbolicLink()).toBe(false);
		expect((JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { version: string }).version).toBe(
			VERSION,
		);
		expect(existsSync(join(installed, 'tests'))).toBe(false);
		// The test tools of this repository are not the library's.
		expect(existsSync(join(library, 'node_modules/vitest'))).toBe(false);
		expect(existsSync(join(library, 'node_modules/.bin/dreiklang'))).toBe(true);
		expect(existsSync(join(installed, 'docs/review-pipeline.md'))).toBe(true);
	});

	it('passes its own validation and builds, with documents enough for threads', () => {
		expect(install.status).toBe(0);
		const { registries } = loadRegistries(library);
		writeCorpus(library, registries, { docs: DOCUMENTS, today: '2026-12-01', seed: 'instanz' });

		const validated = run('npm', ['run', 'validate'], library);
		expect(validated.status, output(validated)).toBe(0);
		expect(validated.stdout).toMatch(new RegExp(`${DOCUMENTS} Dateien geprüft: 0 Fehler`));

		const built = run('npm', ['run', 'build'], library);
		expect(built.status, output(built)).toBe(0);
		expect(output(built)).toMatch(new RegExp(`Indexed ${DOCUMENTS} document pages`));
		expect(output(built)).toMatch(/Checked \d+ built pages: nothing that must not be published/);
		const home = readFileSync(join(library, 'dist/index.html'), 'utf8');
		expect(home).toContain('Bibliothek des Landkreises Nordheide');
		expect(home).not.toMatch(/Demonstrationsinstanz/);
		const imprint = readFileSync(join(library, 'dist/impressum/index.html'), 'utf8');
		expect(imprint).toContain('Ministerium für Inneres und Sport des Landes');
		expect(existsSync(join(library, 'dist/pagefind/pagefind.js'))).toBe(true);
		expect(existsSync(join(library, 'dist/favicon.svg'))).toBe(true);
	}, 300_000);
});
