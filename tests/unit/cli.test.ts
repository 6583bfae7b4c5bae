/**
 * `npm run validate` as CI and contributors run it: a child process in the
 * library's folder (the command validates `process.cwd()`), checked for its
 * exit code, its words and its three machine formats.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createTempLibrary,
	placeFixture,
	removeTempLibrary,
	REPOSITORY,
	type FixtureKind,
} from '../support/temp-library.ts';

const SCRIPT = join(REPOSITORY, 'scripts/validate.ts');
const RULES = join(REPOSITORY, 'tests/fixtures/rules');

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the command in `cwd` on a fixed day, as CI would. */
function validate(cwd: string, ...args: string[]): Promise<Run> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [SCRIPT, ...args], {
			cwd,
			env: { ...process.env, DREIKLANG_BUILD_DATE: '2026-11-27' },
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', fail);
		child.on('close', (status) => done({ status, stdout, stderr }));
	});
}

/**
 * Starts every run once, a few at a time: each one loads the registries in a
 * new process, and one after the other they would take half a minute.
 */
async function runAll<K extends string>(calls: Record<K, () => Promise<Run>>, parallel = 3): Promise<Record<K, Run>> {
	const queue = Object.entries(calls) as [K, () => Promise<Run>][];
	const out = {} as Record<K, Run>;
	const worker = async () => {
		for (let next = queue.shift(); next; next = queue.shift()) out[next[0]] = await next[1]();
	};
	await Promise.all(Array.from({ length: parallel }, worker));
	return out;
}

/** A library holding the given rule fixtures (`<rule>/<ok|not-ok>/<kind>/<name>`). */
function library(...fixtures: string[]): string {
	const root = createTempLibrary();
	for (const fixture of fixtures) placeFixture(root, fixture.split('/')[2] as FixtureKind, join(RULES, fixture));
	return root;
}

/** A stack trace line as Node prints it. */
const STACK = /^\s+at /m;

const roots: string[] = [];
const make = (...fixtures: string[]) => {
	const root = library(...fixtures);
	roots.push(root);
	return root;
};
afterAll(() => roots.forEach(removeTempLibrary));

