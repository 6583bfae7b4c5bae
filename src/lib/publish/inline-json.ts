/**
 * JSON for a `<script type="application/json">` block in a page.
 *
 * The HTML parser ends a script element at the first `</script`, and `<!--`
 * inside it switches the parser into a state where a later `</script>` no
 * longer ends it; neither cares that the text is JSON. A value from
 * `site.config.yaml` or a document that contains either would end the block
 * early and let the rest be read as markup. Escaping `<`, `>` and `&` as
 * `\uXXXX` keeps every such sequence out of the text, while `JSON.parse`
 * reads the same values back. U+2028 and U+2029 are escaped too: they are
 * valid in JSON but end a line in older JavaScript, which breaks the text
 * if it is ever read as a script.
 */

const UNSAFE = /[<>&\u2028\u2029]/g;

const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `JSON.stringify(value)` with every `<`, `>`, `&`, U+2028 and U+2029 written
 * as a `\uXXXX` escape, safe to put between `<script type="application/json">`
 * and `</script>` with `set:html`. `JSON.parse` of the result equals
 * `JSON.parse(JSON.stringify(value))`.
 *
 * @example
 * inlineJson({ name: '</script><script>alert(1)</script>' })
 * // '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 */
export function inlineJson(value: unknown): string {
	const json = JSON.stringify(value);
	if (json === undefined)
		throw new TypeError('inlineJson: the value has no JSON form (undefined, a function or a symbol)');
	// Outside strings JSON has none of these characters, so every match is inside a string, where `\uXXXX` means the same character.
	return json.replace(UNSAFE, escape);
}
