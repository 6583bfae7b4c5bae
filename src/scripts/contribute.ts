/**
 * The contribution forms in the browser: adds and removes repeated entries,
 * suggests organizations as the contributor types, checks the entries with
 * the document schema and the registries, shows a GOV.UK-style error
 * summary, and turns valid entries into a file to copy, download or open on
 * the git host. Nothing leaves the browser unless the contributor follows the
 * link to the host.
 */
import { collectValues } from '../lib/contribute/collect-values.ts';
import { documentFile, documentPath } from '../lib/contribute/document-file.ts';
import { fieldsFor, formFields } from '../lib/contribute/form-model.ts';
import { checkFormReferences, findOrganizations, type ReferenceData } from '../lib/contribute/reference-data.ts';
import { describeIssue, formatPath, type Localized, type MessageLanguage } from '../lib/validate/report/messages.ts';
import { suggestsValue } from '../lib/registries/references.ts';
import { MAX_URL_LENGTH, newFileUrl } from '../lib/routes/repository-links.ts';
import { documentKinds, type DocumentKind } from '../schemas/kinds.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { setUpStatusFields } from './status-fields.ts';

interface ClientData {
	lang: MessageLanguage;
	repository: SiteConfig['repository'];
	strings: Record<string, string>;
	registerUrl: string;
}

let references: Promise<ReferenceData> | undefined;
const loadReferences = (url: string) => (references ??= fetch(url).then((r) => r.json() as Promise<ReferenceData>));

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

function clearErrors(form: HTMLFormElement): void {
	for (const el of form.querySelectorAll<HTMLElement>('.error-message')) {
		el.hidden = true;
		el.textContent = '';
	}
	for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
	for (const el of form.querySelectorAll('.form-group--error')) el.classList.remove('form-group--error');
}

function showErrors(
	form: HTMLFormElement,
	problems: { path: readonly PropertyKey[]; message: Localized }[],
	lang: MessageLanguage,
): void {
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
		link.addEventListener('click', (event) => {
			// Move focus to the control itself, as the GOV.UK error summary does.
			event.preventDefault();
			control?.focus();
		});
		item.append(link);
		list.append(item);
	}
	summary.hidden = problems.length === 0;
	if (problems.length > 0) summary.focus();
}

function renumber(container: HTMLElement, label: string, template: string): void {
	container.querySelectorAll<HTMLElement>(':scope > [data-item] > legend').forEach((legend, i) => {
		legend.textContent = template.replace('{label}', label).replace('{number}', String(i + 1));
	});
}

function setUpRepeats(form: HTMLFormElement, data: ClientData): void {
	for (const repeat of form.querySelectorAll<HTMLElement>('[data-repeat]')) {
		const items = repeat.querySelector<HTMLElement>(':scope > [data-repeat-items]')!;
		const template = repeat.querySelector<HTMLTemplateElement>(':scope > template[data-repeat-template]')!;
		let next = 1;
		repeat.querySelector(':scope > [data-add]')!.addEventListener('click', () => {
			const index = next++;
			const html = template.innerHTML
				.replaceAll('__i__', String(index))
				.replaceAll('__n__', String(items.children.length + 1));
			const holder = document.createElement('div');
			holder.innerHTML = html;
			const item = holder.firstElementChild as HTMLElement;
			items.append(item);
			item.querySelector<HTMLButtonElement>('[data-remove]')?.addEventListener('click', () => {
				item.remove();
				renumber(items, repeat.dataset.label ?? '', data.strings['form.item']!);
				(repeat.querySelector(':scope > [data-add]') as HTMLElement).focus();
			});
			renumber(items, repeat.dataset.label ?? '', data.strings['form.item']!);
			item.querySelector<HTMLElement>('input, select, textarea')?.focus();
		});
	}
}

function setUpOrganizationSearch(form: HTMLFormElement, data: ClientData): void {
	const datalist = form.querySelector('datalist')!;
	form.addEventListener('input', async (event) => {
		const input = event.target as HTMLInputElement;
		if (!input.matches('input[data-organizations]')) return;
		const query = input.value.trim();
		if (query.length < 2) return;
		const refs = await loadReferences(data.registerUrl);
		datalist.replaceChildren(
			...findOrganizations(refs, query).map(([ref, name]) => {
				const option = document.createElement('option');
				option.value = ref;
				option.label = name;
				option.textContent = name;
				return option;
			}),
		);
	});
}

function download(name: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	URL.revokeObjectURL(url);
}

