/**
 * Reads one registry file as untrusted input: a real file (no link), within
 * its size limit, in UTF-8, and — for YAML — nested no deeper than a
 * registry needs and without alias expansion beyond a small count. Every
 * problem is a located diagnostic; nothing here throws for bad content.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import {
	Composer,
	isMap,
	isScalar,
	LineCounter,
	Parser,
	Scalar,
	visit,
	YAMLParseError,
	type CST,
	type Document,
} from 'yaml';
import { formatBytes, formatExcess, symlinkProblem } from '../validate/report/content-problems.ts';
import type { Diagnostic, Locate } from '../validate/report/diagnostics.ts';
import { rule } from '../validate/report/rules.ts';
import { say, type Localized } from '../validate/report/messages.ts';
import { firstDuplicateKey } from '../validate/read/duplicate-keys.ts';
import { describeYamlError } from '../validate/read/yaml-errors.ts';
import { yamlLocator } from '../validate/read/yaml-locate.ts';

/**
 * The bounds on a registry file. Today's largest YAML registry has about
 * 5 KB and the municipal register's largest table (all 11,004 Gemeinden)
 * about 800 KB; the limits leave room for growth while keeping a build's
 * memory and time bounded whatever a contribution holds.
 */
export const REGISTRY_LIMITS = {
	/** Bytes of one YAML registry file: 1 MiB. */
	yamlBytes: 1024 * 1024,
	/** Bytes of one table (`.csv`) of the municipal register: 8 MiB. */
	csvBytes: 8 * 1024 * 1024,
	/** Bytes of another text file, such as the register's `SOURCE.md`: 256 KiB. */
	textBytes: 256 * 1024,
	/** Levels of nesting in a YAML registry: a list of entries with lists of fields needs four. */
	yamlDepth: 16,
	/** Aliases (`*name`) a YAML registry may expand; registries need none. */
	yamlAliases: 100,
} as const;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based) of a character offset in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before.at(-1)!.length + 1 };
}

const limitOf = (file: string) =>
	extname(file) === '.csv'
		? REGISTRY_LIMITS.csvBytes
		: extname(file) === '.yaml'
			? REGISTRY_LIMITS.yamlBytes
			: REGISTRY_LIMITS.textBytes;

/** A bound on a file's size and the message for a file above it. */
export interface SizeBound {
	bytes: number;
	/** What to say of a file of `size` bytes, above `bytes`. */
	tooLarge: (size: number, limit: number) => Localized;
}

/** The bound of a registry file, by its extension. */
const registryBound = (file: string): SizeBound => ({
	bytes: limitOf(file),
	tooLarge: (size, limit) =>
		say(
			`Die Registerdatei ist ${formatExcess(size, limit).de} groß; erwartet: höchstens ${formatBytes(limit).de} – Einträge auf mehrere Dateien verteilen oder Unnötiges entfernen`,
			`Unexpected size of this registry file (${formatExcess(size, limit).en}), expected at most ${formatBytes(limit).en} – split the entries over several files or remove what is not needed`,
		),
});

/**
 * The text of registry file `file` (relative to `root`), or why it cannot be
 * had. A missing file is `missing`, for the caller to say what it needed.
 * Other small files of the library (co-signatures) are read here too, with
 * their own `bound`.
 */
export function readRegistryText(
	root: string,
	file: string,
	bound: SizeBound = registryBound(file),
): { text?: string; missing?: true; diagnostics: Diagnostic[] } {
	const path = join(root, file);
	let stat;
	try {
		stat = lstatSync(path);
	} catch {
		return { missing: true, diagnostics: [] };
	}
	if (stat.isSymbolicLink()) return { diagnostics: [symlinkProblem(file)] };
	if (!stat.isFile()) return { missing: true, diagnostics: [] };
	if (stat.size > bound.bytes) {
		return {
			diagnostics: [
				{ file, line: 1, column: 1, ...rule('size-limit'), message: bound.tooLarge(stat.size, bound.bytes) },
			],
		};
	}
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch {
		return {
			diagnostics: [
				{
					file,
					line: 1,
					column: 1,
					...rule('registry-file'),
					message: say(
						'Die Datei ist nicht lesbar; erwartet: eine lesbare Datei',
						'Unexpected unreadable file, expected a file that can be read',
					),
				},
			],
		};
	}
	try {
		return { text: utf8.decode(bytes).replace(/^\uFEFF/, ''), diagnostics: [] };
	} catch {
		const lenient = new TextDecoder('utf-8').decode(bytes);
		return {
			diagnostics: [
				{
					file,
					...position(lenient, Math.max(0, lenient.indexOf('\uFFFD'))),
					...rule('encoding'),
					message: say(
						'Die Datei ist nicht in UTF-8 gespeichert; im Editor als „UTF-8“ speichern',
						'Unexpected encoding, expected UTF-8 – save the file as UTF-8 in your editor',
					),
				},
			],
		};
	}
}

