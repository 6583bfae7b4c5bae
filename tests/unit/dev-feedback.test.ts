/**
 * What `astro dev` says after a save (`src/lib/validate/run/dev-feedback.ts`):
 * which files count, which problems are shown, and the overlay's message,
 * which the overlay sets as HTML.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/validate/index.ts';
import { say } from '../../src/lib/validate/report/messages.ts';
import { rule } from '../../src/lib/validate/report/rules.ts';
import { classifyChange, describeCheck, overlayError } from '../../src/lib/validate/run/dev-feedback.ts';
import type { LibraryReport } from '../../src/lib/validate/run/validate-library.ts';

const ROOT = '/lib';
const problem = (file: string, severity: Diagnostic['severity'], text: string): Diagnostic => ({
	file,
	line: 3,
	column: 7,
	...rule('schema'),
	severity,
	message: say(text, text),
});
const report = (diagnostics: Diagnostic[]) => ({ diagnostics, files: 2 }) as unknown as LibraryReport;

describe('classifyChange', () => {
	it('knows documents, registry and co-signature files, and nothing else', () => {
		expect(classifyChange(ROOT, '/lib/content/positions/a.md')).toEqual({
			kind: 'document',
			file: 'content/positions/a.md',
		});
		expect(classifyChange(ROOT, '/lib/content/guides/b.mdx')).toEqual({
			kind: 'document',
			file: 'content/guides/b.mdx',
		});
		expect(classifyChange(ROOT, '/lib/content/registry/organizations/x.yaml')).toEqual({
			kind: 'registry',
			file: 'content/registry/organizations/x.yaml',
		});
		// Misnamed co-signature files too, which the check then refuses with a message.
		for (const name of ['ags-05911000.yaml', 'AGS-05911000.yml'])
			expect(classifyChange(ROOT, `/lib/content/cosignatures/paper/${name}`)).toEqual({
				kind: 'cosignature',
				file: `content/cosignatures/paper/${name}`,
			});
		// An editor's temporary file, an attachment folder, the site's code.
		expect(classifyChange(ROOT, '/lib/content/positions/sedAb12x')).toBeUndefined();
		expect(classifyChange(ROOT, '/lib/content/positions/a/plan.md')).toBeUndefined();
		expect(classifyChange(ROOT, '/lib/src/pages/index.astro')).toBeUndefined();
	});
});

describe('describeCheck', () => {
	it("shows the changed file's warnings and every error, then the count", () => {
		const diagnostics = [
			problem('content/positions/a.md', 'warning', 'Warnung in a'),
			problem('content/positions/b.md', 'error', 'Fehler in b'),
			problem('content/positions/b.md', 'warning', 'Warnung in b'),
		];
		const feedback = describeCheck(report(diagnostics), [{ kind: 'document', file: 'content/positions/a.md' }], 'de');
		expect(feedback.lines).toMatchInlineSnapshot(`
			[
			  {
			    "level": "warn",
			    "text": "content/positions/a.md:3:7  Warnung  Warnung in a  [schema]",
			  },
			  {
			    "level": "error",
			    "text": "content/positions/b.md:3:7  Fehler  Fehler in b  [schema]",
			  },
			  {
			    "level": "info",
			    "text": "Nach der Änderung von \`content/positions/a.md\`: 2 Dateien geprüft: 1 Fehler und 1 Warnung in 2 Dateien. Beheben Sie die Meldungen und führen Sie \`npm run validate\` erneut aus.",
			  },
			]
		`);
		expect(feedback.errors).toEqual([diagnostics[1]]);
	});
});

describe('overlayError', () => {
	it('escapes what a document holds and sets code spans as code', () => {
		const err = overlayError(
			ROOT,
			[problem('content/positions/a.md', 'error', 'Unerwarteter Wert `<img src=x onerror=alert(1)>` für `status`')],
			'de',
		);
		expect(err.message).toBe(
			'content/positions/a.md:3:7  Fehler  Unerwarteter Wert <code>&#60;img src=x onerror=alert(1)&#62;</code> für <code>status</code>  [schema]',
		);
		expect(err.loc).toEqual({ file: '/lib/content/positions/a.md', line: 3, column: 7 });
	});
});
