import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { frontMatterLines } from '../../src/lib/scaffold/front-matter.ts';
import { resolveKind } from '../../src/lib/scaffold/kind-names.ts';
import { newDocument } from '../../src/lib/scaffold/new-document.ts';
import { skeleton } from '../../src/lib/scaffold/skeleton.ts';
import { slugify } from '../../src/lib/scaffold/slugify.ts';
import { DOCUMENT_KINDS, documentKinds, type DocumentKind } from '../../src/schemas/kinds.ts';

const today = '2026-03-02';
const title = 'Wärmeplanung: „Förderung“ für "Gemeinden" #2';

/** The object inside `.optional()` / `.default()`, if the field is one. */
function objectOf(schema: z.ZodType): z.ZodObject | undefined {
	let inner = schema;
	while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
	return inner instanceof z.ZodObject ? inner : undefined;
}

/** The front matter of a new document of `kind`, as the site's YAML parser reads it. */
function frontMatter(kind: DocumentKind): Record<string, unknown> {
	return parseFrontmatter(skeleton(kind, { title, today })!.text).frontmatter;
}

/**
 * Replaces every empty `""` placeholder with the first of a few plain
 * examples that the field's own schema accepts, walking the document and the
 * schema together.
 */
function fillPlaceholders(value: unknown, schema: z.ZodType): unknown {
	if (value === '') {
		let inner = schema;
		while (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
		const candidates = [
			...(inner instanceof z.ZodEnum ? inner.options : []),
			'Beispieltext',
			'beispiel',
			today,
			'https://example.org/quelle',
			'stelle@example.org',
		];
		const fit = candidates.find((candidate) => schema.safeParse(candidate).success);
		if (fit === undefined) throw new Error('no example fits a placeholder');
		return fit;
	}
	const object = objectOf(schema);
	if (object && value && typeof value === 'object' && !Array.isArray(value)) {
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [
				key,
				object.shape[key] ? fillPlaceholders(inner, object.shape[key] as z.ZodType) : inner,
			]),
		);
	}
	let list = schema;
	while (list instanceof z.ZodOptional || list instanceof z.ZodDefault) list = list.unwrap() as z.ZodType;
	if (list instanceof z.ZodArray && Array.isArray(value))
		return value.map((entry) => fillPlaceholders(entry, list.element as z.ZodType));
	return value;
}

/** Every key of `data` that is an object field in `schema`, compared with the schema's fields, recursively. */
function keyMismatches(data: Record<string, unknown>, schema: z.ZodObject, path = ''): string[] {
	const expected = Object.keys(schema.shape);
	const actual = Object.keys(data);
	const problems =
		expected.join() === actual.join() ? [] : [`${path || '(top)'}: ${actual.join()} ≠ ${expected.join()}`];
	for (const key of actual) {
		const inner = schema.shape[key] ? objectOf(schema.shape[key] as z.ZodType) : undefined;
		const value = data[key];
		if (inner && value && typeof value === 'object')
			problems.push(...keyMismatches(value as Record<string, unknown>, inner, `${path}${key}.`));
	}
	return problems;
}

/** The commented example under each empty list or record, uncommented, by field. */
function commentedExamples(text: string): Map<string, unknown> {
	const examples = new Map<string, unknown>();
	const lines = text.split('\n');
	lines.forEach((line, index) => {
		const empty = /^(\w+): (\[\]|\{\})$/.exec(line);
		if (!empty) return;
		const block: string[] = [];
		for (let next = index + 1; lines[next]?.startsWith('  # '); next++) block.push(`  ${lines[next]!.slice(4)}`);
		examples.set(empty[1]!, parseYaml([`${empty[1]}:`, ...block].join('\n'))[empty[1]!]);
	});
	return examples;
}

