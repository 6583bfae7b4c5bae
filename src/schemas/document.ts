/**
 * Fields every document kind shares. Each kind extends these with its own
 * fields (see `position.ts`, `lesson.ts`, `guide.ts`); nothing re-declares them.
 */
import { z } from 'zod';
import { addIssue, say } from './localized.ts';
import { isoDate, slug, source, text } from './primitives.ts';

/** Languages a document may be written in. */
export const DOCUMENT_LANGUAGES = ['de', 'en'] as const;

/** The front-matter fields shared by all document kinds. */
export const documentFields = {
	/** The title as readers see it, e.g. `Kommunale Wärmeplanung: Finanzierung dauerhaft sichern`. */
	title: text,
	/** One or two sentences for lists, search results and the page description. */
	summary: text,
	/** When the document was first published in this library. */
	published: isoDate,
	/** Topic ids from `content/registry/topics.yaml`; at least one. */
	topics: z.array(slug).min(1),
	/** Ids of related documents of any kind (their file names without extension). Default: none. */
	related: z.array(slug).default([]),
	/** Public sources for the facts in the document. Default: none, but examples need at least one. */
	sources: z.array(source).default([]),
	/** The language the document is written in (`de` or `en`). Default: `de`. */
	lang: z.enum(DOCUMENT_LANGUAGES).default('de'),
	/**
	 * `true` marks example content: it is shown with a visible notice and never
	 * as the official position of a real body. Default: `false`.
	 */
	example: z.boolean().default(false),
};

/**
 * Checks the rules every kind shares once the fields are parsed: examples must
 * cite their sources, and lists must not repeat themselves.
 */
export function checkDocument(
	data: { example: boolean; sources: unknown[]; topics: string[]; related: string[] },
	ctx: z.RefinementCtx,
): void {
	if (data.example && data.sources.length === 0) {
		addIssue(ctx, ['sources'], say('Beispiel ohne `sources`: Beispiele brauchen mindestens eine öffentliche Quelle für ihre Fakten', 'Unexpected example without `sources`, expected at least one public source for its facts'));
	}
	for (const key of ['topics', 'related'] as const) {
		const seen = new Set<string>();
		data[key].forEach((value, index) => {
			if (seen.has(value)) {
				addIssue(ctx, [key, index], say(`\`${value}\` steht doppelt in \`${key}\`, erwartet: jeden Eintrag einmal`, `Unexpected duplicate \`${value}\` in \`${key}\`, expected each entry once`));
			}
			seen.add(value);
		});
	}
}
