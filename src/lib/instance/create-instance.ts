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
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { z } from 'zod';
import { LEGAL_FORMS, type LegalFormId } from '../../schemas/legal-forms.ts';
import { placeholderIn } from '../../schemas/placeholders.ts';
import { siteConfigSchema } from '../../schemas/site-config.ts';
import { fieldType } from '../../schemas/walk.ts';
import { fieldAt } from '../validate/report/field-words.ts';
import { diagnosticsFromZod } from '../validate/report/diagnostics.ts';
import { SITE_CONFIG_FILE } from '../registries/load-site-config.ts';

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
	/** Says a line to the person answering: why an answer is asked again. */
	tell?: (line: string) => void;
}

export interface CreateResult {
	exitCode: 0 | 1;
	/** What to tell the person: the problems, or what to do next. */
	lines: string[];
}

/** Files of the template stored under another name, since `npm pack` leaves a `.gitignore` out of every package. */
const RENAMED: Record<string, string> = { gitignore: '.gitignore' };

/** What a folder may hold and still take a new library: a clone of an empty repository holds `.git`. */
const EMPTY_ENOUGH = new Set(['.git']);

/** Why `target` cannot take a new library, if it cannot. */
function unusableTarget(target: string): string | undefined {
	if (!existsSync(target)) {
		const parent = dirname(target);
		return existsSync(parent) && statSync(parent).isDirectory()
			? undefined
			: `Der Ordner ${parent} fehlt; erwartet: ein vorhandener Ordner, in dem die neue Bibliothek ${basename(target)} entsteht.`;
	}
	if (!statSync(target).isDirectory())
		return `${target} ist eine Datei; erwartet: ein neuer oder leerer Ordner für die neue Bibliothek.`;
	if (readdirSync(target).some((entry) => !EMPTY_ENOUGH.has(entry)))
		return `Der Ordner ${target} ist nicht leer; erwartet: ein neuer oder leerer Ordner (nur .git darf darin sein).`;
	return undefined;
}

/** Answers given beforehand that are no question's: a typo, or a field `init` does not set. */
function unaskedAnswers(given: Answers, path: string[] = []): string[] {
	return Object.entries(given).flatMap(([key, value]) => {
		if (value === undefined) return [];
		const at = [...path, key];
		if (QUESTIONS.some((q) => q.path.length === at.length && q.path.every((k, i) => k === at[i]))) return [];
		const inside = QUESTIONS.some((q) => q.path.length > at.length && at.every((k, i) => k === q.path[i]));
		if (inside && value !== null && typeof value === 'object' && !Array.isArray(value))
			return unaskedAnswers(value as Answers, at);
		return [at.join('.')];
	});
}

/** Creates the library, asking as it goes. Never throws for bad answers: they are problems in `lines`. */
export async function createInstance(options: CreateOptions): Promise<CreateResult> {
	const { target, packageRoot } = options;
	const unusable = unusableTarget(target);
	if (unusable) return problem(unusable);
	const unasked = options.given ? unaskedAnswers(options.given) : [];
	if (unasked.length > 0)
		return problem(
			...unasked.map(
				(path) =>
					`Unerwartete Angabe \`${path}\` in den Antworten; erwartet: nur Felder, nach denen init fragt (${QUESTIONS.map((q) => q.path.join('.')).join(', ')}) – alles andere in site.config.yaml der neuen Bibliothek eintragen`,
			),
		);

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
	// The questions took a while: the folder may have changed meanwhile.
	const unusableNow = unusableTarget(target);
	if (unusableNow) return problem(unusableNow);

	const { repository, hosting } = checked.data;
	mkdirSync(target, { recursive: true });
	for (const entry of readdirSync(template)) {
		if (entry === SITE_CONFIG_FILE || entry === 'package.json') continue;
		if (entry === '.github' && repository.host === 'gitlab') continue; // Dependabot is GitHub's; renovate.json serves GitLab.
		cpSync(join(template, entry), join(target, RENAMED[entry] ?? entry), { recursive: true });
	}
	writeFileSync(join(target, SITE_CONFIG_FILE), config.toString({ lineWidth: 0 }));
	writeFileSync(join(target, 'package.json'), packageJson(template, options.packageSpec, checked.data.url));
	copyRegistries(packageRoot, target);
	const owners = copyPipeline(packageRoot, target, repository, hosting.kind);

	return {
		exitCode: 0,
		lines: [
			`Neue Bibliothek in ${target} angelegt. Weiter mit:`,
			`  cd ${target}`,
			'  npm install           (schreibt package-lock.json: mit einchecken)',
			'  npm run validate',
			'  npm start',
			'Vor der Veröffentlichung:',
			'- die Erklärung zur Barrierefreiheit (accessibility in site.config.yaml) prüfen;',
			`- die Teams in ${owners} anlegen oder die Namen dort ersetzen, und den Schutz des Branches ${repository.branch} mit Freigabe durch Code Owners einschalten;`,
			repository.host === 'gitlab'
				? '- die Freigabe-Regeln der Pipeline einrichten (node_modules/dreiklang/docs/review-pipeline.md, „GitLab“).'
				: '- für die Umgebung code-review Pflicht-Prüfende festlegen (Settings → Environments), sonst laufen Pull Requests mit Code-Änderungen ohne Freigabe (node_modules/dreiklang/docs/review-pipeline.md).',
		],
	};
}

