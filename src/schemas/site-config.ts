/** Schema of `site.config.yaml`: the settings of one library instance. */
import { z } from 'zod';
import { bilingual, isoDate, POSTAL_CODE_PATTERN, text, webUrl } from './primitives.ts';

export const siteConfigSchema = z.strictObject({
	/** The library's name, shown in the header and page titles. Example: `Dreiklang`. */
	name: text,
	/** The public base URL of the instance, used for canonical links. */
	url: webUrl,
	/** One line under the name, in German and English. */
	tagline: bilingual,
	/** Who runs the instance: fills the Impressum (§ 5 DDG) and the privacy notice. */
	operator: z.strictObject({
		/** Name of the operating body. */
		name: text,
		/** Street and number. */
		street: text,
		/** Postal code, quoted (`"12345"`). */
		postalCode: z.string().regex(POSTAL_CODE_PATTERN),
		/** City. */
		city: text,
		/** Contact mailbox. */
		email: z.email(),
		/** Telephone number. Optional. */
		phone: text.optional(),
		/** Who represents the body legally. */
		representative: text,
		/** Who is responsible for the content (§ 18 Abs. 2 MStV). */
		contentResponsible: text,
		/** Mailbox of the data protection officer. */
		dataProtectionOfficer: z.email(),
	}),
	/** Facts for the accessibility statement (BITV 2.0). */
	accessibility: z.strictObject({
		/** Where readers report barriers. */
		feedbackEmail: z.email(),
		/** The enforcement or conciliation body readers may turn to. */
		enforcementBody: text,
		/** Its website. */
		enforcementUrl: webUrl,
		/** When the statement was last reviewed. */
		statementDate: isoDate,
	}),
	/** Where the library's source lives, for "Suggest a change" links. */
	repository: z.strictObject({
		/** `github` (also Gitea/Forgejo) or `gitlab`. */
		host: z.enum(['github', 'gitlab']),
		/** The repository's web address. */
		url: webUrl,
		/** The branch contributions go to. Default: `main`. */
		branch: text.default('main'),
	}),
	/**
	 * Other Dreiklang libraries that the search page searches together with
	 * this one. Each peer must publish its search index at `<url>/pagefind/`
	 * and allow cross-origin requests to it (`Access-Control-Allow-Origin`).
	 * Default: none. Example: `[{ name: Städtetag Bayern, url: https://dreiklang.example.org }]`.
	 */
	peers: z.array(z.strictObject({
		/** The library's name, shown on its search results and in the "Source" filter. */
		name: text,
		/** The library's public base URL, e.g. `https://dreiklang.example.org`. */
		url: webUrl,
	})).default([]),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
