/**
 * What the site's forms do with the file they produce: show it, offer it to
 * download, copy it to the clipboard, open it pre-filled on the forge.
 * Nothing is sent anywhere.
 */
import { prefilledNewFileUrl } from '../lib/contribute/new-file-link.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/** Offers `text` as a download named `name`. */
export function download(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	URL.revokeObjectURL(url);
}

/** Copies `text`; `false` when the browser refused, and then `output`, which holds it, is selected instead. */
export async function copy(text: string, output: HTMLTextAreaElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// Locked-down browsers may forbid the clipboard API; selecting the text still helps.
		output.select();
		return false;
	}
}

/** A produced file: where it goes in the repository, and its text. */
export interface ProducedFile {
	path: string;
	text: string;
}

/** What a form's result section needs: the forge, its words, the file's media type. */
export interface FileResultOptions {
	repository: SiteConfig['repository'];
	/** `copied`, `copyFailed`, `tooLong`, and `path` with `{path}` in it. */
	strings: { copied: string; copyFailed: string; tooLong: string; path: string };
	type: string;
}

/**
 * Wires the result section of `form` (`src/components/form/FileResult.astro`):
 * copy, download and the forge link act on the file last shown. Returns the
 * functions that show a file and hide the section.
 */
export function setUpFileResult(
	form: HTMLFormElement,
	options: FileResultOptions,
): { show: (file: ProducedFile) => void; hide: () => void } {
	const result = form.querySelector<HTMLElement>('[data-result]')!;
	const output = result.querySelector<HTMLTextAreaElement>('[data-output]')!;
	const status = result.querySelector<HTMLElement>('[data-status]')!;
	const open = result.querySelector<HTMLAnchorElement>('[data-open]')!;
	const { strings } = options;
	let file: ProducedFile = { path: '', text: '' };
	const copyText = async () => {
		status.textContent = (await copy(file.text, output)) ? strings.copied : strings.copyFailed;
	};
	result.querySelector('[data-copy]')!.addEventListener('click', copyText);
	result
		.querySelector('[data-download]')!
		.addEventListener('click', () => download(file.path.split('/').pop()!, file.text, options.type));
	open.addEventListener('click', async () => {
		// GitLab's editor ignores content in the address: copy it, the page says to paste it.
		if (options.repository.host === 'gitlab') await copyText();
	});
	return {
		show(produced) {
			file = produced;
			output.value = file.text;
			result.querySelector('[data-result-path]')!.textContent = strings.path.replace('{path}', file.path);
			const url = prefilledNewFileUrl(options.repository, file.path, file.text);
			open.hidden = url === undefined;
			open.href = url ?? '#';
			status.textContent = url === undefined ? strings.tooLong : '';
			result.hidden = false;
			result.querySelector<HTMLElement>('[data-result-title]')!.focus();
		},
		hide() {
			result.hidden = true;
		},
	};
}
