/**
 * The address that opens a new file on the library's forge, pre-filled as
 * far as the forge allows, for both forms (contribution and co-signature):
 * GitHub takes the name and the content, GitLab only the name (the text is
 * pasted there). An address longer than `MAX_URL_LENGTH` is not offered at all:
 * browsers, proxies and forges cut or refuse long addresses, and a cut file
 * would be worse than none — the page then says to copy or download instead.
 */
import type { SiteConfig } from '../../schemas/site-config.ts';
import { MAX_URL_LENGTH, newFileUrl } from '../routes/repository-links.ts';

/** The pre-filled new-file address for `path` with `text`, or `undefined` when it would be too long. */
export function prefilledNewFileUrl(
	repository: SiteConfig['repository'],
	path: string,
	text: string,
): string | undefined {
	const url = repository.host === 'gitlab' ? newFileUrl(repository, path) : newFileUrl(repository, path, text);
	return url.length > MAX_URL_LENGTH ? undefined : url;
}
