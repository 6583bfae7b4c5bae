/**
 * Every rule id the validator reports. `rules.test.ts` checks this list
 * against the source and requires passing and failing fixtures for each id.
 */
export const RULE_IDS = [
	'duplicate-id', 'empty-file', 'encoding', 'file-name', 'frontmatter', 'future-date', 'link',
	'mdx-component', 'mdx-esm', 'mdx-expression', 'mdx-props', 'mdx-syntax', 'reference',
	'registry-id', 'review-overdue', 'schema', 'supersession', 'unsafe-attribute', 'unsafe-html',
	'unsafe-url', 'yaml',
] as const;
