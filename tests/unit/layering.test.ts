/**
 * The layering the folders promise, followed through every import and not
 * only the first (the lint rules see one file at a time): the schemas are a
 * leaf, browser code never reaches a Node.js module, and the search page's
 * script stays free of zod, which it would ship with the first query.
 * Imports are read from TypeScript's own parse, not with a pattern.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPOSITORY } from '../support/temp-library.ts';

/**
 * The specifiers a module imports at run time: `import type` and
 * `export type … from` are erased by the build and left out; an import whose
 * names are all marked `type` stays in (with `verbatimModuleSyntax` it is
 * kept as an import of the module).
 */
function runtimeImports(file: string): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const out: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier))
			out.push(node.moduleSpecifier.text);
		else if (
			ts.isExportDeclaration(node) &&
			!node.isTypeOnly &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
		)
			out.push(node.moduleSpecifier.text);
		else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] &&
			ts.isStringLiteral(node.arguments[0])
		)
			out.push(node.arguments[0].text);
		ts.forEachChild(node, visit);
	};
	visit(source);
	return out;
}

/** Every module reached from `entry` at run time, as repository paths, and every package they import. */
function closure(entry: string): { files: string[]; packages: string[] } {
	const files = new Set<string>();
	const packages = new Set<string>();
	const pending = [resolve(REPOSITORY, entry)];
	while (pending.length > 0) {
		const file = pending.pop()!;
		const name = relative(REPOSITORY, file);
		if (files.has(name)) continue;
		files.add(name);
		for (const specifier of runtimeImports(file)) {
			if (specifier.startsWith('.')) pending.push(join(dirname(file), specifier));
			else packages.add(specifier);
		}
	}
	return { files: [...files].sort(), packages: [...packages].sort() };
}

const BROWSER_ENTRIES = [
	'src/scripts/search.ts',
	'src/scripts/contribute.ts',
	'src/scripts/zod-without-eval.ts',
	'src/scripts/comment.ts',
	'src/scripts/cosign.ts',
	'src/scripts/compare-versions.ts',
];

describe('layering', () => {
	it('follows imports through the whole graph', () => {
		// The search script reaches the shared search fields through the client logic.
		const { files } = closure('src/scripts/search.ts');
		expect(files).toContain('src/lib/search/search-fields.ts');
		expect(files.length).toBeGreaterThan(5);
	});

	it.each(BROWSER_ENTRIES)('%s reaches no Node.js module', (entry) => {
		const { packages } = closure(entry);
		expect(
			packages.filter(
				(p) => p.startsWith('node:') || ['fs', 'path', 'os', 'url', 'crypto', 'child_process'].includes(p),
			),
		).toEqual([]);
	});

	it.each(BROWSER_ENTRIES)('%s reaches only packages that run in a browser', (entry) => {
		// An allowlist: a package written for Node.js (csv-parse reaches `Buffer`) breaks the page's script at
		// load, which no type check sees. A new package joins here once it is known to run in a browser.
		const BROWSER_PACKAGES = [
			'@orama/stemmers/german',
			'astro:content',
			'diff',
			'fastest-levenshtein',
			'yaml',
			'zod',
			'zod/mini',
			'zod/v4/core',
		];
		const { packages } = closure(entry);
		expect(packages.filter((p) => !BROWSER_PACKAGES.includes(p))).toEqual([]);
	});

	it('the search page script imports no zod, directly or through another module', () => {
		const { packages } = closure('src/scripts/search.ts');
		expect(packages.filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
	});

	it('the comparison of two versions ships jsdiff and nothing else: no zod, no dictionaries', () => {
		const { files, packages } = closure('src/scripts/compare-versions.ts');
		expect(packages).toEqual(['diff']);
		expect(files).toContain('src/lib/history/paper-diff.ts');
		expect(files.filter((f) => f.endsWith('.json'))).toEqual([]);
	});

	it('the schemas import nothing from the rest of src/', () => {
		const schemas = readdirSync(join(REPOSITORY, 'src/schemas')).filter((name) => name.endsWith('.ts'));
		expect(schemas).toContain('kinds.ts');
		for (const schema of schemas) {
			const { files } = closure(`src/schemas/${schema}`);
			expect(
				files.filter((f) => !f.startsWith('src/schemas/')),
				schema,
			).toEqual([]);
		}
	});
});
