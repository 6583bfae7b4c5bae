/**
 * Reads one document file the way the site build reads it, and checks that
 * reading. The front matter that is validated, and the places of its keys,
 * come from one parse with the `yaml` library (YAML 1.2 core schema): its
 * document holds both the values and the range of every node.
 *
 * Astro splits front matter from body with its own function and parses the
 * YAML with js-yaml. That reading is taken only as a guard, never as data:
 * the validator calls the very function the build calls, so the body it
 * checks is the body that gets rendered, and a file whose two readings
 * differ — a value one parser takes as a number and the other as a text, a
 * line that ends the front matter for one and not for the other — is
 * refused, so no value can mean one thing to the checks and another to the
 * build. Never throws for bad content.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { basename, extname } from 'node:path';
import type { z } from 'zod';
import { isAlias, LineCounter, parseDocument, visit } from 'yaml';
import { documentKinds, type DocumentKind } from '../../../schemas/kinds.ts';
import { parseWithDiagnostics, type Diagnostic, type Locate } from '../report/diagnostics.ts';
import { rule, type RuleId } from '../report/rules.ts';
import { formatPath, say, type Localized } from '../report/messages.ts';
import { comparable, firstDifference, show } from './compare-readings.ts';
import { firstDuplicateKey } from './duplicate-keys.ts';
import { FILE_LIMITS } from './limits.ts';
import { nestingDepth } from './nesting-depth.ts';
import { describeYamlError } from './yaml-errors.ts';
import { yamlLocator, type LocatedYaml } from './yaml-locate.ts';

/** The fields every read document has, whatever its kind. */
interface DocumentFields {
	/** The id: the file name without extension. */
	id: string;
	/** Path relative to the project root. */
	file: string;
	/** Finds the place of a front-matter value, for later diagnostics. */
	locate: Locate;
	/** The text the renderer receives: for Markdown the trimmed body, for MDX the whole file with its front matter blanked. */
	body: string;
	/** Lines in the file before `body`, to turn body positions into file positions. */
	bodyLineOffset: number;
	/** The front matter's YAML text, from which `frontMatterLocator` makes `locate` again after a worker thread or the cache. */
	frontMatter: string;
}

/**
 * The validated front matter of kind `K`: the output of its schema, as the
 * pages have it (`AnyDocument`). The index signature lets checks that read
 * any kind look up a field one kind lacks (`supersedes`) as `unknown`.
 */
export type DocumentData<K extends DocumentKind> = z.output<(typeof documentKinds)[K]['schema']> &
	Record<string, unknown>;

/** A document whose front matter passed its schema: for a union of kinds, a union of documents. */
export type ParsedDocument<K extends DocumentKind = DocumentKind> = {
	[P in K]: DocumentFields & { kind: P; data: DocumentData<P> };
}[K];

/**
 * A document whose front matter could be read but failed its schema: its raw
 * data and its body, so that references and the body are still checked and a
 * contributor learns every problem in one run.
 */
export type UncheckedDocument = DocumentFields & { kind: DocumentKind; data: Record<string, unknown> };

/** Result of reading one file: the document if valid, else what could be read of it, and its diagnostics. */
export interface ReadResult {
	document?: ParsedDocument;
	unchecked?: UncheckedDocument;
	diagnostics: Diagnostic[];
}

/** What the renderer receives (see Astro's and @astrojs/mdx's content entry types), and where it starts. */
function bodyOf(file: string, content: string): { body: string; bodyLineOffset: number } {
	const mdx = extname(file) === '.mdx';
	const start = content.length - content.trimStart().length;
	return {
		body: mdx ? content : content.trim(),
		bodyLineOffset: mdx ? 0 : content.slice(0, start).split('\n').length - 1,
	};
}

/**
 * Parses the YAML text of a front matter, the one way the validator does.
 * Duplicate keys are found in one pass (`duplicate-keys.ts`): the library's own check compares
 * every key with every other (40,000 keys: 14 s).
 */
export function parseFrontMatter(yamlText: string): LocatedYaml {
	const lineCounter = new LineCounter();
	return {
		doc: parseDocument(yamlText, {
			schema: 'core',
			uniqueKeys: false,
			lineCounter,
			prettyErrors: false,
			logLevel: 'error',
		}),
		lineCounter,
	};
}

/**
 * A `Locate` for a front matter whose parse was not kept: a document that
 * comes back from a worker thread or from the cache carries only its text.
 * The text is parsed (as `readDocument` parsed it) when a place is first
 * asked for, which most documents never are.
 */
