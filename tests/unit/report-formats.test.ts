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
});
