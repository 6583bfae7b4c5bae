/**
 * Whether a document a source sends may be published here: its data file has
 * the shape of version 1 (`harvest-format.ts`), its pages are at the source,
 * and its file — front matter and body, as the data file carries them — passes
 * the very checks a local contribution passes (`validateFile`: schema, dates,
 * the body's allowlist and accessibility). What those checks cannot know here
 * is left to the harvest: registry ids this library lacks keep the source's
 * labels, and links between the source's own pages lead to the source.
 * MDX is never taken: this library renders only Markdown it did not write.
 * Title, summary, language, the example mark and the day of publication are
 * taken from the checked file, not from the catalogue entry, and the dates
 * lists order by (`listed`, `published`) may not lie after the day of the build.
 */
import { join } from 'node:path';
import { validateFile } from '../validate/run/validate-file.ts';
import { describeIssue, say, type Localized } from '../validate/report/messages.ts';
import { harvestedDocumentData, type HarvestedDocumentData } from './harvest-format.ts';
import { HARVEST_DIRECTORY, isUnderSource, type HarvestSource } from './harvest-sources.ts';

/** Dates of a harvested entry that must not lie after the day of the build. */
const PAST_DATES = new Set(['listed', 'published']);

/** What the check found. */
export type EntryVerdict =
	{ entry: HarvestedDocumentData; problems?: never } | { entry?: never; problems: Localized[] };

/** At most this many problems are reported per entry: the first ones say enough. */
const MAX_PROBLEMS = 5;

/** The file the data file describes, as the source's repository holds it. */
export function sourceFileText(entry: Pick<HarvestedDocumentData, 'source'>): string {
	return `---\n${entry.source.frontMatter}\n---\n\n${entry.source.body}\n`;
}

/** Where a harvested document stands in this library, for messages and the content guard: never a real file. */
export function harvestedFilePath(root: string, source: Pick<HarvestSource, 'id'>, kind: string, id: string): string {
	return join(root, HARVEST_DIRECTORY, source.id, kind, `${id}.md`);
}

/** Checks the text of one data file that `source` serves for document `id`. */
export function checkHarvestedEntry(
	root: string,
	source: Pick<HarvestSource, 'id' | 'url'>,
	id: string,
	text: string,
	today: string,
): EntryVerdict {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { problems: [say('keine gültige JSON-Datei', 'not valid JSON')] };
	}
	const parsed = harvestedDocumentData.safeParse(json);
	if (!parsed.success)
		return { problems: parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => describeIssue(issue)) };
	const entry = parsed.data;
	const problems: Localized[] = [];
	if (entry.document.id !== id)
		problems.push(
			say(
				`die Datei beschreibt \`${entry.document.id}\`, nicht \`${id}\``,
				`the file describes \`${entry.document.id}\`, not \`${id}\``,
			),
		);
	for (const lang of ['de', 'en'] as const)
		if (!isUnderSource(entry.document.url[lang], source))
			problems.push(
				say(
					`die Adresse \`document.url.${lang}\` liegt nicht bei der Quelle (${source.url})`,
					`the address \`document.url.${lang}\` is not at the source (${source.url})`,
				),
			);
	if (entry.source.format !== 'md')
		problems.push(
			say(
				'ein MDX-Dokument: übernommen wird nur Markdown, denn MDX kann Programmcode enthalten',
				'an MDX document: only Markdown is taken, as MDX can hold program code',
			),
		);
	if (problems.length > 0) return { problems };
	const path = harvestedFilePath(root, source, entry.document.kind, id);
	const result = validateFile(root, entry.document.kind, path, today, new TextEncoder().encode(sourceFileText(entry)));
	const errors = result.diagnostics.filter((d) => d.severity === 'error');
	if (errors.length > 0)
		return {
			problems: errors
				.slice(0, MAX_PROBLEMS)
				.map((d) => say(`Zeile ${d.line}: ${d.message.de}`, `line ${d.line}: ${d.message.en}`)),
		};
	if (!result.document || result.document.kind !== entry.document.kind)
		return { problems: [say('die Kopfdaten passen nicht zur Dokumentart', 'the front matter does not fit the kind')] };
	// The dates pages order and show harvested documents by record what happened, so they must have
	// passed (a future `listed` would pin a document to the top of every list). Others, such as
	// the end of a consultation, lie ahead by nature; the file's own dates were checked with it.
	const future = Object.entries(entry.document.dates).find(([key, day]) => PAST_DATES.has(key) && day > today);
	if (future)
		return {
			problems: [
				say(
					`das Datum \`dates.${future[0]}\` (${future[1]}) liegt nach dem Tag des Baus`,
					`the date \`dates.${future[0]}\` (${future[1]}) lies after the day of the build`,
				),
			],
		};
	// What a page says of the document comes from the file the checks passed, not from what the catalogue claims.
	const { data } = result.document;
	return {
		entry: {
			...entry,
			document: {
				...entry.document,
				title: data.title,
				summary: data.summary,
				lang: data.lang,
				example: data.example,
				dates: { ...entry.document.dates, published: data.published },
			},
		},
	};
}
