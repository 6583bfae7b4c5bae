/** The components MDX documents may use; the names and props are checked by `src/schemas/mdx-components.ts`. */
import type { MdxComponentName } from '../../schemas/mdx-components.ts';
import Hinweis from './Hinweis.astro';

export const mdxComponents: Record<MdxComponentName, unknown> = { Hinweis };
