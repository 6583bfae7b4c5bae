import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchTable, formatBytes } from '../../bench/format-table.ts';
import { CorpusHistory } from '../../bench/commit-corpus.ts';
import { generateDocuments, writeCorpus } from '../../bench/generate-corpus.ts';
import { measureHistory } from '../../bench/measure-history.ts';
import { processTreeRss, type ProcReader } from '../../bench/measure-process.ts';
import { parseBenchArgs, UsageError } from '../../bench/options.ts';
import { parseBuildLog } from '../../bench/parse-build-log.ts';
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import { readBlobs, readHistory } from '../../src/lib/history/git-history.ts';
import { validateLibrary } from '../../src/lib/validate/run/validate-library.ts';

const TODAY = '2026-11-27';
const { registries } = loadRegistries(process.cwd());

describe('synthetic corpus', () => {
	const root = mkdtempSync(join(tmpdir(), 'dreiklang-bench-test-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	cpSync('content/registry', join(root, 'content/registry'), { recursive: true });
	const versions = new CorpusHistory(root);
	const corpus = writeCorpus(root, registries, { docs: 12, today: TODAY }, versions);
	const commits = versions.commit(TODAY);
	const read = (kind: string, id: string) => readFileSync(join(root, 'content', kind, `${id}.md`), 'utf8');

	it('has all three kinds in proportion, with bodies of realistic length', () => {
		expect(corpus.counts).toEqual({ positions: 5, lessons: 5, guides: 2 });
		expect(corpus.words / 12).toBeGreaterThan(400);
		expect(corpus.words / 12).toBeLessThan(1000);
	});

	it('passes the project validator without a single error or warning', () => {
		const report = validateLibrary(root, { today: TODAY });
		expect(report.files).toBe(12);
		expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([]);
	});

	it('includes the hard cases: hundreds of co-signatories, a full Länder matrix, supersession', () => {
		const papers = corpus.ids.positions.map((id) => read('positions', id));
		expect(
			Math.max(...papers.map((text) => text.match(/^ {2}- organization: ags:\d{8}$/gm)?.length ?? 0)),
		).toBeGreaterThanOrEqual(150);
		expect(papers.some((text) => /^supersedes: /m.test(text))).toBe(true);
		const guides = corpus.ids.guides.map((id) => read('guides', id));
		expect(Math.max(...guides.map((text) => text.match(/^ {2}[A-Z]{2}:$/gm)?.length ?? 0))).toBe(16);
	});

	it('is committed in three commits that each change every document, the last one as written', () => {
		expect(commits).toBe(3);
		const history = measureHistory(root, { commits, commitMs: 0 });
		expect(history).toMatchObject({ files: 12, versions: 36, paperVersions: 15 });
		const paper = corpus.ids.positions.find((id) => /^demands:\n {2}- /m.test(read('positions', id)))!;
		const path = `content/positions/${paper}.md`;
		const [current, second, first] = readHistory(root).files.get(path)!;
		const texts = readBlobs(root, [first!.blob!, second!.blob!, current!.blob!]);
		expect(texts.get(current!.blob!)).toBe(read('positions', paper));
		// The notes come with the versions that need them; the first demand's status changes in the last one.
		expect(texts.get(first!.blob!)).not.toContain('changes:');
		expect(texts.get(second!.blob!)!.match(/^ {2}- date: /gm)).toHaveLength(1);
		expect(texts.get(current!.blob!)).toContain('Stand der Forderung 1 aktualisiert');
		expect(new Set([first, second, current].map((v) => v!.date))).toEqual(
			new Set(['2026-11-25', '2026-11-26', '2026-11-27']),
		);
	});

	it('is the same for the same seed and size', () => {
		const first = [...generateDocuments(registries, { docs: 12, today: TODAY })];
		expect(first.map((d) => d.text)).toEqual(
			corpus.ids.positions
				.map((id) => read('positions', id))
				.concat(
					corpus.ids.lessons.map((id) => read('lessons', id)),
					corpus.ids.guides.map((id) => read('guides', id)),
				),
		);
	});
});

describe('process-tree memory', () => {
	const status = (ppid: number, rssKb?: number) =>
		`Name:\tnode\nPPid:\t${ppid}\n${rssKb === undefined ? '' : `VmRSS:\t  ${rssKb} kB\n`}`;
	const proc: Record<number, string> = {
		1: status(0, 10),
		100: status(1, 1000), // the measured command
		101: status(100, 200), // esbuild, a child
		102: status(101, 30), // a grandchild
		103: status(100), // a zombie child: no VmRSS
		200: status(1, 5000), // unrelated
		201: status(200, 700), // child of the unrelated process
	};
	const reader: ProcReader = { pids: () => [...Object.keys(proc).map(Number), 999], status: (pid) => proc[pid] };

	it('sums the command and all its descendants, and nothing else', () => {
		expect(processTreeRss(100, reader)).toBe((1000 + 200 + 30) * 1024);
		expect(processTreeRss(101, reader)).toBe((200 + 30) * 1024);
	});

	it('is 0 once the command has exited', () => {
		expect(processTreeRss(300, reader)).toBe(0);
	});
});

describe('table', () => {
	it('prints medians with ms per document, and n/a for what does not exist yet', () => {
		const row = {
			docs: 1000,
			pages: 12345,
			validateMs: 2500,
			validateRssBytes: 300 * 1024 ** 2,
			buildMs: 95_000,
			buildRssBytes: 1.5 * 1024 ** 3,
			distBytes: 250 * 1024 ** 2,
			documentPageBytes: 18_900,
			searchIndexBytes: null,
			firstQueryBytes: null,
			typedMs: null,
		};
		expect(benchTable([row, { ...row, docs: 10_000, validateMs: 999, buildMs: 1_000_000 }])).toMatchInlineSnapshot(`
			"|   docs |  pages | validate | ms/doc | val. RSS |    build | ms/doc | build RSS |     dist | doc page | search index | 1st query | typed→result |
			|-------:|-------:|---------:|-------:|---------:|---------:|-------:|----------:|---------:|---------:|-------------:|----------:|-------------:|
			|  1,000 | 12,345 |    2.5 s |   2.50 | 300.0 MB |   95.0 s |   95.0 |   1.50 GB | 250.0 MB |  18.5 KB |          n/a |       n/a |          n/a |
			| 10,000 | 12,345 |   999 ms |   0.10 | 300.0 MB | 1000.0 s |  100.0 |   1.50 GB | 250.0 MB |  18.5 KB |          n/a |       n/a |          n/a |"
		`);
		expect(formatBytes(512)).toBe('512 B');
	});
});

describe('command line and build log', () => {
	it('reads sizes and runs, and refuses nonsense', () => {
		expect(parseBenchArgs(['--docs', '1000,5000', '--runs', '3', '--keep'])).toEqual({
			docs: [1000, 5000],
			runs: 3,
			keep: true,
			bounded: false,
			starlight: false,
			help: false,
		});
		expect(parseBenchArgs(['--bounded'])).toMatchObject({ bounded: true });
		// The comparison with Starlight: 3,000 documents unless said, one size only.
		expect(parseBenchArgs(['--starlight'])).toMatchObject({ starlight: true, docs: [3000] });
		expect(parseBenchArgs(['--starlight', '--docs', '500'])).toMatchObject({ docs: [500] });
		expect(() => parseBenchArgs(['--starlight', '--docs', '1000,3000'])).toThrow(UsageError);
		expect(parseBenchArgs([])).toMatchObject({ docs: [1000], runs: 1 });
		expect(() => parseBenchArgs(['--docs', '1k'])).toThrow(UsageError);
		expect(() => parseBenchArgs(['--fast'])).toThrow(UsageError);
	});

	it('finds the slowest pages in what Astro logs', () => {
		const log = [
			'03:00:01   ├─ /index.html (+19ms) ',
			'03:00:02   ├─ /organisationen/index.html (+1.25s) ',
			'03:00:02   └─ /en/index.html (+7ms) ',
			'03:00:03 [build] 3 page(s) built in 4.20s',
		].join('\n');
		const parsed = parseBuildLog(log, 2);
		expect(parsed.pagesBuilt).toBe(3);
		expect(parsed.renderMs).toBe(1276);
		expect(parsed.slowestPages).toEqual([
			{ path: '/organisationen/index.html', ms: 1250 },
			{ path: '/index.html', ms: 19 },
		]);
	});

	it('reads how long the phases of the build took', () => {
		const log = [
			'05:33:56 [dreiklang:validate-content] 10000 Dateien geprüft: 0 Fehler und 0 Warnungen in 0 Dateien. Alles in Ordnung. (13196 ms)',
			'05:33:59 [content] Syncing content',
			'05:34:49 [content] Synced content',
			' generating static routes ',
			'05:36:32   ├─ /positionen/x/index.html (+56ms) ',
			'05:38:18 ✓ Completed in 3m 6s.',
			'05:38:18 [build] ✓ Completed in 3m 28s.',
			'05:40:23 [dreiklang:search-index] Indexed 10000 document pages (de) into dist/pagefind, 55467 KiB, in 124897 ms (preparing the pages 27336 ms, Pagefind 97561 ms).',
		].join('\n');
		expect(parseBuildLog(log)).toMatchObject({
			validationMs: 13196,
			contentSyncMs: 50_000,
			pagesMs: 186_000,
			searchIndex: { ms: 124897, prepareMs: 27336, pagefindMs: 97561 },
		});
		expect(parseBuildLog('03:00:03 [build] 3 page(s) built in 4.20s')).toMatchObject({
			contentSyncMs: null,
			pagesMs: null,
			searchIndex: null,
		});
	});
});
