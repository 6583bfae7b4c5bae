/**
 * The text report as a terminal or a CI log shows it: what a file holds is
 * quoted in messages, and a control character in it must not act there.
 */
import { describe, expect, it } from 'vitest';
import { renderReport, type Diagnostic } from '../../src/lib/validate/index.ts';
import { rule } from '../../src/lib/validate/report/rules.ts';

const hostile: Diagnostic = {
	file: 'content/positions/\u001b[2Jx.md',
	line: 3,
	column: 7,
	...rule('schema'),
	message: {
		de: 'Unerwarteter Wert `\u001b[31mrot\u001b[0m`\ncontent/positions/gefaelscht.md:1:1  Fehler  erfunden',
		en: 'Unexpected `\u202egnp.exe`',
	},
};

describe('the text report', () => {
	it('escapes control characters, line breaks and direction overrides that a file brought in', () => {
		const text = renderReport('text', [hostile], { lang: 'de', files: 1, strict: false });
		expect(text.split('\n').slice(0, 2)).toEqual([
			'content/positions/\\u001b[2Jx.md',
			'  3:7  Fehler  Unerwarteter Wert `\\u001b[31mrot\\u001b[0m`\\u000acontent/positions/gefaelscht.md:1:1  Fehler  erfunden  [schema]',
		]);
		expect(renderReport('text', [hostile], { lang: 'en', files: 1, strict: false })).toContain(
			'Unexpected `\\u202egnp.exe`',
		);
		// eslint-disable-next-line no-control-regex -- the test looks for what must not be there
		expect(text).not.toMatch(/[\u001b\u202e]/);
	});

	it('shows invisible characters that make a value look like the id it is not', () => {
		const invisible: Diagnostic = {
			...hostile,
			file: 'content/positions/a.md',
			message: {
				de: 'Unbekannter Verweis `finan\u00adzen`',
				en: 'Unknown `aktions\u200bbuendnis`, `\u{e0061}finanzen`',
			},
		};
		expect(renderReport('text', [invisible], { lang: 'de', files: 1, strict: false })).toContain('`finan\\u00adzen`');
		expect(renderReport('text', [invisible], { lang: 'en', files: 1, strict: false })).toContain(
			'`aktions\\u200bbuendnis`, `\\u{e0061}finanzen`',
		);
	});
});

describe('the GitHub annotations', () => {
	it('escape what the text report escapes: the Actions log shows each command line as it is', () => {
		const line = renderReport('github', [hostile], { lang: 'en', files: 1, strict: false }).split('\n')[0]!;
		expect(line).toContain('Unexpected `\\u202egnp.exe`');
	});
});

describe('the GitLab Code Quality report', () => {
	it('escapes what the text report escapes: the merge request page shows the description to reviewers', () => {
		const [issue] = JSON.parse(renderReport('gitlab', [hostile], { lang: 'en', files: 1, strict: false })) as {
			description: string;
		}[];
		expect(issue!.description).toBe('Unexpected `\\u202egnp.exe`');
	});
});
