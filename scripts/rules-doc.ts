#!/usr/bin/env node
/**
 * `node scripts/rules-doc.ts` — writes `docs/rules.md`, one section per rule of
 * the rule table (`src/lib/validate/report/rules.ts`), in table order. Each
 * section says what the rule catches and why, in the words below, and shows a
 * wrong and a right example and the message, all cut from the rule's fixtures
 * (`tests/fixtures/rules/<rule>/`), so the documentation shows what the
 * validator really does. `tests/rules/rules-doc.test.ts` fails when the file
 * is not what this script writes.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS, RULES, type RuleId } from '../src/lib/validate/index.ts';

const REPOSITORY = fileURLToPath(new URL('../', import.meta.url));
/** Where the fixtures are, relative to the repository. */
export const FIXTURES = 'tests/fixtures/rules';
/** The documentation file, relative to the repository. */
export const RULES_DOC = 'docs/rules.md';
const SNAPSHOT = '.expected.txt';
/** Whole files up to this many lines are shown; longer ones as a window around the problem. */
const WHOLE_FILE = 25;
const WINDOW = 5;
/** Longer lines are left out of examples (the size and depth limits have some of thousands of characters). */
const LONGEST_LINE = 400;

/** What each rule catches and why, for contributors. */
const EXPLANATIONS: Record<RuleId, { catches: string; why: string }> = {
	'address-lost': {
		catches:
			"An address listed in `content/addresses.txt` — or, with `--base`, in the base's list or of a document the base has — that the site no longer serves and no redirect keeps: a deleted or renamed document, a removed topic.",
		why: 'Papers are quoted in council papers, letters and the press for years; their address must never break. A redirect in `content/redirects.yaml` leads readers on (see `docs/hosting.md`).',
	},
	'address-unlisted': {
		catches: 'A document page or co-signatory list the site serves that `content/addresses.txt` does not list yet.',
		why: "Only a listed address is protected from breaking; `npm run addresses` adds it. A warning, so that adding a document stays easy — the pull request template asks for the command, and `--base` protects the base's documents even when the list lags behind.",
	},
	attachment: {
		catches:
			'Files beside a document (in the folder named like it) whose extension is not an allowed one in lower case, whose content does not match the extension, that lie in sub-folders, or a folder without its document.',
		why: 'Attachments are published as they are. Only known, harmless file types are served, and a file must be what its name says, so that no one receives a script disguised as a PDF.',
	},
	'body-limit': {
		catches: 'A body that is too long, or nested too deep (quotes in quotes, lists in lists, brackets in brackets).',
		why: 'Every input must take bounded time to check and render; a few hundred nested quotes would make the parser work for minutes or run out of stack.',
	},
	'change-note': {
		catches:
			'With `npm run validate -- --base <ref>` (as the pull and merge request templates run it): a paper adopted on the base whose text or demands (wording, addressee, status) differ from the base, without a change note that the base does not have.',
		why: 'An adopted paper is quoted in council papers, letters and the press. Its readers must learn what changed since they quoted it, and when; the history page shows the notes beside each version.',
	},
	'cosignature-file': {
		catches:
			"An entry of `content/cosignatures/` that is not `<paper-id>/<signatory>.yaml`: a file outside a paper's folder, a `.yml` or upper-case extension, a file name that names no signatory (`ags-05911000.yaml`, `ags-09162.yaml`, `land-by.yaml`, `<registry-id>.yaml`), or one with capitals.",
		why: 'The file name is who signs: one file per body and paper, so that no two pull requests touch one file and no body signs twice. A file with another name would be neither checked nor counted.',
	},
	'cosignature-paper': {
		catches:
			'A co-signature file whose folder names no document, a document that is no position paper, or a paper that never had a consultation period (a draft, or one adopted without `dates.consultationStart` and `consultationEnd`).',
		why: 'A co-signature joins a paper during its consultation; a file for a paper that is not open to co-signature would count a signature nobody could give.',
	},
	'cosignature-window': {
		catches: "A co-signature dated before the paper's consultation began or after it ended.",
		why: 'The lead body collects co-signatures within a period; a later one is counted only when the lead body extends `dates.consultationEnd` in the paper.',
	},
	'date-order': {
		catches:
			'Dates of one document in an impossible order: a decision before the draft, a review before publication, a reuse before the experience began.',
		why: 'The site sorts, filters and explains documents by these dates; dates in the wrong order are almost always a typing error.',
	},
	'demand-history': {
		catches:
			"A demand's `history` whose steps are not oldest first, or whose last step is not the demand's current `status` and `since`.",
		why: "The paper's timeline and the demand tracker (how long a demand has been open) read the history; one that contradicts the status tells the reader two stories.",
	},
	'duplicate-cosignatory': {
		catches:
			'The same organization twice in `cosignatories`, or both there and in a co-signature file of the paper (`content/cosignatures/<paper>/`).',
		why: 'Each co-signature is counted and shown once; a duplicate inflates the list.',
	},
	'duplicate-id': {
		catches: 'Two documents with the same file name (their id), also across kinds or as `.md` and `.mdx`.',
		why: 'The id is the address of a document and the target of every reference to it; it must name exactly one document.',
	},
	'empty-file': {
		catches: 'A document file that is empty or holds only blank lines.',
		why: 'An empty file is usually an accident (a file created but not written); it has no front matter to validate and nothing to publish.',
	},
	encoding: {
		catches:
			'A file that is not valid UTF-8, such as one saved as Latin-1 or Windows-1252. (The example below is shown decoded as Latin-1.)',
		why: 'The site reads every file as UTF-8; umlauts saved in another encoding would be published as garbled characters.',
	},
	'file-extension': {
		catches: 'Document files whose extension is not `.md` or `.mdx` in lower case (`.MD`, `.Mdx`, `.markdown`).',
		why: 'Only `.md` and `.mdx` files are read by the site: any other document would be neither checked nor published, silently.',
	},
	'file-name': {
		catches: 'File names with capitals, spaces, underscores or umlauts.',
		why: "The file name is the document's id and address; lower-case letters, digits and hyphens make addresses that work everywhere and read the same to everyone.",
	},
	'foreign-language': {
		catches:
			'A `lang` (or `hreflang`) value that names no language: not an ISO 639-1 code (`en`, `fr`, `tr`, optionally with a script and region such as `en-GB`) nor one of the regional and minority languages of Germany with a three-letter code (`nds`, `hsb`, `dsb`, `frr`, `stq`, `rom`). A passage in another language is marked with raw HTML: `<span lang="en">…</span>` inside a paragraph, `<p lang="fr">…</p>` or `<div lang="uk">…</div>` around whole paragraphs; the page carries the attribute as written.',
		why: 'BITV 2.0 (WCAG 3.1.2) asks for passages in another language to be marked: a screen reader then switches its voice and pronunciation. A value it does not know is no mark at all.',
	},
	frontmatter: {
		catches:
			'A document without front matter, with front matter that is not closed, empty or holds only comments, or with anything before the opening `---`.',
		why: 'The front matter holds the fields every page, list and search result is built from; without it the document cannot be shown.',
	},
	'future-date': {
		catches: 'A date after today: a publication, decision, co-signature, review or reuse that has not happened yet.',
		why: 'The library records what has happened. A date in the future is a typing error or a plan, and would sort the document above everything else.',
	},
	'former-key': {
		catches:
			'A reference (`lead`, co-signatories, addressees, a co-signature file `ags-<key>.yaml`) to a municipal or Kreis key that `content/registry/gemeindeverzeichnis/aenderungen.csv` lists as changed: a merged municipality, or one that moved to another Kreis.',
		why: 'The key was right when the document was written, and an adopted paper should not be rewritten for a merger. The reference resolves to the body of today, whose page shows a note of the former name ("früher: …, seit … Teil von …"); the warning only tells maintainers, and new documents should use the new key.',
	},
	'heading-order': {
		catches:
			'Body headings that are a second level-1 heading (`# …` or `<h1>`), or that skip a level on the way down: the first body heading deeper than `##`, or `####` after `##`. Headings count wherever they stand (in lists, quotes, HTML, MDX); going back up (`##` after `####`) is fine.',
		why: "The page shows the document's title as its only level-1 heading and the body below it, so the body's headings start at level 2. Screen reader users move through a page by its headings (BITV 2.0, WCAG 1.3.1 and 2.4.6); a second h1 or a gap in the levels reads as a new page or a missing part.",
	},
	'hosting-cors': {
		catches:
			'A `site.config.yaml` with `peers` whose `hosting.kind` is a host that sends no `Access-Control-Allow-Origin` (`gitlab-pages`: GitLab.com, and openCoDE unless its administrators set the header). This rule warns; it fails the check only with `--strict`.',
		why: "Live search across libraries runs in the reader's browser, which may read another site's search index only when that site's host allows it. Peers usually list each other, so an instance with peers on such a host will be searched by libraries that cannot read it; they can still harvest it, at build time, where no such header is needed. See `docs/hosting.md`.",
	},
	image: {
		catches:
			"Images without alternative text, and image addresses that are missing, lead out of the document's folder or are not images.",
		why: "Alternative text is how a blind reader learns what an image shows (accessibility law requires it), and images are published only from the document's own folder.",
	},
	'key-change': {
		catches:
			'A row of `content/registry/gemeindeverzeichnis/aenderungen.csv` (`alt,neu,datum,art,name`) with malformed keys or date, an unknown `art`, no name, an old key listed twice or still in the register, a new key that is not in the register (directly or at the end of a chain), a chain out of date order, or a loop.',
		why: 'References to old keys resolve through this registry; a wrong row would send them to the wrong body or nowhere. An old key still in the register names a body that exists, so a change from it would redirect references that are right today (a change of Kreis changes the key too, as a Gemeinde key begins with its Kreis). Record a change after importing the edition that has the new key.',
	},
	'lead-cosignatory': {
		catches: 'The lead body (`lead`) listed among its own co-signatories, or co-signing its own paper by a file.',
		why: 'The lead body signs by leading; listing it again counts it twice.',
	},
	'line-endings': {
		catches:
			'Lines ending with a lone carriage return (CR, the old Mac format). (The example below is shown with its line ends normalised.)',
		why: "The site's Markdown reader and the validator would split such lines differently, so what is checked would not be what is shown.",
	},
	link: {
		catches:
			'Internal links to pages that do not exist, relative links to files that are not there, fragments (`#…`) that name no heading, and unreadable addresses.',
		why: 'A broken link is a dead end for a reader; these are found before publication instead of by readers.',
	},
	'link-text': {
		catches:
			"Links without text (also a linked image without alternative text), links whose text names no target (“hier”, “mehr”, “klicken Sie hier”, “weiterlesen”, “Link”, “here”, “more”, “click here”, “read more” …, compared after trimming, lower-casing and dropping punctuation), and an address as text that is not the link's own target. An address as text is fine when it is the target or its site (`www.bund.de` for `https://www.bund.de/…`, an e-mail address for its `mailto:`). Footnote marks are exempt; an `aria-label` counts as the text.",
		why: 'Screen reader users often jump from link to link or list all links of a page; “hier, mehr, hier” tells them nothing (BITV 2.0, WCAG 2.4.4). A link that shows one address and leads to another misleads everyone.',
	},
	'mdx-component': {
		catches: 'MDX components other than the allowed ones.',
		why: 'Only the components the site provides can be rendered; any other name would be an error in the build or a way to run code.',
	},
	'mdx-esm': {
		catches: '`import` and `export` statements in MDX.',
		why: 'They would run code during the build; the allowed components are available without import.',
	},
	'mdx-expression': {
		catches: 'JavaScript expressions in `{…}`, in text or in attributes, and spread attributes.',
		why: 'An expression is code that runs during the build; a document holds text, not programs.',
	},
	'mdx-props': {
		catches: 'Props of an allowed component that are unknown, empty or of the wrong type.',
		why: "The component's props are validated by its schema, as front matter is; a wrong prop would break or distort the rendered box.",
	},
	'mdx-syntax': {
		catches: 'MDX that cannot be read: unclosed or mismatched tags, HTML comments, stray braces.',
		why: 'MDX is stricter than Markdown; a file the reader cannot parse cannot be built.',
	},
	redirect: {
		catches:
			'An entry of `content/redirects.yaml` that redirects an id twice, from an id that still exists, to an id that does not, in a chain (a → b → c) or a loop, or to a withdrawn document.',
		why: 'A redirect must lead a reader to a page in one step; a chain is slow and breaks when one link changes, a loop never arrives.',
	},
	reference: {
		catches: 'References to a topic, crisis, measure, organization, municipality or document that does not exist.',
		why: 'References become links and filters on the site; one that points nowhere is a broken link and a missing filter entry.',
	},
	redaction: {
		catches:
			'An entry of `content/registry/redactions.yaml` whose `files` are not document paths (`content/positions/x.md`), or a commit listed twice (also as a shorter and a longer hash).',
		why: 'A redaction takes a version off the site for data protection or copyright; a path that names no document would leave that version online without anyone noticing.',
	},
	'registry-file': {
		catches:
			'Registry files that are missing, cannot be read, have the wrong extension (`.yml`), or tables with missing columns or broken CSV.',
		why: 'Every document points into the registries; a registry that is not read makes every reference into it fail.',
	},
	'registry-id': {
		catches: 'An id used twice in a registry, or an id that is reserved.',
		why: 'A registry id is what documents refer to; it must name exactly one entry.',
	},
	'remote-resource': {
		catches: 'Images and other resources loaded from another host.',
		why: "Loading from elsewhere tells that host who reads the page (privacy) and lets it change what the page shows; resources are published from the document's folder.",
	},
	'review-overdue': {
		catches:
			'An implementation guide whose `reviewed` date is older than its review interval. This rule warns; it fails the check only with `--strict`.',
		why: 'Guides describe current law and practice and go stale; the warning tells the editors to check the content and confirm it with a new `reviewed` date.',
	},
	schema: {
		catches:
			'Front matter that does not match the schema of its kind: missing fields, unknown fields (typos), wrong types, values outside the allowed list, dates in the wrong format, and rules between fields.',
		why: 'The schema is the one definition of each kind of document; the pages, the search and the catalogue rely on every field being there and right. An unknown field is an error, never silently dropped.',
	},
	'site-file': {
		catches:
			'A file that `site.config.yaml` names for the operator (logo, sign-language video, captions) that is missing, a link, not what its extension says, or an SVG logo with script, event handlers, `foreignObject`, references out of the file, style sheets or a DOCTYPE.',
		why: 'These files are published on every page or on the accessibility pages. A raster image is checked like an attachment; an SVG can carry script and load other files, so it is parsed as XML and written anew with only shapes, text and gradients, and what cannot be made safe is refused.',
	},
	'size-limit': {
		catches: 'Documents, attachments and registry files over their size limit.',
		why: "Every input is bounded in time and memory; large files slow the build and the readers' downloads.",
	},
	supersession: {
		catches:
			'`supersedes` chains that are broken: a superseded paper without successor, a successor of a paper that is still in force, two successors, or a loop.',
		why: 'Readers follow the chain from an old paper to the one in force; it must lead from newer to older papers, without gaps or circles.',
	},
	symlink: {
		catches: 'Symbolic links anywhere under `content/`.',
		why: 'A link could point at any file of the machine that builds the site (a key, `/etc/passwd`) and publish it; links are refused, never followed.',
	},
	'synonym-term': {
		catches: 'A term of `content/registry/synonyms.yaml` that stands in two groups, or twice in one.',
		why: 'A term in two groups would join them unseen: every term of both would find every other, and searches would bring back documents nobody asked for.',
	},
	'table-header': {
		catches:
			'Tables without a header: a Markdown table whose header row (the row above `| --- |`) is empty, and an HTML table without any `<th>` cell with text.',
		why: 'A screen reader announces the column header with each cell; without one, a row of numbers is just numbers (BITV 2.0, WCAG 1.3.1). Markdown tables always have a header row, so it only needs filling in.',
	},
	'tracked-cache': {
		catches: 'A validation cache (`.cache/…`) committed to the repository.',
		why: 'A cache vouches that files were checked; one that comes with a pull request could vouch for files that were never checked.',
	},
	'unknown-file': {
		catches: 'Files and folders under `content/` where none is expected.',
		why: 'Such files are neither checked nor published; usually they are in the wrong place and would be silently missing from the site.',
	},
	'unsafe-attribute': {
		catches:
			'HTML attributes that are not allowed: event handlers (`onclick`), own classes and styles, values of the wrong form.',
		why: "Event handlers run code in the reader's browser; the site sets the layout. Only an allowlist of attributes is published.",
	},
	'unsafe-html': {
		catches: 'HTML elements other than text mark-up: scripts, styles, frames, forms, objects, media, SVG and MathML.',
		why: 'These can run code, load content from elsewhere or imitate the site; a document holds text, links, tables and images.',
	},
	'unsafe-url': {
		catches: 'Addresses with a scheme other than `https:`, `mailto:` or `tel:` (such as `javascript:` or `data:`).',
		why: 'Such addresses run code or smuggle content when a reader follows them.',
	},
	yaml: {
		catches:
			'Front matter that is not valid YAML, has a field twice, nests too deep, or holds a value the site reads differently from the validator (unquoted dates or numbers that one reader takes as text).',
		why: "The front matter is read by two YAML readers (the site's and the validator's); what one reads differently from the other would be checked as one thing and published as another.",
	},
};

