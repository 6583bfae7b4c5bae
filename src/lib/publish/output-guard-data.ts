/**
 * Checks the open-data files of the build (`docs/open-data.md`) as a harvester
 * reads them: each data file `/api/documents/<id>.json` parses as JSON, names
 * its own id and leads to pages of this site; the DCAT-AP.de catalogue parses
 * as Turtle and every address a portal follows — access, download and landing
 * pages, the home page — is on this site. Their text comes from validated
 * documents; this is the check of the output, for what validation missed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { DCAT_PREFIXES } from '../open-data/dcat-ap.ts';
import { DCAT_HREF } from '../routes/routes.ts';
import type { PageFinding } from './output-guard.ts';
import { onSite } from '../routes/base.ts';

/** The properties whose object a portal follows as an address. */
const FOLLOWED = [
	`${DCAT_PREFIXES.dcat}accessURL`,
	`${DCAT_PREFIXES.dcat}downloadURL`,
	`${DCAT_PREFIXES.dcat}landingPage`,
	`${DCAT_PREFIXES.foaf}homepage`,
];

const onThisSite = (value: unknown, site: string) => typeof value === 'string' && onSite(value, site);

/** Checks one data file; `file` is its path in the site, `id` the id its name gives. */
export function checkDocumentData(file: string, text: string, id: string, site: string): PageFinding[] {
	const finding = (element: string, problem: string): PageFinding[] => [{ page: file, element, problem }];
	let data: { document?: { id?: unknown; url?: { de?: unknown; en?: unknown } } };
	try {
		data = JSON.parse(text) as typeof data;
	} catch (error) {
		return finding('text', `not JSON: ${(error as Error).message.split('\n')[0]}`);
	}
	if (data.document?.id !== id) return finding('document.id', `not the id ${id} its name gives`);
	return (['de', 'en'] as const).flatMap((lang) =>
		onThisSite(data.document?.url?.[lang], site) ? [] : finding(`document.url.${lang}`, 'address not on this site'),
	);
}

/** Checks the DCAT-AP.de catalogue's Turtle text. */
export function checkDcatCatalog(file: string, text: string, site: string): PageFinding[] {
	let quads;
	try {
		quads = new Parser().parse(text);
	} catch (error) {
		return [{ page: file, element: 'text', problem: `not Turtle: ${(error as Error).message.split('\n')[0]}` }];
	}
	return quads
		.filter((q) => FOLLOWED.includes(q.predicate.value) && !onThisSite(q.object.value, site))
		.map((q) => ({
			page: file,
			element: `${q.predicate.value} ${q.object.value.slice(0, 80)}`,
			problem: 'address not on this site',
		}));
}

/** Checks the open-data files of the build in `dir`, for the site at `site`. */
export function checkOpenData(dir: string, site: string): PageFinding[] {
	const findings: PageFinding[] = [];
	const documents = join(dir, 'api', 'documents');
	if (existsSync(documents))
		for (const name of readdirSync(documents).filter((f) => f.endsWith('.json')))
			findings.push(
				...checkDocumentData(
					`/api/documents/${name}`,
					readFileSync(join(documents, name), 'utf8'),
					name.slice(0, -'.json'.length),
					site,
				),
			);
	const dcat = join(dir, DCAT_HREF);
	if (existsSync(dcat)) findings.push(...checkDcatCatalog(DCAT_HREF, readFileSync(dcat, 'utf8'), site));
	return findings;
}
