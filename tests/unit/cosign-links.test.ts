/**
 * The pre-filled new-file addresses that the forms offer: GitHub gets the name
 * and the text, GitLab the name only, and no address is offered past the
 * length limit (the page then says to copy or download).
 */
import { describe, expect, it } from 'vitest';
import { prefilledNewFileUrl } from '../../src/lib/contribute/new-file-link.ts';
import { MAX_URL_LENGTH } from '../../src/lib/routes/repository-links.ts';

const PATH = 'content/cosignatures/waermeplanung-finanzierung-2026/ags-08421000.yaml';
const TEXT = '# Mitzeichnung „Wärme & Co.“ #1\ndate: 2026-12-02\nurl: https://rats.example/a?b=1&c=2#x\n';
const github = { host: 'github', url: 'https://github.com/verband/bibliothek/', branch: 'main' } as const;
const gitlab = { host: 'gitlab', url: 'https://gitlab.example/verband/bibliothek', branch: 'haupt/zweig' } as const;

describe('prefilledNewFileUrl', () => {
	it('opens GitHub’s new-file page with the file name and its text, every character encoded', () => {
		const url = prefilledNewFileUrl(github, PATH, TEXT)!;
		expect(url).toBe(
			'https://github.com/verband/bibliothek/new/main?filename=content%2Fcosignatures%2Fwaermeplanung-finanzierung-2026%2Fags-08421000.yaml&value=%23%20Mitzeichnung%20%E2%80%9EW%C3%A4rme%20%26%20Co.%E2%80%9C%20%231%0Adate%3A%202026-12-02%0Aurl%3A%20https%3A%2F%2Frats.example%2Fa%3Fb%3D1%26c%3D2%23x%0A',
		);
		// What GitHub reads back is the text itself: no `+` for spaces, no cut at `#` or `&`.
		expect(new URL(url).searchParams.get('value')).toBe(TEXT);
	});

	it('opens GitLab’s new-file page with the file name only, on the configured branch', () => {
		expect(prefilledNewFileUrl(gitlab, PATH, TEXT)).toBe(
			'https://gitlab.example/verband/bibliothek/-/new/haupt%2Fzweig/?file_name=content%2Fcosignatures%2Fwaermeplanung-finanzierung-2026%2Fags-08421000.yaml',
		);
	});

	it(`offers no address longer than ${MAX_URL_LENGTH} characters`, () => {
		const base = prefilledNewFileUrl(github, PATH, '')!.length;
		// `a` is one character encoded; the longest text that fits, and one more.
		const fits = 'a'.repeat(MAX_URL_LENGTH - base);
		expect(prefilledNewFileUrl(github, PATH, fits)).toHaveLength(MAX_URL_LENGTH);
		expect(prefilledNewFileUrl(github, PATH, `${fits}a`)).toBeUndefined();
		// Umlauts take six characters each once encoded: the limit counts the address, not the text.
		expect(prefilledNewFileUrl(github, PATH, 'ä'.repeat(Math.ceil((MAX_URL_LENGTH - base) / 6) + 1))).toBeUndefined();
		// GitLab's address carries no text, so a long file still gets its link there.
		expect(prefilledNewFileUrl(gitlab, PATH, `${fits}a`)).toMatch(/\?file_name=/);
	});
});
