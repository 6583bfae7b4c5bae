/**
 * The components an MDX document may use, with the props each accepts. The
 * validator allows exactly these; everything else in MDX (imports, exports,
 * JavaScript expressions, other components) is refused, so that a document
 * cannot run code on the site.
 */
import { z } from 'zod';
import { text } from './primitives.ts';

export const mdxComponentProps = {
	/** A highlighted note: `<Hinweis typ="warnung" titel="Frist beachten">…</Hinweis>`. */
	Hinweis: z.strictObject({
		/** `info` (default) or `warnung`. */
		typ: z.enum(['info', 'warnung']).default('info'),
		/** A short heading. Optional. */
		titel: text.optional(),
	}),
} as const;

export type MdxComponentName = keyof typeof mdxComponentProps;
export const MDX_COMPONENTS = Object.keys(mdxComponentProps) as MdxComponentName[];
