/**
 * The rule table: every rule the validator reports, declared once, with its
 * severity, a one-line summary in German and English and the address of its
 * documentation. Checks take a rule's severity from here, report formats link
 * its documentation, `docs/rules.md` has one section per entry, and the rule
 * tests require fixtures for each. (remark-lint has one package per rule; this
 * is the same idea as one table.)
 */
import type { Localized } from './messages.ts';

/** What one rule is. */
export interface Rule {
	/** `error` fails the build; `warning` is reported (and fails only with `--strict`). */
	severity: 'error' | 'warning';
	/** What the rule catches, in one line, German and English. */
	summary: Localized;
}

const error = (de: string, en: string): Rule => ({ severity: 'error', summary: { de, en } });
const warning = (de: string, en: string): Rule => ({ severity: 'warning', summary: { de, en } });

// One rule per line, in alphabetical order (the order of the fixture folders and of docs/rules.md).
export const RULES = {
	'address-lost': error(
		'Eine veröffentlichte Adresse (`content/addresses.txt`, auch die des Vergleichsstands) wird weiter bedient oder umgeleitet',
		"A published address (`content/addresses.txt`, the base's too) stays served or redirected",
	),
	'address-unlisted': warning(
		'Jede bleibende Adresse eines Dokuments steht in `content/addresses.txt` (`npm run addresses` trägt sie ein)',
		'Every lasting address of a document is listed in `content/addresses.txt` (`npm run addresses` adds it)',
	),
	attachment: error(
		'Anlagen eines Dokuments: erlaubte Dateiarten, Endungen und Ablage im Ordner des Dokuments',
		"Attachments of a document: allowed file types, extensions and placement in the document's folder",
	),
	'body-limit': error(
		'Der Text eines Dokuments bleibt in Länge und Verschachtelungstiefe begrenzt',
		"A document's body stays within limits of length and nesting depth",
	),
	'change-note': error(
		'Ändern sich Text oder Forderungen eines beschlossenen Papiers gegenüber dem Vergleichsstand (`--base`), trägt es einen neuen Änderungshinweis',
		'An adopted paper whose text or demands change against the base (`--base`) carries a new change note',
	),
	'cosignature-file': error(
		'Mitzeichnungen liegen als `content/cosignatures/<papier>/<mitzeichner>.yaml` vor, nach dem Mitzeichner benannt',
		'Co-signatures lie in `content/cosignatures/<paper>/<signatory>.yaml`, named after the signatory',
	),
	'cosignature-paper': error(
		'Eine Mitzeichnungsdatei gilt einem bestehenden Positionspapier mit Mitzeichnungsfrist',
		'A co-signature file is for an existing position paper with a consultation period',
	),
	'cosignature-window': error(
		'Eine Mitzeichnung fällt in die Mitzeichnungsfrist des Papiers',
		"A co-signature falls within the paper's consultation period",
	),
	'date-order': error(
		'Die Daten eines Dokuments folgen in der Reihenfolge seines Lebenslaufs aufeinander',
		'The dates of a document follow the order of its life cycle',
	),
	'demand-history': error(
		'Der Verlauf einer Forderung ist nach Datum geordnet und endet mit ihrem aktuellen Stand',
		"A demand's history is in date order and ends with its current status",
	),
	'duplicate-cosignatory': error(
		'Jede Organisation zeichnet ein Papier höchstens einmal mit',
		'Each organization co-signs a paper at most once',
	),
	'duplicate-id': error(
		'Jeder Dateiname (die Id eines Dokuments) kommt über alle Dokumentarten nur einmal vor',
		"Each file name (a document's id) occurs once across all kinds of document",
	),
	'empty-file': error('Ein Dokument ist nicht leer', 'A document is not empty'),
	encoding: error('Dateien sind in UTF-8 gespeichert', 'Files are saved as UTF-8'),
	'file-extension': error(
		'Dokumente enden auf `.md` oder `.mdx`, kleingeschrieben',
		'Documents end in `.md` or `.mdx`, in lower case',
	),
	'file-name': error(
		'Dateinamen bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen',
		'File names consist of lower-case letters, digits and hyphens',
	),
	'foreign-language': error(
		'Ein Abschnitt in einer anderen Sprache trägt ein gültiges Sprachkürzel (`lang="en"`) – ein Fehler, weil ein Vorleseprogramm sonst mit falscher Aussprache liest (BITV 2.0)',
		'A passage in another language carries a valid language code (`lang="en"`) – an error, because a screen reader would otherwise read it with the wrong pronunciation (BITV 2.0)',
	),
	frontmatter: error(
		'Ein Dokument beginnt mit Front Matter zwischen zwei `---`-Zeilen',
		'A document starts with front matter between two `---` lines',
	),
	'future-date': error('Kein Datum eines Dokuments liegt nach heute', 'No date of a document lies after today'),
	'former-key': warning(
		'Ein Verweis auf einen früheren Gemeinde- oder Kreisschlüssel gilt der Stelle, die ihn laut `aenderungen.csv` ersetzt – ein Hinweis, kein Fehler: der Schlüssel war richtig, als das Dokument entstand',
		'A reference to a former municipal or Kreis key means the body that replaced it according to `aenderungen.csv` – a notice, not an error: the key was right when the document was written',
	),
	'heading-order': error(
		'Überschriften im Text beginnen mit Ebene 2 (`##`, unter dem Titel) und überspringen keine Ebene – ein Fehler, weil Vorleseprogramme nach Überschriften navigieren (BITV 2.0)',
		'Body headings start at level 2 (`##`, below the title) and skip no level – an error, because screen reader users navigate by headings (BITV 2.0)',
	),
	'hosting-cors': warning(
		'Eine Instanz mit Peers liegt auf einem Host, der anderen Bibliotheken das Lesen ihres Suchindex erlaubt (`Access-Control-Allow-Origin`) – ein Hinweis: ohne ihn können andere sie nur ernten, nicht live durchsuchen',
		'An instance with peers is served by a host that lets other libraries read its search index (`Access-Control-Allow-Origin`) – a notice: without it others can only harvest it, not search it live',
	),
	image: error(
		'Bilder haben einen Alternativtext und liegen im Ordner des Dokuments – ohne Text bleibt ein Bild für Blinde stumm (BITV 2.0)',
		"Images have an alternative text and lie in the document's folder – without one an image says nothing to a blind reader (BITV 2.0)",
	),
	'key-change': error(
		'Jede Schlüsseländerung führt von einem Schlüssel, den das Gemeindeverzeichnis nicht mehr kennt, ohne Kreis zu einem, den es kennt',
		'Each key change leads from a key the register no longer lists, without a loop, to one it lists',
	),
	'lead-cosignatory': error(
		'Die federführende Stelle steht nicht unter ihren eigenen Mitzeichnern',
		'The lead body is not among its own co-signatories',
	),
	'line-endings': error(
		'Zeilen enden mit LF oder CRLF, nicht mit CR allein',
		'Lines end with LF or CRLF, not with CR alone',
	),
	link: error(
		'Interne und relative Links führen zu bestehenden Seiten, Dateien und Sprungmarken',
		'Internal and relative links lead to existing pages, files and fragments',
	),
	'link-text': error(
		'Jeder Link hat einen Text, der sein Ziel nennt, nicht „hier“ oder „mehr“ – ein Fehler, weil Links auch einzeln vorgelesen werden (BITV 2.0)',
		'Every link has a text naming its target, not “here” or “more” – an error, because links are also read out one by one (BITV 2.0)',
	),
	'mdx-component': error('MDX verwendet nur die erlaubten Komponenten', 'MDX uses only the allowed components'),
	'mdx-esm': error('MDX enthält kein `import` und kein `export`', 'MDX contains no `import` and no `export`'),
	'mdx-expression': error(
		'MDX enthält keine JavaScript-Ausdrücke in `{…}`',
		'MDX contains no JavaScript expressions in `{…}`',
	),
	'mdx-props': error(
		'Die Props einer MDX-Komponente haben erlaubte Namen und Werte',
		'The props of an MDX component have allowed names and values',
	),
	'mdx-syntax': error('MDX lässt sich lesen', 'MDX can be read'),
	redirect: error(
		'Umleitungen führen von einer nicht mehr bestehenden Id direkt zu einer bestehenden derselben Art, ohne Kette und Ring',
		'Redirects lead from an id that no longer exists straight to an existing one of the same kind, without chain or loop',
	),
	reference: error(
		'Jeder Verweis nennt einen bestehenden Registereintrag oder ein bestehendes Dokument',
		'Every reference names an existing registry entry or document',
	),
	redaction: error(
		'Jede Schwärzung in `redactions.yaml` nennt einen Commit einmal und nur Dokumentdateien',
		'Each redaction in `redactions.yaml` names a commit once and only document files',
	),
	'registry-file': error(
		'Registerdateien sind vorhanden, lesbar und richtig benannt',
		'Registry files exist, can be read and are named correctly',
	),
	'registry-id': error(
		'Jede Id eines Registers kommt einmal vor und ist nicht reserviert',
		'Each id of a registry occurs once and is not reserved',
	),
	'remote-resource': error('Nichts wird von anderen Servern geladen', 'Nothing is loaded from other hosts'),
	'review-overdue': warning(
		'Ein Umsetzungsleitfaden wird rechtzeitig erneut geprüft',
		'An implementation guide is reviewed again in time',
	),
	schema: error(
		'Das Front Matter hat die Felder und Werte, die das Schema seiner Art verlangt',
		'The front matter has the fields and values the schema of its kind requires',
	),
	'site-file': error(
		'Logo und Gebärdensprach-Video des Betreibers liegen in `content/site/` und sind sicher',
		"The operator's logo and sign-language video lie in `content/site/` and are safe",
	),
	'size-limit': error('Dateien bleiben unter ihrer Größengrenze', 'Files stay below their size limit'),
	supersession: error(
		'Ersetzungen bilden eine Kette von neueren zu älteren Papieren',
		'Supersessions form a chain from newer to older papers',
	),
	symlink: error('Symbolische Verknüpfungen werden nicht verfolgt', 'Symbolic links are not followed'),
	'synonym-term': error(
		'Jeder Begriff der Synonymliste steht in einer Gruppe und dort einmal',
		'Each term of the synonym list stands in one group, once',
	),
	'table-header': error(
		'Jede Tabelle hat eine Kopfzeile mit Spaltennamen – ein Fehler, weil ein Vorleseprogramm sie zu jeder Zelle nennt (BITV 2.0)',
		'Every table has a header row with column names – an error, because a screen reader announces them with each cell (BITV 2.0)',
	),
	'tracked-cache': error('Kein Cache ist im Repository eingecheckt', 'No cache is committed to the repository'),
	'unknown-file': error(
		'Unter `content/` liegen nur bekannte Dateien und Ordner',
		'Only known files and folders lie under `content/`',
	),
	'unsafe-attribute': error(
		'HTML-Attribute sind erlaubt und führen keinen Code aus',
		'HTML attributes are allowed and run no code',
	),
	'unsafe-html': error('Nur Text-Auszeichnung ist als HTML erlaubt', 'Only text mark-up is allowed as HTML'),
	'unsafe-url': error('Adressen haben ein erlaubtes Schema', 'Addresses have an allowed scheme'),
	yaml: error('Das Front Matter ist gültiges und eindeutiges YAML', 'The front matter is valid, unambiguous YAML'),
} as const satisfies Record<string, Rule>;

/** The id of a rule, e.g. `schema`, `reference`, `yaml`: the same in every language. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in table order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** The source every diagnostic names, as vfile-message's `source`. */
export const DIAGNOSTIC_SOURCE = 'dreiklang';

/**
 * The documentation of a rule: its section of `docs/rules.md`, relative to the
 * repository root. Relative because the validator knows no repository address:
 * `site.config.yaml` names the instance's repository (a placeholder in the
 * demonstration), and the validator does not read it.
 */
export const ruleDocumentation = (id: RuleId): string => `docs/rules.md#${id}`;

/**
 * The fields a diagnostic of rule `id` takes from the table, to spread into it:
 * `{ file, line, column, ...rule('yaml'), message }`.
 */
export function rule<Id extends RuleId>(
	id: Id,
): { ruleId: Id; severity: Rule['severity']; source: typeof DIAGNOSTIC_SOURCE; url: string } {
	return { ruleId: id, severity: RULES[id].severity, source: DIAGNOSTIC_SOURCE, url: ruleDocumentation(id) };
}
