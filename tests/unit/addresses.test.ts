/**
 * Addresses that last: the manifest only grows, a document removed without a
 * redirect fails validation against the base (a scratch git repository), a
 * redirect keeps its old addresses, and the sitemap files hold at most their
 * limit of absolute addresses (parsed as XML).
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAddresses, lastingAddresses, MANIFEST_FILE, parseManifest } from '../../src/lib/addresses/manifest.ts';
import { checkRedirectChains } from '../../src/lib/addresses/check-redirects.ts';
import { redirectMaps, redirectPages } from '../../src/lib/addresses/redirects.ts';
import { robotsTxt, sitemapCount, sitemapFile, sitemapIndex } from '../../src/lib/addresses/sitemap.ts';
import { readBase } from '../../src/lib/history/base-branch.ts';
import { buildRoutes } from '../../src/lib/routes/site-routes.ts';
import { validateLibrary } from '../../src/lib/validate/index.ts';
import { createTempLibrary, removeTempLibrary, REPOSITORY } from '../support/temp-library.ts';
import { scratchGit } from '../support/scratch-git.ts';

const TODAY = '2026-11-27';

describe('the manifest', () => {
	it('gains new addresses, sorted, and never loses one', () => {
		const first = appendAddresses(undefined, ['/positionen/b/', '/positionen/a/']);
		expect(first.added).toEqual(['/positionen/a/', '/positionen/b/']);
		const second = appendAddresses(first.text, ['/positionen/c/']);
		expect(parseManifest(second.text).map((e) => e.path)).toEqual([
			'/positionen/a/',
			'/positionen/b/',
			'/positionen/c/',
		]);
		expect(second.added).toEqual(['/positionen/c/']);
		expect(appendAddresses(second.text, []).text).toBe(second.text);
	});

	it('of 10,000 papers is read whole: it is larger than a registry file may be', () => {
		const root = createTempLibrary();
		try {
			const paths = Array.from({ length: 10_000 }, (_, i) => [`/positionen/p-${i}/`, `/en/positions/p-${i}/`]).flat();
			writeFileSync(join(root, MANIFEST_FILE), appendAddresses(undefined, paths).text);
			const found = validateLibrary(root, { today: TODAY }).diagnostics;
			expect(found.filter((d) => d.ruleId === 'size-limit')).toEqual([]);
			expect(found.filter((d) => d.ruleId === 'address-lost')).toHaveLength(20_000);
		} finally {
			removeTempLibrary(root);
		}
	});

	it('names the line of each address and skips comments and blank lines', () => {
		expect(parseManifest('# note\n\n/themen/kultur/\r\n')).toEqual([{ path: '/themen/kultur/', line: 3 }]);
	});

	it('of the repository lists every lasting address the site serves', () => {
		const report = validateLibrary(REPOSITORY, { today: TODAY });
		const listed = new Set(parseManifest(readFileSync(join(REPOSITORY, MANIFEST_FILE), 'utf8')).map((e) => e.path));
		const served = lastingAddresses(buildRoutes(report.index, report.registries));
		expect(
			served.filter((path) => !listed.has(path)),
			'run `npm run addresses`',
		).toEqual([]);
		expect(served).toContain('/en/positions/ozg-weiterentwicklung-2022/');
		expect(served.some((path) => path.includes('/organisationen/'))).toBe(false);
	});
});

describe('redirects', () => {
	const moved = { kind: 'positions' as const, from: 'alt', to: 'neu' };
	it('keep every old address of a paper in both languages, each leading to the same page of the new id', () => {
		const pages = redirectPages([moved], new Set(['/positionen/neu/verlauf/']));
		expect(pages.map((p) => [p.path, p.target])).toEqual([
			['/positionen/alt/', '/positionen/neu/'],
			['/positionen/alt/verlauf/', '/positionen/neu/verlauf/'],
			// The new paper has no page of its own for its co-signatories: its page instead.
			['/positionen/alt/mitzeichnende/', '/positionen/neu/'],
			['/en/positions/alt/', '/en/positions/neu/'],
			['/en/positions/alt/history/', '/en/positions/neu/'],
			['/en/positions/alt/co-signatories/', '/en/positions/neu/'],
		]);
		expect(redirectMaps(pages).netlify).toContain('/positionen/alt/ /positionen/neu/ 301\n');
		expect(redirectMaps(pages).nginx).toContain('/positionen/alt/ /positionen/neu/;\n');
	});
});

/** Runs git in `root` with fixed names and dates, so that the history is the same on every run. */
function git(root: string, ...args: string[]): string {
	return scratchGit(root, args, { date: '2026-11-01T12:00:00Z' });
}

