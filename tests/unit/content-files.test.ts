/**
 * What the rule fixtures cannot hold: files over a size limit, links that
 * replace whole folders, a library without registries, git and its absence,
 * and the validation cache in and out of CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_LIMITS, attachmentsOf } from '../../src/lib/validate/read/attachments.ts';
import { listContent } from '../../src/lib/validate/read/content-files.ts';
import { formatDiagnostic } from '../../src/lib/validate/report/diagnostics.ts';
import { loadRegistries, REGISTRY_LIMITS } from '../../src/lib/registries/load-registries.ts';
import { ATTACHMENT_EXTENSIONS as LINKABLE_EXTENSIONS } from '../../src/lib/validate/body/document-files.ts';
import { trackedCacheFiles } from '../../src/lib/validate/checks/tracked-cache.ts';
import { validateLibrary, validateLibraryParallel } from '../../src/lib/validate/run/validate-library.ts';
import { contentHash, validationCacheFile } from '../../src/lib/validate/run/validation-cache.ts';
import { createTempLibrary, removeTempLibrary } from '../support/temp-library.ts';

const TODAY = '2026-11-27';
const PAPER = readFileSync(
	new URL('../fixtures/rules/attachment/ok/positions/mit-anlagen/grundsteuer-2024.md', import.meta.url),
	'utf8',
);
const PNG = readFileSync(
	new URL('../fixtures/rules/attachment/ok/positions/mit-anlagen/grundsteuer-2024/karte.png', import.meta.url),
);

let root: string;
beforeEach(() => {
	root = createTempLibrary();
});
afterEach(() => {
	vi.unstubAllEnvs();
	removeTempLibrary(root);
});

const put = (path: string, content: string | Uint8Array) => {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), content);
};
const report = () => validateLibrary(root, { today: TODAY }).diagnostics.map((d) => formatDiagnostic(d));

describe('attachments', () => {
	it('are the files a body may link to', () => {
		expect([...ATTACHMENT_EXTENSIONS].sort()).toEqual([...LINKABLE_EXTENSIONS].sort());
	});

	it('are refused above their size limit, which the message states', () => {
		put('content/positions/grundsteuer-2024.md', PAPER);
		const big = new Uint8Array(ATTACHMENT_LIMITS.imageBytes + 1);
		big.set(PNG);
		put('content/positions/grundsteuer-2024/luftbild.png', big);
		const pdf = new Uint8Array(ATTACHMENT_LIMITS.pdfBytes + 1);
		pdf.set(Buffer.from('%PDF-1.4\n'));
		put('content/positions/grundsteuer-2024/scan.pdf', pdf);
		put('content/positions/grundsteuer-2024/karte.png', PNG);
		expect(report()).toEqual([
			'content/positions/grundsteuer-2024/luftbild.png:1:1  error  Unexpected size of `luftbild.png` (5,242,881 bytes), expected at most 10 MiB per PDF and 5 MiB per image – make the file smaller (resolution, compression) or link to its official source  [size-limit]',
			'content/positions/grundsteuer-2024/scan.pdf:1:1  error  Unexpected size of `scan.pdf` (10,485,761 bytes), expected at most 10 MiB per PDF and 5 MiB per image – make the file smaller (resolution, compression) or link to its official source  [size-limit]',
		]);
		expect(attachmentsOf(root, 'positions', 'grundsteuer-2024')).toEqual([
			'content/positions/grundsteuer-2024/karte.png',
		]);
		const german = validateLibrary(root, { today: TODAY }).diagnostics.map((d) => formatDiagnostic(d, 'de'));
		expect(german[0]).toBe(
			'content/positions/grundsteuer-2024/luftbild.png:1:1  Fehler  Die Datei `luftbild.png` ist 5.242.881 Bytes groß; erwartet: höchstens 10 MiB je PDF und 5 MiB je Bild – die Datei verkleinern (Auflösung, Kompression) oder auf ihre amtliche Quelle verlinken  [size-limit]',
		);
	});

	it('accept AVIF by the brands of its `ftyp` box', () => {
		put('content/positions/grundsteuer-2024.md', PAPER);
		const ftyp = (major: string, compatible: string[]) => {
			const box = Buffer.concat([
				Buffer.alloc(4),
				Buffer.from('ftyp'),
				Buffer.from(major),
				Buffer.alloc(4),
				...compatible.map((b) => Buffer.from(b)),
			]);
			box.writeUInt32BE(box.length, 0);
			return Buffer.concat([box, Buffer.alloc(32)]);
		};
		put('content/positions/grundsteuer-2024/a.avif', ftyp('avif', ['mif1', 'miaf']));
		put('content/positions/grundsteuer-2024/b.avif', ftyp('mif1', ['miaf', 'avis']));
		put('content/positions/grundsteuer-2024/c.avif', ftyp('heic', ['mif1', 'heic']));
		expect(report()).toEqual([
			'content/positions/grundsteuer-2024/c.avif:1:1  error  Unexpected content of `c.avif`, expected AVIF content as its extension `.avif` says – save it again as AVIF or correct the extension  [attachment]',
		]);
		expect(attachmentsOf(root, 'positions', 'grundsteuer-2024')).toEqual([
			'content/positions/grundsteuer-2024/a.avif',
			'content/positions/grundsteuer-2024/b.avif',
		]);
	});

	it('are only those of a real folder beside a real document', () => {
		put('content/positions/grundsteuer-2024/karte.png', PNG);
		expect(attachmentsOf(root, 'positions', 'grundsteuer-2024')).toEqual([]);
		put('content/positions/grundsteuer-2024.md', PAPER);
		expect(attachmentsOf(root, 'positions', 'grundsteuer-2024')).toEqual([
			'content/positions/grundsteuer-2024/karte.png',
		]);
		expect(attachmentsOf(root, 'positions', '../positions/grundsteuer-2024')).toEqual([]);
		expect(attachmentsOf(root, 'lessons', 'grundsteuer-2024')).toEqual([]);
		symlinkSync(join(root, 'content/positions/grundsteuer-2024'), join(root, 'content/lessons/ulm'));
		put('content/lessons/ulm.md', PAPER);
		expect(attachmentsOf(root, 'lessons', 'ulm')).toEqual([]);
	});
});

describe('content folders', () => {
	it('refuse a kind folder that is a link, dangling or not, without reading through it', () => {
		const elsewhere = createTempLibrary();
		try {
			writeFileSync(join(elsewhere, 'content/positions/fremd.md'), PAPER);
			rmSync(join(root, 'content/positions'), { recursive: true });
			symlinkSync(join(elsewhere, 'content/positions'), join(root, 'content/positions'));
			rmSync(join(root, 'content/lessons'), { recursive: true });
			symlinkSync(join(root, 'gibt-es-nicht'), join(root, 'content/lessons'));
			const listing = listContent(root);
			expect(listing.documents).toEqual([]);
			expect(listing.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual([
				'content/lessons symlink',
				'content/positions symlink',
			]);
		} finally {
			removeTempLibrary(elsewhere);
		}
	});

	it('refuse `content/` or the registry folder as a link, once, without reading through it', () => {
		const elsewhere = createTempLibrary();
		try {
			writeFileSync(join(elsewhere, 'content/positions/fremd.md'), PAPER);
			rmSync(join(root, 'content/registry'), { recursive: true });
			symlinkSync(join(elsewhere, 'content/registry'), join(root, 'content/registry'));
			expect(report()).toEqual([
				'content/registry:1:1  error  Unexpected symbolic link `content/registry`, expected a real file or folder – links are not followed, as they can lead out of the library; delete the link and put the file itself here  [symlink]',
			]);
			rmSync(join(root, 'content'), { recursive: true });
			symlinkSync(join(elsewhere, 'content'), join(root, 'content'));
			const run = validateLibrary(root, { today: TODAY });
			expect(run.files).toBe(0);
			expect(run.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual(['content symlink']);
		} finally {
			removeTempLibrary(elsewhere);
		}
	});

	it('without `content/` at all are no library, which is said, not reported as content', () => {
		rmSync(join(root, 'content'), { recursive: true });
		expect(() => validateLibrary(root, { today: TODAY })).toThrow(/no `content\/` folder in .*, not a library/);
	});

	it('without registries miss every required registry file', () => {
		rmSync(join(root, 'content/registry'), { recursive: true });
		const lines = report();
		expect(lines).toHaveLength(6);
		expect(lines.every((line) => line.includes('Missing registry file') && line.endsWith('[registry-file]'))).toBe(
			true,
		);
	});
});

describe('registry files', () => {
	it('are refused above their size limit, and the rest still loads', () => {
		put('content/registry/glossary.yaml', `${'# Kommentar\n'.repeat(REGISTRY_LIMITS.yamlBytes / 12 + 1)}[]\n`);
		const { registries, diagnostics } = loadRegistries(root);
		expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
			'content/registry/glossary.yaml:1:1  error  Unexpected size of this registry file (1,048,587 bytes), expected at most 1 MiB – split the entries over several files or remove what is not needed  [size-limit]',
		]);
		expect(registries.glossary).toEqual([]);
		expect(registries.topics.size).toBeGreaterThan(0);
	});

	it('nested 10,000 deep in flow style are reported, not a crash', () => {
		put('content/registry/topics.yaml', `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
		put('content/registry/crises.yaml', `${'{a: '.repeat(10_000)}${'}'.repeat(10_000)}\n`);
		expect(report()).toEqual([
			'content/registry/crises.yaml:1:69  error  Broken YAML: Unexpected nesting deeper than 16 levels, expected a list of entries with their fields  [yaml]',
			'content/registry/topics.yaml:1:18  error  Broken YAML: Unexpected nesting deeper than 16 levels, expected a list of entries with their fields  [yaml]',
		]);
	});

	it('are read again when a file is added, and a link is never followed', () => {
		expect(loadRegistries(root).diagnostics).toEqual([]);
		symlinkSync('/etc/passwd', join(root, 'content/registry/gemeindeverzeichnis/gemeinden.csv.bak'));
		rmSync(join(root, 'content/registry/gemeindeverzeichnis/gemeinden.csv'));
		symlinkSync('/etc/passwd', join(root, 'content/registry/gemeindeverzeichnis/gemeinden.csv'));
		const { registries, diagnostics } = loadRegistries(root);
		expect(diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual([
			'content/registry/gemeindeverzeichnis/gemeinden.csv symlink',
			'content/registry/gemeindeverzeichnis/gemeinden.csv.bak symlink',
		]);
		expect(registries.register.gemeinden.size).toBe(0);
	});
});

describe('tracked cache', () => {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });

	it('is only what git tracks: a local `.cache/` is fine', () => {
		git('init', '--quiet');
		put('.cache/astro/data-store.json', '{}');
		put('.cache/dreiklang/validation.json', '{}');
		expect(trackedCacheFiles(root)).toEqual([]);
		git('add', '--force', '.cache/dreiklang/validation.json');
		expect(trackedCacheFiles(root)).toEqual(['.cache/dreiklang/validation.json']);
	});

	it('is nothing where there is no git', () => {
		git('init', '--quiet');
		put('.cache/dreiklang/validation.json', '{}');
		git('add', '--force', '.cache');
		vi.stubEnv('PATH', join(root, 'kein-git'));
		expect(trackedCacheFiles(root)).toEqual([]);
	});
});

describe('validation cache', () => {
	it('lives outside the library, per library, and nowhere in CI', () => {
		vi.stubEnv('CI', '');
		vi.stubEnv('DREIKLANG_CACHE_DIR', '');
		vi.stubEnv('XDG_CACHE_HOME', '/var/cache/benutzer');
		expect(validationCacheFile(root)).toMatch(/^\/var\/cache\/benutzer\/dreiklang\/[0-9a-f]{16}\/validation\.json$/);
		expect(validationCacheFile(root)).not.toBe(validationCacheFile(join(root, 'content')));
		vi.stubEnv('XDG_CACHE_HOME', 'relativ');
		expect(validationCacheFile(root)).not.toContain('relativ');
		vi.stubEnv('CI', 'true');
		expect(validationCacheFile(root)).toBeUndefined();
	});

	it("is not trusted once a file the body shows has gone from the document's folder", async () => {
		vi.stubEnv('CI', '');
		vi.stubEnv('DREIKLANG_CACHE_DIR', join(root, '..', `${root.split('/').pop()}-cache`));
		const options = { today: TODAY, threshold: 1_000 };
		put('content/positions/grundsteuer-2024.md', `${PAPER}\n![Karte der Hebesätze](./grundsteuer-2024/karte.png)\n`);
		put('content/positions/grundsteuer-2024/karte.png', PNG);
		try {
			expect((await validateLibraryParallel(root, options)).diagnostics).toEqual([]);
			rmSync(join(root, 'content/positions/grundsteuer-2024/karte.png'));
			// The paper's bytes are unchanged; its folder is not.
			const again = await validateLibraryParallel(root, options);
			expect(again.diagnostics.map((d) => [d.file, d.ruleId])).toEqual([
				['content/positions/grundsteuer-2024.md', 'image'],
			]);
		} finally {
			rmSync(join(validationCacheFile(root)!, '..', '..'), { recursive: true, force: true });
		}
	});

	it('is not read in CI, whatever it holds', async () => {
		vi.stubEnv('CI', '');
		vi.stubEnv('DREIKLANG_CACHE_DIR', join(root, '..', `${root.split('/').pop()}-cache`));
		const options = { today: TODAY, threshold: 1_000 };
		put('content/positions/grundsteuer-2024.md', PAPER);
		expect((await validateLibraryParallel(root, options)).diagnostics).toEqual([]);
		const file = validationCacheFile(root)!;
		expect(file.startsWith(`${root}/`)).toBe(false);
		expect(existsSync(join(root, '.cache'))).toBe(false);
		// A forged entry: the broken paper's hash with the clean paper's result.
		const broken = PAPER.replace('status: adopted', 'status: angenommen');
		put('content/positions/grundsteuer-2024.md', broken);
		const stored = JSON.parse(readFileSync(file, 'utf8'));
		stored.entries['content/positions/grundsteuer-2024.md'].hash = contentHash(
			Buffer.from(broken),
			join(root, 'content/positions/grundsteuer-2024.md'),
		);
		writeFileSync(file, JSON.stringify(stored));
		try {
			expect((await validateLibraryParallel(root, options)).diagnostics).toEqual([]);
			vi.stubEnv('CI', 'true');
			expect((await validateLibraryParallel(root, options)).diagnostics.map((d) => d.ruleId)).toEqual(['schema']);
		} finally {
			rmSync(join(file, '..', '..'), { recursive: true, force: true });
		}
	});
});