/** One entry of a fixture: a text file, a binary file or a symbolic link, relative to the fixture. */
type Entry = { path: string; text?: string | undefined; link?: string };

/**
 * The text of a fixture file as the documentation shows it: UTF-8, else
 * Latin-1 (the encoding fixtures); without a byte-order mark; line ends as
 * LF. `undefined` for a binary file.
 */
export function fixtureText(path: string): string | undefined {
	const bytes = readFileSync(path);
	if (bytes.includes(0)) return undefined;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		text = bytes.toString('latin1');
	}
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The files of a fixture (a file, or a folder of files), in order. */
function entries(path: string, relative = posix.basename(path)): Entry[] {
	const stat = lstatSync(path);
	if (stat.isSymbolicLink()) return [{ path: relative, link: readlinkSync(path) }];
	if (stat.isDirectory())
		return readdirSync(path)
			.sort()
			.flatMap((name) => entries(join(path, name), `${relative}/${name}`));
	return [{ path: relative, text: fixtureText(path) }];
}

/** A rule's fixtures of one expectation: `{ name, path }` with `name` like `schema/not-ok/positions/unbekannter-status.md`. */
function fixtures(rule: RuleId, expectation: 'ok' | 'not-ok'): { name: string; path: string }[] {
	const dir = join(REPOSITORY, FIXTURES, rule, expectation);
	return readdirSync(dir)
		.sort()
		.flatMap((kind) =>
			readdirSync(join(dir, kind))
				.sort()
				.filter((e) => !e.endsWith(SNAPSHOT))
				.map((e) => ({ name: `${rule}/${expectation}/${kind}/${e}`, path: join(dir, kind, e) })),
		);
}

