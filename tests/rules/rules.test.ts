/**
 * Examples are tests, as in remark-lint: every rule of the validator has
 * documents that must pass (`ok/`) and documents that must fail (`not-ok/`),
 * under `tests/fixtures/rules/<ruleId>/<ok|not-ok>/<kind>/<name>`. The kind is
 * `positions`, `lessons`, `guides`, `registry` for files laid over the real
 * registries, `content` for files laid over `content/`, or `library` for
 * files laid over the library's root and committed to git (see
 * `FixtureKind`). A name is one file, or a folder of files that only make sense
 * together (two papers with the same id, a supersession loop); see
 * `placeFixture`. Each example is validated alone in a temporary library. A
 * failing example's messages, German and English, are pinned in
 * `<name>.expected.txt` beside it, so that a change of wording or position
 * shows up in review.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../src/lib/validate/report/diagnostics.ts';
import { MESSAGE_LANGUAGES } from '../../src/lib/validate/report/messages.ts';
import { validateLibrary } from '../../src/lib/validate/run/validate-library.ts';
import { RULE_IDS } from './rule-ids.ts';
import { clearDocuments, createTempLibrary, FIXTURE_KINDS, OWN_LIBRARY_KINDS, placeFixture, removeTempLibrary, REPOSITORY, type FixtureKind } from '../support/temp-library.ts';

const RULES = join(REPOSITORY, 'tests/fixtures/rules');
const TODAY = '2026-11-27';
const SNAPSHOT = '.expected.txt';

interface Fixture {
	rule: string;
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
					out.push({ rule, expectation, kind: kind as FixtureKind, name, path: join(RULES, name) });
				}
			}
		}
	}
	return out;
}

/** The rule ids the validator's source can emit, read from the source itself. */
function ruleIdsInSource(): string[] {
	const dir = join(REPOSITORY, 'src/lib');
	const ids = new Set<string>();
	// Validation lives in src/lib and its sub-folders (the benchmark reports no rules).
	const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('bench'));
	for (const file of files) {
		const source = readFileSync(join(dir, file), 'utf8');
		// `{ …, ruleId: 'yaml', … }`
		for (const m of source.matchAll(/ruleId: '([a-z]+(?:-[a-z]+)*)'/g)) ids.add(m[1]!);
		// `report(point, 'link', say(…))` in the body check
		for (const m of source.matchAll(/, '([a-z]+(?:-[a-z]+)*)', say\(/g)) ids.add(m[1]!);
		// `problem(say(…), 'empty-file')` in the document reader
		for (const line of source.split('\n').filter((l) => l.includes('problem(say('))) {
			for (const m of line.matchAll(/\), '([a-z]+(?:-[a-z]+)*)'/g)) ids.add(m[1]!);
		}
	}
	return [...ids].sort();
}

/** The report of one fixture as a contributor reads it, in both languages. */
const render = (diagnostics: readonly Diagnostic[]) =>
	MESSAGE_LANGUAGES.map((lang) => `${lang}:\n${diagnostics.map((d) => `${formatDiagnostic(d, lang)}\n`).join('')}`).join('\n');

const fixtures = listFixtures();

describe('rule fixtures', () => {
	it('cover every rule the validator reports, each with passing and failing examples', () => {
		expect(ruleIdsInSource()).toEqual(RULE_IDS);
		expect(listDirectory(RULES)).toEqual(RULE_IDS);
		for (const rule of RULE_IDS) {
			expect(fixtures.filter((f) => f.rule === rule && f.expectation === 'ok').length, `${rule}/ok`).toBeGreaterThan(0);
			expect(fixtures.filter((f) => f.rule === rule && f.expectation === 'not-ok').length, `${rule}/not-ok`).toBeGreaterThan(0);
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
						expect(names.has(join(RULES, rule, expectation, kind, entry.slice(0, -SNAPSHOT.length))), `orphan snapshot ${entry}`).toBe(true);
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

/** Validates a library holding only `fixture` (and the real registries). */
function check(fixture: Fixture): { diagnostics: Diagnostic[]; root: string } {
	if (OWN_LIBRARY_KINDS.includes(fixture.kind)) {
		const own = createTempLibrary();
		try {
			placeFixture(own, fixture.kind, fixture.path);
			return { diagnostics: validateLibrary(own, { today: TODAY }).diagnostics, root: own };
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
		for (const d of diagnostics) {
			expect(d.line).toBeGreaterThanOrEqual(1);
			expect(d.column).toBeGreaterThanOrEqual(1);
		}
		const text = render(diagnostics);
		// Messages name files relative to the library, never the machine's folders.
		expect(text).not.toContain(used);
		await expect(text).toMatchFileSnapshot(`${fixture.path}${SNAPSHOT}`);
	});
});
