/**
 * Every text that carries a count, in both languages, for 0, 1 and 2: the
 * forms a reader sees, so that "1 Dokumente" or "0 Kommunen in 0 Ländern"
 * cannot come back unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { dictionaries, t, type PluralKey } from '../../src/i18n/t.ts';
import { cosignatorySummary } from '../../src/lib/library/cosignatories.ts';

const pluralKeys = Object.keys(dictionaries.de)
	.flatMap((key) => (key.endsWith('.other') ? [key.slice(0, -'.other'.length)] : []))
	.filter((base) => `${base}.one` in dictionaries.de) as PluralKey[];

const rendered = (lang: 'de' | 'en') =>
	Object.fromEntries(pluralKeys.map((key) => [key, [0, 1, 2].map((count) => t(lang)(key, { count, query: 'Kita' }))]));

describe('plural forms', () => {
	it('exist as one and other for every count-bearing text of both languages', () => {
		for (const lang of ['de', 'en'] as const)
			for (const key of pluralKeys) {
				expect(dictionaries[lang], key).toHaveProperty(`${key}.one`);
				expect(dictionaries[lang], key).toHaveProperty(`${key}.other`);
			}
	});

	it('read right for 0, 1 and 2 in German', () => {
		expect(rendered('de')).toMatchInlineSnapshot(`
			{
			  "calendar.review": [
			    "Zuletzt geprüft am {date}; der Leitfaden wird alle 0 Monate geprüft.",
			    "Zuletzt geprüft am {date}; der Leitfaden wird jeden Monat geprüft.",
			    "Zuletzt geprüft am {date}; der Leitfaden wird alle 2 Monate geprüft.",
			  ],
			  "changes.more": [
			    "0 ältere wesentliche Änderungen stehen im Verlauf.",
			    "1 ältere wesentliche Änderung steht im Verlauf.",
			    "2 ältere wesentliche Änderungen stehen im Verlauf.",
			  ],
			  "consultation.left": [
			    "noch heute",
			    "noch 1 Tag",
			    "noch 2 Tage",
			  ],
			  "demand.history.link": [
			    "Verlauf der Forderungen (0 Schritte) im Verlauf des Dokuments",
			    "Verlauf der Forderungen (1 Schritt) im Verlauf des Dokuments",
			    "Verlauf der Forderungen (2 Schritte) im Verlauf des Dokuments",
			  ],
			  "digest.more": [
			    "… und 0 weitere Dokumente: alle Änderungen im Atom-Feed der Bibliothek und in den Listen, nach Datum sortiert.",
			    "… und ein weiteres Dokument: alle Änderungen im Atom-Feed der Bibliothek und in den Listen, nach Datum sortiert.",
			    "… und 2 weitere Dokumente: alle Änderungen im Atom-Feed der Bibliothek und in den Listen, nach Datum sortiert.",
			  ],
			  "doc.sources": [
			    "Quellen",
			    "Quelle",
			    "Quellen",
			  ],
			  "guide.matrix.follows": [
			    "Kein Land folgt vollständig dem Bundesstandard.",
			    "1 Land folgt vollständig dem Bundesstandard.",
			    "2 Länder folgen vollständig dem Bundesstandard.",
			  ],
			  "harvested.count": [
			    "0 Dokumente",
			    "1 Dokument",
			    "2 Dokumente",
			  ],
			  "home.kind.guides": [
			    "Umsetzungsleitfäden",
			    "Umsetzungsleitfaden",
			    "Umsetzungsleitfäden",
			  ],
			  "home.kind.lessons": [
			    "Erfahrungsberichte",
			    "Erfahrungsbericht",
			    "Erfahrungsberichte",
			  ],
			  "home.kind.positions": [
			    "Positionspapiere",
			    "Positionspapier",
			    "Positionspapiere",
			  ],
			  "hub.all": [
			    "Keine Einträge",
			    "1 Eintrag anzeigen",
			    "Alle 2 anzeigen",
			  ],
			  "hub.count": [
			    "keine Dokumente",
			    "1 Dokument",
			    "2 Dokumente",
			  ],
			  "hub.more": [
			    "keine weiteren Dokumente",
			    "und 1 weiteres Dokument",
			    "und 2 weitere Dokumente",
			  ],
			  "list.count": [
			    "Keine Dokumente",
			    "1 Dokument",
			    "2 Dokumente",
			  ],
			  "position.cosignatories.all": [
			    "Bisher keine mitzeichnenden Stellen",
			    "Die mitzeichnende Stelle mit Datum und Beschluss",
			    "Alle 2 mitzeichnenden Stellen mit Datum und Beschluss",
			  ],
			  "position.cosignatories.kommunen": [
			    "keine Kommunen",
			    "1 Kommune",
			    "2 Kommunen",
			  ],
			  "position.cosignatories.laender": [
			    "keinem Land",
			    "einem Land",
			    "2 Ländern",
			  ],
			  "position.cosignatories.total": [
			    "Bisher keine Mitzeichnungen",
			    "1 mitzeichnende Stelle",
			    "2 mitzeichnende Stellen",
			  ],
			  "search.filters.selected": [
			    "0 gewählt",
			    "1 gewählt",
			    "2 gewählt",
			  ],
			  "search.status.all": [
			    "0 Dokumente in der Bibliothek",
			    "1 Dokument in der Bibliothek",
			    "2 Dokumente in der Bibliothek",
			  ],
			  "search.status.browse": [
			    "0 Dokumente mit den gewählten Filtern",
			    "1 Dokument mit den gewählten Filtern",
			    "2 Dokumente mit den gewählten Filtern",
			  ],
			  "search.status.query": [
			    "0 Treffer für „Kita“",
			    "1 Treffer für „Kita“",
			    "2 Treffer für „Kita“",
			  ],
			  "search.unknown": [
			    "Diese Filter aus der Adresse kennt die Suche nicht, kein Dokument hat sie: {values}.",
			    "Diesen Filter aus der Adresse kennt die Suche nicht, kein Dokument hat ihn: {values}.",
			    "Diese Filter aus der Adresse kennt die Suche nicht, kein Dokument hat sie: {values}.",
			  ],
			  "search.unknown.remove": [
			    "Unbekannte Filter entfernen",
			    "Unbekannten Filter entfernen",
			    "Unbekannte Filter entfernen",
			  ],
			  "tracker.demands": [
			    "0 Forderungen",
			    "1 Forderung",
			    "2 Forderungen",
			  ],
			  "tracker.openFor": [
			    "seit heute offen",
			    "seit 1 Tag offen",
			    "seit 2 Tagen offen",
			  ],
			  "tracker.total": [
			    "0 Forderungen in allen Papieren.",
			    "1 Forderung in allen Papieren.",
			    "2 Forderungen in allen Papieren.",
			  ],
			}
		`);
	});

	it('read right for 0, 1 and 2 in English', () => {
		expect(rendered('en')).toMatchInlineSnapshot(`
			{
			  "calendar.review": [
			    "Last reviewed on {date}; the guide is reviewed every 0 months.",
			    "Last reviewed on {date}; the guide is reviewed every month.",
			    "Last reviewed on {date}; the guide is reviewed every 2 months.",
			  ],
			  "changes.more": [
			    "0 older major changes are listed in the history.",
			    "1 older major change is listed in the history.",
			    "2 older major changes are listed in the history.",
			  ],
			  "consultation.left": [
			    "last day today",
			    "1 day left",
			    "2 days left",
			  ],
			  "demand.history.link": [
			    "History of the demands (0 steps) on the document’s history page",
			    "History of the demands (1 step) on the document’s history page",
			    "History of the demands (2 steps) on the document’s history page",
			  ],
			  "digest.more": [
			    "… and 0 more documents: every change is in the library's Atom feed and in the lists, sorted by date.",
			    "… and one more document: every change is in the library's Atom feed and in the lists, sorted by date.",
			    "… and 2 more documents: every change is in the library's Atom feed and in the lists, sorted by date.",
			  ],
			  "doc.sources": [
			    "Sources",
			    "Source",
			    "Sources",
			  ],
			  "guide.matrix.follows": [
			    "No state follows the federal baseline entirely.",
			    "1 state follows the federal baseline entirely.",
			    "2 states follow the federal baseline entirely.",
			  ],
			  "harvested.count": [
			    "0 documents",
			    "1 document",
			    "2 documents",
			  ],
			  "home.kind.guides": [
			    "Implementation guides",
			    "Implementation guide",
			    "Implementation guides",
			  ],
			  "home.kind.lessons": [
			    "Lessons learned",
			    "Lesson learned",
			    "Lessons learned",
			  ],
			  "home.kind.positions": [
			    "Position papers",
			    "Position paper",
			    "Position papers",
			  ],
			  "hub.all": [
			    "No entries",
			    "Show 1 entry",
			    "Show all 2",
			  ],
			  "hub.count": [
			    "no documents",
			    "1 document",
			    "2 documents",
			  ],
			  "hub.more": [
			    "no more documents",
			    "and 1 more document",
			    "and 2 more documents",
			  ],
			  "list.count": [
			    "No documents",
			    "1 document",
			    "2 documents",
			  ],
			  "position.cosignatories.all": [
			    "No co-signatories yet",
			    "The co-signatory with date and decision",
			    "All 2 co-signatories with dates and decisions",
			  ],
			  "position.cosignatories.kommunen": [
			    "no municipalities",
			    "1 municipality",
			    "2 municipalities",
			  ],
			  "position.cosignatories.laender": [
			    "no state",
			    "1 state",
			    "2 states",
			  ],
			  "position.cosignatories.total": [
			    "No co-signatures yet",
			    "1 co-signatory",
			    "2 co-signatories",
			  ],
			  "search.filters.selected": [
			    "0 chosen",
			    "1 chosen",
			    "2 chosen",
			  ],
			  "search.status.all": [
			    "0 documents in the library",
			    "1 document in the library",
			    "2 documents in the library",
			  ],
			  "search.status.browse": [
			    "0 documents with the chosen filters",
			    "1 document with the chosen filters",
			    "2 documents with the chosen filters",
			  ],
			  "search.status.query": [
			    "0 results for “Kita”",
			    "1 result for “Kita”",
			    "2 results for “Kita”",
			  ],
			  "search.unknown": [
			    "The search does not know these filters from the address; no document has them: {values}.",
			    "The search does not know this filter from the address; no document has it: {values}.",
			    "The search does not know these filters from the address; no document has them: {values}.",
			  ],
			  "search.unknown.remove": [
			    "Remove the unknown filters",
			    "Remove the unknown filter",
			    "Remove the unknown filters",
			  ],
			  "tracker.demands": [
			    "0 demands",
			    "1 demand",
			    "2 demands",
			  ],
			  "tracker.openFor": [
			    "open since today",
			    "open for 1 day",
			    "open for 2 days",
			  ],
			  "tracker.total": [
			    "0 demands in all papers.",
			    "1 demand in all papers.",
			    "2 demands in all papers.",
			  ],
			}
		`);
	});

	it('format the count for readers', () => {
		expect(t('de')('list.count', { count: 11004 })).toBe('11.004 Dokumente');
		expect(t('en')('list.count', { count: 11004 })).toBe('11,004 documents');
	});

	it('make the co-signatory headline', () => {
		const summary = (lang: 'de' | 'en', total: number, kommunen: number, kommunenLaender: number) =>
			cosignatorySummary(t(lang), { groups: [], total, kommunen, kommunenLaender });
		expect([summary('de', 1, 0, 0), summary('de', 1, 1, 1), summary('de', 3, 2, 2)]).toEqual([
			'1 mitzeichnende Stelle',
			'1 mitzeichnende Stelle, davon 1 Kommune in einem Land',
			'3 mitzeichnende Stellen, davon 2 Kommunen in 2 Ländern',
		]);
		expect([summary('en', 1, 0, 0), summary('en', 1, 1, 1), summary('en', 3, 2, 2)]).toEqual([
			'1 co-signatory',
			'1 co-signatory, of which 1 municipality in 1 state',
			'3 co-signatories, of which 2 municipalities in 2 states',
		]);
	});
});
