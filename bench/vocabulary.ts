/**
 * Real German administrative vocabulary for the synthetic corpus: bodies,
 * objects, verbs and phrases of Kommune, Land and Bund, including the long
 * compounds that make German pages wide and search indexes large. Phrases are
 * declined already, so that sentences built from them read plausibly.
 */

/** Subjects in the nominative singular, capitalized as at a sentence start. */
export const SUBJECTS = [
	'Die Kreisverwaltung', 'Der Gemeinderat', 'Das Ordnungsamt', 'Die Kämmerei', 'Der Landkreistag',
	'Die Bauaufsichtsbehörde', 'Das Landesverwaltungsamt', 'Die Stadtverwaltung', 'Der Zweckverband Abwasserbeseitigung',
	'Die Katastrophenschutzbehörde', 'Der Hauptausschuss', 'Die Wohngeldstelle', 'Das Jugendamt', 'Die Ausländerbehörde',
	'Das Gesundheitsamt', 'Der Kreistag', 'Die Landesregierung', 'Die Gemeindeprüfungsanstalt', 'Der Bürgermeister',
	'Die Oberbürgermeisterin', 'Das Rechnungsprüfungsamt', 'Die zentrale Vergabestelle', 'Der Eigenbetrieb Abfallwirtschaft',
	'Die Freiwillige Feuerwehr', 'Das Standesamt', 'Die Schulverwaltung', 'Der Krisenstab', 'Die Digitalisierungsbeauftragte',
	'Das Landratsamt', 'Die Straßenverkehrsbehörde', 'Die untere Naturschutzbehörde', 'Das Finanzamt', 'Die Kommunalaufsicht',
	'Der Personalrat', 'Die Bezirksregierung', 'Das Regierungspräsidium', 'Der Städte- und Gemeindebund', 'Die Verbandsgemeinde',
	'Das Amt für Bevölkerungsschutz', 'Die Integrationsbeauftragte', 'Der Kreisbrandmeister', 'Die Stabsstelle Klimaschutz',
	'Das Sozialamt', 'Die Gleichstellungsbeauftragte', 'Der Fachbereich Bauen und Umwelt', 'Die Bürgerservicestelle',
	'Das kommunale Rechenzentrum', 'Die Wirtschaftsförderungsgesellschaft', 'Der Landesbetrieb Straßenbau', 'Die Breitbandkoordinierungsstelle',
] as const;

/** Transitive verbs: third person singular present and infinitive. */
export const VERBS: readonly (readonly [string, string])[] = [
	['prüft', 'prüfen'], ['beschließt', 'beschließen'], ['finanziert', 'finanzieren'], ['koordiniert', 'koordinieren'],
	['dokumentiert', 'dokumentieren'], ['beantragt', 'beantragen'], ['überarbeitet', 'überarbeiten'], ['veröffentlicht', 'veröffentlichen'],
	['bewertet', 'bewerten'], ['digitalisiert', 'digitalisieren'], ['vereinfacht', 'vereinfachen'], ['begleitet', 'begleiten'],
	['unterstützt', 'unterstützen'], ['organisiert', 'organisieren'], ['erstellt', 'erstellen'], ['verabschiedet', 'verabschieden'],
	['evaluiert', 'evaluieren'], ['übernimmt', 'übernehmen'], ['bündelt', 'bündeln'], ['modernisiert', 'modernisieren'],
	['überwacht', 'überwachen'], ['vergibt', 'vergeben'], ['erhebt', 'erheben'], ['priorisiert', 'priorisieren'],
	['ermittelt', 'ermitteln'], ['aktualisiert', 'aktualisieren'], ['beauftragt', 'beauftragen'], ['sichert', 'sichern'],
];

