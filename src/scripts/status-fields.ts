/**
 * Shows the fields of a contribution form that the chosen status needs and
 * hides the others (those marked `data-statuses` by `FormControl.astro`, from
 * the `statuses` of each field's schema). Hidden fields are also disabled, so
 * that the browser leaves them out of the form's data: nothing hidden ends up
 * in the file. Without script the form is not shown at all, so every field
 * stays in the markup.
 */

/** Keeps the status-dependent fields of `form` in step with its `status` select. */
export function setUpStatusFields(form: HTMLFormElement): void {
	const status = form.querySelector<HTMLSelectElement>('select[name="status"]');
	const dependent = [...form.querySelectorAll<HTMLElement>('[data-statuses]')];
	if (!status || dependent.length === 0) return;
	const update = () => {
		for (const element of dependent) {
			const shown = element.dataset.statuses!.split(' ').includes(status.value);
			element.hidden = !shown;
			// A disabled fieldset disables every control in it, entries added later included.
			if (element instanceof HTMLFieldSetElement) element.disabled = !shown;
			else
				for (const control of element.querySelectorAll<HTMLInputElement>('input, select, textarea'))
					control.disabled = !shown;
		}
	};
	// The fields follow the select in the form, so a screen reader meets them next; the hint says they change.
	status.addEventListener('change', update);
	update();
}
