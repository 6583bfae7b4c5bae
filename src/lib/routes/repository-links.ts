/**
 * Links into the library's git repository on GitHub (also Gitea/Forgejo) or
 * GitLab: edit an existing file, or start a new one.
 */
import type { SiteConfig } from '../../schemas/site-config.ts';

type Repository = SiteConfig['repository'];

const base = (repository: Repository) => repository.url.replace(/\/+$/, '');
const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/**
 * The page that shows `file` (a repository path, optionally with `#fragment`)
 * on the configured branch: `docs/rules.md#schema` →
 * `https://github.com/owner/library/blob/main/docs/rules.md#schema`.
 */
export function fileUrl(repository: Repository, file: string): string {
	const [path = '', fragment] = file.split('#', 2);
	const infix = repository.host === 'gitlab' ? '/-/blob/' : '/blob/';
	return `${base(repository)}${infix}${encodeURIComponent(repository.branch)}/${encodePath(path)}${fragment === undefined ? '' : `#${fragment}`}`;
}

/** The page that edits `file` (a path relative to the repository root) on the configured host. */
export function editFileUrl(repository: Repository, file: string): string {
	const infix = repository.host === 'gitlab' ? '/-/edit/' : '/edit/';
	return `${base(repository)}${infix}${encodeURIComponent(repository.branch)}/${encodePath(file)}`;
}

/**
 * The page that creates a new file. GitHub, Gitea and Forgejo take the content
 * in `value`; GitLab fills in only the file name (its current editors ignore a
 * content parameter), so there the text must be pasted.
 */
export function newFileUrl(repository: Repository, file: string, content?: string): string {
	if (repository.host === 'gitlab') {
		return `${base(repository)}/-/new/${encodeURIComponent(repository.branch)}/?file_name=${encodeURIComponent(file)}`;
	}
	const query = new URLSearchParams({ filename: file });
	if (content !== undefined) query.set('value', content);
	return `${base(repository)}/new/${encodeURIComponent(repository.branch)}?${query.toString().replace(/\+/g, '%20')}`;
}

/** Longest URL the form hands to a browser; longer texts are copied or downloaded instead. */
export const MAX_URL_LENGTH = 8000;
