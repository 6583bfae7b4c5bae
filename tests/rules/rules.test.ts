/**
 * Examples are tests, as in remark-lint: every rule of the validator has
 * documents that must pass (`ok/`) and documents that must fail (`not-ok/`),
 * under `tests/fixtures/rules/<ruleId>/<ok|not-ok>/<kind>/<name>`. The kind is
 * `positions`, `lessons`, `guides`, `registry` for files laid over the real
 * registries, `content` for files laid over `content/`, `library` for
 * files laid over the library's root and committed to git, or `base` for a
 * published state and a change to it, validated against the base (see
 * `FixtureKind`). A name is one file, or a folder of files that only make sense
 * together (two papers with the same id, a supersession loop); see
 * `placeFixture`. Each example is validated alone in a temporary library. A
 * failing example's messages, German and English, are pinned in
 * `<name>.expected.txt` beside it, so that a change of wording or position
 * shows up in review.
 *
 * The rule table (`src/lib/validate/report/rules.ts`) is held to the
 * fixtures: its ids are the fixture folders, each rule's failing examples
 * must emit it (a rule declared but never reported fails), and every
 * diagnostic carries the severity the table declares and the address of the
 * rule's section in `docs/rules.md`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	DIAGNOSTIC_SOURCE,
	formatDiagnostic,
	MESSAGE_LANGUAGES,
	RULE_IDS,
	RULES as RULE_TABLE,
	validateLibrary,
	type Diagnostic,
	type RuleId,
} from '../../src/lib/validate/index.ts';
import { readBase } from '../../src/lib/history/base-branch.ts';
import {
	BASE_BRANCH,
	clearDocuments,
	createTempLibrary,
	FIXTURE_KINDS,
	OWN_LIBRARY_KINDS,
	placeFixture,
	removeTempLibrary,
	REPOSITORY,
	type FixtureKind,
} from '../support/temp-library.ts';

const RULES = join(REPOSITORY, 'tests/fixtures/rules');
const TODAY = '2026-11-27';
const SNAPSHOT = '.expected.txt';

interface Fixture {
	rule: RuleId;
	expectation: 'ok' | 'not-ok';
	kind: FixtureKind;
	/** Path relative to `tests/fixtures/rules/`. */
	name: string;
	path: string;
}

const listDirectory = (path: string) => (existsSync(path) ? readdirSync(path).sort() : []);

function listFixtures(): Fixture[] {
	const out: Fixture[] = [];
	for (const rule of listDirectory(RULES)) {
		for (const expectation of ['ok', 'not-ok'] as const) {
			for (const kind of listDirectory(join(RULES, rule, expectation))) {
				for (const entry of listDirectory(join(RULES, rule, expectation, kind))) {
					if (entry.endsWith(SNAPSHOT)) continue;
					const name = `${rule}/${expectation}/${kind}/${entry}`;
					out.push({ rule: rule as RuleId, expectation, kind: kind as FixtureKind, name, path: join(RULES, name) });
				}
			}
		}
	}
	return out;
}

/** The report of one fixture as a contributor reads it, in both languages. */
const render = (diagnostics: readonly Diagnostic[]) =>
	MESSAGE_LANGUAGES.map(
		(lang) => `${lang}:\n${diagnostics.map((d) => `${formatDiagnostic(d, lang)}\n`).join('')}`,
	).join('\n');

const fixtures = listFixtures();

describe('rule fixtures', () => {
	it('are one folder per rule of the table, each with passing and failing examples', () => {
		expect(listDirectory(RULES)).toEqual([...RULE_IDS].sort());
		for (const rule of RULE_IDS) {
			expect(fixtures.filter((f) => f.rule === rule && f.expectation === 'ok').length, `${rule}/ok`).toBeGreaterThan(0);
			expect(
				fixtures.filter((f) => f.rule === rule && f.expectation === 'not-ok').length,
				`${rule}/not-ok`,
			).toBeGreaterThan(0);
		}
	});

	it('are placed under a known kind, and every snapshot belongs to a failing example', () => {
		for (const fixture of fixtures) expect(FIXTURE_KINDS, fixture.name).toContain(fixture.kind);
		const names = new Set(fixtures.map((f) => f.path));
		for (const rule of RULE_IDS) {
			for (const expectation of ['ok', 'not-ok']) {
				for (const kind of listDirectory(join(RULES, rule, expectation))) {
					for (const entry of listDirectory(join(RULES, rule, expectation, kind)).filter((e) => e.endsWith(SNAPSHOT))) {
						expect(expectation, `stray snapshot ${rule}/${expectation}/${kind}/${entry}`).toBe('not-ok');
						expect(
							names.has(join(RULES, rule, expectation, kind, entry.slice(0, -SNAPSHOT.length))),
							`orphan snapshot ${entry}`,
						).toBe(true);
					}
				}
			}
		}
	});
});

