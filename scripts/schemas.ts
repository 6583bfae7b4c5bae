#!/usr/bin/env node
/**
 * `npm run schemas` — writes the JSON Schemas of front matter, registries and
 * `site.config.yaml` to `schemas/`, from the zod schemas, and the VS Code
 * settings that apply them (`templates/vscode/settings.json`). Run it after
 * changing a schema and commit the result; a unit test fails while the
 * committed files differ from what this would write.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	EDITOR_SETTINGS_FILE,
	editorSettings,
	JSON_SCHEMA_DIRECTORY,
	jsonSchemaFiles,
} from '../src/lib/json-schemas/json-schemas.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const directory = join(root, JSON_SCHEMA_DIRECTORY);
const files = jsonSchemaFiles();
mkdirSync(directory, { recursive: true });
// A schema that is no longer emitted goes too, so that no editor keeps checking against it.
for (const name of readdirSync(directory))
	if (name.endsWith('.schema.json') && !files.has(name)) rmSync(join(directory, name));
for (const [name, text] of files) writeFileSync(join(directory, name), text);
mkdirSync(dirname(join(root, EDITOR_SETTINGS_FILE)), { recursive: true });
writeFileSync(join(root, EDITOR_SETTINGS_FILE), editorSettings());
console.log(`${files.size} JSON Schemas in ${JSON_SCHEMA_DIRECTORY}/ geschrieben, dazu ${EDITOR_SETTINGS_FILE}.`);
