/**
 * The digest of this build (`digest.ts`): computed once, shown on its page
 * and written as text for circulars, in both languages.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { buildDigest, digestText, type Digest, type DigestLine } from '../lib/follow/digest.ts';
import { feedHref, href } from '../lib/routes/routes.ts';
import type { DocumentSummary } from '../lib/library/summaries.ts';
import { catalogDocuments } from './catalog-documents.ts';
import { pageContext } from './context.ts';
import { lastChange } from './last-change.ts';
import type { Library } from './library.ts';

const cache = new WeakMap<Library, Digest>();

/** The week up to the build date. */
export function libraryDigest(library: Library): Digest {
	let digest = cache.get(library);
	if (!digest) {
		const catalog = catalogDocuments(library);
		digest = buildDigest(
			library.today,
			library.index.summaries,
			(id) => ({ published: catalog.get(id)!.dates['published']!, changed: lastChange(library, id) }),
			library.index.openConsultations,
		);
		cache.set(library, digest);
	}
	return digest;
}

/** The digest as plain text in `lang`. */
export function libraryDigestText(library: Library, lang: UiLanguage): string {
	const ctx = pageContext(lang, library, href(lang === 'de' ? 'en' : 'de', 'digest'));
	const digest = libraryDigest(library);
	const site = (path: string) => new URL(path, library.config.url).href;
	const line = (summary: DocumentSummary, until?: string): DigestLine => ({
		title: summary.title,
		about: [
			ctx.tr(`kind.${summary.kind}`),
			summary.organization && ctx.organization(summary.organization).name,
			until && ctx.tr('home.consultations.until', { date: ctx.date(until) }),
		]
			.filter(Boolean)
			.join(', '),
		url: site(href(lang, summary.kind, summary.id)),
	});
	return digestText(
		{
			heading: `${ctx.tr('section.digest')} – ${library.config.name}`,
			week: ctx.tr('digest.week', { from: ctx.date(digest.from), to: ctx.date(digest.to) }),
			added: ctx.tr('digest.added'),
			changed: ctx.tr('digest.changed'),
			closing: ctx.tr('digest.closing'),
			none: ctx.tr('digest.none'),
			more: (count) => ctx.tr('digest.more', { count }),
			footer: ctx.tr('digest.text.footer', {
				page: site(href(lang, 'digest')),
				feed: site(feedHref(lang, { of: 'library' })),
			}),
		},
		{
			added: digest.added.map((s) => line(s)),
			changed: digest.changed.map((s) => line(s)),
			closing: digest.closing.map(({ summary, until }) => line(summary, until)),
		},
	);
}
