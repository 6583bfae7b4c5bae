/**
 * The sources a library harvests (`harvest` in `site.config.yaml`) and where
 * their last good harvest is kept: `harvest/<source>/` in the library's root,
 * which the build's CI keeps in its cache from one run to the next
 * (`templates/github`, `templates/gitlab`), so that a build whose source is
 * down still has it (`docs/harvest.md`). Not committed: `.gitignore` names it.
 */
import { join } from 'node:path';
import type { SiteConfig } from '../../schemas/site-config.ts';

/** One configured source. */
export type HarvestSource = SiteConfig['harvest'][number];

/** The folder of all harvests, under the library's root. */
export const HARVEST_DIRECTORY = 'harvest';

/** The folder of one source's harvest. */
export function sourceDirectory(root: string, source: Pick<HarvestSource, 'id'>): string {
	return join(root, HARVEST_DIRECTORY, source.id);
}

/** The source's base URL with one trailing slash, against which its files are resolved. */
export function sourceBase(source: Pick<HarvestSource, 'url'>): string {
	return source.url.endsWith('/') ? source.url : `${source.url}/`;
}

/** Whether `url` is an `http(s)` address under the source's base: its documents' pages must be. */
export function isUnderSource(url: string, source: Pick<HarvestSource, 'url'>): boolean {
	let parsed: URL;
	const base = new URL(sourceBase(source));
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	return (
		parsed.origin === base.origin &&
		parsed.pathname.startsWith(base.pathname) &&
		!parsed.username &&
		!parsed.password &&
		parsed.href === url
	);
}

/** The address of a source's catalogue. */
export function catalogUrl(source: Pick<HarvestSource, 'url'>): string {
	return new URL('api/catalog.json', sourceBase(source)).href;
}

/** The address of one document's data file at the source; `id` is a slug. */
export function documentDataUrl(source: Pick<HarvestSource, 'url'>, id: string): string {
	return new URL(`api/documents/${id}.json`, sourceBase(source)).href;
}