async function copy(text: string, output: HTMLTextAreaElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// Locked-down browsers may forbid the clipboard API; selecting the text still helps.
		output.select();
		return false;
	}
}

function setUpForm(form: HTMLFormElement, data: ClientData): void {
	const kind = form.dataset.form as DocumentKind;
	const schema = documentKinds[kind].schema;
	const fields = formFields(schema);
	const result = form.querySelector<HTMLElement>('[data-result]')!;
	const output = form.querySelector<HTMLTextAreaElement>('[data-output]')!;
	const status = form.querySelector<HTMLElement>('[data-status]')!;
	const open = form.querySelector<HTMLAnchorElement>('[data-open]')!;
	let file = { path: '', text: '' };

	setUpRepeats(form, data);
	setUpOrganizationSearch(form, data);
	setUpStatusFields(form);

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearErrors(form);
		result.hidden = true;
		const entries = [...new FormData(form)].map(([k, v]) => [k, String(v)] as [string, string]);
		// Only the fields of the chosen status go into the file, whatever the page shows.
		const chosenStatus = entries.find(([k]) => k === 'status')?.[1];
		const values = collectValues(fieldsFor(fields, chosenStatus), entries);
		// Example content is marked by maintainers, not through this form.
		const parsed = schema.safeParse(values, { reportInput: true });
		// Worded for the form: values by the labels the site shows, registries by their lists, not by codes and paths.
		const problems: { path: readonly PropertyKey[]; message: Localized }[] = parsed.success
			? []
			: parsed.error.issues.map((issue) => ({
					path: issue.path,
					message: describeIssue(issue, { audience: 'form', schema }),
				}));
		// References are checked whatever else is wrong, so that one round shows every problem; a value the schema
		// refused already is named once, by the reference message where that suggests the value meant.
		for (const reference of checkFormReferences(kind, values, await loadReferences(data.registerUrl))) {
			const same = problems.findIndex((p) => formatPath(p.path) === formatPath(reference.path));
			if (same < 0) problems.push(reference);
			else if (suggestsValue(reference.message)) problems[same] = reference;
		}
		const path = typeof values.title === 'string' ? documentPath(kind, values.title) : undefined;
		if (problems.length > 0) {
			showErrors(form, problems, data.lang);
			return;
		}
		showErrors(form, [], data.lang);
		file = { path: path!, text: documentFile(kind, values) };
		output.value = file.text;
		form.querySelector('[data-result-path]')!.textContent = data.strings['form.result.path']!.replace(
			'{path}',
			file.path,
		);
		const url =
			data.repository.host === 'gitlab'
				? newFileUrl(data.repository, file.path)
				: newFileUrl(data.repository, file.path, file.text);
		const tooLong = url.length > MAX_URL_LENGTH;
		open.hidden = tooLong;
		open.href = tooLong ? '#' : url;
		status.textContent = tooLong ? data.strings['form.tooLong']! : '';
		result.hidden = false;
		result.querySelector<HTMLElement>('h4')!.focus();
	});

	form.querySelector('[data-copy]')!.addEventListener('click', async () => {
		status.textContent = (await copy(file.text, output))
			? data.strings['form.copied']!
			: data.strings['form.copyFailed']!;
	});
	form
		.querySelector('[data-download]')!
		.addEventListener('click', () => download(file.path.split('/').pop()!, file.text));
	open.addEventListener('click', async () => {
		// GitLab's editor ignores content in the address: copy it, the page says to paste it.
		if (data.repository.host === 'gitlab')
			status.textContent = (await copy(file.text, output))
				? data.strings['form.copied']!
				: data.strings['form.copyFailed']!;
	});
}

/** Starts every contribution form on the page. */
export function startContributionForms(): void {
	const container = document.querySelector<HTMLElement>('[data-contribute]');
	const data = JSON.parse(document.getElementById('contribute-data')!.textContent!) as ClientData;
	if (!container) return;
	container.hidden = false;
	const forms = [...container.querySelectorAll<HTMLFormElement>('form[data-form]')];
	// Dates that are today for a new document.
	const today = new Date().toLocaleDateString('sv-SE');
	for (const input of container.querySelectorAll<HTMLInputElement>(
		'input[name="published"], input[name="dates.drafted"], input[name="reviewed"]',
	))
		input.value ||= today;
	forms.forEach((form) => setUpForm(form, data));
	for (const choice of container.querySelectorAll<HTMLInputElement>('[data-kind-choice]')) {
		choice.addEventListener('change', () => {
			for (const form of forms) form.hidden = form.dataset.form !== choice.value;
		});
	}
}