interface CstNode {
	offset?: number;
	items?: { key?: unknown; value?: unknown }[];
	value?: unknown;
	key?: unknown;
}

/**
 * The first place where `tokens` nest deeper than `limit`, found on the
 * concrete syntax tree, which the parser builds without recursion; the
 * composer that turns it into values recurses once per level, so it must
 * never see a 10,000-deep list.
 */
function tooDeep(tokens: readonly CST.Token[], limit: number): number | undefined {
	const stack: [CstNode, number][] = [];
	for (const token of tokens) stack.push([token as CstNode, 0]);
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (depth > limit) return node.offset ?? 0;
		const children = node.items ? node.items.flatMap((item) => [item.key, item.value]) : [node.value];
		for (const child of children)
			if (child && typeof child === 'object') stack.push([child as CstNode, node.items ? depth + 1 : depth]);
	}
	return undefined;
}

/** A YAML diagnostic at `offset` of `text`. */
const yamlProblem = (file: string, text: string, offset: number, de: string, en: string): Diagnostic => ({
	file,
	...position(text, offset),
	...rule('yaml'),
	message: say(`Fehlerhaftes YAML: ${de}`, `Broken YAML: ${en}`),
});

/**
 * The document of `tokens`, as `parseDocument` composes it: a second
 * document in the text is an error. Duplicate keys are left to
 * `firstDuplicateKey` (`duplicate-keys.ts`), which finds them in one pass.
 */
function compose(tokens: readonly CST.Token[], text: string): Document.Parsed {
	let doc: Document.Parsed | undefined;
	for (const next of new Composer({ uniqueKeys: false, logLevel: 'error', merge: false, version: '1.2' }).compose(
		tokens,
		true,
		text.length,
	)) {
		if (!doc) doc = next;
		else {
			doc.errors.push(
				new YAMLParseError(
					[next.range[0], next.range[1]],
					'MULTIPLE_DOCS',
					'Source contains multiple documents; please use YAML.parseAllDocuments()',
				),
			);
			break;
		}
	}
	return doc!;
}

/**
 * How a YAML file other than a registry list is read by `parseRegistryYaml`:
 * a co-signature file is one group of fields, nested far less deeply.
 */
export interface YamlShape {
	/** Levels of nesting allowed. */
	depth: number;
	/** What the file holds, for the message on nesting: `a list of entries with their fields`. */
	expected: Localized;
	/** The data of an empty file. */
	empty: unknown;
	/**
	 * Whether each top-level field must stand at the start of its own line as
	 * `name: value`, its name neither quoted, escaped, tagged nor in braces —
	 * so that a reviewer reading the pull request, or searching it for a
	 * field such as `verified:`, sees every field the parser sees.
	 */
	plainKeys?: boolean;
}

/** The offset and name of the first top-level key of `doc` not written plainly at the start of a line. */
function hiddenKey(doc: Document.Parsed, text: string): { offset: number; key: string } | undefined {
	const root = doc.contents;
	if (!isMap(root)) return undefined;
	for (const pair of root.items) {
		const key = pair.key;
		const offset = isScalar(key) ? (key.range?.[0] ?? 0) : (root.range?.[0] ?? 0);
		const name = isScalar(key) ? String(key.value) : '?';
		const plain =
			isScalar(key) &&
			key.type === Scalar.PLAIN &&
			!key.tag &&
			!key.anchor &&
			(offset === 0 || text[offset - 1] === '\n') &&
			text[key.range?.[1] ?? -1] === ':';
		if (!plain) return { offset, key: name };
	}
	return undefined;
}

/** A registry list: an empty file is an empty list. */
const REGISTRY_SHAPE: YamlShape = {
	depth: REGISTRY_LIMITS.yamlDepth,
	expected: say('eine Liste von Einträgen mit ihren Feldern', 'a list of entries with their fields'),
	empty: [],
};

