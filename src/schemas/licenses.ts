/**
 * The licences content of a library may be published under: an instance's
 * default (`license` in `site.config.yaml`) and, where a document differs,
 * its own (`license` in its front matter). Each names the licence as readers
 * see it, the address of its text, and its URI in the DCAT-AP.de licence
 * vocabulary (`http://dcat-ap.de/def/licenses/`), which the open-data
 * catalogue (`dct:license`) must carry for GovData to accept it. An
 * allowlist: a licence outside the vocabulary could not be harvested.
 */
import { z } from 'zod';
import type { Localized } from './localized.ts';

/** One licence. */
export interface License {
	/** The name readers see. */
	name: Localized;
	/** Where its text is published. */
	url: string;
	/** Its URI in the DCAT-AP.de licence vocabulary. */
	dcat: string;
	/** Its SPDX identifier, where SPDX has one (CSL, BibTeX and publiccode.yml use them). */
	spdx?: string;
}

/** The licences by id; the id is what `license` fields hold. */
export const LICENSES = {
	'cc-by-4.0': {
		name: {
			de: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
			en: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
		},
		url: 'https://creativecommons.org/licenses/by/4.0/deed.de',
		dcat: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
		spdx: 'CC-BY-4.0',
	},
	'cc-by-sa-4.0': {
		name: {
			de: 'Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 International (CC BY-SA 4.0)',
			en: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
		},
		url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.de',
		dcat: 'http://dcat-ap.de/def/licenses/cc-by-sa/4.0',
		spdx: 'CC-BY-SA-4.0',
	},
	'cc-by-nd-4.0': {
		name: {
			de: 'Creative Commons Namensnennung – Keine Bearbeitungen 4.0 International (CC BY-ND 4.0)',
			en: 'Creative Commons Attribution-NoDerivatives 4.0 International (CC BY-ND 4.0)',
		},
		url: 'https://creativecommons.org/licenses/by-nd/4.0/deed.de',
		dcat: 'http://dcat-ap.de/def/licenses/cc-by-nd/4.0',
		spdx: 'CC-BY-ND-4.0',
	},
	'cc0-1.0': {
		name: {
			de: 'Creative Commons Zero 1.0 – gemeinfrei (CC0 1.0)',
			en: 'Creative Commons Zero 1.0 – public domain dedication (CC0 1.0)',
		},
		url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.de',
		dcat: 'http://dcat-ap.de/def/licenses/cc-zero',
		spdx: 'CC0-1.0',
	},
	'dl-de-by-2.0': {
		name: {
			de: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
			en: 'Data licence Germany – attribution – version 2.0',
		},
		url: 'https://www.govdata.de/dl-de/by-2-0',
		dcat: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
		spdx: 'DL-DE-BY-2.0',
	},
	'dl-de-zero-2.0': {
		name: {
			de: 'Datenlizenz Deutschland – Zero – Version 2.0',
			en: 'Data licence Germany – Zero – version 2.0',
		},
		url: 'https://www.govdata.de/dl-de/zero-2-0',
		dcat: 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
		spdx: 'DL-DE-ZERO-2.0',
	},
	'amtliches-werk': {
		name: {
			de: 'Amtliches Werk, lizenzfrei nach § 5 UrhG',
			en: 'Official work, free of copyright under § 5 UrhG',
		},
		url: 'https://www.gesetze-im-internet.de/urhg/__5.html',
		dcat: 'http://dcat-ap.de/def/licenses/officialWork',
	},
} as const satisfies Record<string, License>;

/** The id of a licence, e.g. `cc-by-4.0`. */
export type LicenseId = keyof typeof LICENSES;

/** A licence by its id: `cc-by-4.0`, `cc-by-sa-4.0`, `cc-by-nd-4.0`, `cc0-1.0`, `dl-de-by-2.0`, `dl-de-zero-2.0` or `amtliches-werk`. */
export const licenseId = z.enum(Object.keys(LICENSES) as [LicenseId, ...LicenseId[]]);

/** The licence a document is published under: its own, else the instance's. */
export function documentLicense(own: LicenseId | undefined, instance: LicenseId): License & { id: LicenseId } {
	const id = own ?? instance;
	return { id, ...LICENSES[id] };
}
