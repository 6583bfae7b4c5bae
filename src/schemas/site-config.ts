/** Schema of `site.config.yaml`: the settings of one library instance. */
import { z } from 'zod';
import { field } from './field-meta.ts';
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
	addIssue(
		ctx,
		[],
		say(
			`Unsichere Peer-Adresse \`${url}\`, erwartet: eine Adresse mit \`https://\` (\`http://\` nur auf diesem Rechner: \`localhost\`, \`127.0.0.1\`, \`[::1]\`)`,
			`Unexpected peer address \`${url}\`, expected an \`https://\` address (\`http://\` only on this computer: \`localhost\`, \`127.0.0.1\`, \`[::1]\`)`,
		),
	);
});

export const siteConfigSchema = z.strictObject({
	/** The library's name, shown in the header and page titles. Example: `Dreiklang`. */
	name: field(text, { hint: 'Der Name der Bibliothek, im Kopf jeder Seite und in den Seitentiteln.', example: 'Dreiklang' }),
	/** The public base URL of the instance, used for canonical links. */
	url: field(webUrl, { hint: 'Die öffentliche Adresse der Instanz, für kanonische Links.', example: 'https://dreiklang.example.org' }),
	/** One line under the name, in German and English. */
	tagline: field(bilingual, { hint: 'Eine Zeile unter dem Namen, auf Deutsch (de) und Englisch (en).' }),
	/** Who runs the instance: fills the Impressum (§ 5 DDG) and the privacy notice. */
	operator: field(
		z.strictObject({
			/** Name of the operating body. */
			name: field(text, { hint: 'Name der betreibenden Stelle.' }),
			/** Street and number. */
			street: field(text, { hint: 'Straße und Hausnummer.' }),
			/** Postal code, quoted (`"12345"`). */
			postalCode: field(z.string().regex(POSTAL_CODE_PATTERN), { hint: 'Postleitzahl, in Anführungszeichen ("12345").', example: '12345' }),
			/** City. */
			city: field(text, { hint: 'Ort.' }),
			/** Contact mailbox. */
			email: field(z.email(), { hint: 'Kontaktpostfach.' }),
			/** Telephone number. Optional. */
			phone: field(text.optional(), { hint: 'Telefonnummer. Optional.' }),
			/** Who represents the body legally. */
			representative: field(text, { hint: 'Wer die Stelle rechtlich vertritt.' }),
			/** Who is responsible for the content (§ 18 Abs. 2 MStV). */
			contentResponsible: field(text, { hint: 'Inhaltlich verantwortlich nach § 18 Abs. 2 MStV.' }),
			/** Mailbox of the data protection officer. */
			dataProtectionOfficer: field(z.email(), { hint: 'Postfach der oder des Datenschutzbeauftragten.' }),
		}),
		{ hint: 'Wer die Instanz betreibt: füllt das Impressum (§ 5 DDG) und die Datenschutzerklärung.' },
	),
	/** Facts for the accessibility statement (BITV 2.0). */
	accessibility: field(
		z.strictObject({
			/** Where readers report barriers. */
			feedbackEmail: field(z.email(), { hint: 'Wohin Leserinnen und Leser Barrieren melden.' }),
			/** The enforcement or conciliation body readers may turn to. */
			enforcementBody: field(text, { hint: 'Die Durchsetzungs- oder Schlichtungsstelle, an die man sich wenden kann.' }),
			/** Its website. */
			enforcementUrl: field(webUrl, { hint: 'Ihre Website.' }),
			/** When the statement was last reviewed. */
			statementDate: field(isoDate, { hint: 'Wann die Erklärung zuletzt geprüft wurde.' }),
		}),
		{ hint: 'Angaben für die Erklärung zur Barrierefreiheit (BITV 2.0).' },
	),
	/**
	 * Where people report a security problem of this instance; published as
	 * `/.well-known/security.txt` (RFC 9116). Optional: without it, reports go
	 * to `operator.email`.
	 */
	security: field(
		z
			.strictObject({
				/**
				 * One or more contacts, most preferred first: a mailbox
				 * (`sicherheit@example.org`, published as `mailto:`) or the `https:`
				 * address of a reporting form. Example: `[sicherheit@example.org]`.
				 */
				contact: field(z.array(z.union([z.email(), z.url({ protocol: /^https$/ })])).min(1), {
					hint: 'Ein oder mehrere Kontakte, der liebste zuerst: ein Postfach oder die https:-Adresse eines Meldeformulars.',
					example: 'sicherheit@example.org',
				}),
				/** Optional: the `https:` address of the instance's disclosure policy, e.g. its `SECURITY.md`. */
				policy: field(z.url({ protocol: /^https$/ }).optional(), {
					hint: 'Die https:-Adresse der Richtlinie zur Meldung von Schwachstellen, z. B. SECURITY.md. Optional.',
				}),
			})
			.optional(),
		{
			hint: 'Wohin man Sicherheitsprobleme dieser Instanz meldet; veröffentlicht als /.well-known/security.txt (RFC 9116). Optional: sonst operator.email.',
		},
	),
	/** Where the library's source lives, for "Suggest a change" links. */
	repository: field(
		z.strictObject({
			/** `github` (also Gitea/Forgejo) or `gitlab`. */
			host: field(z.enum(['github', 'gitlab']), { hint: 'github (auch Gitea/Forgejo) oder gitlab.' }),
			/** The repository's web address. */
			url: field(webUrl, { hint: 'Die Web-Adresse des Repositorys.' }),
			/** The branch contributions go to. Default: `main`. */
			branch: field(text.default('main'), { hint: 'Der Branch, in den Beiträge gehen. Standard: main.' }),
		}),
		{ hint: 'Wo der Quelltext der Bibliothek liegt, für die Links „Änderung vorschlagen“.' },
	),
	/**
	 * Other Dreiklang libraries that the search page searches together with
	 * this one. Each peer must publish its search index at `<url>/pagefind/`
	 * and allow cross-origin requests to it (`Access-Control-Allow-Origin`).
	 * Peers are trusted with their own pages only: their results are shown as
	 * text, and only when they link into the peer's own library.
	 * Default: none. Example: `[{ name: Städtetag Bayern, url: https://dreiklang.example.org }]`.
	 */
	peers: field(
		z
			.array(
				z.strictObject({
					/** The library's name, shown on its search results and in the "Source" filter. */
					name: field(text, {
						hint: 'Name der Bibliothek, bei ihren Suchergebnissen und im Filter „Quelle“.',
						example: 'Städtetag Bayern',
					}),
					/** The library's public base URL, e.g. `https://dreiklang.example.org`; `https:` only (plain `http:` on loopback for tests). */
					url: field(peerUrl, {
						hint: 'Ihre öffentliche Adresse; nur https: (http: nur auf diesem Rechner, für Tests).',
						example: 'https://dreiklang.example.org',
					}),
				}),
			)
			.default([]),
		{
			hint: 'Andere Dreiklang-Bibliotheken, die die Suche mit durchsucht; jede veröffentlicht ihren Suchindex unter <url>/pagefind/ mit CORS. Standard: keine.',
		},
	),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