export function frontMatterLocator(yamlText: string): Locate {
	return yamlLocator(() => parseFrontMatter(yamlText), 1);
}

/** Parses `source`, the text of `file`, as a document of `kind`. */
export function readDocument(kind: DocumentKind, file: string, source: string): ReadResult {
	const problem = (message: Localized, ruleId: RuleId, line = 1, column = 1): ReadResult => ({
		diagnostics: [{ file, line, column, ...rule(ruleId), message }],
	});
	if (source.trim() === '')
		return problem(
			say(
				'Leere Datei, erwartet: Front Matter zwischen zwei `---`-Zeilen und ein Text',
				'Unexpected empty file, expected front matter between `---` lines and a body',
			),
			'empty-file',
		);
	const lone = /\r(?!\n)/.exec(source);
	if (lone) {
		const before = source.slice(0, lone.index);
		return problem(
			say(
				'Zeilenende nur mit CR (altes Mac-Format); erwartet: LF oder CRLF – im Editor die Zeilenenden umstellen',
				'Unexpected CR-only line ending (old Mac format), expected LF or CRLF – change the line endings in your editor',
			),
			'line-endings',
			before.split(/\r\n|\n/).length,
			1,
		);
	}
	const text = source.replace(/^\uFEFF/, '');
	const lines = text.split(/\r?\n/);
	if (lines[0] !== '---')
		return problem(
			say(
				'Front Matter fehlt, erwartet: die Datei beginnt mit einer Zeile `---`',
				'Missing front matter, expected the file to start with a `---` line',
			),
			'frontmatter',
		);
	const closing = lines.indexOf('---', 1);
	if (closing < 0)
		return problem(
			say(
				'Front Matter ohne Abschluss, erwartet: eine Zeile `---` nach den Feldern',
				'Unclosed front matter, expected a `---` line after the fields',
			),
			'frontmatter',
		);
	// Astro ends the front matter at the first line that merely starts with `---` or `+++`.
	const early = lines.slice(1, closing).findIndex((line) => line.startsWith('---') || line.startsWith('+++'));
	if (early >= 0) {
		return problem(
			say(
				`Die Zeile beginnt mit \`${lines[early + 1]!.slice(0, 3)}\`; die Website läse das Front Matter hier als beendet. Den Text einrücken oder in Anführungszeichen auf einer Zeile schreiben`,
				`Unexpected line starting with \`${lines[early + 1]!.slice(0, 3)}\` inside the front matter, which the site would read as its end: indent the text or quote it on one line`,
			),
			'frontmatter',
			early + 2,
			1,
		);
	}
	const yamlText = lines.slice(1, closing).join('\n');
	if (yamlText.length > FILE_LIMITS.frontMatterBytes)
		return problem(
			say(
				`Das Front Matter ist ${yamlText.length} Zeichen lang; erlaubt sind ${FILE_LIMITS.frontMatterBytes}`,
				`Unexpected front matter of ${yamlText.length} characters, expected at most ${FILE_LIMITS.frontMatterBytes}`,
			),
			'frontmatter',
		);

	// The project's reading: strict YAML 1.2, with positions.
	const { doc, lineCounter } = parseFrontMatter(yamlText);
	const error = doc.errors[0];
	if (error) {
		const { offset, reason } = /Maximum call stack/.test(error.message)
			? { offset: error.pos[0], reason: say('zu tief verschachtelt', 'nested too deeply') }
			: describeYamlError(error, doc);
		const { line, col } = lineCounter.linePos(offset);
		return problem(
			say(`Fehlerhaftes YAML im Front Matter: ${reason.de}`, `Broken YAML in front matter: ${reason.en}`),
			'yaml',
			line + 1,
			col,
		);
	}
	const duplicate = firstDuplicateKey(doc);
	if (duplicate) {
		const { line, col } = lineCounter.linePos(duplicate.offset);
		return problem(
			say(
				`Fehlerhaftes YAML im Front Matter: das Feld \`${duplicate.key}\` steht zweimal da; eines löschen`,
				`Broken YAML in front matter: unexpected second \`${duplicate.key}\`, expected each key once – delete one`,
			),
			'yaml',
			line + 1,
			col,
		);
	}
	let alias: number | undefined;
	visit(doc, {
		Alias: (_, node) => {
			alias ??= isAlias(node) ? node.range?.[0] : undefined;
			return visit.BREAK;
		},
	});
	if (alias !== undefined) {
		const { line, col } = lineCounter.linePos(alias);
		return problem(
			say(
				'Aliase (`*name`) sind im Front Matter nicht erlaubt; den Wert ausschreiben',
				'Unexpected alias (`*name`) in front matter, expected every value written out',
			),
			'yaml',
			line + 1,
			col,
		);
	}
	const ours: unknown = doc.toJS({ maxAliasCount: 0 });
	const locate = yamlLocator({ doc, lineCounter }, 1);
	if (
		nestingDepth<unknown>(ours, (value) => (value && typeof value === 'object' ? Object.values(value) : [])) >
		FILE_LIMITS.frontMatterDepth
	)
		return problem(
			say(
				`Das Front Matter ist tiefer als ${FILE_LIMITS.frontMatterDepth} Ebenen verschachtelt`,
				`Unexpected front matter nested deeper than ${FILE_LIMITS.frontMatterDepth} levels`,
			),
			'frontmatter',
		);

	// The build's reading, as a guard only: compared with ours below, never validated as data in its place.
	let astro: ReturnType<typeof parseFrontmatter>;
	try {
		astro = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
	} catch (error) {
		const mark = (error as { mark?: { line: number; column: number } }).mark;
		const reason = (error as { reason?: string }).reason ?? String(error);
		// The build's YAML reader has no error codes to word: its text is shown, marked as its own.
		return problem(
			say(
				`Die Website kann das Front Matter nicht lesen (Meldung ihres YAML-Lesers, englisch: „${reason}“); die Zeile prüfen`,
				`The site cannot read the front matter (its YAML reader says: “${reason}”); check the line`,
			),
			'yaml',
			(mark?.line ?? 0) + 2,
			(mark?.column ?? 0) + 1,
		);
	}
	if (!ours || typeof ours !== 'object' || Object.keys(ours).length === 0)
		return problem(
			say(
				'Leeres Front Matter, erwartet: die Felder der Dokumentart',
				'Unexpected empty front matter, expected the fields of the document kind',
			),
			'frontmatter',
		);
	const difference = firstDifference(ours, comparable(astro.frontmatter));
	// An impossible day (`2024-02-30`) is a text here and a date moved to March there: the schema names it.
	const impossibleDay = typeof difference?.ours === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(difference.ours);
	if (difference && !impossibleDay) {
		const where = formatPath(difference.path) || '–';
		return {
			diagnostics: [
				{
					file,
					...locate(difference.path),
					...rule('yaml'),
					message: say(
						`\`${where}\` wird von der Website als ${show(difference.theirs)} gelesen, hier als ${show(difference.ours)}; den Wert in Anführungszeichen setzen`,
						`Unexpected ambiguous value at \`${where}\`: the site reads ${show(difference.theirs)}, the validator ${show(difference.ours)}; put the value in quotes`,
					),
				},
			],
		};
	}

	const id = basename(file, extname(file));
	const result = parseWithDiagnostics(documentKinds[kind].schema, ours, file, locate);
	if (!result.success)
		return {
			diagnostics: result.diagnostics,
			unchecked: {
				id,
				kind,
				file,
				data: ours as Record<string, unknown>,
				locate,
				...bodyOf(file, astro.content),
				frontMatter: yamlText,
			},
		};
	// What the build checks is Astro's reading: a text that js-yaml takes for a date (`title: 2024-01-10`) must pass too.
	const built = documentKinds[kind].schema.safeParse(astro.frontmatter);
	if (!built.success) {
		return {
			diagnostics: built.error.issues.slice(0, 100).map((issue) => {
				const where = formatPath(issue.path as (string | number)[]) || '–';
				return {
					file,
					...locate(issue.path as (string | number)[]),
					...rule('yaml'),
					message: say(
						`\`${where}\` liest die Website anders als hier (etwa als Datum oder Zahl); den Wert in Anführungszeichen setzen`,
						`Unexpected value at \`${where}\` that the site reads differently (as a date or a number, say), expected it in quotes`,
					),
				};
			}),
		};
	}
	const diagnostics: Diagnostic[] = [];
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
		diagnostics.push({
			file,
			line: 1,
			column: 1,
			...rule('file-name'),
			message: say(
				`Ungültiger Dateiname \`${basename(file)}\`, erwartet: Kleinbuchstaben, Ziffern und Bindestriche (ä→ae, ö→oe, ü→ue, ß→ss)`,
				`Unexpected file name \`${basename(file)}\`, expected lower-case letters, digits and hyphens (ä→ae, ö→oe, ü→ue, ß→ss)`,
			),
		});
	}
	return {
		document: {
			id,
			kind,
			file,
			data: result.data,
			locate,
			...bodyOf(file, astro.content),
			frontMatter: yamlText,
		} as ParsedDocument,
		diagnostics,
	};
}
