/**
 * The standard sections of each kind's body, with a note to the author under
 * each: what `npm run new` and the contribution form both put below the front
 * matter.
 */
import type { DocumentKind } from '../../schemas/kinds.ts';

/** A standard section of a document body: its heading and what belongs in it. */
export interface BodySection {
	/** The `##` heading, in German. */
	heading: string;
	/** A note to the author, written as an HTML comment that readers never see. */
	hint: string;
}

/** The standard sections of each kind, in order. */
export const BODY_SECTIONS: Readonly<Record<DocumentKind, readonly BodySection[]>> = {
	positions: [
		{
			heading: 'Ausgangslage',
			hint: 'Worum geht es, wen betrifft es, und warum äußern wir uns jetzt? Fakten mit Quelle (sources).',
		},
		{
			heading: 'Unsere Position',
			hint: 'Was wir fordern und warum. Jede Forderung steht außerdem einzeln unter demands.',
		},
		{ heading: 'Ausblick', hint: 'Was als Nächstes geschehen soll, von wem und bis wann.' },
	],
	lessons: [
		{
			heading: 'Ausgangslage',
			hint: 'Die Lage vor der Maßnahme: was geschah, wer war betroffen, mit welchen Zahlen (mit Quelle).',
		},
		{ heading: 'Maßnahme', hint: 'Was die Organisation getan hat, mit wem, mit welchen Mitteln und in welcher Zeit.' },
		{ heading: 'Ergebnis', hint: 'Was es gebracht hat, belegt. Auch ein Scheitern ist ein wertvoller Bericht.' },
		{
			heading: 'Was wir anders machen würden',
			hint: 'Was die Organisation heute anders entscheiden würde, und warum.',
		},
		{
			heading: 'Übertragbarkeit',
			hint: 'Unter welchen Bedingungen andere es übernehmen können (siehe transferability).',
		},
	],
	guides: [
		{
			heading: 'Worum es geht',
			hint: 'Die Bundesmaßnahme in wenigen Sätzen: Ziel, Rechtsgrundlage, wer betroffen ist, ab wann.',
		},
		{
			heading: 'Schritte für die Kommune',
			hint: 'Die Schritte in der Reihenfolge der Umsetzung, als nummerierte Liste (1., 2., 3.).',
		},
		{
			heading: 'Stolpersteine',
			hint: 'Was anderswo schiefging und worauf zu achten ist; Unterschiede der Länder stehen in laender.',
		},
	],
};

/** The body of a new document of `kind`: each section's heading and the note under it. */
export function bodyText(kind: DocumentKind): string {
	return BODY_SECTIONS[kind].map(({ heading, hint }) => `## ${heading}\n\n<!-- ${hint} -->\n`).join('\n');
}
