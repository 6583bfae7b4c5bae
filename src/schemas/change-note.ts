/**
 * Change notes (Änderungshinweise), as GOV.UK keeps them: what changed in a
 * published document and when. A major note is shown on the document's page
 * and in its history; a minor one (a typo, a broken link) only in the history.
 */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { say } from './localized.ts';
import { isoDate, text } from './primitives.ts';

/** How much a change matters to a reader. */
export const CHANGE_TYPES = ['major', 'minor'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** One change note. */
export const changeNoteSchema = z.strictObject({
	/** The day the change was published. */
	date: field(isoDate, { label: say('Geändert am', 'Changed on'), hint: 'Tag, an dem die Änderung veröffentlicht wurde.' }),
	/** `major` (shown on the page: wording, demands, status) or `minor` (typo, link; only in the history). */
	type: field(z.enum(CHANGE_TYPES), {
		label: say('Art der Änderung', 'Type of change'),
		hint: 'major: Inhalt geändert (Wortlaut, Forderungen, Stand), auf der Seite gezeigt; minor: Tippfehler, Link, nur im Verlauf.',
		values: 'change',
	}),
	/** What changed, in one or two sentences. */
	note: field(text, {
		label: say('Änderungshinweis', 'Change note'),
		hint: 'Was sich geändert hat, in ein bis zwei Sätzen.',
		example: 'Forderung 2 an das Wachstumschancengesetz angepasst.',
	}),
	/** Who approved publishing the change, where the forge does not tell (a squash merge): a body or role, e.g. `Präsidium`. Optional. */
	approvedBy: field(text.optional(), {
		label: say('Freigegeben durch', 'Approved by'),
		hint: 'Wer die Veröffentlichung freigegeben hat, wo der Merge es nicht zeigt, z. B. Geschäftsstelle oder Präsidium.',
		example: 'Geschäftsstelle',
	}),
});
export type ChangeNote = z.infer<typeof changeNoteSchema>;
