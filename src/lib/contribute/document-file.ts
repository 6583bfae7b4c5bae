/**
 * Writes a document file from front-matter data: YAML between `---` lines,
 * then the standard sections of its kind, ready to commit.
 */
import { stringify } from 'yaml';
import type { DocumentKind } from '../../schemas/kinds.ts';
import { documentKinds } from '../../schemas/kinds.ts';
import { bodyText } from '../scaffold/body-sections.ts';
import { slugify } from '../scaffold/slugify.ts';

/** The text of a new document of `kind`. */
export function documentFile(kind: DocumentKind, data: Record<string, unknown>): string {
	const yaml = stringify(data, { lineWidth: 0 }).trimEnd();
	return `---\n${yaml}\n---\n\n${bodyText(kind)}`;
}

/** Where the new document goes in the repository: `content/lessons/<slug>.md`. */
export function documentPath(kind: DocumentKind, title: string): string | undefined {
	const id = slugify(title);
	return id ? `${documentKinds[kind].directory}/${id}.md` : undefined;
}
