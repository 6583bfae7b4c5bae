/**
 * Edge cases of the accessibility rules for contributed text (heading order,
 * link texts, table headers, images, the language of a passage), on bodies
 * alone: where headings stand (lists, quotes, HTML, MDX components), links
 * that are only an image, `lang` on the elements a contributor may use. The
 * fixtures under `tests/fixtures/rules/` show each rule with its full
 * messages; these pin the cases around them. The last block runs the build's
 * own renderer with the content guard: it refuses what the validator refuses,
 * and a marked passage reaches the page with its `lang`.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { scanBody } from '../../src/lib/validate/body/check-body.ts';
import { contentGuard } from '../../src/lib/validate/body/guard-plugin.ts';
import { isLanguageTag } from '../../src/lib/validate/body/language-tags.ts';
import { normalizeLinkText } from '../../src/lib/validate/body/link-text.ts';
import { MARKDOWN_FEATURES } from '../../src/lib/validate/body/markdown-features.ts';
import { REPOSITORY } from '../support/temp-library.ts';

const A11Y = new Set(['heading-order', 'link-text', 'table-header', 'image', 'foreign-language']);

/** The accessibility problems of a body, as `line:column rule: English message`. */
function problems(text: string, mdx = false): string[] {
	return scanBody({ text, mdx, lineOffset: 0 }, { file: mdx ? 'x.mdx' : 'x.md', root: REPOSITORY })
		.diagnostics.filter((d) => A11Y.has(d.ruleId))
		.map((d) => `${d.line}:${d.column} ${d.ruleId}: ${d.message.en}`);
}
const rules = (text: string, mdx = false) => problems(text, mdx).map((p) => p.split(' ')[1]!.slice(0, -1));

describe('heading order', () => {
	it('starts the body at level 2 and lets it go back up at any time', () => {
		expect(problems('## A\n\n### B\n\n#### C\n\n## D\n\n### E\n')).toEqual([]);
	});

	it('counts headings in lists, quotes and raw HTML, in document order', () => {
		expect(problems('## A\n\n- > #### B\n\n<h3>C</h3>\n\n<div>\n\n##### D\n\n</div>\n')).toEqual([
			'3:5 heading-order: Unexpected heading level 4 in `#### B`, expected level 3: it follows level 2 – write `### B` instead of `#### B` (in HTML `<h3>` instead of `<h4>`)',
			'9:1 heading-order: Unexpected heading level 5 in `##### D`, expected level 4: it follows level 3 – write `#### D` instead of `##### D` (in HTML `<h4>` instead of `<h5>`)',
		]);
	});

	it('places a raw HTML heading at its tag, after Markdown with the same words', () => {
		expect(problems('Text über Fristen.\n\n<h4>Fristen</h4>\n')).toEqual([
			'3:1 heading-order: Unexpected heading level 4 in `#### Fristen`, expected level 2: it is the first of the body, which stands below the title (level 1) – write `## Fristen` instead of `#### Fristen` (in HTML `<h2>` instead of `<h4>`)',
		]);
	});

	it('refuses every h1, Markdown (ATX and setext) or HTML, and measures the next heading from it', () => {
		expect(rules('# A\n\n## B\n\nC\n===\n\n<h1>D</h1>\n')).toEqual(['heading-order', 'heading-order', 'heading-order']);
		expect(rules('# A\n\n## B\n')).toEqual(['heading-order']);
	});

	it('reads MDX headings inside components, and names MDX elements in their own syntax', () => {
		expect(problems('## A\n\n<Hinweis titel="Frist">\n\n### B\n\n</Hinweis>\n', true)).toEqual([]);
		expect(problems('<Hinweis>\n\n<h3>Frist</h3>\n\n</Hinweis>\n', true)).toEqual([
			'3:1 heading-order: Unexpected heading level 3 in `<h3>Frist</h3>`, expected level 2: it is the first of the body, which stands below the title (level 1) – write `<h2>Frist</h2>` instead of `<h3>Frist</h3>`',
		]);
	});

	it('does not take the title of a component (`titel`) for a heading', () => {
		expect(rules('<Hinweis titel="Wichtig">Text</Hinweis>\n\n## A\n', true)).toEqual([]);
	});
});

