/**
 * Pre-filled addresses that comment on a paper: a new issue on the library's
 * forge, or a mail to the instance's consultation mailbox. Used by the paper
 * page, the comment page and its script (`src/scripts/comment.ts`), so that a
 * link says the same wherever it is built. What a reader pastes becomes a
 * parameter value, percent-encoded, and never markup.
 */
import type { UiLanguage } from '../../i18n/languages.ts';
import { t } from '../../i18n/t.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import { MAX_URL_LENGTH } from './repository-links.ts';

/** What a comment is about: the paper, and optionally a section and a passage quoted from it. */
export interface CommentSubject {
	/** The paper's title. */
	title: string;
	/** The paper's absolute address: `https://dreiklang.example.org/positionen/x/`. */
	url: string;
	/** A section of the body: its heading's text and the heading's id on the paper page. */
	section?: { text: string; slug: string } | undefined;
	/** The passage to quote, as the reader pasted it. */
	passage?: string | undefined;
	/** The language of the words around the quote: the reader's interface language. */
	lang: UiLanguage;
}

/** A pre-filled address, and whether the passage had to be shortened to fit. */
export interface CommentLink {
	href: string;
	/** `true` when the passage was cut to keep `href` under `MAX_URL_LENGTH`. */
	cut: boolean;
}

type Repository = SiteConfig['repository'];

// Lone surrogates (half an emoji) would make encodeURIComponent throw.
const wellFormed = (text: string) => text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
const lines = (text: string) => text.replace(/\r\n?/g, '\n').split('\n');

/**
 * Longest title or heading, in characters and in percent-encoded characters,
 * that a comment repeats; longest heading id its link carries. All three are
 * contributors' text of any length and script (a character of CJK or an emoji
 * takes 9 or 12 encoded characters). Bounded in encoded length, the title
 * (once) and the heading (twice) and its link take at most about 5,000 of the
 * 8,000 characters: the paper's link always fits, and a passage has the rest.
 */
const MAX_NAME_LENGTH = 200;
const MAX_ENCODED_LENGTH = 1200;
const encodedLength = (text: string) => encodeURIComponent(wellFormed(text)).length;
/**
 * A name as one line: a paper's title may hold a line break, and in a mail's
 * subject (`%0A`) some clients read what follows as another header (`Bcc:`).
 */
const oneLine = (name: string) =>
	name
		.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
const shorten = (text: string) => {
	const name = oneLine(text);
	const chars = [...name];
	if (chars.length <= MAX_NAME_LENGTH && encodedLength(name) <= MAX_ENCODED_LENGTH) return name;
	let kept = '';
	for (const char of chars.slice(0, MAX_NAME_LENGTH - 1)) {
		if (encodedLength(kept + char) > MAX_ENCODED_LENGTH) break;
		kept += char;
	}
	return `${kept.trimEnd()}…`;
};
/** The section's link: to its heading, unless the heading's id is too long for a link, then to the paper. */
const sectionUrl = (url: string, slug: string) => {
	const fragment = encodeURIComponent(wellFormed(slug));
	return encodeURIComponent(fragment).length <= MAX_ENCODED_LENGTH ? `${url}#${fragment}` : url;
};

/** The issue's (or mail's) subject and text, with the passage as it is given. */
function compose(subject: CommentSubject, passage: string | undefined, cut: boolean): { title: string; body: string } {
	const tr = t(subject.lang);
	const section = subject.section && { ...subject.section, text: shorten(subject.section.text) };
	const paper = shorten(subject.title);
	const title = section
		? tr('consultation.issue.titleSection', { section: section.text, title: paper })
		: tr('consultation.issue.title', { title: paper });
	const body = [tr('consultation.issue.paper', { url: subject.url })];
	if (section)
		body.push(
			tr('consultation.issue.section', {
				section: section.text,
				url: sectionUrl(subject.url, section.slug),
			}),
		);
	if (passage !== undefined && passage.trim() !== '') {
		// Each line its own quote line, so that no line of the passage is read as Markdown of the comment.
		const quoted = lines(passage).map((line) => (line === '' ? '>' : `> ${line}`));
		if (cut) quoted.push('>', `> ${tr('consultation.issue.cut')}`);
		body.push('', tr('consultation.issue.passage'), '');
		for (const line of quoted) body.push(line);
	}
	body.push('', tr('consultation.issue.remark'), '', '');
	return { title: wellFormed(title), body: wellFormed(body.join('\n')) };
}

