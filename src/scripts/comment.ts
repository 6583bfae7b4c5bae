/**
 * The comment page's quote form: the section chosen and the passage pasted
 * rewrite the issue link and the mail link, through the same functions that
 * built the page's static links. The passage only ever becomes an encoded
 * parameter value of those links (and the note that it was cut is set as
 * text): nothing the reader pastes is read as markup.
 */
import { t } from '../i18n/t.ts';
import { commentIssueUrl, commentMailto, type CommentSubject } from '../lib/routes/comment-links.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/** What the page hands the script, in `<script type="application/json" id="comment-data">`. */
export interface CommentData {
	repository: SiteConfig['repository'];
	mailbox?: string | undefined;
	subject: Omit<CommentSubject, 'section' | 'passage'>;
	/** The body's sections, in the order of the form's options. */
	sections: { text: string; slug: string }[];
}

/** Shows the quote form and keeps its two links in step with it; does nothing on a page without one. */
export function startCommentForm(): void {
	const block = document.getElementById('comment-data');
	const form = document.querySelector<HTMLElement>('[data-comment-quote]');
	if (!block || !form) return;
	const { repository, mailbox, subject, sections } = JSON.parse(block.textContent ?? '') as CommentData;
	const select = form.querySelector<HTMLSelectElement>('[data-section]')!;
	const passage = form.querySelector<HTMLTextAreaElement>('[data-passage]')!;
	const issue = form.querySelector<HTMLAnchorElement>('[data-issue]')!;
	const mail = form.querySelector<HTMLAnchorElement>('[data-mail]');
	const status = form.querySelector<HTMLElement>('[data-status]')!;
	const cutNote = t(subject.lang)('consultation.page.quote.cut');
	const update = () => {
		// The first option, value "", is the whole paper.
		const section = select.value === '' ? undefined : sections[Number(select.value)];
		const chosen = { ...subject, section, passage: passage.value };
		const link = commentIssueUrl(repository, chosen);
		issue.href = link.href;
		const letter = mail && mailbox ? commentMailto(mailbox, chosen) : undefined;
		if (mail && letter) mail.href = letter.href;
		// Said only when it changes, so that a screen reader does not repeat it at every key.
		const note = link.cut || letter?.cut ? cutNote : '';
		if (status.textContent !== note) status.textContent = note;
	};
	select.addEventListener('change', update);
	passage.addEventListener('input', update);
	form.hidden = false;
	update();
}