/** The pinned messages of `rule` in a failing fixture: `{ de, en }` lines with file and line. */
function messages(
	path: string,
	rule: RuleId,
): { de: string | undefined; en: string | undefined; file: string | undefined; line: number | undefined } {
	const text = readFileSync(`${path}${SNAPSHOT}`, 'utf8');
	const [de = '', en = ''] = text.split(/^en:$/m);
	const pick = (part: string) => part.split('\n').find((l) => l.endsWith(`  [${rule}]`));
	const found = pick(en);
	const place = found ? /^(.*?):(\d+):\d+ {2}/.exec(found) : null;
	return { de: pick(de), en: found, file: place?.[1], line: place ? Number(place[2]) : undefined };
}

/** The lines worth showing of a text: the whole of a short one, else a window around `line`, without overlong lines. */
function excerpt(text: string, line = 1): string {
	const lines = text.replace(/\n$/, '').split('\n');
	if (lines.length <= WHOLE_FILE && lines.every((l) => l.length <= LONGEST_LINE)) return lines.join('\n');
	let from = Math.max(0, line - 1 - WINDOW);
	let to = Math.min(lines.length, line + WINDOW);
	// Shrink to the run of showable lines around (or, if it is itself too long, before) the line.
	const target = Math.min(Math.max(line - 1, from), to - 1);
	let start = lines[target]!.length <= LONGEST_LINE ? target : target - 1;
	while (start >= 0 && lines[start]!.length > LONGEST_LINE) start--;
	let end = start;
	while (end + 1 < to && lines[end + 1]!.length <= LONGEST_LINE) end++;
	while (start - 1 >= from && lines[start - 1]!.length <= LONGEST_LINE) start--;
	from = start;
	to = end + 1;
	return start < 0 ? '' : lines.slice(from, to).join('\n');
}

