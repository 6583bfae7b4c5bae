/**
 * `npm run bench -- --bounded`: times the validator on the worst inputs a
 * contribution may hold, each at or just past its limit (`safety/limits.ts`),
 * so that "every input is bounded" is a measured statement, not a hope. Each
 * case is one document file checked on its own, as a worker thread checks it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_LIMITS, FILE_LIMITS } from '../src/lib/validate/read/limits.ts';
import { validateFile } from '../src/lib/validate/run/validate-file.ts';

const FRONT_MATTER = [
	'---',
	'title: Grenzfall',
	'summary: Ein Grenzfall für die Prüfung.',
	'published: 2024-03-01',
	'topics: [finanzen]',
	'status: draft',
	'dates:',
	'  drafted: 2024-01-10',
	'lead: staedtetag',
	'addressees: [level:land]',
	'---',
	'',
].join('\n');

/** Fills `characters` with repetitions of `unit`. */
const fill = (unit: string, characters: number) => unit.repeat(Math.floor(characters / unit.length));
const BODY = BODY_LIMITS.characters - 100;

/** The cases: a name and the whole file. */
export const BOUNDED_CASES: readonly (readonly [string, string])[] = [
	['plain prose at the size limit', FRONT_MATTER + fill('Die Kommunen fordern eine verlässliche Finanzierung. ', BODY)],
	[
		'raw HTML, nested to the depth limit, repeated',
		FRONT_MATTER + fill(`${'<div>'.repeat(BODY_LIMITS.depth - 2)}x${'</div>'.repeat(BODY_LIMITS.depth - 2)}\n\n`, BODY),
	],
	[
		'one HTML block of 500,000 characters',
		`${FRONT_MATTER}<div>\n${fill('<b>fett</b> und <i>kursiv</i> ', 500_000)}\n</div>\n`,
	],
	['a violation on every line', FRONT_MATTER + fill('<span onclick="x">a</span>\n\n', BODY)],
	[
		'a link on every line',
		FRONT_MATTER + fill('[Liste](/positionen/) und [Gesetz](https://www.gesetze-im-internet.de/)\n\n', BODY),
	],
	['unclosed brackets and emphasis', FRONT_MATTER + fill('[*a ', BODY)],
	['quotes nested past the depth limit', FRONT_MATTER + fill('> ', 20_000) + 'x\n'],
	[
		'10,000 footnotes',
		FRONT_MATTER +
			Array.from({ length: 10_000 }, (_, i) => `Satz[^${i}].`).join(' ') +
			'\n\n' +
			Array.from({ length: 10_000 }, (_, i) => `[^${i}]: Fußnote ${i}.`).join('\n') +
			'\n',
	],
	['`⟩` characters at the size limit', FRONT_MATTER + fill('⟩', BODY)],
	[
		'front matter at its size limit',
		FRONT_MATTER.replace(
			'summary: Ein Grenzfall für die Prüfung.',
			`summary: ${fill('Lang ', FILE_LIMITS.frontMatterBytes - 1_000)}`,
		) + 'Text.\n',
	],
	[
		'front matter nested 10,000 deep',
		FRONT_MATTER.replace('topics: [finanzen]', `topics: ${'['.repeat(10_000)}${']'.repeat(10_000)}`) + 'Text.\n',
	],
	['MDX with 1,800 expressions and components', `${FRONT_MATTER}${'{x} <Hinweis>y</Hinweis>\n\n'.repeat(600)}`],
	['MDX past its limit of `<` and `{`', `${FRONT_MATTER}${fill('{x} ', BODY - FRONT_MATTER.length)}`],
];

/** One timed case. */
export interface BoundedResult {
	name: string;
	bytes: number;
	/** Median of the runs, in milliseconds. */
	milliseconds: number;
	diagnostics: number;
}

/** Times every case `runs` times in a scratch library under the real registries of `projectRoot`. */
export function benchBoundedInputs(runs = 3): BoundedResult[] {
	const root = mkdtempSync(join(tmpdir(), 'dreiklang-bounded-'));
	try {
		mkdirSync(join(root, 'content/positions'), { recursive: true });
		return BOUNDED_CASES.map(([name, text], i) => {
			const path = join(root, 'content/positions', `grenzfall-${i}.${name.startsWith('MDX') ? 'mdx' : 'md'}`);
			writeFileSync(path, text);
			const times: number[] = [];
			let diagnostics = 0;
			for (let run = 0; run < runs; run++) {
				const started = performance.now();
				diagnostics = validateFile(root, 'positions', path, '2026-11-27').diagnostics.length;
				times.push(performance.now() - started);
			}
			times.sort((a, b) => a - b);
			return {
				name,
				bytes: Buffer.byteLength(text),
				milliseconds: Math.round(times[Math.floor(times.length / 2)]!),
				diagnostics,
			};
		});
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** The results as a Markdown table. */
export function boundedTable(results: readonly BoundedResult[]): string {
	const rows = results.map(
		(r) => `| ${r.name} | ${Math.round(r.bytes / 1024)} KB | ${r.milliseconds} ms | ${r.diagnostics} |`,
	);
	return ['| input | file | validation (median) | messages |', '|---|---:|---:|---:|', ...rows].join('\n');
}