/**
 * Parses the YAML text of registry file `file`; an empty file is an empty
 * list. The data and the places of its keys (`locate`) come from one parse:
 * the parser's tokens are checked for depth, then composed into the document
 * that holds both. Other small YAML files of the library (co-signatures) are
 * read here too, with their own `shape`, so that there is one YAML reader.
 */
export function parseRegistryYaml(
	file: string,
	text: string,
	shape: YamlShape = REGISTRY_SHAPE,
): { data?: unknown; locate?: Locate; diagnostics: Diagnostic[] } {
	const lineCounter = new LineCounter();
	const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
	const deep = tooDeep(tokens, shape.depth);
	if (deep !== undefined) {
		return {
			diagnostics: [
				yamlProblem(
					file,
					text,
					deep,
					`mehr als ${shape.depth} Ebenen verschachtelt; erwartet: ${shape.expected.de}`,
					`Unexpected nesting deeper than ${shape.depth} levels, expected ${shape.expected.en}`,
				),
			],
		};
	}
	// `%YAML 1.1` would switch the reading to YAML 1.1 and its `<<` merge keys, by which fields
	// appear that no key of the file names (`<<: { verified: … }`); `%TAG` renames tags. Neither is needed.
	const directive = tokens.find((token) => token.type === 'directive');
	if (directive) {
		const source = 'source' in directive ? directive.source.trim() : '%';
		return {
			diagnostics: [
				yamlProblem(
					file,
					text,
					directive.offset,
					`unerwartete Zeile \`${source}\`; erwartet: die Datei ohne Zeilen, die mit \`%\` beginnen – die Bibliothek liest YAML 1.2, die Zeile löschen`,
					`Unexpected line \`${source}\`, expected the file without lines that begin with \`%\` – the library reads YAML 1.2; delete the line`,
				),
			],
		};
	}
	const doc = compose(tokens, text);
	const error = doc.errors[0];
	if (error) {
		const { offset, reason } = describeYamlError(error, doc);
		return { diagnostics: [yamlProblem(file, text, offset, reason.de, reason.en)] };
	}
	const duplicate = firstDuplicateKey(doc);
	if (duplicate) {
		return {
			diagnostics: [
				yamlProblem(
					file,
					text,
					duplicate.offset,
					`das Feld \`${duplicate.key}\` steht zweimal da; eines löschen`,
					`Unexpected second \`${duplicate.key}\`, expected each key once – delete one`,
				),
			],
		};
	}
	const hidden = shape.plainKeys ? hiddenKey(doc, text) : undefined;
	if (hidden) {
		return {
			diagnostics: [
				yamlProblem(
					file,
					text,
					hidden.offset,
					`das Feld \`${hidden.key}\` steht nicht als \`${hidden.key}: …\` am Anfang einer eigenen Zeile; erwartet: ${shape.expected.de}, jedes Feld ohne Anführungszeichen, geschweifte Klammern oder \`?\` am Zeilenanfang – so liest es auch, wer die Änderung prüft`,
					`Unexpected way of writing the field \`${hidden.key}\`, expected ${shape.expected.en}, each as \`${hidden.key}: …\` at the start of its own line, without quotes, braces or \`?\` – as those who review the change read it`,
				),
			],
		};
	}
	try {
		return {
			data: doc.toJS({ maxAliasCount: REGISTRY_LIMITS.yamlAliases }) ?? shape.empty,
			locate: yamlLocator({ doc, lineCounter }),
			diagnostics: [],
		};
	} catch (error) {
		let offset = 0;
		const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		// The alias limit: `*a` lists of `*b` lists grow exponentially (a "billion laughs").
		if (!/alias/i.test(reason)) return { diagnostics: [yamlProblem(file, text, 0, reason, reason)] };
		visit(doc, {
			Alias(_, node) {
				offset = node.range?.[0] ?? 0;
				return visit.BREAK;
			},
		});
		return {
			diagnostics: [
				yamlProblem(
					file,
					text,
					offset,
					`die Verweise (\`*name\`) ergäben zu viele Werte; erwartet: jeden Eintrag ausgeschrieben, ohne Anker und Verweise`,
					`Unexpected aliases (\`*name\`) expanding to too many values, expected every entry written out, without anchors and aliases`,
				),
			],
		};
	}
}
