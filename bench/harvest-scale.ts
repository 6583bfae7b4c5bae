#!/usr/bin/env node
/**
 * `npm run bench:harvest -- [--sources 10] [--docs 1000] [--keep]` — the
 * scale run of harvesting: one generated library of `--docs` documents is
 * built, and served on `--sources` loopback ports as so many libraries (each
 * answering conditional requests, with its own address in its files); a
 * national library without documents of its own harvests them all. Prints
 * the harvest time, the national build's wall time and peak memory (first
 * build and a rebuild with nothing changed), how many requests were answered
 * with `304`, and the bytes of a first search query.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { DOCUMENT_KINDS, documentKinds } from '../src/schemas/kinds.ts';
import { measureFirstQuery } from './first-query.ts';
import { measureProcess } from './measure-process.ts';
import { cleanBuild, copyProject } from './project-copy.ts';
import { benchSize } from './run-bench.ts';

const { values } = parseArgs({
	options: {
		sources: { type: 'string', default: '10' },
		docs: { type: 'string', default: '1000' },
		keep: { type: 'boolean', default: false },
	},
});
const sourceCount = Number(values.sources);
const docs = Number(values.docs);
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const today = new Date().toISOString().slice(0, 10);
const progress = (message: string) => console.error(`[harvest-scale] ${message}`);

// One built library, to be served as every source.
const built = await benchSize(docs, { projectRoot, runs: 1, keep: true, today, progress });
const sourceDist = join(built.folder!, 'dist');
const builtUrl = (parse(readFileSync(join(built.folder!, 'site.config.yaml'), 'utf8')) as { url: string }).url.replace(
	/\/$/,
	'',
);

/** A source: the built library's files, its own address written into its data, ETags, and a count of 304s. */
async function serveSource(): Promise<{ url: string; server: Server; answers: Map<number, number> }> {
	const answers = new Map<number, number>();
	let url = '';
	const cache = new Map<string, { body: string; etag: string } | null>();
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		res.on('finish', () => answers.set(res.statusCode, (answers.get(res.statusCode) ?? 0) + 1));
		if (!/^\/api\/(catalog|documents\/[a-z0-9-]+)\.json$/.test(path)) return void res.writeHead(404).end();
		let file = cache.get(path);
		if (file === undefined) {
			try {
				const body = readFileSync(join(sourceDist, path), 'utf8').replaceAll(builtUrl, url);
				file = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
			} catch {
				file = null;
			}
			cache.set(path, file);
		}
		if (!file) return void res.writeHead(404).end();
		if (req.headers['if-none-match'] === file.etag) return void res.writeHead(304).end();
		res.writeHead(200, { 'content-type': 'application/json', etag: file.etag }).end(file.body);
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
	return { url, server, answers };
}

const sources = await Promise.all(Array.from({ length: sourceCount }, serveSource));
const national = mkdtempSync(join(tmpdir(), 'dreiklang-harvest-scale-'));
copyProject(projectRoot, national);
for (const kind of DOCUMENT_KINDS) mkdirSync(join(national, documentKinds[kind].directory), { recursive: true });
const config = parse(readFileSync(join(national, 'site.config.yaml'), 'utf8')) as Record<string, unknown>;
writeFileSync(
	join(national, 'site.config.yaml'),
	stringify({
		...config,
		name: 'Bundesweite Bibliothek',
		harvest: sources.map((source, i) => ({ id: `quelle-${i + 1}`, name: `Bibliothek ${i + 1}`, url: source.url })),
	}),
);

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DREIKLANG_BUILD_DATE: today, FORCE_COLOR: '0' };
const results: string[] = [];
for (const run of ['first', 'rebuild'] as const) {
	for (const source of sources) source.answers.clear();
	cleanBuild(national);
	const log = join(national, `build-${run}.log`);
	const build = await measureProcess(process.execPath, ['scripts/build.ts'], {
		cwd: national,
		log,
		env,
	});
	const text = readFileSync(log, 'utf8');
	if (build.exitCode !== 0) throw new Error(`The national build failed (${run}); see ${log}`);
	const harvest = /Ernte aus \d+ Quellen in ([\d.]+) s/.exec(text)?.[1] ?? '?';
	const pages = /(\d+) page\(s\) built/.exec(text)?.[1] ?? '?';
	const answers = new Map<number, number>();
	for (const source of sources)
		for (const [status, count] of source.answers) answers.set(status, (answers.get(status) ?? 0) + count);
	const firstQuery = run === 'first' ? await measureFirstQuery(join(national, 'dist')) : null;
	results.push(
		`${run}: harvest ${harvest} s, build ${(build.wallMs / 1000).toFixed(1)} s wall (harvest included), ` +
			`peak ${(build.peakRssBytes / 2 ** 30).toFixed(2)} GB, ${pages} pages, answers ${JSON.stringify(Object.fromEntries(answers))}` +
			(firstQuery
				? `, first query ${Math.round(firstQuery.gzipBytes / 1024)} KB gzip (${Math.round(firstQuery.bytes / 1024)} KB raw, ${firstQuery.requests} requests)`
				: ''),
	);
	progress(results.at(-1)!);
}
console.log(
	`\n${sourceCount} sources × ${docs} documents, harvested into one national library:\n${results.join('\n')}`,
);
for (const source of sources) source.server.close();
if (!values.keep) {
	rmSync(national, { recursive: true, force: true });
	rmSync(built.folder!, { recursive: true, force: true });
} else console.log(`Kept: ${national} and ${built.folder}`);
