/**
 * Redactions (Schwärzungen): versions of documents that the site no longer
 * shows, for data protection or copyright, listed in
 * `content/registry/redactions.yaml`. Git keeps its history; the site stops
 * listing the content of those versions and builds no diff with them
 * (see `docs/history.md` for the takedown procedure).
 */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { text } from './primitives.ts';

/** Why a version was taken down. */
export const REDACTION_REASONS = ['data-protection', 'copyright', 'legal', 'other'] as const;
export type RedactionReason = (typeof REDACTION_REASONS)[number];

/** One redaction. */
export const redactionSchema = z.strictObject({
	/** The commit whose versions are taken down: its full hash or at least its first 7 characters. */
	commit: field(
		z.string().regex(/^[0-9a-f]{7,40}$/),
		{ hint: 'Der Commit, dessen Fassungen nicht mehr gezeigt werden (mindestens 7 Zeichen).', example: '3f2c1ab' },
	),
	/** `data-protection`, `copyright`, `legal` or `other`: shown on the history page. */
	reason: field(z.enum(REDACTION_REASONS), {
		hint: 'Grund: data-protection (Datenschutz), copyright (Urheberrecht), legal (andere rechtliche Gründe) oder other.',
	}),
	/** The files concerned, relative to the library's root; omitted: every document file the commit changed. */
	files: field(z.array(text).min(1).optional(), {
		hint: 'Die betroffenen Dateien, z. B. content/positions/x.md; weglassen: alle Dokumente, die der Commit ändert.',
	}),
	/** A short public note on the removal, without the removed content. Optional. */
	note: field(text.optional(), { hint: 'Kurzer öffentlicher Hinweis, ohne den entfernten Inhalt. Optional.' }),
});
export type Redaction = z.infer<typeof redactionSchema>;

/** Whether `redaction` takes down the version of `path` after `commit`. */
export function redacts(redaction: Redaction, commit: string, path: string): boolean {
	return commit.startsWith(redaction.commit) && (!redaction.files || redaction.files.includes(path));
}
