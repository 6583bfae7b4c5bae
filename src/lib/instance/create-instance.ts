/**
 * `dreiklang init <folder>`: a new library from `templates/instance/`. It
 * asks for the operator data the Impressum, the privacy notice and the
 * accessibility statement need — each question is the field's own hint from
 * the schema, each answer checked by the field's own schema before the next
 * question — and writes nothing until the whole configuration passes the
 * check the build makes (placeholders refused: the new library is not a
 * demonstration). Then it copies the template, the reference registries and
 * the review pipeline of the library's forge.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { fieldMeta } from '../../schemas/field-meta.ts';
import { LEGAL_FORMS, type LegalFormId } from '../../schemas/legal-forms.ts';
import { placeholderIn } from '../../schemas/placeholders.ts';
import { siteConfigSchema } from '../../schemas/site-config.ts';
import { fieldType, objectShape } from '../../schemas/walk.ts';
import { diagnosticsFromZod } from '../validate/report/diagnostics.ts';
import { readSiteConfig, SITE_CONFIG_FILE } from '../registries/load-site-config.ts';

/** What the new library's configuration is built from, so far. */
type Answers = Record<string, unknown>;

/** One question: a field of `site.config.yaml`. */
interface Question {
	path: readonly string[];
	/** Asked only if this holds; otherwise `drop` (or the field) is removed from the template. */
	when?: (answers: Answers) => boolean;
	drop?: readonly string[];
	/** A default from earlier answers, offered in brackets. */
	suggest?: (answers: Answers) => string | undefined;
	/** The answer is a list, entries separated by commas. */
	list?: boolean;
	/** The template's value is not offered: every library has its own. */
	own?: boolean;
}

const legalForm = (answers: Answers) => LEGAL_FORMS[valueAt(answers, ['operator', 'legalForm']) as LegalFormId];
const operatorEmail = (answers: Answers) => valueAt(answers, ['operator', 'email']) as string | undefined;

/**
 * The questions, in the order asked. Fields not asked keep the template's
 * value (a tagline, the licence, the accessibility facts to review).
 */
export const QUESTIONS: readonly Question[] = [
	{ path: ['name'], own: true },
	{ path: ['url'], own: true },
	{ path: ['operator', 'name'] },
	{ path: ['operator', 'legalForm'] },
	{ path: ['operator', 'street'] },
	{ path: ['operator', 'postalCode'] },
	{ path: ['operator', 'city'] },
	{ path: ['operator', 'email'] },
	{ path: ['operator', 'phone'] },
	{ path: ['operator', 'representative'] },
	{
		path: ['operator', 'register', 'court'],
		when: (a) => legalForm(a) !== undefined && 'register' in legalForm(a),
		drop: ['operator', 'register'],
	},
	{ path: ['operator', 'register', 'number'], when: (a) => legalForm(a) !== undefined && 'register' in legalForm(a) },
	{ path: ['operator', 'supervisoryAuthority'], when: (a) => legalForm(a)?.publicBody === true },
	{ path: ['operator', 'contentResponsible'] },
	{ path: ['operator', 'dataProtectionOfficer'] },
	{ path: ['hosting', 'name'] },
	{ path: ['hosting', 'address'] },
	{ path: ['hosting', 'logRetentionDays'] },
	{ path: ['hosting', 'kind'] },
	{ path: ['accessibility', 'feedbackEmail'], suggest: operatorEmail },
	{ path: ['security', 'contact'], list: true, suggest: operatorEmail },
	{ path: ['repository', 'host'] },
	{ path: ['repository', 'url'] },
];

/** Asks one question; `undefined` when there is nothing more to read (the input ended). */
export type Ask = (prompt: string) => Promise<string | undefined>;

export interface CreateOptions {
	/** The folder of the new library; it must not exist or be empty. */
	target: string;
	/** The package's folder: its `templates/` and `content/registry/`. */
	packageRoot: string;
	/** How the new library's `package.json` names the package: `^0.2.0`, or a tarball's `file:` path. */
	packageSpec: string;
	/** Today, `YYYY-MM-DD`: the accessibility statement's date. */
	today: string;
	/** Answers given beforehand (`--answers <file>`), shaped like `site.config.yaml`. */
	given?: Answers;
	/** Asks what is not given. Without it, a missing answer is a problem. */
	ask?: Ask;
}

export interface CreateResult {
	exitCode: 0 | 1;
	/** What to tell the person: the problems, or what to do next. */
	lines: string[];
}

