/**
 * The query set for German compounds and abbreviations: what a reader types,
 * and a document that must come back although it does not contain the typed
 * word on its own. Most entries are chosen so that Pagefind alone (which
 * matches word beginnings) misses the document — the compound has the typed
 * word at its end, or the document only uses the other form of a glossary
 * term. Entries marked `plain` are found without help too; they pin the
 * examples of the issue.
 */
import type { UiLanguage } from '../../src/i18n/languages.ts';

export interface RecallQuery {
	lang: UiLanguage;
	query: string;
	/** Id of a document that must be among the results. */
	expected: string;
	/** The word in the document that should match. */
	via: string;
	/** Found without compound splitting or the glossary as well. */
	plain?: true;
}

/** Queries on the search page of one language. */
const queriesIn =
	(lang: UiLanguage) =>
	(query: string, expected: string, via: string, plain?: true): RecallQuery => ({
		lang,
		query,
		expected,
		via,
		...(plain ? { plain } : {}),
	});
const de = queriesIn('de');
const en = queriesIn('en');

export const COMPOUND_QUERIES: RecallQuery[] = [
	de('Planung', 'altschulden-aktionsbuendnis-2023', 'Wärmeplanung'),
	de('Planung', 'ulm-mobiles-arbeiten-stadtverwaltung', 'Notfallplanung'),
	de('Planung', 'helfer-shuttle-ahrtal', 'Katastrophenschutzplanung'),
	de('Steuer', 'grundsteuerreform-umsetzung', 'Grundsteuer', true),
	de('Steuer', 'waermeplanung-finanzierung-2026', 'Umsatzsteuer'),
	de('Gesetz', 'ganztagsanspruch-grundschule', 'Kinderbildungsgesetz'),
	de('Gesetz', 'sirenennetz-foerderung-2026', 'Katastrophenhilfegesetz'),
	de('Kosten', 'ganztag-rechtsanspruch-2022', 'Baukosten'),
	de('Kosten', 'waermeplanung-finanzierung-2026', 'Personalkosten'),
	de('Netze', 'kommunale-waermeplanung', 'Wärmenetze'),
	de('Schutz', 'ahrweiler-warnung-flutnacht-2021', 'Bevölkerungsschutz'),
	de('Schutz', 'kaiserslautern-kultur-livestream', 'Infektionsschutz'),
	de('Versorgung', 'sirenenfoerderprogramm-umsetzung', 'Stromversorgung'),
	de('Verwaltung', 'ahrweiler-warnung-flutnacht-2021', 'Kreisverwaltung'),
	de('Verwaltung', 'berlin-netzwerk-der-waerme', 'Senatsverwaltung'),
	de('Förderung', 'darmstadt-digitales-schaufenster', 'Wirtschaftsförderung'),
	de('Zugang', 'kaiserslautern-kultur-livestream', 'Internetzugang'),
	de('Träger', 'deutschlandticket-umsetzung', 'Aufgabenträger'),
	de('Anteil', 'deutschlandticket-umsetzung', 'Bundesanteil'),
	de('Digitalisierung', 'nrw-wiederaufbauhilfe-onlineportal', 'Verwaltungsdigitalisierung'),
	de('Mittel', 'bbk-cell-broadcast-warntag', 'Warnmittel'),
	de('Portal', 'kindergrundsicherung-2023', 'Jugendhilfeportal'),
	de('Portal', 'mecklenburg-vorpommern-luca-app', 'Müritzportal'),
	de('Wohnungen', 'grundsteuerreform-umsetzung', 'Mietwohnungen'),
	de('Ausgleich', 'ozg-weiterentwicklung-2022', 'Finanzausgleich'),
	en('Planung', 'altschulden-aktionsbuendnis-2023', 'Wärmeplanung'),
	en('Steuer', 'waermeplanung-finanzierung-2026', 'Umsatzsteuer'),
];

export const ABBREVIATION_QUERIES: RecallQuery[] = [
	de('OZG', 'ozg-einer-fuer-alle', 'OZG', true),
	de('Onlinezugangsgesetz', 'ozg-weiterentwicklung-2022', 'Onlinezugangsgesetz', true),
	de('EfA', 'augsburg-integreat-app', 'Einer für Alle'),
	de('EfA', 'wohngeld-plus-wohngeldstelle', 'Einer für Alle'),
	de('Einer für Alle', 'ozg-einer-fuer-alle', 'Einer für Alle', true),
	de('IfSG', 'mecklenburg-vorpommern-luca-app', 'Infektionsschutzgesetz'),
	de('Infektionsschutzgesetz', 'mecklenburg-vorpommern-luca-app', 'Infektionsschutzgesetz', true),
	de('GaFöG', 'ganztag-rechtsanspruch-2022', 'Ganztagsförderungsgesetz'),
	de('RegG', 'deutschlandticket-zukunftsperspektive-2023', 'Regionalisierungsgesetz'),
	de('RegG', 'deutschlandticket-oepnv-finanzierung-2024', 'Regionalisierungsgesetz'),
	de('Personennahverkehr', 'deutschlandticket-aufrechterhaltung-2023', 'ÖPNV'),
	de('Katastrophenhilfegesetz', 'sirenenfoerderprogramm-umsetzung', 'ZSKG'),
	en('EfA', 'augsburg-integreat-app', 'Einer für Alle'),
];
