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
import { checkFormReferences } from '../lib/contribute/reference-data.ts';
import { describeIssue, formatPath, type MessageLanguage } from '../lib/validate/report/messages.ts';
import { suggestsValue } from '../lib/registries/references.ts';
import { documentKinds, type DocumentKind } from '../schemas/kinds.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { clearErrors, showErrors, type FormProblem } from './error-summary.ts';
import { setUpFileResult } from './file-output.ts';
import { loadReferences, setUpOrganizationSearch } from './organization-search.ts';
import { setUpStatusFields } from './status-fields.ts';

interface ClientData {
	lang: MessageLanguage;
	repository: SiteConfig['repository'];
	strings: Record<string, string>;
	registerUrl: string;
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

function setUpForm(form: HTMLFormElement, data: ClientData): void {
	const kind = form.dataset.form as DocumentKind;
	const schema = documentKinds[kind].schema;
	const fields = formFields(schema);
	const result = setUpFileResult(form, {
		repository: data.repository,
		strings: {
			copied: data.strings['form.copied']!,
			copyFailed: data.strings['form.copyFailed']!,
			tooLong: data.strings['form.tooLong']!,
			path: data.strings['form.result.path']!,
		},
		type: 'text/markdown',
	});

	setUpRepeats(form, data);
	setUpOrganizationSearch(form, data.registerUrl);
	setUpStatusFields(form);

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearErrors(form);
		result.hide();
		const entries = [...new FormData(form)].map(([k, v]) => [k, String(v)] as [string, string]);
		// Only the fields of the chosen status go into the file, whatever the page shows.
		const chosenStatus = entries.find(([k]) => k === 'status')?.[1];
		const values = collectValues(fieldsFor(fields, chosenStatus), entries);
		// Example content is marked by maintainers, not through this form.
		const parsed = schema.safeParse(values, { reportInput: true });
		// Worded for the form: values by the labels the site shows, registries by their lists, not by codes and paths.
		const problems: FormProblem[] = parsed.success
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
		result.show({ path: path!, text: documentFile(kind, values) });
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
