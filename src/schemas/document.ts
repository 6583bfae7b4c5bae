/**
 * Fields every document kind shares. Each kind extends these with its own
 * fields (see `position.ts`, `lesson.ts`, `guide.ts`); nothing re-declares them.
 */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { addIssue, say } from './localized.ts';
import { isoDate, slug, source, visibleLine } from './primitives.ts';
import { changeNoteSchema } from './change-note.ts';
import { licenseId } from './licenses.ts';

/** Languages a document may be written in. */
export const DOCUMENT_LANGUAGES = ['de', 'en'] as const;

/** The front-matter fields shared by all document kinds. */
export const documentFields = {
	/** The title as readers see it, e.g. `Kommunale Wärmeplanung: Finanzierung dauerhaft sichern`. */
	title: field(visibleLine(300), { label: say('Titel', 'Title'), hint: 'Titel, wie er auf der Seite und in Listen erscheint.', start: 'title' }),
	/** One or two sentences for lists, search results and the page description. */
	summary: field(visibleLine(1000), {
		label: say('Zusammenfassung', 'Summary'),
		hint: 'Ein bis zwei Sätze für Listen, Suchergebnisse und die Seitenbeschreibung.',
	}),
	/** When the document was first published in this library. */
	published: field(isoDate, {
		label: say('Veröffentlicht am', 'Published on'),
		hint: 'Tag der Veröffentlichung in dieser Bibliothek.',
		start: 'today',
	}),
	/** Topic ids from `content/registry/topics.yaml`; at least one. */
	topics: field(z.array(slug).min(1), {
		label: say('Themen', 'Topics'),
		hint: 'Themen: IDs aus content/registry/topics.yaml, mindestens eine.',
		example: 'digitalstrategie',
	}),
	/** Ids of related documents of any kind (their file names without extension). Default: none. */
	related: field(z.array(slug).default([]), {
		label: say('Verwandte Dokumente', 'Related documents'),
		hint: 'Verwandte Dokumente jeder Art: ihr Dateiname ohne Endung.',
		example: 'grundsteuerreform-umsetzung',
	}),
	/** Public sources for the facts in the document. Default: none, but examples need at least one. */
	sources: field(z.array(source).default([]), {
		label: say('Quellen', 'Sources'),
		hint: 'Öffentliche Quellen für die Fakten im Text. Pflicht, wenn example: true.',
	}),
	/** The language the document is written in (`de` or `en`). Default: `de`. */
	lang: field(z.enum(DOCUMENT_LANGUAGES).default('de'), {
		label: say('Sprache des Dokuments', 'Language of the document'),
		hint: 'Sprache des Textes: de = Deutsch, en = Englisch.',
	}),
	/**
	 * Change notes since publication, oldest first: `[{ date, type: major|minor, note }]`.
	 * An adopted paper whose wording or demands change needs one. Default: none.
	 */
	changes: field(z.array(changeNoteSchema).default([]), {
		label: say('Änderungshinweise', 'Change notes'),
		hint: 'Änderungen seit der Veröffentlichung, älteste zuerst, je mit Datum, Art (major/minor) und Hinweis.',
	}),
	/**
	 * The licence of this document where it differs from the library's
	 * (`license` in `site.config.yaml`), e.g. `dl-de-by-2.0`. Default: the library's.
	 */
	license: field(licenseId.optional(), {
		label: say('Lizenz', 'Licence'),
		hint: 'Nur wenn das Dokument unter einer anderen Lizenz steht als die Bibliothek: cc-by-4.0, cc-by-sa-4.0, cc-by-nd-4.0, cc0-1.0, dl-de-by-2.0, dl-de-zero-2.0 oder amtliches-werk.',
	}),
	/**
	 * `true` marks example content: it is shown with a visible notice and never
	 * as the official position of a real body. Default: `false`.
	 */
	example: field(z.boolean().default(false), {
		hint: 'true nur für Beispiel- oder Demonstrationsinhalte: die Seite zeigt dann einen Hinweis, und sources ist Pflicht.',
	}),
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
		addIssue(
			ctx,
			['sources'],
			say(
				'Beispiel ohne `sources`: Beispiele brauchen mindestens eine öffentliche Quelle für ihre Fakten',
				'Unexpected example without `sources`, expected at least one public source for its facts',
			),
		);
	}
	for (const key of ['topics', 'related'] as const) {
		const seen = new Set<string>();
		data[key].forEach((value, index) => {
			if (seen.has(value)) {
				addIssue(
					ctx,
					[key, index],
					say(
						`\`${value}\` steht doppelt in \`${key}\`, erwartet: jeden Eintrag einmal`,
						`Unexpected duplicate \`${value}\` in \`${key}\`, expected each entry once`,
					),
				);
			}
			seen.add(value);
		});
	}
}