// One library for all document fixtures, emptied before each: the registries
// (with the municipal register) are then parsed once. Registry fixtures change
// the registries (and content or library fixtures more than the documents) and get a library of their own.
let shared: string;
beforeAll(() => {
	shared = createTempLibrary();
});
afterAll(() => removeTempLibrary(shared));

/** The anchors of `docs/rules.md`: its `## <rule>` headings. */
const documented = new Set(
	[...readFileSync(join(REPOSITORY, 'docs/rules.md'), 'utf8').matchAll(/^## (\S+)$/gm)].map((m) => m[1]!),
);

/** Every rule id emitted by a failing example of that rule, gathered as the examples run. */
const emitted = new Set<RuleId>();

/**
 * What every diagnostic must carry beside its message: the severity the rule
 * table declares, the validator as source, the address of the rule's section
 * in `docs/rules.md`, and an end, where there is one, not before the start.
 */
function expectTableFields(d: Diagnostic): void {
	const shown = formatDiagnostic(d);
	expect(Object.hasOwn(RULE_TABLE, d.ruleId), shown).toBe(true);
	expect(d.severity, shown).toBe(RULE_TABLE[d.ruleId].severity);
	expect(d.source, shown).toBe(DIAGNOSTIC_SOURCE);
	expect(d.url, shown).toBe(`docs/rules.md#${d.ruleId}`);
	expect(documented.has(d.url.split('#')[1]!), `${shown}: no section ${d.url}`).toBe(true);
	expect(d.line, shown).toBeGreaterThanOrEqual(1);
	expect(d.column, shown).toBeGreaterThanOrEqual(1);
	if (d.endLine !== undefined || d.endColumn !== undefined) {
		expect(d.endLine, shown).toBeGreaterThanOrEqual(d.line);
		expect(d.endColumn, shown).toBeGreaterThanOrEqual(1);
		if (d.endLine === d.line) expect(d.endColumn, shown).toBeGreaterThan(d.column);
	}
}

/** Validates a library holding only `fixture` (and the real registries). */
function check(fixture: Fixture): { diagnostics: Diagnostic[]; root: string } {
	const result = validate(fixture);
	for (const d of result.diagnostics) expectTableFields(d);
	return result;
}

function validate(fixture: Fixture): { diagnostics: Diagnostic[]; root: string } {
	if (OWN_LIBRARY_KINDS.includes(fixture.kind)) {
		const own = createTempLibrary();
		try {
			placeFixture(own, fixture.kind, fixture.path);
			const base = fixture.kind === 'base' ? readBase(own, BASE_BRANCH) : undefined;
			if (base && 'problem' in base) throw new Error(base.problem.en);
			return { diagnostics: validateLibrary(own, { today: TODAY, ...(base ? { base } : {}) }).diagnostics, root: own };
		} finally {
			removeTempLibrary(own);
		}
	}
	clearDocuments(shared);
	placeFixture(shared, fixture.kind, fixture.path);
	return { diagnostics: validateLibrary(shared, { today: TODAY }).diagnostics, root: shared };
}

describe.each(RULE_IDS)('rule %s', (rule) => {
	const ok = fixtures.filter((f) => f.rule === rule && f.expectation === 'ok');
	const notOk = fixtures.filter((f) => f.rule === rule && f.expectation === 'not-ok');

	it.each(ok.map((f) => [f.name, f] as const))('%s passes without any message', (_, fixture) => {
		const { diagnostics } = check(fixture);
		expect(render(diagnostics)).toBe(render([]));
	});

	it.each(notOk.map((f) => [f.name, f] as const))('%s fails with its pinned messages', async (_, fixture) => {
		const { diagnostics, root: used } = check(fixture);
		expect(diagnostics.map((d) => d.ruleId)).toContain(rule);
		emitted.add(rule);
		const text = render(diagnostics);
		// Messages name files relative to the library, never the machine's folders.
		expect(text).not.toContain(used);
		await expect(text).toMatchFileSnapshot(`${fixture.path}${SNAPSHOT}`);
	});
});

describe('rule table', () => {
	// Runs after the examples above, which gather what they emit.
	it('has no rule that its failing examples do not emit', () => {
		expect(RULE_IDS.filter((rule) => !emitted.has(rule))).toEqual([]);
	});
});