describe('slugify', () => {
	it.each([
		['Wärmeplanung: Förderung für Gemeinden', 'waermeplanung-foerderung-fuer-gemeinden'],
		['Straßenausbau in Weißenfels', 'strassenausbau-in-weissenfels'],
		['ÄRZTE, ÖFFNUNGSZEITEN, ÜBERSICHT', 'aerzte-oeffnungszeiten-uebersicht'],
		['Café-Förderung à la française', 'cafe-foerderung-a-la-francaise'],
		['  § 24 Abs. 4 SGB VIII – Ganztag!  ', '24-abs-4-sgb-viii-ganztag'],
		['Wa\u0308rme (decomposed)', 'waerme-decomposed'],
		['Łódź und Ærø', 'lodz-und-aero'],
	])('%s → %s', (input, expected) => {
		expect(slugify(input)).toBe(expected);
	});

	it('cuts long titles at the last hyphen within 80 characters', () => {
		const long =
			'Gemeinsame Stellungnahme der kommunalen Spitzenverbände zur Finanzierung der kommunalen Wärmeplanung nach dem Wärmeplanungsgesetz';
		const slug = slugify(long);
		expect(slug.length).toBeLessThanOrEqual(80);
		expect(slug).toBe('gemeinsame-stellungnahme-der-kommunalen-spitzenverbaende-zur-finanzierung-der');
	});

	it('gives nothing for a title without letters or digits', () => {
		expect(slugify('!!! – ???')).toBe('');
	});
});

describe('kind names', () => {
	it.each([
		['position', 'positions'],
		['Positionspapier', 'positions'],
		['lesson', 'lessons'],
		['erfahrungsbericht', 'lessons'],
		['guide', 'guides'],
		['Leitfaden', 'guides'],
	] as const)('%s means %s', (name, kind) => {
		expect(resolveKind(name)).toBe(kind);
	});

	it('knows no other kinds', () => {
		expect(resolveKind('artikel')).toBeUndefined();
	});
});

describe.each(DOCUMENT_KINDS)('skeleton of %s', (kind) => {
	const schema = documentKinds[kind].schema;

	it("is written to the kind's folder under the slug of its title", () => {
		expect(skeleton(kind, { title, today })!.path).toBe(
			`${documentKinds[kind].directory}/waermeplanung-foerderung-fuer-gemeinden-2.md`,
		);
	});

	it("has exactly the schema's fields, in its order, nested objects included", () => {
		expect(keyMismatches(frontMatter(kind), schema)).toEqual([]);
	});

	it('passes the schema once its placeholders are filled in', () => {
		const result = schema.safeParse(fillPlaceholders(frontMatter(kind), schema));
		expect(result.error?.issues ?? []).toEqual([]);
		expect(result.data).toMatchObject({ title, published: today });
	});

	it('fails the schema while placeholders are empty, so nothing unfinished is published', () => {
		expect(schema.safeParse(frontMatter(kind)).success).toBe(false);
	});

	it('has a valid commented example under every empty list and record', () => {
		const data = frontMatter(kind);
		const empty = Object.keys(data).filter((key) => {
			const value = data[key];
			const isEmptyRecord = value?.constructor === Object && Object.keys(value).length === 0;
			return (Array.isArray(value) && value.length === 0) || isEmptyRecord;
		});
		const examples = commentedExamples(skeleton(kind, { title, today })!.text);
		expect([...examples.keys()]).toEqual(empty);
		for (const [key, example] of examples) {
			const field = schema.shape[key as keyof typeof schema.shape] as z.ZodType;
			expect(Object.keys(example as object), key).not.toHaveLength(0);
			expect(field.safeParse(example).error?.issues ?? [], key).toEqual([]);
		}
	});

	it('comments every field', () => {
		const lines = skeleton(kind, { title, today })!.text.split('\n---')[0]!.split('\n');
		const uncommented = lines.flatMap((line, index) => {
			const key = /^\s*(?:- )?(\w+):/.exec(line)?.[1];
			if (!key || line.trimStart().startsWith('#')) return [];
			const previous = lines[index - 1]?.trimStart() ?? '';
			return previous.startsWith('#') ? [] : [key];
		});
		expect(uncommented).toEqual([]);
	});
});

describe('hints and schema', () => {
	const schema = z.strictObject({ title: z.string(), summary: z.string().optional() });
	const context = { title, today };

	it('stop the scaffolder when a schema field has no German hint', () => {
		expect(() => frontMatterLines(schema, { title: { hint: 'Titel.' } }, context)).toThrow(
			'no hint for field `summary`',
		);
	});

	it('stop the scaffolder when a hint names a field the schema does not have', () => {
		const hints = { title: { hint: 'Titel.' }, summary: { hint: 'Kurz.' }, subtitle: { hint: 'Alt.' } };
		expect(() => frontMatterLines(schema, hints, context)).toThrow('hints for unknown fields `subtitle`');
	});
});

