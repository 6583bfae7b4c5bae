/** Schema of `site.config.yaml`: the settings of one library instance. */
import { z } from 'zod';
import { isPeerUrl } from './peer-url.ts';
import { addIssue, say } from './localized.ts';
import { bilingual, isoDate, POSTAL_CODE_PATTERN, text, webUrl } from './primitives.ts';

/**
 * A peer's address. The search page fetches a peer's index and links to its
 * pages, so over plain `http:` anyone on the way could change both: only
 * `https:` is accepted, and `http:` on this computer (`localhost`,
 * `127.0.0.1`, `[::1]`) for tests and local previews. The search page checks
 * the same rule again (`isPeerUrl`).
 */
const peerUrl = webUrl.superRefine((url, ctx) => {
	// Addresses that are not `http(s):` at all are already reported by `webUrl`.
	if (!/^http:/i.test(url) || isPeerUrl(url)) return;
	addIssue(ctx, [], say(
		`Unsichere Peer-Adresse \`${url}\`, erwartet: eine Adresse mit \`https://\` (\`http://\` nur auf diesem Rechner: \`localhost\`, \`127.0.0.1\`, \`[::1]\`)`,
		`Unexpected peer address \`${url}\`, expected an \`https://\` address (\`http://\` only on this computer: \`localhost\`, \`127.0.0.1\`, \`[::1]\`)`,
	));
});

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
	/**
	 * Where people report a security problem of this instance; published as
	 * `/.well-known/security.txt` (RFC 9116). Optional: without it, reports go
	 * to `operator.email`.
	 */
	security: z.strictObject({
		/**
		 * One or more contacts, most preferred first: a mailbox
		 * (`sicherheit@example.org`, published as `mailto:`) or the `https:`
		 * address of a reporting form. Example: `[sicherheit@example.org]`.
		 */
		contact: z.array(z.union([z.email(), z.url({ protocol: /^https$/ })])).min(1),
		/** Optional: the `https:` address of the instance's disclosure policy, e.g. its `SECURITY.md`. */
		policy: z.url({ protocol: /^https$/ }).optional(),
	}).optional(),
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
	 * Peers are trusted with their own pages only: their results are shown as
	 * text, and only when they link into the peer's own library.
	 * Default: none. Example: `[{ name: Städtetag Bayern, url: https://dreiklang.example.org }]`.
	 */
	peers: z.array(z.strictObject({
		/** The library's name, shown on its search results and in the "Source" filter. */
		name: text,
		/** The library's public base URL, e.g. `https://dreiklang.example.org`; `https:` only (plain `http:` on loopback for tests). */
		url: peerUrl,
	})).default([]),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