/** The answer to `question`: given, typed, or the suggestion; checked by the field's schema. */
async function answer(
	question: Question,
	answers: Answers,
	{ given, ask, tell = () => {} }: CreateOptions,
): Promise<{ ok: true; value: unknown } | { ok: false; problems: string[] }> {
	const { schema, hint } = fieldOf(question.path);
	const { optional, hasDefault } = fieldType(schema);
	const current = valueAt(answers, question.path);
	const kept = current !== undefined && !question.own && !containsPlaceholder(current) ? current : undefined;
	const suggestion = kept === undefined ? question.suggest?.(answers) : undefined;
	const label = question.path.join('.');

	const givenValue = given === undefined ? undefined : valueAt(given, question.path);
	if (typeof givenValue === 'number' && fieldType(schema).base.def.type === 'string')
		return {
			ok: false,
			problems: [
				`Unerwartete Zahl ${givenValue} für \`${label}\` in den Antworten; erwartet: ein Text in Anführungszeichen (${hint}) – YAML liest 01067 ohne Anführungszeichen als Zahl 1067`,
			],
		};
	if (givenValue !== undefined) {
		const value = typeof givenValue === 'string' ? parse(givenValue, question, schema) : givenValue;
		const problems = fieldProblems(question.path, value);
		return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
	}
	if (!ask) {
		if (kept !== undefined) return { ok: true, value: kept };
		if (suggestion !== undefined) return { ok: true, value: parse(suggestion, question, schema) };
		if (optional) return { ok: true, value: undefined };
		return { ok: false, problems: [`Fehlende Angabe ${label}: ${hint}`] };
	}

	const offer = kept !== undefined ? String(kept) : suggestion;
	const prompt = `${label} – ${hint}${offer === undefined ? (optional || hasDefault ? ' [leer lassen: keine]' : '') : ` [${offer}]`}\n> `;
	for (;;) {
		const typed = (await ask(prompt))?.trim();
		if (typed === undefined) tell('');
		if (typed === undefined)
			return kept !== undefined || suggestion !== undefined || optional
				? { ok: true, value: offer === undefined ? undefined : parse(offer, question, schema) }
				: { ok: false, problems: [`Fehlende Angabe ${label}: die Eingabe endete vor der Antwort.`] };
		if (typed === '' && offer === undefined && !optional) {
			tell('Diese Angabe ist nötig.');
			continue;
		}
		if (typed === '' && offer === undefined) return { ok: true, value: undefined };
		const value = parse(typed === '' ? offer! : typed, question, schema);
		const problems = fieldProblems(question.path, value);
		if (problems.length === 0) return { ok: true, value };
		for (const line of problems) tell(line);
	}
}

/** The field at `path` of `site.config.yaml`: its schema, and its hint (the words the scaffolder and the JSON Schema use). */
function fieldOf(path: readonly string[]): { schema: z.ZodType; hint: string } {
	const info = fieldAt(siteConfigSchema, path);
	if (!info) throw new Error(`site.config.yaml has no field ${path.join('.')}`);
	return { schema: info.schema, hint: info.meta?.hint ?? '' };
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
	const result = fieldOf(path).schema.safeParse(value, { reportInput: true });
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
	const name = `${hostname}${pathname}`
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 100)
		.replace(/-+$/, '');
	// A library named like the package would depend on itself, which npm refuses.
	pkg.name = name === '' || name === 'dreiklang' ? pkg.name : name;
	pkg.dependencies.dreiklang = packageSpec;
	return `${JSON.stringify(pkg, null, '\t')}\n`;
}