describe('link texts', () => {
	it('compares after trimming, lower-casing and dropping punctuation and quotes', () => {
		expect(normalizeLinkText('  „Hier“! ')).toBe('hier');
		expect(normalizeLinkText('Klicken  Sie\nhier …')).toBe('klicken sie hier');
		expect(normalizeLinkText('→ Mehr')).toBe('mehr');
		expect(rules('[ HIER ](https://a.example) [„mehr“](https://b.example) [Click here.](https://c.example)')).toEqual([
			'link-text',
			'link-text',
			'link-text',
		]);
	});

	it('accepts words that merely contain a listed one', () => {
		expect(
			rules('[Hier finden Sie den Antrag](https://a.example) und [mehr Geld für Kommunen](https://b.example)'),
		).toEqual([]);
	});

	it('accepts an address as text where it is the target or its site, and refuses one that is not', () => {
		expect(rules('https://www.bund.de/x und <https://www.bund.de> und info@bund.example')).toEqual([]);
		expect(rules('[www.bund.de](https://www.bund.de/grundsteuer) [bund.de/](https://bund.de)')).toEqual([]);
		expect(rules('[https://www.bund.de](https://www.phishing.example/)')).toEqual(['link-text']);
	});

	it('reads an image in a link by its alternative text', () => {
		expect(rules('[![Sirenenförderung des Bundes](https://a.example/x.png)](https://www.bbk.bund.de/)')).not.toContain(
			'link-text',
		);
		expect(
			problems('<a href="https://www.bbk.bund.de/"><img src="./x/x.png" alt=""></a>').find((p) =>
				p.includes('link-text'),
			),
		).toMatch(/^1:10 link-text: Unexpected link without text: its image has no alternative text/);
	});

	it('counts an `aria-label` as the text, and holds it to the same list', () => {
		expect(rules('<a href="https://a.example" aria-label="Antrag auf Wohngeld">→</a>')).toEqual([]);
		expect(rules('<a href="https://a.example" aria-label="hier">Antrag</a>')).toEqual(['link-text']);
	});

	it('leaves footnote marks alone', () => {
		expect(rules('Text.[^1]\n\n[^1]: Quelle.\n')).toEqual([]);
	});

	it('checks links in MDX, inside components too', () => {
		expect(rules('<Hinweis>\n\n[mehr](https://a.example)\n\n</Hinweis>\n', true)).toEqual(['link-text']);
		expect(rules('Das <a href="https://a.example">hier</a>.\n', true)).toEqual(['link-text']);
	});
});

describe('table headers', () => {
	it('accepts a header row with at least one name, and a header column', () => {
		expect(rules('|  | 2024 |\n| --- | --- |\n| Bayern | 400 |\n')).toEqual([]);
		expect(rules('<table><tr><th scope="row">Bayern</th><td>400</td></tr></table>\n')).toEqual([]);
	});

	it('refuses an empty Markdown header row and an HTML table without header cells', () => {
		expect(rules('|  |  |\n| --- | --- |\n| Bayern | 400 |\n')).toEqual(['table-header']);
		expect(rules('<table><tr><td>Bayern</td></tr></table>\n')).toEqual(['table-header']);
		expect(rules('<table><tr><th> </th></tr><tr><td>Bayern</td></tr></table>\n')).toEqual(['table-header']);
	});

	it('judges a nested table on its own', () => {
		expect(
			rules('<table><tr><th>Land</th></tr><tr><td><table><tr><td>x</td></tr></table></td></tr></table>\n'),
		).toEqual(['table-header']);
	});
});

