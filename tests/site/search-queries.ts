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

/** What kind of reader's habit a judged query stands for. */
export type QueryKind =
	| 'issue'
	| 'compound'
	| 'synonym'
	| 'legal'
	| 'question'
	| 'abbreviation'
	| 'inflection'
	| 'umlaut'
	| 'typo'
	| 'place'
	| 'english';

/**
 * A query with its relevance judged by reading the documents in `content/`:
 * the documents that answer it, and those of them that may come first (all
 * relevant ones unless `first` says otherwise — e.g. the version in force
 * where older versions are relevant too).
 */
export interface JudgedQuery {
	lang: UiLanguage;
	query: string;
	kind: QueryKind;
	relevant: readonly string[];
	first?: readonly string[];
}

const judged =
	(lang: UiLanguage) =>
	(kind: QueryKind, query: string, relevant: readonly string[], first?: readonly string[]): JudgedQuery => ({
		lang,
		query,
		kind,
		relevant,
		...(first ? { first } : {}),
	});
const j = judged('de');
const je = judged('en');

// Groups of documents that answer the same questions, judged from their text.
const TICKET_PAPERS = [
	'deutschlandticket-oepnv-finanzierung-2024',
	'deutschlandticket-aufrechterhaltung-2023',
	'deutschlandticket-zukunftsperspektive-2023',
];
const TICKET = [...TICKET_PAPERS, 'deutschlandticket-umsetzung'];
/** The paper in force; the two 2023 papers are superseded by it. */
const TICKET_IN_FORCE = ['deutschlandticket-oepnv-finanzierung-2024'];
const HEAT = ['kommunale-waermeplanung', 'waermeplanung-finanzierung-2026'];
const SIRENS = ['sirenenfoerderprogramm-umsetzung', 'sirenennetz-foerderung-2026'];
const WARNING = ['ahrweiler-warnung-flutnacht-2021', 'bbk-cell-broadcast-warntag', ...SIRENS];
const FLOOD_WARNING = ['ahrweiler-warnung-flutnacht-2021', 'bbk-cell-broadcast-warntag'];
const ALL_DAY = ['ganztagsanspruch-grundschule', 'ganztag-rechtsanspruch-2022'];
const REFUGEES = ['berlin-lageso-registrierung-2015', 'muenchen-hauptbahnhof-ankunft-2015', 'augsburg-integreat-app'];
const OZG = ['ozg-einer-fuer-alle', 'ozg-weiterentwicklung-2022'];
const DAY_CARE = ['hannover-energy-saving-municipal-buildings', ...ALL_DAY];
const GG = [
	'altschulden-aktionsbuendnis-2023',
	'grundsteuerreform-umsetzung',
	'ozg-einer-fuer-alle',
	'kommunale-waermeplanung',
	'ganztagsanspruch-grundschule',
];
const CIVIL_PROTECTION = [
	'ahrweiler-warnung-flutnacht-2021',
	'bbk-cell-broadcast-warntag',
	'helfer-shuttle-ahrtal',
	...SIRENS,
];

/**
 * The measured query set: what officials type, in every habit the issue
 * names, each judged against the documents. `search.test.ts` measures it
 * through the search page's own query handling and beside it stock Pagefind.
 * Queries the documents cannot answer are left out (no document cites
 * `KdU` or "§ 28 SGB II"; none says "Schlüsselzuweisung").
 */
