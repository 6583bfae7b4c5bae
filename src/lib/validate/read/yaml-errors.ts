/**
 * Broken YAML in our own words, German and English, by the `yaml` library's
 * error code, at the place a contributor has to look: an unclosed quote is
 * reported where it was opened, not at the end of the file where the parser
 * gave up. Only for a code without words of our own is the parser's English
 * text shown, marked as such.
 */
import { isScalar, Scalar, visit, type Document, type YAMLError } from 'yaml';
import { say, type Localized } from '../report/messages.ts';

/** Our words for the parser's error codes (`YAMLError['code']`). */
const WORDS: Partial<Record<YAMLError['code'], Localized>> = {
	BAD_INDENT: say(
		'falsch eingerückt; erwartet: Felder derselben Ebene genau untereinander, Listen und Klammern vollständig',
		'unexpected indentation, expected fields of one level exactly below each other, and lists and brackets complete',
	),
	TAB_AS_INDENT: say(
		'Tabulator als Einrückung; erwartet: Leerzeichen – den Tabulator durch zwei Leerzeichen ersetzen',
		'unexpected tab as indentation, expected spaces – replace the tab with two spaces',
	),
	MULTILINE_IMPLICIT_KEY: say(
		'eine Zeile ohne `feld: wert`; erwartet: ein Doppelpunkt mit Leerzeichen nach jedem Feldnamen – fehlt der Doppelpunkt, oder gehört die Zeile eingerückt zum Text darüber?',
		'unexpected line without `key: value`, expected a colon and a space after each field name – is the colon missing, or does the line belong, indented, to the text above?',
	),
	BLOCK_AS_IMPLICIT_KEY: say(
		'ein Doppelpunkt mit Leerzeichen im Wert oder ein eingerücktes Feld unter einem Wert; erwartet: den Wert in Anführungszeichen (`"a: b"`) oder das Feld nicht eingerückt',
		'unexpected colon and space inside a value, or a field indented below a value, expected the value in quotes (`"a: b"`) or the field not indented',
	),
	BLOCK_IN_FLOW: say(
		'eine eingerückte Liste innerhalb von `[ … ]` oder `{ … }`; erwartet: eine der beiden Schreibweisen',
		'unexpected indented list inside `[ … ]` or `{ … }`, expected one of the two ways of writing',
	),
	DUPLICATE_KEY: say(
		'ein Feld steht zweimal da; eines löschen',
		'unexpected second key, expected each key once – delete one',
	),
	MULTIPLE_DOCS: say(
		'eine zweite Zeile `---` oder `...`; erwartet: ein einziges YAML-Dokument',
		'unexpected second `---` or `...` line, expected a single YAML document',
	),
	UNEXPECTED_TOKEN: say(
		'unerwartetes Zeichen; erwartet: `feld: wert`, eine Liste mit `- ` oder ein Wert in Anführungszeichen',
		'unexpected character, expected `key: value`, a list with `- `, or a value in quotes',
	),
	BAD_SCALAR_START: say(
		'ein Wert beginnt mit einem Zeichen, das YAML reserviert (`@`, `` ` ``, `%`); erwartet: den Wert in Anführungszeichen',
		'unexpected value starting with a character YAML reserves (`@`, `` ` ``, `%`), expected the value in quotes',
	),
	TAG_RESOLVE_FAILED: say(
		'ein Wert mit `!` am Anfang; erwartet: den Wert in Anführungszeichen',
		'unexpected value starting with `!`, expected the value in quotes',
	),
	BAD_ALIAS: say(
		'ein Verweis (`*name`) ohne Anker; den Wert ausschreiben',
		'unexpected alias (`*name`) without an anchor; write the value out',
	),
};

/**
 * `MISSING_CHAR` stands for many things (a closing bracket, a comma, the
 * colon after a field name, a quote …): our words by the parser's message,
 * so that a line without its colon is not reported as an open bracket.
 */
const MISSING: readonly [RegExp, Localized][] = [
	[
		/to end with/,
		say(
			'eine Klammer ist nicht geschlossen; erwartet: `]` nach `[` und `}` nach `{`',
			'unexpected unclosed bracket, expected `]` after `[` and `}` after `{`',
		),
	],
	[
		/^Missing (,|space after :)/,
		say(
			'zwischen zwei Einträgen in `[ … ]` oder `{ … }` fehlt ein Komma (oder nach einem Doppelpunkt ein Leerzeichen); erwartet: `[a, b]` und `{ feld: wert, feld: wert }`',
			'unexpected items without a comma (or a colon without a space) inside `[ … ]` or `{ … }`, expected `[a, b]` and `{ key: value, key: value }`',
		),
	],
	[/^Implicit map keys need to be followed by map values/, WORDS.MULTILINE_IMPLICIT_KEY!],
];

const QUOTES: Record<string, Localized> = {
	'"': say(
		'das Anführungszeichen `"` wird hier geöffnet und nicht geschlossen; erwartet: ein `"` am Ende des Werts (ein `"` im Text als `\\"` schreiben)',
		'unexpected unclosed `"` opened here, expected a `"` at the end of the value (write a `"` inside the text as `\\"`)',
	),
	"'": say(
		"das Anführungszeichen `'` wird hier geöffnet und nicht geschlossen; erwartet: ein `'` am Ende des Werts (ein `'` im Text als `''` schreiben)",
		"unexpected unclosed `'` opened here, expected a `'` at the end of the value (write a `'` inside the text as `''`)",
	),
};

/** The quoted scalar that an unclosed-quote error at `offset` belongs to: the last one opened before it. */
function openingQuote(doc: Document.Parsed, offset: number): { offset: number; quote: string } | undefined {
	let found: { offset: number; quote: string } | undefined;
	visit(doc, {
		Scalar: (_, node) => {
			if (!isScalar(node) || !node.range) return;
			const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
			if (quoted && node.range[0] <= offset && (!found || node.range[0] > found.offset))
				found = { offset: node.range[0], quote: node.type === Scalar.QUOTE_DOUBLE ? '"' : "'" };
		},
	});
	return found;
}

/**
 * What is wrong with the YAML, and where (an offset into the parsed text):
 * our words for the error's code, the parser's own text only, marked, for a
 * code we have none for.
 */
export function describeYamlError(error: YAMLError, doc: Document.Parsed): { offset: number; reason: Localized } {
	if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
		const opened = openingQuote(doc, error.pos[0]);
		const quote = opened?.quote ?? (/'/.test(error.message) ? "'" : '"');
		return { offset: opened?.offset ?? error.pos[0], reason: QUOTES[quote]! };
	}
	const words =
		error.code === 'MISSING_CHAR' ? MISSING.find(([message]) => message.test(error.message))?.[1] : WORDS[error.code];
	if (words) return { offset: error.pos[0], reason: words };
	const parser = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	return {
		offset: error.pos[0],
		reason: say(
			`nicht lesbar (Meldung des YAML-Lesers, englisch: „${parser}“)`,
			`unreadable (the YAML reader says: “${parser}”)`,
		),
	};
}
