/**
 * What every view and component of one page reads: the interface language, its
 * translator, and the library of this build.
 */
import { formatDate, t } from '../i18n/t.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { registryLabel, landName } from '../lib/library/labels.ts';
import { organizationSlug, resolveOrganization } from '../lib/registries/organizations.ts';
import { formerKeyNote } from '../lib/registries/former-key-note.ts';
import { href, type ListFilter } from '../lib/routes/routes.ts';
import type { HubSection } from '../lib/routes/site-routes.ts';
import type { SearchLabels } from '../lib/search/build/search-record.ts';
import type { DocumentSummary } from '../lib/library/summaries.ts';
import type { MatrixField } from '../schemas/guide.ts';
import type { LandCode } from '../schemas/primitives.ts';
import type { Library } from './library.ts';

/** A name as shown, with its hub link and, for a former key, the note on what it was (`former-key-note.ts`). */
export interface Named {
	name: string;
	href?: string | undefined;
	note?: string;
}

/** The page context; its registry labels are the ones the search index stores (`SearchLabels`). */
export interface PageContext extends Pick<SearchLabels, 'topic' | 'crisis' | 'measure' | 'land'> {
	lang: UiLanguage;
	tr: ReturnType<typeof t>;
	library: Library;
	/** The same page in the other language. */
	alternate: string;
	date: (isoDay: string) => string;
	/** Name and hub link of an organization reference (no link when it has no hub). */
	organization: (ref: string) => Named;
	/** Name and link of an addressee: a level or an organization. */
	addressee: (ref: string) => Named;
	/** The status label of a summary, whatever its kind. */
	status: (summary: Pick<DocumentSummary, 'kind' | 'status'>) => string;
	/** The label of a list filter's value: a status, topic, Land, crisis or measure. */
	filterValue: (kind: DocumentSummary['kind'], filter: ListFilter, value: string) => string;
	/** The name of a hub: the label of a topic, crisis, measure or Land, or an organization's name. */
	hubTitle: (section: HubSection, id: string) => string;
	/**
	 * The `lang` attribute of text written in `lang`: none when it is the
	 * interface language, so that only a change of language is marked (WCAG 3.1.2).
	 */
	textLang: (lang: string) => string | undefined;
	/** A value of the Länder matrix as shown: a deadline as a day, `—` where the matrix has none. */
	matrixValue: (field: MatrixField, value: string | undefined) => string;
}

/** Builds the context of one page. */
export function pageContext(lang: UiLanguage, library: Library, alternate: string): PageContext {
	const tr = t(lang);
	const { registries, index } = library;
	const organization = (ref: string) => {
		const resolved = resolveOrganization(ref, registries.organizations, registries.register);
		// A former key links to the body of today, and says which one the document named.
		const slug = resolved?.slug ?? organizationSlug(ref);
		return {
			name: resolved?.name ?? ref,
			href: index.organizations.has(slug) ? href(lang, 'organizations', slug) : undefined,
			...(resolved?.former && { note: formerKeyNote(resolved.former, registries.register, lang) }),
		};
	};
	const status: PageContext['status'] = ({ kind, status }) =>
		kind === 'positions'
			? tr(`status.${status}` as 'status.draft')
			: kind === 'lessons'
				? tr(`outcome.${status}` as 'outcome.success')
				: tr(`guide.status.${status}` as 'guide.status.current');
	const topic = (id: string) => registryLabel(registries, 'topics', id, lang);
	const crisis = (id: string) => registryLabel(registries, 'crises', id, lang);
	const measure = (id: string) => registryLabel(registries, 'measures', id, lang);
	const land = (code: LandCode) => landName(registries, code);
	const date = (isoDay: string) => formatDate(lang, isoDay);
	return {
		lang,
		tr,
		library,
		alternate,
		date,
		organization,
		addressee: (ref) =>
			ref.startsWith('level:') ? { name: tr(`level.${ref.slice(6)}` as 'level.bund') } : organization(ref),
		topic,
		crisis,
		measure,
		land,
		status,
		filterValue: (kind, filter, value) =>
			filter === 'status'
				? status({ kind, status: value })
				: filter === 'topic'
					? topic(value)
					: filter === 'land'
						? land(value as LandCode)
						: filter === 'crisis'
							? crisis(value)
							: measure(value),
		hubTitle: (section, id) =>
			section === 'topics'
				? topic(id)
				: section === 'crises'
					? crisis(id)
					: section === 'measures'
						? measure(id)
						: section === 'laender'
							? land(id as LandCode)
							: index.organizations.get(id)!.organization.name,
		textLang: (written) => (written === lang ? undefined : written),
		matrixValue: (field, value) => (value === undefined ? '—' : field === 'deadline' ? date(value) : value),
	};
}
