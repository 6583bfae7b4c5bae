/**
 * What the site's forms do with the file they produce: offer it to download,
 * or copy it to the clipboard. Nothing is sent anywhere.
 */

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
