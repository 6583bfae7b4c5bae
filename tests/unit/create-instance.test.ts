/** `dreiklang init`: a new library from `templates/instance/`, from answers given or typed. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { createInstance, type CreateOptions } from '../../src/lib/instance/create-instance.ts';
import { readSiteConfig } from '../../src/lib/registries/load-site-config.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A registered association's answers, complete. */
const ASSOCIATION = {
	name: 'Bibliothek des Städteverbands Süd',
	url: 'https://bibliothek.staedteverband-sued.de',
	operator: {
		name: 'Städteverband Süd e. V.',
		legalForm: 'ev',
		street: 'Lindenplatz 4',
		postalCode: '70173',
		city: 'Stuttgart',
		email: 'post@staedteverband-sued.de',
		representative: 'Der Vorstand',
		register: { court: 'Amtsgericht Stuttgart', number: 'VR 7311' },
		contentResponsible: 'Jana Roth',
		dataProtectionOfficer: 'datenschutz@staedteverband-sued.de',
	},
	hosting: { name: 'Städteverband Süd e. V.', logRetentionDays: 0 },
	repository: { host: 'github', url: 'https://github.com/staedteverband-sued/bibliothek' },
};

function options(given: Record<string, unknown>, extra: Partial<CreateOptions> = {}): CreateOptions {
	const parent = mkdtempSync(join(tmpdir(), 'dreiklang-init-'));
	folders.push(parent);
	return {
		target: join(parent, 'neu'),
		packageRoot: resolve('.'),
		packageSpec: '^9.9.9',
		today: '2026-12-01',
		given,
		...extra,
	};
}