/** The registries of the reference library: topics, crises, measures, glossary, organizations and the municipal register. */
function copyRegistries(packageRoot: string, target: string): void {
	cpSync(join(packageRoot, 'content', 'registry'), join(target, 'content', 'registry'), { recursive: true });
}

/** References to the package's documentation, as a library sees them: below `node_modules/dreiklang/`. */
const packageDocs = (text: string) => text.replace(/(?<![\w./-])docs\//g, 'node_modules/dreiklang/docs/');

/**
 * The review pipeline and its templates for the library's forge
 * (`docs/review-pipeline.md`), CODEOWNERS with the teams named after the
 * repository's owner, and the editor's settings. The pipeline publishes to
 * the forge's Pages only where `hosting.kind` says the library is served
 * there (or says nothing): a second public copy elsewhere would be one the
 * privacy notice does not name. Returns where CODEOWNERS went.
 */
function copyPipeline(
	packageRoot: string,
	target: string,
	repository: { host: 'github' | 'gitlab'; url: string },
	kind: string | undefined,
): string {
	const templates = join(packageRoot, 'templates');
	const copyText = (from: string, to: string, change: (text: string) => string = (text) => text) => {
		mkdirSync(dirname(to), { recursive: true });
		writeFileSync(to, change(packageDocs(readFileSync(from, 'utf8'))));
	};
	const copyFolder = (from: string, to: string) => {
		for (const entry of readdirSync(from)) copyText(join(from, entry), join(to, entry));
	};
	if (repository.host === 'gitlab') {
		copyText(join(templates, 'gitlab', '.gitlab-ci.yml'), join(target, '.gitlab-ci.yml'), (text) =>
			kind === undefined || kind === 'gitlab-pages' ? text : withoutJobs(text, ['pages'], ['stages']),
		);
		copyFolder(
			join(templates, 'gitlab', 'merge_request_templates'),
			join(target, '.gitlab', 'merge_request_templates'),
		);
	} else {
		copyText(
			join(templates, 'github', 'workflows', 'library.yml'),
			join(target, '.github', 'workflows', 'library.yml'),
			(text) =>
				kind === undefined || kind === 'github-pages'
					? text
					: withoutJobs(text, ['jobs', 'deploy'], undefined, 'upload-pages-artifact'),
		);
		copyText(
			join(templates, 'github', 'pull_request_template.md'),
			join(target, '.github', 'pull_request_template.md'),
		);
		copyFolder(join(templates, 'github', 'PULL_REQUEST_TEMPLATE'), join(target, '.github', 'PULL_REQUEST_TEMPLATE'));
	}
	const owners = join(repository.host === 'gitlab' ? '.gitlab' : '.github', 'CODEOWNERS');
	const owner = new URL(repository.url).pathname.split('/').filter(Boolean)[0];
	copyText(join(templates, 'CODEOWNERS'), join(target, owners), (text) =>
		owner && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(owner) ? text.replaceAll('@PLATZHALTER-verband/', `@${owner}/`) : text,
	);
	// The schemas are the package's, in node_modules.
	copyText(join(templates, 'vscode', 'extensions.json'), join(target, '.vscode', 'extensions.json'));
	copyText(join(templates, 'vscode', 'settings.json'), join(target, '.vscode', 'settings.json'), (text) =>
		text.replaceAll('"./schemas/', '"./node_modules/dreiklang/schemas/'),
	);
	return owners;
}

/**
 * A pipeline file without the job at `job` (and its stage in the list at
 * `stages`, and any step using `step`), comments kept.
 */
function withoutJobs(text: string, job: string[], stages?: string[], step?: string): string {
	const document = parseDocument(text);
	if (document.hasIn(job)) document.deleteIn(job);
	if (stages) {
		const list = document.getIn(stages);
		if (isSeq(list)) list.items = list.items.filter((item) => !(isScalar(item) && item.value === job.at(-1)));
	}
	if (step) {
		const jobs = document.get('jobs');
		if (isMap(jobs))
			for (const pair of jobs.items) {
				const steps = isMap(pair.value) ? pair.value.get('steps') : undefined;
				if (isSeq(steps))
					steps.items = steps.items.filter((item) => !(isMap(item) && String(item.get('uses') ?? '').includes(step)));
			}
	}
	return document.toString({ lineWidth: 0 });
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
