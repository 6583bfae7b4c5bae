/**
 * JSON Schemas of the files contributors and operators edit by hand, made
 * from the same zod schemas that check them: each document kind's front
 * matter, each registry file and `site.config.yaml`. Editors use them to
 * complete and check YAML as it is typed (see `templates/vscode/`); the
 * build never reads them. Titles and descriptions are the words attached to
 * each field (`src/schemas/field-meta.ts`).
 *
 * What JSON Schema cannot say is left to the build: checks across fields
 * (`superRefine`: dates a status needs, a Land for Land bodies, peers only on
 * `https:`, no duplicates in `topics`), trimming (`"  "` passes here, not
 * there), the rest of a URL once its scheme is right, and
 * unquoted YAML timestamps, which a YAML 1.1 reader turns into dates (`yaml`,
 * the YAML 1.2 reader editors use, keeps `2026-01-31` a string).
 */
import { z } from 'zod';
import { metaOf } from '../../schemas/field-meta.ts';
import { guideSchema } from '../../schemas/guide.ts';
import { glossaryEntrySchema } from '../../schemas/glossary.ts';
import { synonymEntrySchema } from '../../schemas/synonyms.ts';
import { redirectSchema } from '../../schemas/redirect.ts';
import { lessonSchema } from '../../schemas/lesson.ts';
import { positionSchema } from '../../schemas/position.ts';
import { crisisSchema, measureSchema, organizationSchema, topicSchema } from '../../schemas/registry.ts';
import { siteConfigSchema } from '../../schemas/site-config.ts';

/** One emitted schema: the zod schema it comes from and what it describes. */
export interface JsonSchemaSource {
	schema: z.ZodType;
	/** The schema's title, in German like the hints. */
	title: string;
	/** The files it applies to, relative to the repository root (globs as editors take them). */
	files: readonly string[];
}

/** The folder the schemas are committed to, relative to the repository root. */
export const JSON_SCHEMA_DIRECTORY = 'schemas';

/** Every emitted schema by file name. */
export const JSON_SCHEMA_SOURCES: Readonly<Record<string, JsonSchemaSource>> = {
	'position.schema.json': {
		schema: positionSchema,
		title: 'Positionspapier: Front Matter',
		files: ['content/positions/*.md', 'content/positions/*.mdx'],
	},
	'lesson.schema.json': {
		schema: lessonSchema,
		title: 'Erfahrungsbericht: Front Matter',
		files: ['content/lessons/*.md', 'content/lessons/*.mdx'],
	},
	'guide.schema.json': {
		schema: guideSchema,
		title: 'Umsetzungsleitfaden: Front Matter',
		files: ['content/guides/*.md', 'content/guides/*.mdx'],
	},
	'topics.schema.json': {
		schema: z.array(topicSchema),
		title: 'Themen (content/registry/topics.yaml)',
		files: ['content/registry/topics.yaml'],
	},
	'crises.schema.json': {
		schema: z.array(crisisSchema),
		title: 'Krisen (content/registry/crises.yaml)',
		files: ['content/registry/crises.yaml'],
	},
	'measures.schema.json': {
		schema: z.array(measureSchema),
		title: 'Bundesmaßnahmen (content/registry/measures.yaml)',
		files: ['content/registry/measures.yaml'],
	},
	'glossary.schema.json': {
		schema: z.array(glossaryEntrySchema),
		title: 'Suchglossar (content/registry/glossary.yaml)',
		files: ['content/registry/glossary.yaml'],
	},
	'redirects.schema.json': {
		schema: z.array(redirectSchema),
		title: 'Umleitungen alter Adressen (content/redirects.yaml)',
		files: ['content/redirects.yaml'],
	},
	'synonyms.schema.json': {
		schema: z.array(synonymEntrySchema),
		title: 'Synonyme der Suche (content/registry/synonyms.yaml)',
		files: ['content/registry/synonyms.yaml'],
	},
	'organizations.schema.json': {
		schema: z.array(organizationSchema),
		title: 'Organisationen (content/registry/organizations/*.yaml)',
		files: ['content/registry/organizations/*.yaml'],
	},
	'site-config.schema.json': {
		schema: siteConfigSchema,
		title: 'Einstellungen der Instanz (site.config.yaml)',
		files: ['site.config.yaml'],
	},
};

/** The JSON Schema of one source, as an object. */
export function jsonSchemaOf({ schema, title }: JsonSchemaSource): Record<string, unknown> {
	const json = z.toJSONSchema(schema, {
		// Draft 7: the draft editor integrations (the YAML extension's language server among them) have read longest.
		target: 'draft-7',
		// What a file may say, not what the build makes of it: fields with defaults are optional.
		io: 'input',
		// Transforms and custom checks have no JSON form: they become "anything" and the build checks them.
		unrepresentable: 'any',
		// Only the words below, not every key of the metadata.
		metadata: z.registry<Record<string, unknown>>(),
		override: ({ zodSchema, jsonSchema }) => {
			const zod = zodSchema as unknown as z.ZodType;
			if (zod instanceof z.ZodURL) webAddress(zod, jsonSchema);
			const meta = metaOf(zod);
			if (!meta) return;
			if (meta.label) jsonSchema.title = meta.label.de;
			jsonSchema.description = meta.hint;
			if (meta.example === undefined) return;
			if (jsonSchema.type === 'string') jsonSchema.examples = [meta.example];
			else if (jsonSchema.type === 'array') jsonSchema.examples = [[meta.example]];
		},
	});
	return { ...json, title };
}

/**
 * A web address as JSON Schema: the scheme the zod schema allows, instead of
 * `format: uri`, which allows any scheme and refuses the non-ASCII addresses
 * (`…/wiki/Flüchtlingskrise`) that zod and browsers take.
 */
function webAddress(url: z.ZodURL, jsonSchema: Record<string, unknown>): void {
	delete jsonSchema.format;
	const protocol = (url.def as z.core.$ZodURLDef).protocol?.source.replace(/^\^|\$$/g, '');
	if (protocol) jsonSchema.pattern = `^(?:${protocol})://`;
}

/** Every schema file's text, by file name: what `npm run schemas` writes. */
export function jsonSchemaFiles(): Map<string, string> {
	return new Map(
		Object.entries(JSON_SCHEMA_SOURCES).map(([name, source]) => [
			name,
			`${JSON.stringify(jsonSchemaOf(source), null, '\t')}\n`,
		]),
	);
}

/** Where the editor settings go, relative to the repository root; an instance copies them to `.vscode/`. */
export const EDITOR_SETTINGS_FILE = 'templates/vscode/settings.json';

/**
 * VS Code settings that apply the schemas to the YAML files they describe,
 * through the YAML extension (`redhat.vscode-yaml`). Front matter is left
 * out: that extension does not look inside Markdown.
 */
export function editorSettings(): string {
	const yamlSchemas = Object.fromEntries(
		Object.entries(JSON_SCHEMA_SOURCES)
			.filter(([, source]) => source.files.every((file) => file.endsWith('.yaml')))
			.map(([name, source]) => [`./${JSON_SCHEMA_DIRECTORY}/${name}`, source.files]),
	);
	return `${JSON.stringify({ 'yaml.schemas': yamlSchemas }, null, '\t')}\n`;
}
