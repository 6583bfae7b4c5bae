/**
 * Publishes the files of documents — images and attachments in
 * `content/<kind>/<id>/` — at `/dateien/<kind>/<id>/`, where the content guard
 * points the links to them (`src/lib/validate/body/guard-plugin.ts`): exactly the
 * files validation accepted (`attachmentsOf`: regular files of an allowed type,
 * checked by content and size), never a link or a folder.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attachmentsOf } from '../lib/validate/read/attachments.ts';
import { listContent } from '../lib/validate/read/content-files.ts';
import { PUBLISHED_FILES } from '../lib/validate/body/document-files.ts';

/** Copies every document's files under `root` into `out` – those validation accepted, nothing else; returns how many. */
export function copyDocumentFiles(root: string, out: string): number {
	let copied = 0;
	for (const [kind, file] of listContent(root).documents) {
		const id = basename(file, extname(file));
		for (const path of attachmentsOf(root, kind, id)) {
			const target = join(out, PUBLISHED_FILES, kind, id);
			mkdirSync(target, { recursive: true });
			copyFileSync(join(root, path), join(target, basename(path)));
			copied++;
		}
	}
	return copied;
}

/** The integration. */
export function publishDocumentFiles(): AstroIntegration {
	let root = '';
	return {
		name: 'dreiklang:document-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const copied = copyDocumentFiles(root, fileURLToPath(dir));
				if (copied > 0) logger.info(`Published ${copied} document files under ${PUBLISHED_FILES}/.`);
			},
		},
	};
}
