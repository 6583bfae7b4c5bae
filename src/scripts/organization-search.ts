/**
 * The registries for the forms, loaded once from `/api/register.json` when
 * first needed, and the suggestions of organizations as the contributor types
 * (into the form's `datalist`), by name or key.
 */
import { findOrganizations, type ReferenceData } from '../lib/contribute/reference-data.ts';

let references: Promise<ReferenceData> | undefined;

/** The registries' compact data, fetched from the site itself once per page. */
export const loadReferences = (url: string): Promise<ReferenceData> =>
	(references ??= fetch(url).then((r) => r.json() as Promise<ReferenceData>));

/** Fills the form's `datalist` with the organizations matching what is typed into an `input[data-organizations]`. */
export function setUpOrganizationSearch(form: HTMLFormElement, registerUrl: string): void {
	const datalist = form.querySelector('datalist')!;
	form.addEventListener('input', async (event) => {
		const input = event.target as HTMLInputElement;
		if (!input.matches('input[data-organizations]')) return;
		const query = input.value.trim();
		if (query.length < 2) return;
		const refs = await loadReferences(registerUrl);
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
