/**
 * Citing the example library as a Referentin does: every document page shows
 * "Zitieren" with the APA text that citeproc-js makes of the document's own
 * CSL-JSON file, links the files, names its licence, and carries the tags
 * Zotero and Citavi read and schema.org JSON-LD.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { htmlToHast } from 'satteri';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/t.ts';
import { CITATION_LOCALES, citeprocCitation } from '../../src/lib/cite/citation-text.ts';
import type { CslItem } from '../../src/lib/cite/csl-item.ts';
import { DOCUMENT_FILES, documentFileHref, href, type DocumentFileFormat } from '../../src/lib/routes/routes.ts';
import { DOCUMENT_KINDS, documentKinds } from '../../src/schemas/kinds.ts';
import { LICENSES, type LicenseId } from '../../src/schemas/licenses.ts';
import { documentIds } from './pages.ts';

interface Node {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	children?: Node[];
}
const all = (node: Node, test: (n: Node) => boolean): Node[] => [
	...(test(node) ? [node] : []),
	...(node.children ?? []).flatMap((child) => all(child, test)),
];
const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');
/** A day of the front matter, which the build's YAML reader gives as a `Date`. */
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const config = parse(readFileSync('site.config.yaml', 'utf8')) as { url: string; license: LicenseId };

describe('citations', () => {
	for (const kind of DOCUMENT_KINDS)
		for (const id of documentIds(kind))
			it(`${kind}/${id}: cites it as citeproc-js does, with files, licence and metadata`, () => {
				const { frontmatter } = parseFrontmatter(readFileSync(`${documentKinds[kind].directory}/${id}.md`, 'utf8'));
				const file = JSON.parse(readFileSync(`dist${documentFileHref(id, 'csl')}`, 'utf8')) as CslItem[];
				expect(file).toHaveLength(1);
				expect(file[0]!.title).toBe(frontmatter['title']);
				for (const format of Object.keys(DOCUMENT_FILES) as DocumentFileFormat[])
					expect(existsSync(`dist${documentFileHref(id, format)}`), format).toBe(true);
				for (const lang of UI_LANGUAGES) {
					const page = href(lang, kind, id);
					const tree = htmlToHast(readFileSync(`dist${page}index.html`, 'utf8')) as unknown as Node;
					const [shown] = all(
						tree,
						(n) => (n.properties?.['className'] as string[] | undefined)?.includes('citation') ?? false,
					);
					const item = { ...file[0]!, URL: new URL(page, config.url).href, genre: t(lang)(`kind.${kind}`) };
					expect(text(shown!), `${lang} ${page}`).toBe(citeprocCitation(item, CITATION_LOCALES[lang]));
					const links = all(tree, (n) => n.tagName === 'a' && n.properties?.['download'] !== undefined);
					expect(links.map((a) => a.properties?.['href'])).toEqual(
						(Object.keys(DOCUMENT_FILES) as DocumentFileFormat[]).map((f) => documentFileHref(id, f)),
					);
					const license = LICENSES[(frontmatter['license'] as LicenseId | undefined) ?? config.license];
					const [licenseLink] = all(tree, (n) => n.tagName === 'a' && String(n.properties?.['rel']) === 'license');
					expect(licenseLink?.properties?.['href']).toBe(license.url);
					expect(text(licenseLink!).trim()).toBe(license.name[lang]);
					const meta = (name: string) =>
						all(tree, (n) => n.tagName === 'meta' && n.properties?.['name'] === name).map(
							(n) => n.properties?.['content'],
						);
					expect(meta('citation_title')).toEqual([frontmatter['title']]);
					expect(meta('citation_publication_date')).toEqual([day(frontmatter['published']).replaceAll('-', '/')]);
					const [ld] = all(tree, (n) => n.tagName === 'script' && n.properties?.['type'] === 'application/ld+json');
					const report = JSON.parse(text(ld!)) as Record<string, unknown>;
					expect(report).toMatchObject({ '@type': 'Report', name: frontmatter['title'], license: license.url });
				}
			});
});
