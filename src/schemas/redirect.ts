/**
 * A redirect of `content/redirects.yaml`: a published address whose
 * document (or registry entry) moved to another id of the same kind, or was
 * withdrawn. Its old addresses stay served as pages that lead on.
 */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { addIssue, say } from './localized.ts';
import { bilingual, isoDate, slug } from './primitives.ts';

/** Where the redirects live, relative to the library's root: beside `content/addresses.txt`, whose addresses they keep. */
export const REDIRECTS_FILE = 'content/redirects.yaml';

/** What may be redirected: documents and the hand-kept registries with hub pages. */
export const REDIRECT_KINDS = ['positions', 'lessons', 'guides', 'topics', 'crises', 'measures'] as const;
export type RedirectKind = (typeof REDIRECT_KINDS)[number];

/** One redirect, e.g. `{ kind: positions, from: alt, to: neu }`. */
export const redirectSchema = z
	.strictObject({
		/** What the old id named: a kind of document or a registry with hub pages. */
		kind: field(z.enum(REDIRECT_KINDS), { hint: 'Was die alte Id benannte: positions, lessons, guides, topics, crises oder measures.', example: 'positions' }),
		/** The old id, whose addresses must keep working. */
		from: field(slug, { hint: 'Die alte Id (der alte Dateiname ohne Endung).', example: 'digitalpakt-2024' }),
		/** The new id of the same kind; omit it when the document was withdrawn. */
		to: field(slug.optional(), { hint: 'Die neue Id derselben Art; weglassen, wenn das Dokument zurückgezogen wurde.', example: 'digitalpakt-2025' }),
		/** A withdrawal instead of a new id: when and why, in German and English. */
		withdrawn: field(
			z.strictObject({
				/** The day it was withdrawn. */
				date: field(isoDate, { hint: 'Der Tag der Rücknahme.' }),
				/** Why, in German and English: shown on the notice page. */
				reason: field(bilingual, { hint: 'Der Grund, auf Deutsch (de) und Englisch (en); er steht auf der Hinweisseite.' }),
			}).optional(),
			{ hint: 'Statt einer neuen Id: wann und warum das Dokument zurückgezogen wurde.' },
		),
	})
	.superRefine((value, ctx) => {
		if ((value.to === undefined) === (value.withdrawn === undefined))
			addIssue(
				ctx,
				[],
				say(
					'Erwartet: entweder `to` (die neue Id) oder `withdrawn` (Datum und Grund der Rücknahme), genau eines von beiden',
					'Expected either `to` (the new id) or `withdrawn` (date and reason of the withdrawal), exactly one of them',
				),
			);
	});

export type Redirect = z.output<typeof redirectSchema>;