/** Objects in the accusative singular or plural, lower case. */
export const OBJECTS = [
	'die Haushaltssatzung', 'den Förderantrag', 'das Vergabeverfahren', 'die Digitalisierungsstrategie', 'den Katastrophenschutzplan',
	'die Hebesatzsatzung', 'den kommunalen Wärmeplan', 'die Kindertagesstättenbedarfsplanung', 'die Umsetzung des Onlinezugangsgesetzes',
	'die Gefährdungsbeurteilung', 'den Stellenplan', 'die Wohngeldanträge', 'die Verwaltungsvorschrift', 'den Nahverkehrsplan',
	'die Sirenenstandorte', 'das Alarmierungskonzept', 'die Schulentwicklungsplanung', 'den Investitionsrückstand', 'die Ganztagsbetreuung',
	'die Unterbringungskapazitäten', 'den Kassenkreditbestand', 'die Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung',
	'das Personalentwicklungskonzept', 'die Leistungsbeschreibung', 'den Zuwendungsbescheid', 'die Bauleitplanung', 'das Breitbandausbauprogramm',
	'die Abwasserbeseitigungssatzung', 'den Rettungsdienstbedarfsplan', 'die Straßenausbaubeiträge', 'die elektronische Akte', 'das Bürgerportal',
	'die Kostenerstattung', 'den Verwaltungsvollzug', 'die Feuerwehrbedarfsplanung', 'den Finanzausgleich', 'die Erstaufnahmeeinrichtung',
	'die Schlüsselzuweisungen', 'das Hochwasserschutzkonzept', 'die Starkregengefahrenkarte', 'den Verwendungsnachweis', 'die Ausschreibungsunterlagen',
	'die Barrierefreiheitsanforderungen', 'das Wärmenetzausbauprogramm', 'die Kommunalabgabensatzung', 'die interkommunale Zusammenarbeit',
	'den Bevölkerungsschutzbedarfsplan', 'die Netzersatzanlagen', 'das Notfallvorsorgekonzept', 'die Eingliederungshilfeleistungen',
	'die Rindfleischetikettierungsüberwachungsaufgabenübertragung', 'das Gemeindefinanzierungsgesetz', 'die Schulbegleitungsvereinbarung',
] as const;

/** Adverbial phrases, lower case, usable after the object. */
export const ADVERBIALS = [
	'im laufenden Haushaltsjahr', 'gemeinsam mit den kreisangehörigen Gemeinden', 'nach Maßgabe des Landesrechts',
	'bis zum Ende der Förderperiode', 'in enger Abstimmung mit der Kommunalaufsicht', 'auf Grundlage der Verwaltungsvereinbarung',
	'im Rahmen der interkommunalen Zusammenarbeit', 'ohne zusätzliche Landesmittel', 'mit Unterstützung des Landesamts für Statistik',
	'seit Inkrafttreten des Gesetzes', 'trotz des anhaltenden Fachkräftemangels', 'für alle kreisangehörigen Kommunen',
	'innerhalb der gesetzlichen Frist', 'im Benehmen mit dem Personalrat', 'nach Beschluss des Hauptausschusses',
	'auf Anforderung der Bezirksregierung', 'im Wege der Amtshilfe', 'unter Beteiligung der Öffentlichkeit',
	'nach dem Konnexitätsprinzip', 'im Einvernehmen mit dem Kreistag', 'vor Beginn der Heizperiode', 'während der Lagebewältigung',
	'über die Pauschalförderung', 'nach den Vorgaben der Landeshaushaltsordnung', 'mit den vorhandenen Personalressourcen',
	'in der mittelfristigen Finanzplanung', 'im Rahmen eines Modellvorhabens', 'nach Abschluss der Bedarfsermittlung',
] as const;

/** Short qualifiers that open a sentence. */
export const OPENERS = [
	'Nach Angaben des Statistischen Landesamts', 'Aus Sicht der kommunalen Spitzenverbände', 'Nach den Erfahrungen der Praxis',
	'Unabhängig von der Größe der Gemeinde', 'Anders als in den Vorjahren', 'Bereits im Anhörungsverfahren',
	'Mit Blick auf die Konnexität', 'In den meisten Flächenländern', 'Nach der Rechtsprechung der Verwaltungsgerichte',
	'Seit der Gemeindegebietsreform', 'Im Vergleich der Länder', 'Angesichts steigender Fallzahlen',
] as const;

/** Heads for titles and headings, nominative. */
export const TITLE_HEADS = [
	'Kommunale Wärmeplanung', 'Altschuldenlösung', 'Grundsteuerreform', 'Ganztagsanspruch in der Grundschule', 'Deutschlandticket',
	'Onlinezugangsgesetz', 'Sirenenförderung', 'Wohngeld Plus', 'Starkregenvorsorge', 'Krankenhausreform', 'Unterbringung Geflüchteter',
	'Kommunaler Finanzausgleich', 'Katastrophenschutz', 'Schulsozialarbeit', 'Breitbandausbau', 'Verwaltungsdigitalisierung',
	'Klimaanpassungsstrategie', 'Rettungsdienst', 'Kindertagesbetreuung', 'Personalgewinnung im öffentlichen Dienst',
	'Bürokratieentlastung', 'Vergaberechtsvereinfachung', 'Innenstadtentwicklung', 'Energiepreisbremse', 'Eingliederungshilfe',
	'Hochwasserschutz', 'Gemeindefinanzen', 'Barrierefreiheit', 'ÖPNV-Finanzierung', 'Registermodernisierung',
] as const;