describe('createInstance', () => {
	it('writes a library that passes the site check, with the review pipeline of its forge', async () => {
		const o = options(ASSOCIATION);
		const result = await createInstance(o);
		expect(result, result.lines.join('\n')).toMatchObject({ exitCode: 0 });
		expect(readSiteConfig(o.target).ok).toBe(true);
		const config = parse(readFileSync(join(o.target, 'site.config.yaml'), 'utf8')) as Record<string, any>;
		expect(config.demo).toBeUndefined();
		expect(config.operator.register).toEqual({ court: 'Amtsgericht Stuttgart', number: 'VR 7311' });
		// Suggested from the operator's mailbox, since nothing else was given.
		expect(config.accessibility.feedbackEmail).toBe('post@staedteverband-sued.de');
		expect(config.security.contact).toEqual(['post@staedteverband-sued.de']);
		expect(readFileSync(join(o.target, 'site.config.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
		for (const file of [
			'.github/workflows/library.yml',
			'.github/dependabot.yml',
			'.github/CODEOWNERS',
			'renovate.json',
		])
			expect(existsSync(join(o.target, file)), file).toBe(true);
		expect(existsSync(join(o.target, '.gitlab-ci.yml'))).toBe(false);
		expect(readFileSync(join(o.target, '.vscode/settings.json'), 'utf8')).toContain(
			'./node_modules/dreiklang/schemas/site-config.schema.json',
		);
		const pkg = JSON.parse(readFileSync(join(o.target, 'package.json'), 'utf8')) as Record<string, any>;
		expect(pkg.dependencies).toEqual({ dreiklang: '^9.9.9' });
		expect(pkg.name).toBe('bibliothek-staedteverband-sued-de');
	});

	it('asks a public body for its supervisory authority and drops the register', async () => {
		const asked: string[] = [];
		const o = options(
			{ ...ASSOCIATION, operator: { ...ASSOCIATION.operator, legalForm: 'behoerde', register: undefined } },
			{
				ask: async (prompt) => {
					asked.push(prompt.split(' – ')[0]!);
					return prompt.startsWith('operator.supervisoryAuthority') ? 'Regierungspräsidium Stuttgart' : '';
				},
			},
		);
		const result = await createInstance(o);
		expect(result, result.lines.join('\n')).toMatchObject({ exitCode: 0 });
		expect(asked).toContain('operator.supervisoryAuthority');
		expect(asked).not.toContain('operator.register.court');
		const config = parse(readFileSync(join(o.target, 'site.config.yaml'), 'utf8')) as Record<string, any>;
		expect(config.operator.supervisoryAuthority).toBe('Regierungspräsidium Stuttgart');
		expect(config.operator.register).toBeUndefined();
	});

	it('refuses a placeholder, and writes nothing', async () => {
		const o = options({ ...ASSOCIATION, operator: { ...ASSOCIATION.operator, street: 'Musterstraße 1' } });
		const result = await createInstance(o);
		expect(result.exitCode).toBe(1);
		expect(result.lines.join('\n')).toMatch(/Platzhalter `Musterstraße 1` in `operator.street`/);
		expect(existsSync(o.target)).toBe(false);
	});

	it('names a wrong answer given beforehand in the validator’s words', async () => {
		const o = options({ ...ASSOCIATION, operator: { ...ASSOCIATION.operator, postalCode: '7017' } });
		const result = await createInstance(o);
		expect(result.exitCode).toBe(1);
		expect(result.lines.join('\n')).toMatch(/`7017` in `operator.postalCode`/);
		expect(existsSync(o.target)).toBe(false);
	});

	it('says which answer is missing when the input ends', async () => {
		const o = options({ name: 'Bibliothek' }, { ask: async () => undefined });
		const result = await createInstance(o);
		expect(result.exitCode).toBe(1);
		expect(result.lines.join('\n')).toMatch(/Fehlende Angabe url/);
		expect(existsSync(o.target)).toBe(false);
	});

	it('publishes to GitHub Pages only when the library is hosted there', async () => {
		const pages = options(ASSOCIATION);
		expect((await createInstance(pages)).exitCode).toBe(0);
		const withPages = parse(readFileSync(join(pages.target, '.github/workflows/library.yml'), 'utf8')) as Record<
			string,
			any
		>;
		expect(withPages.jobs.deploy).toBeDefined();

		const own = options({ ...ASSOCIATION, hosting: { ...ASSOCIATION.hosting, kind: 'apache' } });
		expect((await createInstance(own)).exitCode).toBe(0);
		const text = readFileSync(join(own.target, '.github/workflows/library.yml'), 'utf8');
		const workflow = parse(text) as Record<string, any>;
		expect(workflow.jobs.deploy).toBeUndefined();
		expect(JSON.stringify(workflow.jobs.check.steps)).not.toMatch(/pages-artifact/);
		expect(workflow.jobs.check.steps.map((step: { run?: string }) => step.run)).toContain('npm run build');
		// The comments that explain the pipeline stay.
		expect(text).toMatch(/^# /m);
		expect(readFileSync(join(own.target, '.github/CODEOWNERS'), 'utf8')).toContain(
			'@staedteverband-sued/bibliothek-betreuung',
		);
	});

	it('refuses answers to questions it does not ask, and a postal code YAML read as a number', async () => {
		const unasked = await createInstance(
			options({ ...ASSOCIATION, demo: true, operator: { ...ASSOCIATION.operator, phnoe: '1' } }),
		);
		expect(unasked.exitCode).toBe(1);
		expect(unasked.lines.join('\n')).toMatch(/`demo`/);
		expect(unasked.lines.join('\n')).toMatch(/`operator.phnoe`/);
		const number = await createInstance(
			options({ ...ASSOCIATION, operator: { ...ASSOCIATION.operator, postalCode: 1067 } }),
		);
		expect(number.exitCode).toBe(1);
		expect(number.lines.join('\n')).toMatch(/Zahl 1067 für `operator.postalCode`.*Anführungszeichen/);
	});

	it('takes a folder that holds only .git, and never names the library like the package', async () => {
		const o = options({ ...ASSOCIATION, url: 'https://dreiklang/' });
		mkdirSync(join(o.target, '.git'), { recursive: true });
		const result = await createInstance(o);
		expect(result, result.lines.join('\n')).toMatchObject({ exitCode: 0 });
		expect((JSON.parse(readFileSync(join(o.target, 'package.json'), 'utf8')) as { name: string }).name).toBe(
			'dreiklang-instanz',
		);
		expect(readFileSync(join(o.target, '.gitignore'), 'utf8')).toMatch(/^node_modules\/$/m);
	});

	it('never writes into a folder that holds something', async () => {
		const o = options(ASSOCIATION);
		mkdirSync(o.target);
		writeFileSync(join(o.target, 'notiz.txt'), 'bleibt');
		const result = await createInstance(o);
		expect(result.exitCode).toBe(1);
		expect(result.lines.join('\n')).toMatch(/nicht leer/);
		expect(readFileSync(join(o.target, 'notiz.txt'), 'utf8')).toBe('bleibt');
		expect(existsSync(join(o.target, 'site.config.yaml'))).toBe(false);
	});
});

describe('templates/instance/', () => {
	it('pins the Node.js and the package version of this repository', () => {
		const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
		const own = read('package.json');
		const template = read('templates/instance/package.json');
		expect(template.devDependencies.node).toBe(own.devDependencies.node);
		expect(template.engines).toEqual(own.engines);
		expect(template.dependencies.dreiklang).toBe(`^${own.version}`);
		expect(readFileSync('templates/instance/.nvmrc', 'utf8')).toBe(readFileSync('.nvmrc', 'utf8'));
	});

	it('is itself a valid demonstration library configuration', () => {
		const reading = readSiteConfig('templates/instance');
		expect(reading.ok ? [] : reading.diagnostics.map((d) => d.message.en)).toEqual([]);
	});
});