const LANGUAGES: Record<string, string> = {
	'.md': 'md',
	'.mdx': 'mdx',
	'.yaml': 'yaml',
	'.yml': 'yaml',
	'.csv': 'csv',
	'.json': 'json',
};

/** A fenced block that no fence inside the text can close. */
function fence(text: string, language: string): string {
	const longest = Math.max(2, ...[...text.matchAll(/^`{3,}/gm)].map((m) => m[0].length));
	const marks = '`'.repeat(longest + 1);
	return `${marks}${language}\n${text}${text === '' ? '' : '\n'}${marks}`;
}

/** How the files of a fixture lie, for an example made of several files or links. */
function layout(list: readonly Entry[]): string {
	if (list.length === 1 && !list[0]!.link && !list[0]!.path.includes('/')) return '';
	return `${list.map((e) => `- \`${e.path}\`${e.link ? ` → \`${e.link}\` (a symbolic link)` : e.text === undefined ? ' (binary)' : ''}`).join('\n')}\n\n`;
}

/**
 * An example: the fixture's layout and one of its files — the one named
 * `file` (around `line`) if it has one, else its document, else any text.
 */
function example(label: string, fixture: { name: string; path: string }, file?: string, line?: number): string {
	const list = entries(fixture.path).filter((e) => !e.path.endsWith('.gitkeep'));
	const matching = list.filter(
		(e) => e.text !== undefined && file !== undefined && posix.basename(e.path) === posix.basename(file),
	);
	// A change against a base has the file twice: the proposed version is the one the message is about.
	const named = matching.find((e) => e.path.split('/')[1] === 'change') ?? matching[0];
	const shown =
		named ??
		list.find((e) => e.text !== undefined && Object.hasOwn(LANGUAGES, extname(e.path))) ??
		list.find((e) => e.text !== undefined);
	let out = `**${label}** (\`${FIXTURES}/${fixture.name}\`):\n\n${layout(list)}`;
	if (!shown) return out;
	if (list.length > 1 || shown.path.includes('/'))
		out += `\`${shown.path}\`${shown.text === '' ? ' (empty)' : ''}:\n\n`;
	else if (shown.text === '') out += 'The file is empty.\n\n';
	return `${out}${fence(excerpt(shown.text!, shown === named ? line : 1), LANGUAGES[extname(shown.path)] ?? 'text')}\n\n`;
}

/** The section of one rule. */
function section(rule: RuleId): string {
	const { severity, summary } = RULES[rule];
	const { catches, why } = EXPLANATIONS[rule];
	// The failing example: the first fixture whose message names one of its files.
	const failing = fixtures(rule, 'not-ok').map((f) => ({ fixture: f, ...messages(f.path, rule) }));
	const shownFailing =
		failing.find(
			(f) =>
				f.file &&
				entries(f.fixture.path).some((e) => e.text !== undefined && posix.basename(e.path) === posix.basename(f.file!)),
		) ?? failing[0]!;
	const passing = fixtures(rule, 'ok');
	const shownPassing = passing.find((f) => entries(f.path).some((e) => e.text)) ?? passing[0]!;
	return [
		`## ${rule}\n\n`,
		`${summary.en}. *${summary.de}.* Severity: **${severity}**.\n\n`,
		`**What it catches.** ${catches}\n\n`,
		`**Why.** ${why}\n\n`,
		example('Wrong', shownFailing.fixture, shownFailing.file, shownFailing.line),
		// The passing counterpart of the file the failing example shows, where there is one.
		example('Right', shownPassing, shownFailing.file),
		`**Message** (English, then German):\n\n${fence(shownFailing.en ?? '', 'text')}\n\n${fence(shownFailing.de ?? '', 'text')}\n`,
	].join('');
}

/** The whole of `docs/rules.md`. */
export function renderRulesDoc(): string {
	const intro = `# Validation rules

Every problem \`npm run validate\` (and the site build) reports names a rule, such as \`[schema]\` or
\`[link]\`. This page has one section per rule, in the order of the rule table
(\`src/lib/validate/report/rules.ts\`); each diagnostic's \`url\` points at its section
(\`docs/rules.md#<rule>\`). The examples are cut from the rule's test fixtures
(\`${FIXTURES}/<rule>/ok/\` must pass, \`…/not-ok/\` must fail with the messages shown), so they show
what the validator really does.

An **error** fails the check and the build; a **warning** is reported and fails only with
\`npm run validate -- --strict\`.

This file is written by \`node scripts/rules-doc.ts\`; edit the script or the fixtures, not this file.

`;
	return `${intro}${RULE_IDS.map(section).join('\n')}`;
}

if (import.meta.main) {
	writeFileSync(join(REPOSITORY, RULES_DOC), renderRulesDoc());
	console.log(`${RULES_DOC}: ${RULE_IDS.length} rules`);
}