/** Infinitive phrases for titles: what a paper asks or a guide explains. */
export const TITLE_ACTIONS = [
	'Finanzierung dauerhaft sichern', 'Aufgaben klar zuordnen', 'Fristen realistisch setzen', 'Standards entschlacken',
	'Kommunen auskömmlich ausstatten', 'Verfahren vollständig digitalisieren', 'Konnexität wahren', 'Planungssicherheit schaffen',
	'Förderprogramme bündeln', 'Personal gewinnen und halten', 'Zuständigkeiten entflechten', 'Erfahrungen der Länder nutzen',
	'Vollzug vereinfachen', 'Investitionen beschleunigen', 'Warnung verlässlich machen', 'Daten einmal erheben',
] as const;

/** Section headings per document kind, in a sensible order. */
export const HEADINGS = {
	positions: ['Ausgangslage', 'Unsere Position', 'Forderungen im Einzelnen', 'Finanzierung', 'Rechtlicher Rahmen', 'Ausblick'],
	lessons: ['Ausgangslage', 'Maßnahme', 'Ergebnis', 'Was wir anders machen würden', 'Übertragbarkeit', 'Kosten und Aufwand'],
	guides: ['Worum es geht', 'Schritte für die Kommune', 'Zuständigkeiten', 'Fristen und Förderung', 'Stolpersteine', 'Abweichungen in den Ländern'],
} as const;

/** Bodies that decide, for adoption and co-signature decisions. */
export const DECIDING_BODIES = ['Präsidium', 'Hauptausschuss', 'Gemeinderat', 'Stadtrat', 'Kreistag', 'Verbandsversammlung', 'Vorstand'] as const;

/** Functional roles for lesson contacts: display name and mailbox local part. */
export const CONTACT_ROLES: readonly (readonly [string, string])[] = [
	['Referat Digitalisierung', 'digital'], ['Stabsstelle Krisenmanagement', 'krisenstab'], ['Amt für Brand- und Katastrophenschutz', 'katastrophenschutz'],
	['Sozialamt, Abteilung Unterbringung', 'unterbringung'], ['Fachbereich Finanzen', 'finanzen'], ['Gesundheitsamt, Infektionsschutz', 'infektionsschutz'],
	['Ordnungsamt', 'ordnungsamt'], ['Klimaschutzmanagement', 'klimaschutz'], ['Kulturamt', 'kultur'], ['Wirtschaftsförderung', 'wirtschaft'],
];

/** Authorities for Länder matrix rows. */
export const AUTHORITIES = [
	'Landratsamt', 'Bezirksregierung', 'Regierungspräsidium', 'Landesverwaltungsamt', 'Landesamt für Soziales', 'Kreisverwaltung',
	'Gemeinde (Bürgerbüro)', 'Landesamt für Steuern', 'Senatsverwaltung', 'Amt (amtsangehörige Gemeinden)',
] as const;

/** Web sites that sources point to. */
export const SOURCE_SITES = [
	'www.gesetze-im-internet.de', 'www.bundesrat.de', 'dserver.bundestag.de', 'www.destatis.de', 'www.dstgb.de', 'www.staedtetag.de',
	'www.landkreistag.de', 'www.bmi.bund.de', 'www.kgst.de', 'www.it-planungsrat.de', 'www.bbk.bund.de', 'www.difu.de',
] as const;

/** Kinds of public source, as their titles begin. */
export const SOURCE_TYPES = [
	'Stellungnahme', 'Pressemitteilung', 'Gesetzentwurf der Bundesregierung', 'Beschlussempfehlung des Ausschusses', 'Drucksache des Bundesrates',
	'Rundschreiben', 'Arbeitshilfe', 'Umfrage unter den Mitgliedern', 'Statistischer Bericht', 'Verwaltungsvorschrift',
] as const;
