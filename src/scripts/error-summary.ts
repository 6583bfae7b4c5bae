/**
 * The GOV.UK-style error summary of the site's forms (contribution and
 * co-signature): a list of links at the top of the form, each message also
 * beside its field, the field marked `aria-invalid`, focus on the summary so
 * that a screen reader announces it. Fields are found by their `data-field`
 * name, the path of the data joined with dots (`decision.date`).
 */
import { formatPath, type Localized, type MessageLanguage } from '../lib/validate/report/messages.ts';

/** One problem to show: where in the data, and what to say. */
export interface FormProblem {
	path: readonly PropertyKey[];
	message: Localized;
}

/** The concrete control name for a path of the data: `['demands', 0, 'status']` → `demands.0.status`. */
const nameOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** The control (or group) that a problem at `path` belongs to: the deepest one that exists. */
function targetFor(form: HTMLFormElement, path: readonly PropertyKey[]): HTMLElement | undefined {
	for (let n = path.length; n > 0; n--) {
		const name = nameOf(path.slice(0, n));
		const group = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
		if (group) return group;
	}
	return undefined;
}

/** Removes every message and mark of an earlier check. */
export function clearErrors(form: HTMLFormElement): void {
	for (const el of form.querySelectorAll<HTMLElement>('.error-message')) {
		el.hidden = true;
		el.textContent = '';
	}
	for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
	for (const el of form.querySelectorAll('.form-group--error')) el.classList.remove('form-group--error');
}

/** Shows `problems` in the form's summary (`[data-error-summary]`) and beside their fields; none hides the summary. */
export function showErrors(form: HTMLFormElement, problems: readonly FormProblem[], lang: MessageLanguage): void {
	const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
	const list = summary.querySelector('[data-error-list]')!;
	list.replaceChildren();
	for (const problem of problems) {
		const group = targetFor(form, problem.path);
		const control = group?.matches('input, select, textarea')
			? group
			: group?.querySelector<HTMLElement>('input, select, textarea');
		// In a form, name the field by its label, not by its key in the file.
		const label = group?.querySelector(':scope > label, :scope > legend')?.firstChild?.textContent?.trim();
		const key = `\`${formatPath(problem.path)}\``;
		const message = label
			? problem.message[lang].replaceAll(key, lang === 'de' ? `„${label}“` : `“${label}”`)
			: problem.message[lang];
		if (group) {
			group.classList.add('form-group--error');
			const slot = group.querySelector<HTMLElement>(':scope > .error-message');
			if (slot) {
				slot.hidden = false;
				slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
			}
			control?.setAttribute('aria-invalid', 'true');
		}
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = `#${control?.id ?? form.id}`;
		link.textContent = message;
		// Move focus to the control itself, as the GOV.UK error summary does; a problem of the whole file
		// (its size) has none, and its link simply leads to the form.
		if (control)
			link.addEventListener('click', (event) => {
				event.preventDefault();
				control.focus();
			});
		item.append(link);
		list.append(item);
	}
	summary.hidden = problems.length === 0;
	if (problems.length > 0) summary.focus();
}
