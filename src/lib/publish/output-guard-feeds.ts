/**
 * Checks the Atom feeds of the build (`atom-feed.ts`) as a feed reader reads
 * them: well-formed XML with no character XML forbids, an Atom `<feed>`,
 * and every address — the feed's and each entry's `id` and `link` — on this
 * site. Feed readers fetch what a feed links; a feed that names another host
 * would send readers there.
 */
import sax from 'sax';
import { hasCharacterOutsideXml } from '../open-data/clean-text.ts';
import type { PageFinding } from './output-guard.ts';
import { onSite } from '../routes/base.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

/** Checks one feed's text; `file` is its path in the site. */
export function checkFeed(file: string, text: string, site: string): PageFinding[] {
	const findings: PageFinding[] = [];
	const find = (element: string, problem: string) => findings.push({ page: file, element, problem });
	const address = (element: string, value: string) => {
		if (!onSite(value, site)) find(`${element}: ${value.slice(0, 80)}`, 'address not on this site');
	};
	const parser = sax.parser(true, { xmlns: true });
	const open: string[] = [];
	let body = '';
	parser.onopentag = (tag) => {
		const node = tag as sax.QualifiedTag;
		if (open.length === 0 && (node.local !== 'feed' || node.uri !== ATOM)) find(node.name, 'not an Atom feed');
		open.push(node.local);
		body = '';
		if (node.local === 'link') address('link', String(node.attributes['href']?.value ?? ''));
	};
	parser.ontext = (value) => {
		body += value;
	};
	parser.onclosetag = () => {
		if (open.pop() === 'id') address('id', body.trim());
		body = '';
	};
	parser.onerror = (error) => {
		throw error;
	};
	try {
		parser.write(text).close();
	} catch (error) {
		find(`line ${parser.line + 1}`, `not well-formed XML: ${String((error as Error).message).split('\n')[0]}`);
	}
	if (hasCharacterOutsideXml(text)) find('text', 'a character XML 1.0 does not allow');
	return findings;
}