/**
 * The longest address `build` makes from `subject` within `MAX_URL_LENGTH`:
 * the whole passage where it fits, else the longest start of it (in whole
 * characters, ending in "…" and a note that it was cut). The paper's link and
 * the section's are never cut. Bounded: at most `log₂ 8000` tries.
 */
function fit(subject: CommentSubject, build: (text: { title: string; body: string }) => string): CommentLink {
	const passage = subject.passage ?? '';
	// A passage longer than the limit can never fit: it is cut without first being built whole.
	if (passage.length <= MAX_URL_LENGTH) {
		const whole = build(compose(subject, passage, false));
		if (whole.length <= MAX_URL_LENGTH || passage === '') return { href: whole, cut: false };
	}
	const chars = [...passage.slice(0, MAX_URL_LENGTH)];
	const withCut = (n: number) => build(compose(subject, `${chars.slice(0, n).join('').trimEnd()} …`, true));
	let low = 0;
	let high = chars.length - 1;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (withCut(mid).length <= MAX_URL_LENGTH) low = mid;
		else high = mid - 1;
	}
	return { href: withCut(low), cut: true };
}

const base = (repository: Repository) => repository.url.replace(/\/+$/, '');

/**
 * A new issue on the repository's forge, pre-filled. GitHub (also Gitea and
 * Forgejo) takes `title` and `body` on `<repo>/issues/new`; GitLab takes
 * `issue[title]` and `issue[description]` on `<repo>/-/issues/new`.
 *
 * @example commentIssueUrl({ host: 'github', url: 'https://github.com/o/r', branch: 'main' }, { title: 'X', url: 'https://s/positionen/x/', lang: 'de' }).href
 * // 'https://github.com/o/r/issues/new?title=Anmerkung%3A%20X&body=Papier%3A%20https%3A%2F%2Fs%2Fpositionen%2Fx%2F%0A%0AAnmerkung%3A%0A%0A'
 */
export function commentIssueUrl(repository: Repository, subject: CommentSubject): CommentLink {
	const enc = encodeURIComponent;
	return fit(subject, ({ title, body }) =>
		repository.host === 'gitlab'
			? `${base(repository)}/-/issues/new?issue[title]=${enc(title)}&issue[description]=${enc(body)}`
			: `${base(repository)}/issues/new?title=${enc(title)}&body=${enc(body)}`,
	);
}

/**
 * A mail to `mailbox` with `subject` and `body` (RFC 6068): every value
 * percent-encoded as UTF-8, line breaks as `%0D%0A`, as the RFC asks.
 *
 * @example commentMailto('beteiligung@example.org', { title: 'X', url: 'https://s/x/', lang: 'en' }).href
 * // 'mailto:beteiligung@example.org?subject=Comment%3A%20X&body=Paper%3A%20https%3A%2F%2Fs%2Fx%2F%0D%0A%0D%0AComment%3A%0D%0A%0D%0A'
 */
export function commentMailto(mailbox: string, subject: CommentSubject): CommentLink {
	const address = mailbox.split('@').map(encodeURIComponent).join('@');
	return fit(subject, ({ title, body }) => {
		const crlf = encodeURIComponent(lines(body).join('\r\n'));
		return `mailto:${address}?subject=${encodeURIComponent(title)}&body=${crlf}`;
	});
}
