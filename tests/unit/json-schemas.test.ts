/**
 * The JSON Schemas editors check YAML with (`schemas/`, `npm run schemas`):
 * committed as the script would write them now, accepting every file the
 * library ships and refusing a wrong one of each kind.
 */
import { globSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	EDITOR_SETTINGS_FILE,
	editorSettings,
	JSON_SCHEMA_DIRECTORY,
	JSON_SCHEMA_SOURCES,
	jsonSchemaFiles,
} from '../../src/lib/json-schemas/json-schemas.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const committed = new URL(`../../${JSON_SCHEMA_DIRECTORY}/`, import.meta.url);

/** The data of a YAML file, or of a document's front matter, as the `yaml` package reads it. */
function dataOf(path: string): unknown {
	const text = readFileSync(`${root}/${path}`, 'utf8');
	if (!/\.mdx?$/.test(path)) return parse(text);
	const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!frontMatter) throw new Error(`${path} has no front matter`);
	return parse(frontMatter[1]!);
}

/** The files a schema applies to, by its globs. */
const filesOf = (name: string) =>
	JSON_SCHEMA_SOURCES[name]!.files.flatMap((pattern) => globSync(pattern, { cwd: root })).sort();

/** A validator for the committed schema `name`. */
function validator(name: string) {
	const ajv = new Ajv({ allErrors: true, strict: true });
	addFormats.default(ajv);
	return ajv.compile(JSON.parse(readFileSync(new URL(name, committed), 'utf8')));
}

/** A copy of a shipped file's data with one mistake in it: what a contributor might get wrong. */
const WRONG: Readonly<Record<string, (data: any) => void>> = {
	'position.schema.json': (data) => {
		data.titel = data.title;
	},
	'lesson.schema.json': (data) => {
		data.outcome = 'great';
	},
	'guide.schema.json': (data) => {
		data.reviewIntervalMonths = 0;
	},
	'topics.schema.json': (data) => {
		delete data[0].label;
	},
	'crises.schema.json': (data) => {
		data[0].start = '2020-02-30';
	},
	'measures.schema.json': (data) => {
		data[0].legalBasis = [];
	},
	'glossary.schema.json': (data) => {
		data[0].abbreviation = 'zwei Wörter';
	},
	'redirects.schema.json': (data) => {
		data[0].to = 'Neue Adresse';
	},
	'synonyms.schema.json': (data) => {
		data[0].synonyms = data[0].terms;
	},
	'organizations.schema.json': (data) => {
		data[0].type = 'club';
	},
	'site-config.schema.json': (data) => {
		data.operator.postalCode = 12345;
	},
};

describe('JSON Schemas', () => {
	it('are committed as `npm run schemas` writes them now', () => {
		const expected = jsonSchemaFiles();
		const files = readdirSync(committed)
			.filter((name) => name.endsWith('.schema.json'))
			.sort();
		expect(files).toEqual([...expected.keys()].sort());
		for (const [name, text] of expected)
			expect(readFileSync(new URL(name, committed), 'utf8'), `${name}: run \`npm run schemas\``).toBe(text);
	});

	it('are applied by the committed editor settings, as `npm run schemas` writes them now', () => {
		expect(readFileSync(`${root}/${EDITOR_SETTINGS_FILE}`, 'utf8'), 'run `npm run schemas`').toBe(editorSettings());
		const mapped = Object.values(JSON.parse(editorSettings())['yaml.schemas'] as Record<string, string[]>).flat();
		expect(mapped).toEqual(
			expect.arrayContaining([
				'content/registry/organizations/*.yaml',
				'site.config.yaml',
				'content/registry/topics.yaml',
			]),
		);
	});

	it('cover every registry file, the site configuration and every document', () => {
		const covered = new Set(Object.keys(JSON_SCHEMA_SOURCES).flatMap(filesOf));
		const shipped = [
			...globSync('content/registry/**/*.yaml', { cwd: root }),
			'site.config.yaml',
			...globSync('content/{positions,lessons,guides}/*.{md,mdx}', { cwd: root }),
		];
		expect(shipped.filter((path) => !covered.has(path))).toEqual([]);
		expect(covered.size).toBeGreaterThan(30);
	});

	describe.each(Object.keys(JSON_SCHEMA_SOURCES))('%s', (name) => {
		const validate = validator(name);
		const files = filesOf(name);

		it.each(files)('accepts %s', (path) => {
			validate(dataOf(path));
			expect(validate.errors ?? []).toEqual([]);
		});

		it('refuses a file with a mistake', () => {
			const data = structuredClone(dataOf(files[0]!));
			WRONG[name]!(data);
			expect(validate(data)).toBe(false);
		});
	});
});