describe('a document removed from a library published with a manifest', () => {
	let root = '';
	const paper = 'content/positions/ozg-weiterentwicklung-2022.md';
	const lost = (report: ReturnType<typeof validateLibrary>) =>
		report.diagnostics.filter((d) => d.ruleId === 'address-lost').map((d) => `${d.file}:${d.line} ${d.message.en}`);

	beforeAll(() => {
		root = createTempLibrary();
		copyFileSync(join(REPOSITORY, paper), join(root, paper));
		const report = validateLibrary(root, { today: TODAY });
		writeFileSync(
			join(root, MANIFEST_FILE),
			appendAddresses(undefined, lastingAddresses(buildRoutes(report.index, report.registries))).text,
		);
		git(root, 'init', '-q', '-b', 'main');
		git(root, 'add', '-A');
		git(root, 'commit', '-q', '-m', 'Publish the paper');
	});
	afterAll(() => removeTempLibrary(root));

	it('validates cleanly while the paper is there', () => {
		const base = readBase(root, 'main');
		if ('problem' in base) throw new Error(base.problem.en);
		const ours = validateLibrary(root, { today: TODAY, base }).diagnostics.filter((d) =>
			d.ruleId.startsWith('address'),
		);
		expect(ours).toEqual([]);
	});

	it('fails against the base, at the removed file, when the manifest lines went too; the message shows a redirect', () => {
		rmSync(join(root, paper));
		writeFileSync(join(root, MANIFEST_FILE), '# emptied by mistake\n');
		const base = readBase(root, 'main');
		if ('problem' in base) throw new Error(base.problem.en);
		const found = lost(validateLibrary(root, { today: TODAY, base }));
		expect(found).toHaveLength(2);
		expect(found[0]).toMatch(
			/^content\/positions\/ozg-weiterentwicklung-2022\.md:1 Unexpected broken address `\/en\/positions\/ozg-weiterentwicklung-2022\/` \(published on `main`\).*- \{ kind: positions, from: ozg-weiterentwicklung-2022, to: <new-id> \}/,
		);
		// Without the base, an emptied manifest has nothing to keep.
		expect(lost(validateLibrary(root, { today: TODAY }))).toEqual([]);
	});

	it('fails without the base too, at the manifest line, while the manifest lists it', () => {
		git(root, 'checkout', '-q', '--', MANIFEST_FILE);
		const found = lost(validateLibrary(root, { today: TODAY }));
		expect(found).toHaveLength(2);
		expect(found[0]).toMatch(
			/^content\/addresses\.txt:\d+ Unexpected broken address `\/en\/positions\/ozg-weiterentwicklung-2022\/`/,
		);
	});

	it('passes with a redirect to a withdrawn notice, against the base and without it', () => {
		writeFileSync(
			join(root, 'content/redirects.yaml'),
			'- kind: positions\n  from: ozg-weiterentwicklung-2022\n  withdrawn:\n    date: 2026-11-20\n    reason: { de: Überholt., en: Out of date. }\n',
		);
		const base = readBase(root, 'main');
		if ('problem' in base) throw new Error(base.problem.en);
		expect(validateLibrary(root, { today: TODAY, base }).diagnostics).toEqual([]);
	});
});

/** The text of every element named `name` in `xml`, parsed strictly. */
function texts(xml: string, name: string): string[] {
	const parser = sax.parser(true);
	const out: string[] = [];
	let inside = false;
	parser.onopentag = (tag) => {
		inside = tag.name === name;
	};
	parser.ontext = (text) => {
		if (inside) out.push(text);
	};
	parser.onclosetag = () => {
		inside = false;
	};
	parser.write(xml).close();
	return out;
}

describe('the sitemap', () => {
	const site = 'https://bibliothek.example.org';
	const entries = Array.from({ length: 5 }, (_, i) => ({
		lang: 'de' as const,
		path: `/positionen/p${i}/`,
		alternate: `/en/positions/p${i}/`,
		lastmod: i === 0 ? '2026-11-01' : undefined,
	}));

	it('splits the addresses into files of at most the limit, each address absolute, with lastmod where known', () => {
		expect(sitemapCount(entries.length, 2)).toBe(3);
		expect(sitemapCount(0)).toBe(1);
		const files = [1, 2, 3].map((n) => sitemapFile(site, entries, n, 2));
		const locs = files.map((f) => texts(f, 'loc'));
		expect(locs.map((l) => l.length)).toEqual([2, 2, 1]);
		expect(locs.flat()).toEqual(entries.map((e) => `${site}${e.path}`));
		expect(texts(files[0]!, 'lastmod')).toEqual(['2026-11-01']);
		expect(texts(sitemapIndex(site, 3, TODAY), 'loc')).toEqual([1, 2, 3].map((n) => `${site}/sitemap-${n}.xml`));
		expect(robotsTxt(site)).toContain(`Sitemap: ${site}/sitemap-index.xml`);
	});
});

describe('checkRedirectChains on a long chain', () => {
	it('names each entry of 20,000 chained redirects in linear time, with a short message', () => {
		const list = Array.from({ length: 20_000 }, (_, i) => ({
			kind: 'positions' as const,
			from: `a${i}`,
			to: `a${i + 1}`,
		}));
		const started = performance.now();
		const found = checkRedirectChains({ list, file: 'content/redirects.yaml' });
		expect(performance.now() - started).toBeLessThan(2_000);
		expect(found).toHaveLength(19_999);
		expect(found[0]!.message.en).toBe(
			'Unexpected redirect chain `a0` → `a1` → `a2` → `a3` → `a4` → `a5` → `a6` → `a7` → `a8` → `…`, expected `a0` to point at its end directly',
		);
		expect(found.at(-1)!.message.en).toBe(
			'Unexpected redirect chain `a19998` → `a19999` → `a20000`, expected `a19998` to point at its end directly: `to: a20000`',
		);
	});
});
