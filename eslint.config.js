// @ts-check
/**
 * Lint rules: the recommended sets of ESLint, typescript-eslint and
 * eslint-plugin-astro, and the layering the folders promise (see README's
 * "Layout"): the schemas are a leaf, browser code never reaches for Node's
 * modules, and the search page's script stays free of zod.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser code: the page scripts and the logic they import. */
const BROWSER = ['src/scripts/**/*.ts', 'src/lib/search/client/**/*.ts', 'src/lib/contribute/**/*.ts'];
/** The search page's script: it ships zod to nobody (it is loaded with the first query). */
const SEARCH_PAGE = ['src/scripts/search.ts', 'src/scripts/search/**/*.ts', 'src/lib/search/client/**/*.ts'];

const nodeModules = { group: ['node:*'], message: 'Browser code cannot use Node.js modules.' };

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/', '.cache/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// `_`-prefixed names are deliberately unused (callback positions).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
			],
		},
	},
	{
		// Tests read JSON and pages of any shape.
		files: ['tests/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
	{
		files: ['src/schemas/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/lib/**', '**/data/**', '**/integrations/**'],
							message: 'The schemas are a leaf: they import nothing from the rest of src/.',
						},
					],
				},
			],
		},
	},
	{
		files: BROWSER,
		languageOptions: { globals: { ...globals.browser } },
		rules: { 'no-restricted-imports': ['error', { patterns: [nodeModules] }] },
	},
	{
		files: SEARCH_PAGE,
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [nodeModules, { group: ['zod', 'zod/*'], message: 'The search page loads without zod.' }] },
			],
		},
	},
);