describe('images', () => {
	it('need alternative text in Markdown, raw HTML and MDX, inside components too', () => {
		expect(rules('![](./x/x.png)')).toContain('image');
		expect(rules('<img src="./x/x.png">')).toContain('image');
		expect(rules('<Hinweis>\n  <img src="./x/x.png" alt=" " />\n</Hinweis>\n', true)).toContain('image');
	});

	it('need a text that says more than "image" or the file name', () => {
		expect(problems('![Foto](./x/x.png) ![x.png](./x/x.png)').filter((p) => p.includes('alternative text'))).toEqual([
			'1:1 image: Unexpected alternative text “Foto”, expected a text saying what the image shows, such as `![Siren on the school roof](…)`',
			'1:20 image: Unexpected alternative text “x.png”, expected a text saying what the image shows, such as `![Siren on the school roof](…)`',
		]);
		expect(problems('![Foto der Sirene am Rathaus](./x/x.png)').filter((p) => p.includes('alternative text'))).toEqual(
			[],
		);
	});
});

describe('the language of a passage', () => {
	it('may be marked on every allowed element, in Markdown and MDX', () => {
		for (const element of ['span', 'p', 'div', 'blockquote', 'q', 'li', 'td', 'h2', 'em', 'cite'])
			expect(rules(`<${element} lang="en">Open Data</${element}>\n`), element).toEqual([]);
		expect(rules('Der Grundsatz <span lang="en">once only</span>.\n', true)).toEqual([]);
	});

	it('names a language of ISO 639-1 or a minority language of Germany, with script and region', () => {
		for (const tag of ['en', 'EN', 'en-GB', 'pt-BR', 'es-419', 'sr-Latn', 'sr-Latn-RS', 'nds', 'hsb', 'dsb', 'frr'])
			expect(isLanguageTag(tag), tag).toBe(true);
		for (const tag of ['', 'english', 'xx', 'eng', 'und', 'en_GB', 'en-', 'de-DE-1996', 'en-GB-x'])
			expect(isLanguageTag(tag), tag).toBe(false);
	});

	it('is refused with its place when it names no language, `hreflang` too', () => {
		expect(problems('Text <span lang="english">once only</span>.')).toEqual([
			'1:12 foreign-language: Unexpected language `lang="english"` on `<span>`, expected an ISO 639-1 code such as `en`, `fr`, `tr`, `uk` (also `en-GB`), or `nds`, `hsb`, `dsb`, `frr` – e.g. `<span lang="en">Open Data</span>`',
		]);
		expect(rules('<a href="https://a.example" hreflang="zz">Antrag</a>')).toEqual(['foreign-language']);
	});
});

describe('the content guard in the build', () => {
	const render = async (body: string) => {
		const processor = await createSatteriMarkdownProcessor({
			features: { ...MARKDOWN_FEATURES },
			hastPlugins: [contentGuard(REPOSITORY, 'en')],
		});
		return (await processor.render(body)).code;
	};

	it('publishes a marked passage with its `lang`', async () => {
		const html = await render(
			'## Grundsatz\n\nDas Prinzip <span lang="en">once only</span>.\n\n<p lang="fr">Subsidiarité.</p>\n',
		);
		expect(html).toContain('<span lang="en">once only</span>');
		expect(html).toContain('<p lang="fr">Subsidiarité.</p>');
	});

	it.each([
		['a second h1', '# Titel\n', 'heading-order'],
		['a meaningless link text', '[hier](https://a.example)\n', 'link-text'],
		['a table without header', '<table><tr><td>x</td></tr></table>\n', 'table-header'],
		['an unknown language', '<span lang="xx">x</span>\n', 'foreign-language'],
	])('stops on %s, as the validator does', async (_, body, rule) => {
		await expect(render(body)).rejects.toThrow(new RegExp(`must not be published[\\s\\S]*\\[${rule}\\]`));
	});
});