describe('npm run validate', () => {
	let runs: Awaited<ReturnType<typeof start>>;
	const start = () => {
		const clean = make(
			'schema/ok/positions/mitzeichnung-laeuft.md',
			'link/ok/lessons/gueltige-links',
			'review-overdue/ok/guides/frisch-geprueft.md',
		);
		// Bad content of every sort a contributor can produce: none of it may crash the command.
		const broken = make(
			'schema/not-ok/positions/unbekannter-status.md',
			'review-overdue/not-ok/guides/lange-nicht-geprueft.md',
			'encoding/not-ok/guides/latin1.md',
			'yaml/not-ok/lessons/doppeltes-feld.md',
			'mdx-syntax/not-ok/positions/offener-hinweis.mdx',
			'link/not-ok/positions/kaputte-prozentkodierung.md',
		);
		const warnings = make('review-overdue/not-ok/guides/lange-nicht-geprueft.md');
		// Libraries that name their forge: rule documentation becomes an address there.
		const onGithub = make('schema/not-ok/positions/unbekannter-status.md');
		copyFileSync(join(REPOSITORY, 'site.config.yaml'), join(onGithub, 'site.config.yaml'));
		const onGitlab = make('schema/not-ok/positions/unbekannter-status.md');
		writeFileSync(
			join(onGitlab, 'site.config.yaml'),
			readFileSync(join(REPOSITORY, 'site.config.yaml'), 'utf8')
				.replace(/host: github/, 'host: gitlab')
				.replace(/url: https:\/\/github\.com\/example\/dreiklang/, 'url: https://gitlab.example/verband/bibliothek'),
		);
		// A pull request that changes an adopted paper's demand without a change note.
		const againstBase = make('change-note/not-ok/base/forderung-erfuellt-ohne-hinweis');
		// A folder that is no library: the registries are missing.
		const empty = mkdtempSync(join(tmpdir(), 'dreiklang-empty-'));
		roots.push(empty);
		return runAll({
			clean: () => validate(clean),
			de: () => validate(broken),
			en: () => validate(broken, '--lang', 'en'),
			paths: () => validate(broken, '--lang', 'en', 'content/guides'),
			lenient: () => validate(warnings, '--lang', 'en'),
			strict: () => validate(warnings, '--lang', 'en', '--strict'),
			github: () => validate(broken, '--format', 'github'),
			gitlab: () => validate(broken, '--format', 'gitlab', '--lang', 'en'),
			json: () => validate(broken, '--format', 'json', '--lang', 'en'),
			githubLinked: () => validate(onGithub, '--format', 'github'),
			gitlabLinked: () => validate(onGitlab, '--format', 'gitlab', '--lang', 'en'),
			nope: () => validate(clean, '--format', 'nope'),
			unknownOption: () => validate(clean, '--colour'),
			internal: () => validate(empty),
			base: () => validate(againstBase, '--base', 'main', '--lang', 'en'),
			withoutBase: () => validate(againstBase, '--lang', 'en'),
			unknownBase: () => validate(clean, '--base', 'origin/main'),
		});
	};
	beforeAll(async () => {
		runs = await start();
	});

	it('exits 0 on a clean library and says so', () => {
		const run = runs.clean;
		expect(run.status).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.stdout).toMatchInlineSnapshot(`
			"4 Dateien geprüft: 0 Fehler und 0 Warnungen in 0 Dateien. Alles in Ordnung.
			"
		`);
	});

	it('exits 1 for content errors, with German messages grouped by file and a next step', () => {
		const run = runs.de;
		expect(run.status).toBe(1);
		expect(run.stderr).toBe('');
		expect(run.stdout).not.toMatch(STACK);
		expect(run.stdout).toMatchInlineSnapshot(`
			"content/guides/lange-nicht-geprueft.md
			  13:11  Warnung  Die Prüfung des Leitfadens war am 2025-01-15 fällig; Inhalt prüfen und \`reviewed\` aktualisieren  [review-overdue]

			content/guides/latin1.md
			  2:26  Fehler  Die Datei ist nicht in UTF-8 gespeichert; im Editor als „UTF-8“ speichern  [encoding]

			content/lessons/doppeltes-feld.md
			  4:1  Fehler  Fehlerhaftes YAML im Front Matter: das Feld \`summary\` steht zweimal da; eines löschen  [yaml]

			content/positions/kaputte-prozentkodierung.md
			  13:1  Fehler  Relativer Link \`./anhang-%E0%A4%25A.pdf\`: Unlesbare Adresse \`./anhang-%E0%A4%25A.pdf\`; erwartet: eine Datei im Ordner \`content/positions/kaputte-prozentkodierung/\` des Dokuments, relativ angegeben wie \`./kaputte-prozentkodierung/bild.png\`  [link]

			content/positions/offener-hinweis.mdx
			  15:1  Fehler  MDX lässt sich nicht lesen: Expected a closing tag for \`<Hinweis>\` (15:1)  [mdx-syntax]

			content/positions/unbekannter-status.md
			  6:9  Fehler  Unerwarteter Wert \`angenommen\` für \`status\`, erlaubt: „Entwurf“ (\`draft\`), „In Mitzeichnung“ (\`consultation\`), „Beschlossen“ (\`adopted\`), „Ersetzt“ (\`superseded\`), „Zurückgezogen“ (\`withdrawn\`)  [schema]

			6 Dateien geprüft: 5 Fehler und 1 Warnung in 6 Dateien. Beheben Sie die Meldungen und führen Sie \`npm run validate\` erneut aus.
			"
		`);
	});

	it('speaks English with --lang en, with the same rule ids', () => {
		const run = runs.en;
		expect(run.status).toBe(1);
		expect(run.stdout).not.toMatch(STACK);
		expect(run.stdout).toMatchInlineSnapshot(`
			"content/guides/lange-nicht-geprueft.md
			  13:11  warning  Review of this guide was due on 2025-01-15; check the content and update \`reviewed\`  [review-overdue]

			content/guides/latin1.md
			  2:26  error  Unexpected encoding, expected UTF-8 – save the file as UTF-8 in your editor  [encoding]

			content/lessons/doppeltes-feld.md
			  4:1  error  Broken YAML in front matter: unexpected second \`summary\`, expected each key once – delete one  [yaml]

			content/positions/kaputte-prozentkodierung.md
			  13:1  error  Relative link \`./anhang-%E0%A4%25A.pdf\`: Unreadable address \`./anhang-%E0%A4%25A.pdf\`, expected a file in the document's folder \`content/positions/kaputte-prozentkodierung/\`, written relative like \`./kaputte-prozentkodierung/picture.png\`  [link]

			content/positions/offener-hinweis.mdx
			  15:1  error  Unreadable MDX: Expected a closing tag for \`<Hinweis>\` (15:1)  [mdx-syntax]

			content/positions/unbekannter-status.md
			  6:9  error  Unexpected status \`angenommen\`, expected one of “Draft” (\`draft\`), “Open for co-signature” (\`consultation\`), “Adopted” (\`adopted\`), “Replaced” (\`superseded\`), “Withdrawn” (\`withdrawn\`)  [schema]

			6 files checked: 5 errors and 1 warning in 6 files. Fix them and run \`npm run validate\` again.
			"
		`);
	});

	it('limits the report to the paths given, still resolving references across the library', () => {
		const run = runs.paths;
		expect(run.status).toBe(1);
		expect(run.stdout).toMatchInlineSnapshot(`
			"content/guides/lange-nicht-geprueft.md
			  13:11  warning  Review of this guide was due on 2025-01-15; check the content and update \`reviewed\`  [review-overdue]

			content/guides/latin1.md
			  2:26  error  Unexpected encoding, expected UTF-8 – save the file as UTF-8 in your editor  [encoding]

			6 files checked: 1 error and 1 warning in 2 files. Fix them and run \`npm run validate\` again.
			"
		`);
	});

	it('fails on warnings only with --strict', () => {
		const lenient = runs.lenient;
		expect(lenient.status).toBe(0);
		expect(lenient.stdout).toMatchInlineSnapshot(`
			"content/guides/lange-nicht-geprueft.md
			  13:11  warning  Review of this guide was due on 2025-01-15; check the content and update \`reviewed\`  [review-overdue]

			1 file checked: 0 errors and 1 warning in 1 file.
			"
		`);
		const strict = runs.strict;
		expect(strict.status).toBe(1);
		expect(strict.stdout).toMatchInlineSnapshot(`
			"content/guides/lange-nicht-geprueft.md
			  13:11  warning  Review of this guide was due on 2025-01-15; check the content and update \`reviewed\`  [review-overdue]

			1 file checked: 0 errors and 1 warning in 1 file. Fix them and run \`npm run validate\` again.
			"
		`);
	});

	it('writes GitHub workflow annotations with --format github', () => {
		const run = runs.github;
		expect(run.status).toBe(1);
		const lines = run.stdout.trimEnd().split('\n');
		const summary = lines.pop();
		expect(summary).toMatch(/^6 Dateien geprüft: /);
		// Each annotation names its rule and ends with the address of the rule's documentation.
		for (const line of lines)
			expect(line).toMatch(
				/^::(error|warning) file=[^,:]+,line=\d+,col=\d+(,endLine=\d+(,endColumn=\d+)?)?,title=(?<rule>[a-z]+(-[a-z]+)*)::\S.* \(docs\/rules\.md#\k<rule>\)$/,
			);
		expect(run.stdout).toMatchInlineSnapshot(`
			"::warning file=content/guides/lange-nicht-geprueft.md,line=13,col=11,endLine=13,endColumn=21,title=review-overdue::Die Prüfung des Leitfadens war am 2025-01-15 fällig; Inhalt prüfen und \`reviewed\` aktualisieren (docs/rules.md#review-overdue)
			::error file=content/guides/latin1.md,line=2,col=26,title=encoding::Die Datei ist nicht in UTF-8 gespeichert; im Editor als „UTF-8“ speichern (docs/rules.md#encoding)
			::error file=content/lessons/doppeltes-feld.md,line=4,col=1,title=yaml::Fehlerhaftes YAML im Front Matter: das Feld \`summary\` steht zweimal da; eines löschen (docs/rules.md#yaml)
			::error file=content/positions/kaputte-prozentkodierung.md,line=13,col=1,title=link::Relativer Link \`./anhang-%25E0%25A4%2525A.pdf\`: Unlesbare Adresse \`./anhang-%25E0%25A4%2525A.pdf\`; erwartet: eine Datei im Ordner \`content/positions/kaputte-prozentkodierung/\` des Dokuments, relativ angegeben wie \`./kaputte-prozentkodierung/bild.png\` (docs/rules.md#link)
			::error file=content/positions/offener-hinweis.mdx,line=15,col=1,title=mdx-syntax::MDX lässt sich nicht lesen: Expected a closing tag for \`<Hinweis>\` (15:1) (docs/rules.md#mdx-syntax)
			::error file=content/positions/unbekannter-status.md,line=6,col=9,endLine=6,endColumn=19,title=schema::Unerwarteter Wert \`angenommen\` für \`status\`, erlaubt: „Entwurf“ (\`draft\`), „In Mitzeichnung“ (\`consultation\`), „Beschlossen“ (\`adopted\`), „Ersetzt“ (\`superseded\`), „Zurückgezogen“ (\`withdrawn\`) (docs/rules.md#schema)
			6 Dateien geprüft: 5 Fehler und 1 Warnung in 6 Dateien. Beheben Sie die Meldungen und führen Sie \`npm run validate\` erneut aus.
			"
		`);
	});

	it("links each rule's documentation on the library's forge when site.config.yaml names it", () => {
		expect(runs.githubLinked.stdout.split('\n')[0]).toMatch(
			/::error .*title=schema::.* \(https:\/\/github\.com\/example\/dreiklang\/blob\/main\/docs\/rules\.md#schema\)$/,
		);
		const [issue] = JSON.parse(runs.gitlabLinked.stdout) as { content: { body: string } }[];
		expect(issue!.content.body).toMatch(
			/\[schema\]\(https:\/\/gitlab\.example\/verband\/bibliothek\/-\/blob\/main\/docs\/rules\.md#schema\)$/,
		);
	});

	it('writes a GitLab Code Quality report with --format gitlab', () => {
		const run = runs.gitlab;
		expect(run.status).toBe(1);
		// The whole output is the report: GitLab reads it as a file.
		const report = JSON.parse(run.stdout) as Record<string, any>[];
		expect(report.length).toBeGreaterThan(0);
		for (const issue of report) {
			expect(Object.keys(issue).sort()).toEqual([
				'check_name',
				'content',
				'description',
				'fingerprint',
				'location',
				'severity',
			]);
			expect(issue.description).toMatch(/\S/);
			expect(issue.check_name).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
			expect(['major', 'minor']).toContain(issue.severity);
			expect(issue.location.path).toMatch(/^content\//);
			expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
			if ('end' in issue.location.lines)
				expect(issue.location.lines.end).toBeGreaterThanOrEqual(issue.location.lines.begin);
			// The rule's summary and a link to its documentation, as Markdown.
			expect(issue.content.body).toMatch(
				new RegExp(`^\\S.*: \\[${issue.check_name}\\]\\(docs/rules\\.md#${issue.check_name}\\)$`),
			);
		}
		expect(new Set(report.map((issue) => issue.fingerprint)).size).toBe(report.length);
		expect(
			report.map(
				(issue) =>
					`${issue.location.path}:${issue.location.lines.begin}${issue.location.lines.end === undefined ? '' : `-${issue.location.lines.end}`} ${issue.severity} ${issue.check_name}`,
			),
		).toMatchInlineSnapshot(`
			[
			  "content/guides/lange-nicht-geprueft.md:13-13 minor review-overdue",
			  "content/guides/latin1.md:2 major encoding",
			  "content/lessons/doppeltes-feld.md:4 major yaml",
			  "content/positions/kaputte-prozentkodierung.md:13 major link",
			  "content/positions/offener-hinweis.mdx:15 major mdx-syntax",
			  "content/positions/unbekannter-status.md:6-6 major schema",
			]
		`);
		expect(report[0]!.content).toMatchInlineSnapshot(`
			{
			  "body": "An implementation guide is reviewed again in time: [review-overdue](docs/rules.md#review-overdue)",
			}
		`);
	});

	it('writes plain JSON with --format json', () => {
		const run = runs.json;
		expect(run.status).toBe(1);
		const list = JSON.parse(run.stdout) as Record<string, unknown>[];
		for (const d of list) {
			// The end is there where the check knows it.
			const keys = Object.keys(d).filter((key) => key !== 'endLine' && key !== 'endColumn');
			expect(keys.sort()).toEqual(['column', 'file', 'line', 'message', 'ruleId', 'severity', 'source', 'url']);
			expect(typeof d.message).toBe('string');
			expect(d.source).toBe('dreiklang');
			expect(d.url).toBe(`docs/rules.md#${String(d.ruleId)}`);
		}
		expect(list.filter((d) => 'endLine' in d).map((d) => d.ruleId)).toEqual(['review-overdue', 'schema']);
		expect(list[0]).toMatchInlineSnapshot(`
			{
			  "column": 11,
			  "endColumn": 21,
			  "endLine": 13,
			  "file": "content/guides/lange-nicht-geprueft.md",
			  "line": 13,
			  "message": "Review of this guide was due on 2025-01-15; check the content and update \`reviewed\`",
			  "ruleId": "review-overdue",
			  "severity": "warning",
			  "source": "dreiklang",
			  "url": "docs/rules.md#review-overdue",
			}
		`);
	});

	it('exits 2 for a wrong call, naming what is allowed', () => {
		const run = runs.nope;
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.split('\n')[0]).toMatchInlineSnapshot(
			`"Unbekanntes Format \`nope\` / unknown format, erlaubt / expected: text, github, gitlab, json"`,
		);
		const unknown = runs.unknownOption;
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).not.toMatch(STACK);
	});

	it('with --base, requires a change note where an adopted paper changed against the base', () => {
		const run = runs.base;
		expect(run.status).toBe(1);
		expect(run.stdout).toMatchInlineSnapshot(`
			"content/positions/grundsteuer-hebesaetze.md
			  6:1  error  Unexpected change of the adopted paper against \`main\` (demand 1: status \`open\` → \`met\`) without a change note, expected a field \`changes\` that says what changed, e.g. \`changes: [{ date: 2026-11-27, type: major, note: What changed. }]\` (\`type: minor\` for typos and links)  [change-note]

			1 file checked: 1 error and 0 warnings in 1 file. Fix them and run \`npm run validate\` again.
			"
		`);
		// Without a base the same change is valid: only the comparison asks for the note.
		expect(runs.withoutBase.status).toBe(0);
	});

	it('exits 2 for a base it cannot read, saying how to fetch it', () => {
		const run = runs.unknownBase;
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain('Der Vergleichsstand `origin/main` ist unbekannt');
		expect(run.stderr).not.toMatch(STACK);
	});

	it('exits 2 without a stack trace when the setup is broken', () => {
		const run = runs.internal;
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(/^Interner Fehler: /);
		expect(run.stderr).not.toMatch(STACK);
	});
});
