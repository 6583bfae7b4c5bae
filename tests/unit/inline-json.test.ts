import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { inlineJson } from '../../src/lib/publish/inline-json.ts';

interface Node {
	type: string;
	tagName?: string;
	value?: string;
	children?: Node[];
}

/** The elements and text a browser's parser makes of `html` (Sätteri parses as the HTML standard says). */
function parse(html: string): { scripts: string[]; elements: string[] } {
	const scripts: string[] = [];
	const elements: string[] = [];
	const walk = (node: Node) => {
		if (node.type === 'element') {
			elements.push(node.tagName!);
			if (node.tagName === 'script') scripts.push((node.children ?? []).map((c) => c.value ?? '').join(''));
		}
		for (const child of node.children ?? []) walk(child);
	};
	walk(htmlToHast(html) as Node);
	return { scripts, elements };
}

const embed = (json: string) =>
	`<!doctype html><head><script type="application/json" id="data">${json}</script></head><body><p>after</p></body>`;

const hostile = {
	name: '</script><script>alert(1)</script>',
	comment: '<!--<script>',
	entity: '&lt;&amp;',
	separators: 'a\u2028b\u2029c',
	nested: ['</SCRIPT >', { deeper: '<!-- -->' }],
};

describe('inlineJson', () => {
	it('keeps every value, as JSON.parse reads it back', () => {
		expect(JSON.parse(inlineJson(hostile))).toEqual(hostile);
		expect(JSON.parse(inlineJson('plain'))).toBe('plain');
	});

	it('writes no <, >, &, U+2028 or U+2029, only their \\u escapes', () => {
		const json = inlineJson(hostile);
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(inlineJson({ a: '</script>&\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u2028"}');
	});

	it('stays one data block when embedded, where plain JSON.stringify breaks out of it', () => {
		// The defect this guards against: the value ends the block and starts a script of its own.
		const broken = parse(embed(JSON.stringify(hostile)));
		expect(broken.scripts.length).toBeGreaterThan(1);

		const safe = parse(embed(inlineJson(hostile)));
		expect(safe.scripts).toHaveLength(1);
		expect(JSON.parse(safe.scripts[0]!)).toEqual(hostile);
		expect(safe.elements).toEqual(['html', 'head', 'script', 'body', 'p']);
	});

	it('refuses a value without a JSON form instead of writing "undefined"', () => {
		expect(() => inlineJson(undefined)).toThrow(/no JSON form/);
	});
});
