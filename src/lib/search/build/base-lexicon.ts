/**
 * The words the decompounder knows before it has read the library: frequent
 * parts of compounds in German administrative language, and function words
 * that must never count as a part. The library's own words are added at build
 * time (see `buildLexicon`), so this list only needs what a library might
 * use solely inside compounds — "Unterbringung" in "Flüchtlingsunterbringung".
 */

/** Parts of compounds, lower case. Three-letter parts are only taken from here. */
export const BASE_PARTS: readonly string[] = [
	// short heads and modifiers, too short to trust from the corpus
	'amt', 'bau', 'gas', 'rat', 'tag', 'weg', 'rad', 'see', 'zug', 'not', 'arzt',
	// administration and law
	'abgabe', 'amt', 'antrag', 'aufgabe', 'aufsicht', 'ausgleich', 'auskunft', 'ausschuss', 'behörde', 'beitrag',
	'bericht', 'bescheid', 'beschluss', 'betrieb', 'bezirk', 'bürger', 'dienst', 'einrichtung', 'entwicklung', 'erlass',
	'fonds', 'frist', 'gebühr', 'gemeinde', 'gericht', 'gesetz', 'grundlage', 'haushalt', 'kammer', 'kommune',
	'konzept', 'kreis', 'land', 'leistung', 'leitung', 'mittel', 'modell', 'norm', 'ordnung', 'pflicht',
	'plan', 'planung', 'portal', 'programm', 'prüfung', 'recht', 'reform', 'regel', 'regelung', 'satzung',
	'stelle', 'steuer', 'strategie', 'umsetzung', 'verband', 'verfahren', 'verordnung', 'vertrag', 'verwaltung', 'vorgabe',
	'wert', 'zahl', 'zuständigkeit', 'zuweisung', 'zweck', 'bund', 'stadt', 'staat', 'länder', 'gremium',
	// money
	'anteil', 'ausgabe', 'betrag', 'budget', 'einnahme', 'finanz', 'finanzierung', 'förderung', 'geld', 'hilfe',
	'kosten', 'kredit', 'messzahl', 'miete', 'preis', 'schuld', 'schulden', 'zuschuss', 'umlage', 'pauschale',
	// people and places
	'anbieter', 'arbeit', 'bevölkerung', 'einwohner', 'familie', 'flüchtling', 'gast', 'haus', 'halle', 'heim',
	'helfer', 'jugend', 'kind', 'kinder', 'mensch', 'nutzer', 'person', 'raum', 'schule', 'schüler',
	'unternehmen', 'verein', 'wohnung', 'zentrum', 'zentrale', 'gebäude', 'netz', 'standort', 'region', 'ort',
	// tasks and services
	'anmeldung', 'aufnahme', 'ausbau', 'ausstattung', 'beratung', 'betreuung', 'bildung', 'einsatz', 'erfassung', 'information',
	'integration', 'kontrolle', 'lage', 'management', 'meldung', 'nachweis', 'nutzung', 'registrierung', 'schutz', 'sicherheit',
	'sicherung', 'steuerung', 'system', 'technik', 'unterbringung', 'unterstützung', 'verkehr', 'versorgung', 'verteilung', 'warnung',
	'wartung', 'zugang', 'zulassung', 'vergabe', 'beschaffung', 'digitalisierung', 'anwendung', 'dokumentation', 'koordination', 'kommunikation',
	// topics of the library
	'energie', 'wärme', 'strom', 'klima', 'wasser', 'hochwasser', 'katastrophe', 'krise', 'infektion', 'pandemie',
	'gesundheit', 'sirene', 'ticket', 'ganztag', 'grund', 'boden', 'wohn', 'online', 'daten', 'kultur',
];

/** Function words that are never a part, however often the library uses them. */
export const STOPWORDS: readonly string[] = [
	'aber', 'alle', 'allem', 'allen', 'aller', 'alles', 'also', 'auch', 'beim', 'bereits', 'damit', 'dann', 'darf',
	'dass', 'dazu', 'denn', 'dessen', 'diese', 'diesem', 'diesen', 'dieser', 'dieses', 'doch', 'dort', 'durch', 'eine',
	'einem', 'einen', 'einer', 'eines', 'etwa', 'gegen', 'haben', 'hatte', 'hier', 'hinter', 'immer', 'jede', 'jedem',
	'jeden', 'jeder', 'kann', 'keine', 'mehr', 'muss', 'nach', 'neben', 'nicht', 'noch', 'nur', 'oder', 'ohne', 'sehr',
	'seit', 'sich', 'sind', 'soll', 'sowie', 'über', 'unter', 'vier', 'viele', 'wenn', 'werden', 'wird', 'wurde',
	'zwei', 'drei', 'zwischen', 'wieder', 'weil', 'sein', 'seine', 'ihre', 'ihrer', 'nbsp',
	// English, for documents written in English
	'with', 'from', 'that', 'this', 'they', 'their', 'have', 'been', 'were', 'which', 'into', 'over', 'under',
];
