/**
 * What the redirects of `content/redirects.yaml` build: a page at
 * every old address of a moved or withdrawn id, in both languages, that
 * leads to the new address (or says why the document was withdrawn).
 */
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/languages.ts';
import type { Redirect, RedirectKind } from '../../schemas/redirect.ts';
import { cosignatoriesHref, historyHref, href } from '../routes/routes.ts';

/** One page at an old address. */
export interface RedirectPage {
	lang: UiLanguage;
	/** The old address, e.g. `/positionen/alt/`. */
	path: string;
	/** The same old address in the other language. */
	alternate: string;
	/** Where it leads; undefined for a withdrawn document's notice. */
	target?: string | undefined;
	redirect: Redirect;
}

const isDocumentKind = (kind: RedirectKind): kind is 'positions' | 'lessons' | 'guides' =>
	kind === 'positions' || kind === 'lessons' || kind === 'guides';

/** The addresses an id of `kind` has in `lang`: its page, and for documents its history (and a paper's co-signatory list). */
function addressesOf(lang: UiLanguage, kind: RedirectKind, id: string): string[] {
	if (!isDocumentKind(kind)) return [href(lang, kind, id)];
	const out = [href(lang, kind, id), historyHref(lang, kind, id)];
	if (kind === 'positions') out.push(cosignatoriesHref(lang, id));
	return out;
}

/**
 * The pages of every redirect, both languages. A moved id's address leads to
 * the same address of the new id where the site serves it (`served`), else to
 * the new id's page; a withdrawn id's addresses all show its notice.
 */
export function redirectPages(redirects: readonly Redirect[], served: ReadonlySet<string>): RedirectPage[] {
	return redirects.flatMap((redirect) =>
		UI_LANGUAGES.flatMap((lang) => {
			const other: UiLanguage = lang === 'de' ? 'en' : 'de';
			const old = addressesOf(lang, redirect.kind, redirect.from);
			const alternates = addressesOf(other, redirect.kind, redirect.from);
			const fresh = redirect.to === undefined ? undefined : addressesOf(lang, redirect.kind, redirect.to);
			return old.map((path, i) => ({
				lang,
				path,
				alternate: alternates[i]!,
				target: fresh && (served.has(fresh[i]!) ? fresh[i]! : fresh[0]!),
				redirect,
			}));
		}),
	);
}

/** Every old address the redirects keep, both languages. */
export function redirectedAddresses(redirects: readonly Redirect[]): Set<string> {
	return new Set(redirects.flatMap((r) => UI_LANGUAGES.flatMap((lang) => addressesOf(lang, r.kind, r.from))));
}

/** The section a withdrawn id's notice links to. */
export function sectionOf(lang: UiLanguage, kind: RedirectKind): string {
	return href(lang, kind);
}

/**
 * The moved addresses as files for web servers that redirect for real
 * (see `docs/hosting.md`): `_redirects` for Netlify-like hosts
 * (`/alt/ /neu/ 301`) and an nginx `map` body (`/alt/ /neu/;`). Withdrawn
 * addresses stay pages of their own and are not listed.
 */
export function redirectMaps(pages: readonly RedirectPage[]): { netlify: string; nginx: string } {
	const moved = pages
		.flatMap((p) => (p.target ? [[p.path, p.target] as const] : []))
		.sort(([a], [b]) => (a < b ? -1 : 1));
	return {
		netlify: moved.map(([from, to]) => `${from} ${to} 301\n`).join(''),
		nginx: moved.map(([from, to]) => `${from} ${to};\n`).join(''),
	};
}
