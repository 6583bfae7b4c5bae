/**
 * The pre-filled addresses that comment on a paper: a new issue on GitHub or
 * GitLab, or a mail (RFC 6068). What a reader pastes arrives as it was written,
 * whatever it holds, and no address grows past MAX_URL_LENGTH: the passage is
 * cut, never the paper's link.
 */
import { describe, expect, it } from 'vitest';
import { commentIssueUrl, commentMailto, type CommentSubject } from '../../src/lib/routes/comment-links.ts';
import { MAX_URL_LENGTH } from '../../src/lib/routes/repository-links.ts';

const GITHUB = { host: 'github', url: 'https://github.com/verband/bibliothek/', branch: 'main' } as const;
const GITLAB = { host: 'gitlab', url: 'https://gitlab.opencode.de/verband/bibliothek', branch: 'main' } as const;
const PAPER: CommentSubject = {
	title: 'Kommunale Wärmeplanung finanzieren',
	url: 'https://bibliothek.example.org/positionen/waermeplanung/',
	lang: 'de',
};
const HOSTILE =
	'Zeile 1 & "zwei" #3 100%\n\n> schon zitiert\r\n</textarea><script>alert(1)</script> ä € 😀 \'x\' + = ?';

/** The query parameters of an address, decoded as a browser or mail program reads them. */
const params = (href: string) => new URL(href).searchParams;