/** Creates the library, asking as it goes. Never throws for bad answers: they are problems in `lines`. */
export async function createInstance(options: CreateOptions): Promise<CreateResult> {
	const { target, packageRoot } = options;
	if (existsSync(target) && readdirSync(target).length > 0)
		return problem(`Der Ordner ${target} ist nicht leer; eine neue Bibliothek braucht einen neuen oder leeren Ordner.`);

	const template = join(packageRoot, 'templates', 'instance');
	const config = parseDocument(readFileSync(join(template, SITE_CONFIG_FILE), 'utf8'));
	config.delete('demo');
	config.setIn(['accessibility', 'statementDate'], options.today);
	// What the template holds counts as said, except its placeholders, which must be replaced.
	const answers: Answers = config.toJS() as Answers;

	for (const question of QUESTIONS) {
		if (question.when && !question.when(answers)) {
			const drop = question.drop ?? question.path;
			if (config.hasIn(drop)) config.deleteIn(drop);
			deleteAt(answers, drop);
			continue;
		}
		const outcome = await answer(question, answers, options);
		if (!outcome.ok) return problem(...outcome.problems);
		if (outcome.value === undefined) {
			if (config.hasIn(question.path)) config.deleteIn(question.path);
			deleteAt(answers, question.path);
		} else {
			config.setIn(question.path, outcome.value);
			setAt(answers, question.path, outcome.value);
		}
	}

	// The whole configuration, as the build checks it — placeholders included, since it is no demo.
	const checked = siteConfigSchema.safeParse(config.toJS());
	if (!checked.success) return problem(...issueTexts(checked.error));

	mkdirSync(target, { recursive: true });
	cpSync(template, target, {
		recursive: true,
		filter: (source) => ![SITE_CONFIG_FILE, 'package.json'].includes(source.slice(template.length + 1)),
	});
	writeFileSync(join(target, SITE_CONFIG_FILE), config.toString({ lineWidth: 0 }));
	writeFileSync(join(target, 'package.json'), packageJson(template, options.packageSpec, String(answers.url)));
	copyRegistries(packageRoot, target);
	copyPipeline(packageRoot, target, String(valueAt(answers, ['repository', 'host'])));

	const reading = readSiteConfig(target);
	if (!reading.ok) return problem(...reading.diagnostics.map((d) => d.message.de));
	return {
		exitCode: 0,
		lines: [
			`Neue Bibliothek in ${target} angelegt. Weiter mit:`,
			`  cd ${target}`,
			'  npm install',
			'  npm run validate',
			'  npm start',
			'Vor der Veröffentlichung: die Erklärung zur Barrierefreiheit (accessibility in site.config.yaml) prüfen.',
		],
	};
}

/** The answer to `question`: given, typed, or the suggestion; checked by the field's schema. */
async function answer(
	question: Question,
	answers: Answers,
	{ given, ask }: CreateOptions,
): Promise<{ ok: true; value: unknown } | { ok: false; problems: string[] }> {
	const schema = fieldSchema(question.path);
	const { optional, hasDefault } = fieldType(schema);
	const current = valueAt(answers, question.path);
	const kept = current !== undefined && !question.own && !containsPlaceholder(current) ? current : undefined;
	const suggestion = kept === undefined ? question.suggest?.(answers) : undefined;
	const label = question.path.join('.');

	const givenValue = given === undefined ? undefined : valueAt(given, question.path);
	if (givenValue !== undefined) {
		const value = typeof givenValue === 'string' ? parse(givenValue, question, schema) : givenValue;
		const problems = fieldProblems(question.path, value);
		return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
	}
	if (!ask) {
		if (kept !== undefined) return { ok: true, value: kept };
		if (suggestion !== undefined) return { ok: true, value: parse(suggestion, question, schema) };
		if (optional) return { ok: true, value: undefined };
		return { ok: false, problems: [`Fehlende Angabe ${label}: ${hintOf(schema)}`] };
	}

	const offer = kept !== undefined ? String(kept) : suggestion;
	const prompt = `${label} – ${hintOf(schema)}${offer === undefined ? (optional || hasDefault ? ' [leer lassen: keine]' : '') : ` [${offer}]`}\n> `;
	for (;;) {
		const typed = (await ask(prompt))?.trim();
		if (typed === undefined)
			return kept !== undefined || suggestion !== undefined || optional
				? { ok: true, value: offer === undefined ? undefined : parse(offer, question, schema) }
				: { ok: false, problems: [`Fehlende Angabe ${label}: die Eingabe endete vor der Antwort.`] };
		if (typed === '' && offer === undefined && !optional) {
			process.stdout.write('Diese Angabe ist nötig.\n');
			continue;
		}
		if (typed === '' && offer === undefined) return { ok: true, value: undefined };
		const value = parse(typed === '' ? offer! : typed, question, schema);
		const problems = fieldProblems(question.path, value);
		if (problems.length === 0) return { ok: true, value };
		process.stdout.write(`${problems.join('\n')}\n`);
	}
}

/** The schema of the field at `path` of `site.config.yaml`. */
function fieldSchema(path: readonly string[]): z.ZodType {
	let schema: z.ZodType = siteConfigSchema;
	for (const key of path) {
		const shape = objectShape(fieldType(schema).declared);
		const next = shape?.[key];
		if (!next) throw new Error(`site.config.yaml has no field ${path.join('.')}`);
		schema = next;
	}
	return schema;
}

