/**
 * The "Mitzeichnen" form in the browser: suggests bodies as the contributor
 * types, checks the entries on submit (`checkCosignForm`: the co-signature
 * schema, the signatory against the registries, and the same check against
 * the paper as `npm run validate`), shows the error summary, and turns valid
 * entries into the co-signature file to open on the forge, copy or download.
 * Nothing leaves the browser unless the contributor follows the link.
 */
import { checkCosignForm } from '../lib/cosignatures/cosign-form.ts';
import type { PaperFacts } from '../lib/cosignatures/check-cosignature.ts';
import { cosignatureFile } from '../lib/cosignatures/cosignature-file.ts';
import { cosignatureSizeProblem } from '../lib/cosignatures/cosignature-size.ts';
import type { MessageLanguage } from '../lib/validate/report/messages.ts';
import type { SiteConfig } from '../schemas/site-config.ts';
import { clearErrors, showErrors } from './error-summary.ts';
import { setUpFileResult } from './file-output.ts';
import { loadReferences, setUpOrganizationSearch } from './organization-search.ts';

interface ClientData {
	lang: MessageLanguage;
	repository: SiteConfig['repository'];
	strings: Record<string, string>;
	registerUrl: string;
	paper: PaperFacts;
	paperTitle: string;
}

/** Starts the form, where the page has one (not before or after the consultation). */
export function startCosignForm(): void {
	const form = document.querySelector<HTMLFormElement>('form[data-cosign]');
	const source = document.getElementById('cosign-data');
	if (!form || !source) return;
	const data = JSON.parse(source.textContent!) as ClientData;
	const result = setUpFileResult(form, {
		repository: data.repository,
		strings: {
			copied: data.strings['form.copied']!,
			copyFailed: data.strings['form.copyFailed']!,
			tooLong: data.strings['form.tooLong']!,
			path: data.strings['cosign.result.path']!,
		},
		type: 'application/yaml',
	});
	// The day in UTC, as `npm run validate` in the pipeline counts it: after midnight in Germany the
	// reader's calendar is a day ahead, and a signature dated by it would fail there as "in the future".
	const today = () => new Date().toISOString().slice(0, 10);

	form.hidden = false;
	form.querySelector<HTMLInputElement>('input[name="date"]')!.value ||= today();
	setUpOrganizationSearch(form, data.registerUrl);

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearErrors(form);
		result.hide();
		const entries = [...new FormData(form)].map(([k, v]) => [k, String(v)] as [string, string]);
		const refs = await loadReferences(data.registerUrl);
		const checked = checkCosignForm(entries, data.paper, refs, today());
		if (!checked.ok) {
			showErrors(form, checked.problems, data.lang);
			return;
		}
		showErrors(form, [], data.lang);
		const name = refs.organizations.find(([ref]) => ref === checked.signatory)![1];
		const text = cosignatureFile(
			{ paperId: data.paper.id, paperTitle: data.paperTitle, signatory: checked.signatory, signatoryName: name },
			checked.data,
		);
		// A long link, or many long fields together, can make a file past the reader's size bound, which the pipeline refuses.
		const tooLarge = cosignatureSizeProblem(text);
		if (tooLarge) {
			showErrors(form, [{ path: [], message: tooLarge }], data.lang);
			return;
		}
		result.show({ path: checked.path, text });
	});
}