describe('body sections', () => {
	const headings = (kind: DocumentKind) => skeleton(kind, { title, today })!.text.match(/^## .+$/gm);

	it('are the standard sections of each kind', () => {
		expect(headings('positions')).toEqual(['## Ausgangslage', '## Unsere Position', '## Ausblick']);
		expect(headings('lessons')).toEqual([
			'## Ausgangslage',
			'## Maßnahme',
			'## Ergebnis',
			'## Was wir anders machen würden',
			'## Übertragbarkeit',
		]);
		expect(headings('guides')).toEqual(['## Worum es geht', '## Schritte für die Kommune', '## Stolpersteine']);
	});
});

describe('npm run new', () => {
	let root: string;
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'dreiklang-new-'));
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it('writes the document and says what to do next', () => {
		const result = newDocument(['erfahrungsbericht', 'Hitzeschutz', 'im', 'Rathaus'], { root, today });
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toMatchInlineSnapshot(`
			[
			  "Erfahrungsbericht angelegt: content/lessons/hitzeschutz-im-rathaus.md",
			  "Füllen Sie die Felder aus und prüfen Sie mit \`npm run validate content/lessons/hitzeschutz-im-rathaus.md\`.",
			]
		`);
		expect(readFileSync(join(root, result.written!), 'utf8')).toBe(
			skeleton('lessons', { title: 'Hitzeschutz im Rathaus', today })!.text,
		);
	});

	it('never overwrites a file, and says which one exists', () => {
		mkdirSync(join(root, 'content/lessons'), { recursive: true });
		writeFileSync(join(root, 'content/lessons/hitzeschutz-im-rathaus.md'), 'mine');
		const result = newDocument(['lesson', 'Hitzeschutz im Rathaus'], { root, today });
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toMatchInlineSnapshot(`
			[
			  "Die Datei content/lessons/hitzeschutz-im-rathaus.md gibt es schon; sie bleibt unverändert.",
			  "Bearbeiten Sie die vorhandene Datei oder wählen Sie einen anderen Titel.",
			]
		`);
		expect(readFileSync(join(root, 'content/lessons/hitzeschutz-im-rathaus.md'), 'utf8')).toBe('mine');
	});

	it('refuses an id that a document of another kind already has', () => {
		mkdirSync(join(root, 'content/guides'), { recursive: true });
		writeFileSync(join(root, 'content/guides/hitzeschutz-im-rathaus.mdx'), 'mine');
		const result = newDocument(['lesson', 'Hitzeschutz im Rathaus'], { root, today });
		expect(result.exitCode).toBe(1);
		expect(result.stderr[0]).toMatchInlineSnapshot(
			`"Den Namen hitzeschutz-im-rathaus.md trägt schon content/guides/hitzeschutz-im-rathaus.mdx; jeder Dateiname kommt in der Bibliothek nur einmal vor, über alle Dokumentarten."`,
		);
	});

	it.each([
		[[], 'Es fehlen die Dokumentart und der Titel.'],
		[['artikel', 'Titel'], 'Unbekannte Dokumentart `artikel`.'],
		[['guide'], 'Es fehlt der Titel des neuen Umsetzungsleitfadens.'],
		[['guide', '???'], 'Aus dem Titel „???“ lässt sich kein Dateiname bilden: er braucht Buchstaben oder Ziffern.'],
	])('answers %j with the usage and exit code 2', (args, problem) => {
		const result = newDocument(args, { root, today });
		expect(result.exitCode).toBe(2);
		expect(result.stderr[0]).toBe(problem);
		expect(result.stderr.slice(2)).toMatchInlineSnapshot(`
			[
			  "Aufruf: npm run new -- <Art> "<Titel>"",
			  "  <Art>    position (Positionspapier), lesson (Erfahrungsbericht) oder guide (Umsetzungsleitfaden);",
			  "           auch positionspapier, erfahrungsbericht, leitfaden",
			  "  <Titel>  der Titel des Dokuments in Anführungszeichen; daraus entsteht der Dateiname",
			  "Beispiel: npm run new -- lesson "Hitzeschutz im Rathaus"",
			]
		`);
	});
});
