/**
 * The text of a new document: a commented front matter with every field of
 * its kind's schema, then the standard sections of that kind.
 */
import { dictionaries } from '../../i18n/t.ts';
import { documentKinds, type DocumentKind } from '../../schemas/kinds.ts';
import { hintsOf, type SkeletonContext } from './field-hints.ts';
import { frontMatterLines } from './front-matter.ts';
import { bodyText } from './body-sections.ts';
import { slugify } from './slugify.ts';

/** A new document, ready to be written. */
export interface Skeleton {
	/** Its id, made from the title; also its file name. */
	id: string;
	/** Where it goes, relative to the project root, e.g. `content/lessons/hitzeschutz-im-rathaus.md`. */
	path: string;
	/** The file's text. */
	text: string;
}

/** The German name of a kind, e.g. `Erfahrungsbericht`. */
export function kindName(kind: DocumentKind): string {
	return dictionaries.de[`kind.${kind}`];
}

/**
 * Builds a new document of `kind` from a title, dated `today`. Returns
 * `undefined` if the title has no letter or digit to make an id from.
 * Pure: writing the file is the caller's job.
 */
export function skeleton(kind: DocumentKind, context: SkeletonContext): Skeleton | undefined {
	const id = slugify(context.title);
	if (!id) return undefined;
	const path = `${documentKinds[kind].directory}/${id}.md`;
	const title = context.title.replace(/\s+/g, ' ').trim();
	const { schema } = documentKinds[kind];
	const fields = frontMatterLines(schema, hintsOf(schema), { ...context, title });
	const text = ['---', ...header(kind, path), '', ...fields, '---', '', bodyText(kind)].join('\n');
	return { id, path, text };
}

/** The instructions at the top of the front matter. */
function header(kind: DocumentKind, path: string): string[] {
	return [
		`# ${kindName(kind)}. Zeilen mit # sind Erläuterungen; sie dürfen bleiben oder gelöscht werden.`,
		'# "" heißt: bitte ausfüllen. Optionale Felder ausfüllen oder ihre Zeile löschen.',
		'# Leere Listen ([] oder {}) dürfen leer bleiben. Für Einträge [] bzw. {} löschen und',
		'# die Beispielzeilen darunter übernehmen, jeweils ohne das erste "# ".',
		'# Im Text unten die Hinweise in <!-- … --> durch eigenen Text ersetzen.',
		`# Prüfen: npm run validate ${path}`,
	];
}
