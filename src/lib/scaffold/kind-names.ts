/** The names a contributor may type for each document kind in `npm run new`. */
import { DOCUMENT_KINDS, type DocumentKind } from '../../schemas/kinds.ts';

/** How contributors may name a kind. */
export interface KindNames {
	/** The English name, shown first in the usage message. */
	english: string;
	/** The German name, shown as the alternative. */
	german: string;
	/** Further spellings that are accepted silently (plurals, umlauts). */
	more: readonly string[];
}

/** The names `npm run new` accepts for each kind; case does not matter. */
export const KIND_NAMES: Readonly<Record<DocumentKind, KindNames>> = {
	positions: { english: 'position', german: 'positionspapier', more: ['positions', 'positionspapiere'] },
	lessons: { english: 'lesson', german: 'erfahrungsbericht', more: ['lessons', 'erfahrungsberichte'] },
	guides: {
		english: 'guide',
		german: 'leitfaden',
		more: ['guides', 'leitfaeden', 'leitfäden', 'umsetzungsleitfaden', 'umsetzungsleitfaeden', 'umsetzungsleitfäden'],
	},
};

/** The kind a contributor means by `name`, or `undefined`. */
export function resolveKind(name: string): DocumentKind | undefined {
	const wanted = name.trim().toLowerCase();
	return DOCUMENT_KINDS.find((kind) => {
		const { english, german, more } = KIND_NAMES[kind];
		return [english, german, ...more].includes(wanted);
	});
}