/** The schema's hint for the field, the words the scaffolder and the JSON Schema use. */
function hintOf(schema: z.ZodType): string {
	return fieldMeta.get(schema)?.hint ?? '';
}

/** A typed answer as the field's type: a number, a list, or the text. */
function parse(typed: string, question: Question, schema: z.ZodType): unknown {
	if (question.list)
		return typed
			.split(',')
			.map((entry) => entry.trim())
			.filter(Boolean);
	const { base } = fieldType(schema);
	if (base.def.type === 'number' && /^\d+$/.test(typed)) return Number(typed);
	return typed;
}

/**
 * What is wrong with `value` for the field at `path`, in the validator's own
 * words (its field's schema, the issues placed at `path` in the
 * configuration); a placeholder is wrong too. Rules across fields (a register
 * for a registered association) are the final check's.
 */
function fieldProblems(path: readonly string[], value: unknown): string[] {
	const result = fieldSchema(path).safeParse(value, { reportInput: true });
	if (!result.success)
		return issueTexts(
			new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }))),
		);
	const placeholder = [value].flat().find((entry) => typeof entry === 'string' && placeholderIn(entry));
	if (typeof placeholder === 'string')
		return [
			`Unerwarteter Platzhalter \`${placeholder}\` in \`${path.join('.')}\` (${placeholderIn(placeholder)!.name.de}); erwartet: die echte Angabe des Betreibers`,
		];
	return [];
}

function issueTexts(error: z.ZodError): string[] {
	return diagnosticsFromZod(error, SITE_CONFIG_FILE, () => ({ line: 1, column: 1 }), siteConfigSchema).map(
		(d) => d.message.de,
	);
}

function containsPlaceholder(value: unknown): boolean {
	if (typeof value === 'string') return placeholderIn(value) !== undefined;
	if (Array.isArray(value)) return value.some(containsPlaceholder);
	return false;
}

/** The template's `package.json` with a name from the library's address and the package as given. */
function packageJson(template: string, packageSpec: string, url: string): string {
	const pkg = JSON.parse(readFileSync(join(template, 'package.json'), 'utf8')) as {
		name: string;
		dependencies: Record<string, string>;
	};
	const { hostname, pathname } = new URL(url);
	pkg.name = `${hostname}${pathname}`
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 214);
	pkg.dependencies.dreiklang = packageSpec;
	return `${JSON.stringify(pkg, null, '\t')}\n`;
}

/** The registries of the reference library: topics, crises, measures, glossary, organizations and the municipal register. */
function copyRegistries(packageRoot: string, target: string): void {
	cpSync(join(packageRoot, 'content', 'registry'), join(target, 'content', 'registry'), { recursive: true });
}

/** The review pipeline and its templates for the library's forge (`docs/review-pipeline.md`), and the editor's settings. */
function copyPipeline(packageRoot: string, target: string, host: string): void {
	const templates = join(packageRoot, 'templates');
	const forge = host === 'gitlab' ? '.gitlab' : '.github';
	if (host === 'gitlab') {
		cpSync(join(templates, 'gitlab', '.gitlab-ci.yml'), join(target, '.gitlab-ci.yml'));
		cpSync(join(templates, 'gitlab', 'merge_request_templates'), join(target, '.gitlab', 'merge_request_templates'), {
			recursive: true,
		});
		// Dependabot is GitHub's; on GitLab, renovate.json is the way to updates.
		rmSync(join(target, '.github'), { recursive: true, force: true });
	} else {
		cpSync(join(templates, 'github'), join(target, '.github'), { recursive: true });
	}
	mkdirSync(join(target, forge), { recursive: true });
	cpSync(join(templates, 'CODEOWNERS'), join(target, forge, 'CODEOWNERS'));
	mkdirSync(join(target, '.vscode'), { recursive: true });
	cpSync(join(templates, 'vscode', 'extensions.json'), join(target, '.vscode', 'extensions.json'));
	// The schemas are the package's, in node_modules.
	const settings = readFileSync(join(templates, 'vscode', 'settings.json'), 'utf8');
	writeFileSync(
		join(target, '.vscode', 'settings.json'),
		settings.replaceAll('"./schemas/', '"./node_modules/dreiklang/schemas/'),
	);
}

function valueAt(data: Answers, path: readonly string[]): unknown {
	let at: unknown = data;
	for (const key of path) at = at !== null && typeof at === 'object' ? (at as Answers)[key] : undefined;
	return at;
}

function setAt(data: Answers, path: readonly string[], value: unknown): void {
	let at = data;
	for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Answers;
	at[path.at(-1)!] = value;
}

function deleteAt(data: Answers, path: readonly string[]): void {
	const parent = valueAt(data, path.slice(0, -1));
	if (parent !== null && typeof parent === 'object') delete (parent as Answers)[path.at(-1)!];
}

function problem(...lines: string[]): CreateResult {
	return { exitCode: 1, lines };
}