export const JUDGED_QUERIES: JudgedQuery[] = [
	// Named in the issue.
	j('issue', 'Deutschlandticket', TICKET, TICKET_IN_FORCE),
	j('issue', 'Warnsystem', WARNING),
	j('issue', 'Nachmittagsbetreuung', ALL_DAY),
	j('issue', 'Energiesparen', ['hannover-energy-saving-municipal-buildings', 'berlin-netzwerk-der-waerme']),
	j('issue', 'Kita', DAY_CARE),
	j('issue', 'Kindertagesstätte', DAY_CARE),
	// The sirens paper names the Landkreistag Baden-Württemberg, not the Deutscher Landkreistag (DLT).
	j('issue', 'DLT', ['kindergrundsicherung-2023', 'waermeplanung-finanzierung-2026']),
	j('issue', 'GG', GG),
	j('issue', 'MPK', ['deutschlandticket-zukunftsperspektive-2023', 'deutschlandticket-aufrechterhaltung-2023']),
	j('issue', 'wie finanzieren Kommunen die Wärmeplanung', HEAT),
	j('issue', 'wer hat das Deutschlandticket gefordert', TICKET_PAPERS, TICKET_IN_FORCE),
	je('issue', 'refugees', REFUGEES),
	je('issue', 'property tax', ['grundsteuerreform-umsetzung']),
	je('issue', 'siren funding', SIRENS),
	je('issue', 'heat planning', HEAT),
	je('issue', 'flood warning', FLOOD_WARNING),
	je('issue', 'online access act', OZG),

	// Compounds the pages do not contain, whose parts they do.
	j('compound', 'Wärmeplanungspflicht', HEAT),
	j('compound', 'Sirenenausbau', SIRENS),
	j('compound', 'Ganztagsfinanzierung', ALL_DAY),
	j('compound', 'Grundsteuerhebesatz', ['grundsteuerreform-umsetzung']),
	j('compound', 'Flüchtlingsregistrierung', ['berlin-lageso-registrierung-2015', 'muenchen-hauptbahnhof-ankunft-2015']),
	j('compound', 'Hochwasserwarnung', FLOOD_WARNING),
	j('compound', 'Wohngeldantrag', ['wohngeld-plus-wohngeldstelle']),
	j('compound', 'Katastrophenwarnung', WARNING),
	j('compound', 'Ticketfinanzierung', TICKET, TICKET_IN_FORCE),
	j('compound', 'Hortbetreuung', ALL_DAY),

	// Synonyms and official variants.
	j('synonym', 'Kindertageseinrichtung', DAY_CARE),
	j('synonym', 'Wohngeldamt', ['wohngeld-plus-wohngeldstelle']),
	j('synonym', 'Wohngeldbehörde', ['wohngeld-plus-wohngeldstelle']),
	j('synonym', 'Gesundheitsbehörde', ['mecklenburg-vorpommern-luca-app']),
	j('synonym', 'Flüchtlinge', REFUGEES),
	j('synonym', 'Asylbewerber', REFUGEES),
	j('synonym', 'Nahverkehr', TICKET, TICKET_IN_FORCE),
	j('synonym', '49-Euro-Ticket', TICKET, TICKET_IN_FORCE),
	j('synonym', 'Telearbeit', ['ulm-mobiles-arbeiten-stadtverwaltung']),
	j('synonym', 'Homeoffice', ['ulm-mobiles-arbeiten-stadtverwaltung']),
	j('synonym', 'Kassenkredite', ['altschulden-aktionsbuendnis-2023']),
	j('synonym', 'Schulden', ['altschulden-aktionsbuendnis-2023']),

	// Legal references as letters write them; only what documents cite.
	j('legal', '§ 24 SGB VIII', ALL_DAY),
	j('legal', '§24 Abs. 4 SGB VIII', ALL_DAY),
	j('legal', 'SGB VIII § 24', ALL_DAY),
	j('legal', 'Art. 72 GG', ['grundsteuerreform-umsetzung']),
	j('legal', 'Artikel 72 Grundgesetz', ['grundsteuerreform-umsetzung']),
	j('legal', '§ 25 WPG', HEAT),
	j('legal', '§25 Wärmeplanungsgesetz', HEAT),
	j('legal', '§ 9 RegG', ['deutschlandticket-umsetzung']),
	j('legal', '§6 ZSKG', SIRENS),
	j('legal', '§ 43 WoGG', ['wohngeld-plus-wohngeldstelle']),
	j('legal', 'Art. 91c GG', ['ozg-einer-fuer-alle']),
	j('legal', '§ 28a IfSG', ['mecklenburg-vorpommern-luca-app']),
	j('legal', 'Art. 104c GG', ['ganztagsanspruch-grundschule']),

	// Whole questions.
	j('question', 'was müssen Gemeinden bei der Grundsteuer tun', ['grundsteuerreform-umsetzung']),
	j('question', 'wie warnt man die Bevölkerung vor Hochwasser', FLOOD_WARNING),
	j('question', 'wer bezahlt die Sirenen', SIRENS),
	j('question', 'welche Fristen gelten für die Wärmeplanung', HEAT),
	j('question', 'was bedeutet Einer für Alle', ['ozg-einer-fuer-alle']),
	j('question', 'wie beantragt man die Wiederaufbauhilfe', ['nrw-wiederaufbauhilfe-onlineportal']),
	j('question', 'was fordert der Landkreistag zur Kindergrundsicherung', ['kindergrundsicherung-2023']),
	j('question', 'wie wurden Geflüchtete 2015 registriert', [
		'berlin-lageso-registrierung-2015',
		'muenchen-hauptbahnhof-ankunft-2015',
	]),
	je('question', 'how do municipalities fund heat planning', HEAT),

	// Abbreviations.
	j('abbreviation', 'SGB', ALL_DAY),
	j('abbreviation', 'MoWaS', ['sirenenfoerderprogramm-umsetzung', 'bbk-cell-broadcast-warntag']),
	j('abbreviation', 'GEG', ['kommunale-waermeplanung']),
	j('abbreviation', 'Gebäudeenergiegesetz', ['kommunale-waermeplanung']),
	j('abbreviation', 'LAGeSo', ['berlin-lageso-registrierung-2015']),
	j('abbreviation', 'Landkreistag', [
		'kindergrundsicherung-2023',
		'sirenennetz-foerderung-2026',
		'waermeplanung-finanzierung-2026',
	]),
	j('abbreviation', 'OZG', OZG),
	j('abbreviation', 'öffentlicher Personennahverkehr', TICKET, TICKET_IN_FORCE),

	// Inflections.
	j('inflection', 'Sirenen', SIRENS),
	j('inflection', 'Wärmepläne', HEAT),
	j('inflection', 'Geflüchteten', REFUGEES),
	j('inflection', 'Hebesätze', ['grundsteuerreform-umsetzung']),
	j('inflection', 'Deutschlandtickets', TICKET, TICKET_IN_FORCE),
	j('inflection', 'Warntages', ['bbk-cell-broadcast-warntag']),

	// Without umlauts, as a keyboard without them writes.
	j('umlaut', 'Waermeplanung', HEAT),
	j('umlaut', 'Gefluechtete', REFUGEES),
	j('umlaut', 'Foerderprogramm Sirenen', SIRENS),
	j('umlaut', 'Muenchen', ['muenchen-hauptbahnhof-ankunft-2015']),
	j('umlaut', 'Gesundheitsaemter', ['mecklenburg-vorpommern-luca-app']),

	// Typos.
	j('typo', 'Deutschlandtiket', TICKET, TICKET_IN_FORCE),
	j('typo', 'Grundsteur', ['grundsteuerreform-umsetzung']),
	j('typo', 'Wärmeplannung', HEAT),
	j('typo', 'Kindergrundsicherug', ['kindergrundsicherung-2023']),

	// Places.
	j('place', 'Ahrweiler', ['ahrweiler-warnung-flutnacht-2021', 'helfer-shuttle-ahrtal']),
	j('place', 'Augsburg', ['augsburg-integreat-app']),
	j('place', 'Ulm', ['ulm-mobiles-arbeiten-stadtverwaltung']),
	j('place', 'Kaiserslautern', ['kaiserslautern-kultur-livestream']),
	j('place', 'Darmstadt', ['darmstadt-digitales-schaufenster']),
	j('place', 'Hannover', ['hannover-energy-saving-municipal-buildings']),
	j('place', 'Ahrtal', ['ahrweiler-warnung-flutnacht-2021', 'helfer-shuttle-ahrtal']),
	j('place', 'Berlin Wärme', ['berlin-netzwerk-der-waerme']),

	// English on the English search page.
	je('english', 'Deutschlandticket', TICKET, TICKET_IN_FORCE),
	je('english', 'housing benefit', ['wohngeld-plus-wohngeldstelle']),
	je('english', 'all-day care', ALL_DAY),
	je('english', 'energy crisis', ['berlin-netzwerk-der-waerme', 'hannover-energy-saving-municipal-buildings']),
	je('english', 'civil protection', CIVIL_PROTECTION),
	je('english', 'day care', DAY_CARE),
	je('english', 'legacy debt', ['altschulden-aktionsbuendnis-2023']),
	je('english', 'mobile working', ['ulm-mobiles-arbeiten-stadtverwaltung']),
	je('english', 'energy saving', ['hannover-energy-saving-municipal-buildings', 'berlin-netzwerk-der-waerme']),
	je('english', 'public transport', TICKET, TICKET_IN_FORCE),
	je('english', 'Online Access Act', OZG),
];