describe('commentIssueUrl', () => {
	it('opens a new GitHub issue with title and body', () => {
		const { href, cut } = commentIssueUrl(GITHUB, PAPER);
		expect(cut).toBe(false);
		expect(href.startsWith('https://github.com/verband/bibliothek/issues/new?title=')).toBe(true);
		expect(params(href).get('title')).toBe('Anmerkung: Kommunale Wärmeplanung finanzieren');
		expect(params(href).get('body')).toBe(
			'Papier: https://bibliothek.example.org/positionen/waermeplanung/\n\nAnmerkung:\n\n',
		);
	});

	it('opens a new GitLab issue with issue[title] and issue[description]', () => {
		const { href } = commentIssueUrl(GITLAB, {
			...PAPER,
			lang: 'en',
			section: { text: 'Ausgangslage', slug: 'ausgangslage' },
		});
		expect(href.startsWith('https://gitlab.opencode.de/verband/bibliothek/-/issues/new?issue[title]=')).toBe(true);
		expect(params(href).get('issue[title]')).toBe('Comment on “Ausgangslage”: Kommunale Wärmeplanung finanzieren');
		expect(params(href).get('issue[description]')).toBe(
			[
				'Paper: https://bibliothek.example.org/positionen/waermeplanung/',
				'Section: Ausgangslage (https://bibliothek.example.org/positionen/waermeplanung/#ausgangslage)',
				'',
				'Comment:',
				'',
				'',
			].join('\n'),
		);
	});

	it('quotes a hostile passage line by line, encoded as a value, so that it arrives unchanged', () => {
		for (const repository of [GITHUB, GITLAB]) {
			const { href } = commentIssueUrl(repository, { ...PAPER, passage: HOSTILE });
			// Nothing of the passage is left as a raw delimiter or markup in the address.
			const query = href.slice(href.indexOf('?') + 1);
			expect(query.split('&')).toHaveLength(2);
			expect(href).not.toMatch(/[<>"\s#]|%(?![0-9A-F]{2})/);
			const body = params(href).get(repository.host === 'gitlab' ? 'issue[description]' : 'body')!;
			expect(body).toContain(
				[
					'Textstelle:',
					'',
					'> Zeile 1 & "zwei" #3 100%',
					'>',
					'> > schon zitiert',
					`> </textarea><script>alert(1)</script> ä € 😀 'x' + = ?`,
					'',
					'Anmerkung:',
				].join('\n'),
			);
		}
	});

	it('takes half an emoji without failing', () => {
		const { href } = commentIssueUrl(GITHUB, { ...PAPER, passage: 'a\uD83Db' });
		expect(params(href).get('body')).toContain('> a\uFFFDb');
	});

	it('cuts a passage too long for an address, says so, and keeps the links whole', () => {
		const section = { text: 'Unsere Position', slug: 'unsere-position' };
		const passage = `${'Wärmeplanung ist eine Daueraufgabe. '.repeat(400)}ENDE`;
		for (const repository of [GITHUB, GITLAB]) {
			const { href, cut } = commentIssueUrl(repository, { ...PAPER, section, passage });
			expect(cut).toBe(true);
			expect(href.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
			// Close to the limit: the passage is cut no shorter than it must be.
			expect(href.length).toBeGreaterThan(MAX_URL_LENGTH - 40);
			const body = params(href).get(repository.host === 'gitlab' ? 'issue[description]' : 'body')!;
			expect(body).toContain(`Papier: ${PAPER.url}\n`);
			expect(body).toContain(`(${PAPER.url}#unsere-position)`);
			expect(body).not.toContain('ENDE');
			expect(body).toMatch(
				/> Wärmeplanung ist eine Daueraufgabe\. .* …\n>\n> \[Textstelle gekürzt[^\n]*\]\n\nAnmerkung:\n\n$/,
			);
		}
	});

	it('shortens a title and a heading of any length, so that the links and a passage still fit', () => {
		const long = { ...PAPER, title: 'Wärmeplanung '.repeat(500), section: { text: 'Ä'.repeat(3000), slug: 'a' } };
		const { href, cut } = commentIssueUrl(GITLAB, { ...long, passage: 'Die Textstelle.' });
		expect(cut).toBe(false);
		expect(href.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
		const title = params(href).get('issue[title]')!;
		expect(title).toMatch(/^Anmerkung zu „Ä{199}…“: (Wärmeplanung ){15}Wärm…$/);
		expect(params(href).get('issue[description]')).toContain(`Papier: ${PAPER.url}\n`);
		expect(params(href).get('issue[description]')).toContain('> Die Textstelle.');
	});

	it('keeps every address within the limit whatever the script of a title or heading and the length of its id', () => {
		const wide = { ...PAPER, title: '漢'.repeat(300), section: { text: '😀'.repeat(300), slug: '漢'.repeat(300) } };
		const longId = { ...PAPER, section: { text: 'Abschnitt', slug: 'a'.repeat(9000) } };
		for (const subject of [wide, { ...wide, passage: 'Die Textstelle.' }, longId]) {
			for (const href of [
				commentIssueUrl(GITHUB, subject).href,
				commentIssueUrl(GITLAB, subject).href,
				commentMailto('beteiligung@verband.de', subject).href,
			]) {
				expect(href.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
				expect(decodeURIComponent(href)).toContain(`Papier: ${PAPER.url}`);
			}
		}
		// A passage still fits beside the widest names, and a heading id too long for a link links to the paper.
		expect(commentIssueUrl(GITHUB, { ...wide, passage: 'Die Textstelle.' }).cut).toBe(false);
		expect(params(commentIssueUrl(GITHUB, longId).href).get('body')).toContain(`Abschnitt: Abschnitt (${PAPER.url})`);
	});

	it('writes a title or heading with line breaks as one line, so that no mail header follows in the subject', () => {
		const hostile = {
			...PAPER,
			title: 'Titel\r\nBcc: fremd@example.org',
			section: { text: 'Teil\u2028Cc: x@y.example', slug: 's' },
		};
		const { href } = commentMailto('beteiligung@verband.de', hostile);
		const subject = new URL(href).searchParams.get('subject')!;
		expect(subject).toBe('Anmerkung zu „Teil Cc: x@y.example“: Titel Bcc: fremd@example.org');
		expect(href).not.toMatch(/subject=[^&]*(%0[AD]|%E2%80%A8)/i);
		expect(params(commentIssueUrl(GITHUB, hostile).href).get('title')).not.toMatch(/[\r\n\u2028]/);
	});

	it('cuts a pasted megabyte in bounded time', () => {
		const started = performance.now();
		const { href, cut } = commentIssueUrl(GITHUB, { ...PAPER, passage: '%&#\n'.repeat(250_000) });
		expect(cut).toBe(true);
		expect(href.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});

describe('commentMailto', () => {
	it('writes subject and body with CRLF line breaks, percent-encoded (RFC 6068)', () => {
		const { href } = commentMailto('beteiligung@verband.de', { ...PAPER, passage: HOSTILE });
		expect(href.startsWith('mailto:beteiligung@verband.de?subject=Anmerkung%3A%20Kommunale%20W%C3%A4rmeplanung')).toBe(
			true,
		);
		expect(href).not.toMatch(/[<>"\s#]/);
		expect(href).not.toMatch(/(?<!%0D)%0A/);
		const body = params(href.replace(/^mailto:[^?]*/, 'mailto:x')).get('body')!;
		expect(body.split('\r\n')).toContain('> Zeile 1 & "zwei" #3 100%');
		expect(body.split('\r\n')).toContain(`> </textarea><script>alert(1)</script> ä € 😀 'x' + = ?`);
		expect(body).not.toMatch(/[^\r]\n/);
	});

	it('stays under the limit with a long passage, and keeps the paper link', () => {
		const { href, cut } = commentMailto('beteiligung@verband.de', { ...PAPER, lang: 'en', passage: 'ü'.repeat(9000) });
		expect(cut).toBe(true);
		expect(href.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
		const body = params(href.replace(/^mailto:[^?]*/, 'mailto:x')).get('body')!;
		expect(body.startsWith(`Paper: ${PAPER.url}\r\n`)).toBe(true);
		expect(body).toContain('[Passage shortened');
	});
});
