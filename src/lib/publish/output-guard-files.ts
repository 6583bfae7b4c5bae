/**
 * The check of built pages (`output-guard.ts`) reads HTML only; the build also
 * writes files that crawlers and web servers read: the sitemaps, `robots.txt`
 * and the redirect files for hosts that redirect for real. An address in them
 * comes from ids and paths that validation checks; this checks the output,
 * for what it missed: a sitemap that is not well-formed XML or names another
 * host, a redirect line a web server would read as more than one redirect
 * (a space, a `;`, a `{` of nginx) or that leads off the site; the map
 * file of the Länder, which pages draw from (`output-guard-svg.ts`); and the
 * calendars, feeds and open-data files, wherever they lie
 * (`output-guard-calendar.ts`, `output-guard-feeds.ts`, `output-guard-data.ts`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import sax from 'sax';
import { SPRITE_PATH } from '../map/laender-sprite.ts';
import type { PageFinding } from './output-guard.ts';
import { hasCharacterOutsideXml } from '../open-data/clean-text.ts';
import { checkCalendar } from './output-guard-calendar.ts';
import { checkOpenData } from './output-guard-data.ts';
import { checkFeed } from './output-guard-feeds.ts';
import { checkSpriteFile } from './output-guard-svg.ts';
import { basePath, onSite, sitePathOf } from '../routes/base.ts';

/** A path of this site as a redirect file may name it: no white space, nothing nginx or Netlify read as syntax. */
const SITE_PATH = /^\/(?![/\\])[^\s;{}#"'\\]*$/;

/** The redirect files and the shape of one line of each (`src/lib/addresses/redirects.ts`). */
const REDIRECT_FILES = { _redirects: ' 301', 'redirects.map': ';' } as const;

/**
 * Checks one redirect file's text; `file` is its path in the site, e.g.
 * `/_redirects`, `base` the path the site is served under (default `/`).
 */
export function checkRedirectFile(file: string, text: string, ending: string, base = '/'): PageFinding[] {
	const findings: PageFinding[] = [];
	const lines = text.split('\n');
	if (lines.at(-1) === '') lines.pop();
	lines.forEach((line, i) => {
		const parts = line.endsWith(ending) ? line.slice(0, -ending.length).split(' ') : [];
		if (parts.length !== 2 || !parts.every((part) => SITE_PATH.test(part) && sitePathOf(part, base) !== undefined))
			findings.push({
				page: file,
				element: `line ${i + 1}: ${line.slice(0, 80)}`,
				problem: 'not one redirect between two paths of this site',
			});
	});
	return findings;
}

/** Checks a sitemap (or the index): well-formed XML whose every address is on `site`. */
export function checkSitemap(file: string, text: string, site: string): PageFinding[] {
	const findings: PageFinding[] = [];
	const parser = sax.parser(true, { xmlns: false });
	let inLoc = false;
	const address = (element: string, value: string) => {
		if (!onSite(value, site))
			findings.push({ page: file, element: `${element}: ${value.slice(0, 80)}`, problem: 'address not on this site' });
	};
	parser.onopentag = (tag) => {
		inLoc = tag.name === 'loc';
		if (tag.name === 'xhtml:link') address('xhtml:link', String(tag.attributes['href'] ?? ''));
	};
	parser.ontext = (value) => {
		if (inLoc) address('loc', value);
	};
	parser.onclosetag = () => {
		inLoc = false;
	};
	// The first error is enough: the file is not what crawlers can read.
	parser.onerror = (error) => {
		throw error;
	};
	try {
		parser.write(text).close();
	} catch (error) {
		findings.push({
			page: file,
			element: `line ${parser.line + 1}`,
			problem: `not well-formed XML: ${String((error as Error).message).split('\n')[0]}`,
		});
	}
	if (hasCharacterOutsideXml(text))
		findings.push({ page: file, element: 'text', problem: 'a character XML 1.0 does not allow' });
	return findings;
}

/** Checks `robots.txt`: it names a sitemap on `site` and nothing else than crawl rules. */
export function checkRobots(file: string, text: string, site: string): PageFinding[] {
	return text.split('\n').flatMap((line, i) => {
		const [, field = '', value = ''] = /^([A-Za-z-]+):\s*(.*)$/.exec(line) ?? [];
		const fine =
			line === '' ||
			(/^(user-agent|allow|disallow)$/i.test(field) && !/\s/.test(value)) ||
			(/^sitemap$/i.test(field) && onSite(value, site));
		return fine
			? []
			: [
					{
						page: file,
						element: `line ${i + 1}: ${line.slice(0, 80)}`,
						problem: 'not a crawl rule or a sitemap of this site',
					},
				];
	});
}

/** Checks the non-HTML files of the build in `dir` that name addresses, for the site at `site`. */
export function checkSiteFiles(dir: string, site: string): PageFinding[] {
	const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : undefined);
	const findings: PageFinding[] = [];
	for (const [name, ending] of Object.entries(REDIRECT_FILES)) {
		const text = read(name);
		if (text !== undefined) findings.push(...checkRedirectFile(`/${name}`, text, ending, basePath(site)));
	}
	const robots = read('robots.txt');
	if (robots !== undefined) findings.push(...checkRobots('/robots.txt', robots, site));
	for (const name of readdirSync(dir).filter((f) => /^sitemap-[\w-]+\.xml$/.test(f)))
		findings.push(...checkSitemap(`/${name}`, read(name)!, site));
	findings.push(...checkOpenData(dir, site));
	// Calendars and feeds sit beside the pages they follow, at any depth.
	const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort();
	for (const name of files.filter((f) => f.endsWith('.ics')))
		findings.push(...checkCalendar(`/${name.split(sep).join('/')}`, read(name)!, site));
	for (const name of files.filter((f) => f === 'feed.xml' || f.endsWith(`${sep}feed.xml`)))
		findings.push(...checkFeed(`/${name.split(sep).join('/')}`, read(name)!, site));
	// The map file is drawn inside pages: it may hold outlines and nothing else.
	const sprite = read(SPRITE_PATH.slice(1));
	if (sprite !== undefined) findings.push(...checkSpriteFile(SPRITE_PATH, sprite));
	return findings;
}
