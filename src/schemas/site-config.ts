/** Schema of `site.config.yaml`: the settings of one library instance. */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { isPeerUrl } from './peer-url.ts';
import { addIssue, say } from './localized.ts';
import { hostingSchema, operatorSchema } from './operator.ts';
import { placeholderIn, stringLeaves } from './placeholders.ts';
import { bilingual, isoDate, slug, text, visibleLine, webUrl } from './primitives.ts';
import { siteFile } from './site-files.ts';
import { licenseId } from './licenses.ts';

/** Video formats a sign-language video may have. */
export const SIGN_LANGUAGE_VIDEO_EXTENSIONS = ['.mp4', '.webm'] as const;

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

/**
 * The library's own address. Its path, if it has one, is the sub-path the
 * site is served under (`https://example.org/bibliothek/` → `/bibliothek/`),
 * and every page, link and file of the build starts with it: plain path
 * segments only, no query, fragment or credentials.
 */
const siteUrl = webUrl.superRefine((value, ctx) => {
	if (!URL.canParse(value)) return; // `webUrl` says what is wrong.
	const url = new URL(value);
	if (url.search === '' && url.hash === '' && url.username === '' && url.password === '' && SUB_PATH.test(url.pathname))
		return;
	addIssue(
		ctx,
		[],
		say(
			`Unerwartete Adresse \`${value}\`; erwartet: die Adresse der Bibliothek ohne \`?\`, \`#\` und Anmeldedaten, ein Unterpfad aus Buchstaben, Ziffern, \`-\`, \`_\`, \`.\` und \`~\` (etwa \`https://example.org/bibliothek/\`)`,
			`Unexpected address \`${value}\`, expected the library's address without \`?\`, \`#\` or credentials, a sub-path of letters, digits, \`-\`, \`_\`, \`.\` and \`~\` (such as \`https://example.org/bibliothek/\`)`,
		),
	);
});
/** A path of plain segments, the last slash optional: `/`, `/bibliothek/`, `/verbaende/bayern`. */
const SUB_PATH = /^(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*\/?$/;

export const siteConfigSchema = z.strictObject({
	/** The library's name, shown in the header and page titles. Example: `Dreiklang`. */
	name: field(text, { hint: 'Der Name der Bibliothek, im Kopf jeder Seite und in den Seitentiteln.', example: 'Dreiklang' }),
	/**
	 * The public address of the instance, used for canonical links. A path
	 * makes it a library under a sub-path: `https://example.org/bibliothek/`
	 * is served from `/bibliothek/` (`docs/hosting.md`). Example:
	 * `https://dreiklang.example.org`.
	 */
	url: field(siteUrl, {
		hint: 'Die öffentliche Adresse der Instanz, für kanonische Links; mit Pfad (https://example.org/bibliothek/) liegt die Website unter diesem Unterpfad.',
		example: 'https://dreiklang.example.org',
	}),
	/** One line under the name, in German and English. */
	tagline: field(bilingual, { hint: 'Eine Zeile unter dem Namen, auf Deutsch (de) und Englisch (en).' }),
	/**
	 * `true` marks a demonstration instance: its operator details may be
	 * placeholders (`Musterstraße 1`, `kontakt@example.org`, "(Platzhalter)"),
	 * and every page says so in a banner. Without it, a placeholder fails the
	 * build and `npm run validate`. Default: `false`.
	 */
	demo: field(z.boolean().default(false), {
		hint: 'true: Demonstrationsinstanz – Platzhalter beim Betreiber sind erlaubt, jede Seite zeigt einen Hinweis. Standard: false.',
	}),
	/** Who runs the instance: fills the Impressum (§ 5 DDG), the privacy notice and the header. */
	operator: field(operatorSchema, {
		hint: 'Wer die Instanz betreibt: füllt das Impressum (§ 5 DDG), die Datenschutzerklärung und den Kopf der Seiten.',
	}),
	/** Who hosts the site: named in the privacy notice, with how long server logs are kept. */
	hosting: field(hostingSchema, {
		hint: 'Wer die Website betreibt (Hosting): steht in der Datenschutzerklärung, mit der Speicherdauer der Server-Protokolle.',
	}),
	/** Facts for the accessibility statement (BITV 2.0). */
	accessibility: field(
		z
			.strictObject({
			/** Where readers report barriers. */
			feedbackEmail: field(z.email(), { hint: 'Wohin Leserinnen und Leser Barrieren melden.' }),
			/** The enforcement or conciliation body readers may turn to. */
			enforcementBody: field(text, { hint: 'Die Durchsetzungs- oder Schlichtungsstelle, an die man sich wenden kann.' }),
			/** Its website. */
			enforcementUrl: field(webUrl, { hint: 'Ihre Website.' }),
			/** When the statement was last reviewed. */
			statementDate: field(isoDate, { hint: 'Wann die Erklärung zuletzt geprüft wurde.' }),
			/** How far the site meets BITV 2.0: `full`, `partial` or `none`. */
			conformity: field(z.enum(['full', 'partial', 'none']), {
				hint: 'Stand der Vereinbarkeit mit BITV 2.0: full (vollständig), partial (teilweise) oder none (nicht vereinbar).',
				example: 'partial',
			}),
			/**
			 * The barriers known so far, in German and English; required unless
			 * `conformity` is `full`. Example: `[{ de: Ältere PDF-Beschlüsse sind nicht barrierefrei., en: … }]`.
			 */
			knownBarriers: field(z.array(bilingual).default([]), {
				hint: 'Bekannte Barrieren, je auf Deutsch (de) und Englisch (en); Pflicht, wenn conformity nicht full ist.',
			}),
		})
		.superRefine((statement, ctx) => {
			if (statement.conformity !== 'full' && statement.knownBarriers.length === 0)
				addIssue(
					ctx,
					['conformity'],
					say(
						`Fehlende Angabe \`accessibility.knownBarriers\` bei \`conformity: ${statement.conformity}\`; erwartet: die bekannten Barrieren (BITV 2.0 § 7) – sie unter \`knownBarriers\` aufzählen oder \`conformity: full\` setzen`,
						`Missing \`accessibility.knownBarriers\` with \`conformity: ${statement.conformity}\`, expected the barriers known (BITV 2.0 § 7) – list them under \`knownBarriers\` or set \`conformity: full\``,
					),
				);
		}),
		{ hint: 'Angaben für die Erklärung zur Barrierefreiheit (BITV 2.0).' },
	),
	/**
	 * The page in Leichte Sprache (BITV 2.0 § 4). Without `sections` the site
	 * shows its own default text; either way the page says "noch nicht
	 * geprüft" until `checked` is `true`, i.e. until people of the target
	 * group have checked the text.
	 */
	easyLanguage: field(
		z
			.strictObject({
				/** The text, in sections with a heading and short paragraphs. Default: the text the software ships. */
				sections: field(z.array(z.strictObject({ heading: text, paragraphs: z.array(text).min(1) })).min(1).optional(), {
					hint: 'Der Text in Abschnitten, je mit Überschrift (heading) und kurzen Absätzen (paragraphs). Standard: der mitgelieferte Text.',
				}),
				/** `true` once the text has been checked by people of the target group. Default: `false`. */
				checked: field(z.boolean().default(false), {
					hint: 'true, sobald Menschen der Zielgruppe den Text geprüft haben. Standard: false („noch nicht geprüft“).',
				}),
			})
			.default({ checked: false }),
		{ hint: 'Die Seite in Leichter Sprache (BITV 2.0 § 4). Optional.' },
	),
	/**
	 * The video in Deutsche Gebärdensprache (BITV 2.0 § 4), served by this
	 * site itself. Without it the page says that none is available yet.
	 */
	signLanguage: field(
		z
			.strictObject({
				/** The video, MP4 or WebM, in `content/site/`. Example: `content/site/gebaerdensprache.mp4`. */
				video: field(siteFile(SIGN_LANGUAGE_VIDEO_EXTENSIONS), {
					hint: 'Das Video (MP4 oder WebM) in content/site/.',
					example: 'content/site/gebaerdensprache.mp4',
				}),
				/** Captions in German as WebVTT, in `content/site/`. Optional. Example: `content/site/gebaerdensprache.vtt`. */
				captions: field(siteFile(['.vtt']).optional(), {
					hint: 'Untertitel auf Deutsch als WebVTT in content/site/. Optional.',
					example: 'content/site/gebaerdensprache.vtt',
				}),
			})
			.optional(),
		{ hint: 'Das Video in Deutscher Gebärdensprache (BITV 2.0 § 4), von dieser Website selbst ausgeliefert. Optional.' },
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
	 * How readers comment on a paper in consultation. Comments always go as a
	 * pre-filled issue to `repository` (public there); with `mailbox`, the
	 * paper and its comment page also offer a mail to that address, for people
	 * without an account on the forge or who do not want to comment in public.
	 * The privacy notice then says where such mail goes. Optional.
	 * Example: `{ mailbox: beteiligung@verband.example }`.
	 */
	consultation: field(
		z
			.strictObject({
				/** An office mailbox (Funktionspostfach) of the editors that reads comments on papers in consultation. */
				mailbox: field(z.email(), {
					hint: 'Funktionspostfach der Redaktion, das Anmerkungen zu Papieren in der Mitzeichnung liest; wird als mailto:-Link angeboten.',
					example: 'beteiligung@verband.example',
				}),
			})
			.optional(),
		{
			hint: 'Anmerkungen zu Papieren in der Mitzeichnung: immer als Issue im Repository (öffentlich); mit mailbox zusätzlich per E-Mail. Optional.',
		},
	),
	/**
	 * The licence the library's documents are published under, unless a
	 * document names its own (`license` in its front matter). Shown on every
	 * document and carried into its citation, its data file, the feeds and the
	 * open-data catalogue (as a DCAT-AP.de licence URI). One of
	 * `src/schemas/licenses.ts`. Default: `cc-by-4.0`.
	 */
	license: field(licenseId.default('cc-by-4.0'), {
		hint: 'Lizenz der Dokumente, sofern ein Dokument keine eigene nennt: cc-by-4.0, cc-by-sa-4.0, cc-by-nd-4.0, cc0-1.0, dl-de-by-2.0, dl-de-zero-2.0 oder amtliches-werk. Standard: cc-by-4.0.',
		example: 'cc-by-4.0',
	}),
	/**
	 * The open-data catalogue (`/api/dcat-ap.ttl`) as GovData harvests it.
	 * Optional; without it the catalogue is still published, without
	 * `dcatde:contributorID`, which GovData needs to accept a harvest.
	 */
	openData: field(
		z
			.strictObject({
				/**
				 * The contributor URI GovData assigned to the operator, e.g.
				 * `http://dcat-ap.de/def/contributors/beispielverband`; every dataset carries it as `dcatde:contributorID`.
				 */
				contributorId: field(webUrl, {
					hint: 'Die von GovData vergebene Kennung (URI) des Bereitstellers, als dcatde:contributorID an jedem Datensatz.',
					example: 'http://dcat-ap.de/def/contributors/beispielverband',
				}),
			})
			.optional(),
		{ hint: 'Angaben für den Open-Data-Katalog (DCAT-AP.de), den GovData abruft. Optional.' },
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
	/**
	 * Other Dreiklang libraries whose documents this library publishes as its
	 * own pages, fetched at build time (`docs/harvest.md`). Each source gets a
	 * short `id`, the folder of its pages (`/quellen/<id>/…`).
	 */
	harvest: field(
		z
			.array(
				z.strictObject({
					/** Short name of the source in addresses: lower-case letters, digits and hyphens. Example: `staedtetag-by`. */
					id: field(slug.max(60), {
						hint: 'Kurzname der Quelle in Adressen (/quellen/<id>/): Kleinbuchstaben, Ziffern, Bindestriche.',
						example: 'staedtetag-by',
					}),
					/** The library's name, shown on every document taken from it. */
					name: field(visibleLine(200), {
						hint: 'Name der Bibliothek, bei jedem von ihr übernommenen Dokument.',
						example: 'Städtetag Bayern',
					}),
					/** The library's public base URL; `https:` only (plain `http:` on loopback for tests). */
					url: field(peerUrl, {
						hint: 'Ihre öffentliche Adresse; nur https: (http: nur auf diesem Rechner, für Tests).',
						example: 'https://dreiklang.example.org',
					}),
					/** Documents taken from it at most, those it no longer lists included. Default: 2000. */
					maxDocuments: field(z.number().int().min(1).max(100_000).optional(), {
						hint: 'Höchstens so viele Dokumente werden von ihr übernommen (auch nicht mehr gelistete). Standard: 2000.',
						example: '5000',
					}),
				}),
			)
			.default([])
			.superRefine((sources, ctx) => {
				const seen = new Set<string>();
				const bases = sources.map((source) => (source.url.endsWith('/') ? source.url : `${source.url}/`));
				for (const [i, base] of bases.entries()) {
					const other = bases.findIndex((b, j) => j !== i && base.startsWith(b) && (base !== b || j < i));
					if (other >= 0)
						addIssue(
							ctx,
							[i, 'url'],
							say(
								`Die Adresse \`${sources[i]!.url}\` liegt in der Quelle \`${sources[other]!.id}\`; erwartet: Quellen, die einander nicht enthalten`,
								`Unexpected address \`${sources[i]!.url}\` inside source \`${sources[other]!.id}\`, expected sources that do not contain one another`,
							),
						);
				}
				for (const [i, source] of sources.entries()) {
					if (seen.has(source.id))
						addIssue(
							ctx,
							[i, 'id'],
							say(
								`Doppelter Kurzname \`${source.id}\` in \`harvest\`; erwartet: einen eigenen für jede Quelle`,
								`Unexpected second source with id \`${source.id}\` in \`harvest\`, expected one id per source`,
							),
						);
					seen.add(source.id);
				}
			}),
		{
			hint: 'Andere Dreiklang-Bibliotheken, deren Dokumente beim Bauen übernommen und unter /quellen/<id>/ veröffentlicht werden. Standard: keine.',
		},
	),
}).superRefine((config, ctx) => {
	// A demonstration instance may show placeholders; a live one must not publish them in its Impressum.
	if (config.demo) return;
	for (const [path, value] of stringLeaves(config)) {
		const placeholder = placeholderIn(value);
		if (!placeholder) continue;
		const name = path.join('.');
		addIssue(
			ctx,
			path,
			say(
				`Unerwarteter Platzhalter \`${value}\` in \`${name}\` (${placeholder.name.de}); erwartet: die echte Angabe des Betreibers – sie eintragen, oder \`demo: true\` setzen, wenn dies eine Demonstrationsinstanz ist`,
				`Unexpected placeholder \`${value}\` in \`${name}\` (${placeholder.name.en}), expected the operator's real details – fill them in, or set \`demo: true\` if this is a demonstration instance`,
			),
		);
	}
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
