/**
 * The operator of an instance, as `site.config.yaml` describes it: the facts
 * of the Impressum (§ 5 DDG, § 18 Abs. 2 MStV) and of the privacy notice. The
 * legal form decides what else is required (`legal-forms.ts`).
 */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { LEGAL_FORM_IDS, LEGAL_FORMS } from './legal-forms.ts';
import { addIssue, say } from './localized.ts';
import { POSTAL_CODE_PATTERN, text } from './primitives.ts';
import { siteFile } from './site-files.ts';

/** Raster images and SVG a logo may be. */
export const LOGO_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.svg'] as const;

/** A German VAT id: `DE` and nine digits, without spaces. */
const vatId = z.string().superRefine((value, ctx) => {
	if (!/^DE\d{9}$/.test(value))
		addIssue(
			ctx,
			[],
			say(
				`Unerwartete USt-IdNr. \`${value}\`; erwartet: \`DE\` und neun Ziffern ohne Leerzeichen, z. B. \`DE123456789\` – berichtigen, oder das Feld weglassen, wenn die Stelle keine hat`,
				`Unexpected VAT id \`${value}\`, expected \`DE\` and nine digits without spaces, e.g. \`DE123456789\` – correct it, or leave the field out if the body has none`,
			),
		);
});

export const operatorSchema = z
	.strictObject({
		/** Name of the operating body; shown in the header and as the logo's alternative text. */
		name: field(text, { hint: 'Name der betreibenden Stelle; im Kopf jeder Seite und als Alternativtext des Logos.' }),
		/**
		 * The legal form: `ev` (eingetragener Verein), `gmbh`, `ggmbh`,
		 * `koerperschaft` (Körperschaft des öffentlichen Rechts), `anstalt`
		 * (Anstalt des öffentlichen Rechts) or `behoerde`. Decides what the
		 * Impressum must state.
		 */
		legalForm: field(z.enum(LEGAL_FORM_IDS), {
			hint: 'Rechtsform: ev, gmbh, ggmbh, koerperschaft (Körperschaft des öffentlichen Rechts), anstalt (Anstalt des öffentlichen Rechts) oder behoerde. Bestimmt, was das Impressum nennen muss.',
			example: 'ev',
		}),
		/** Optional logo: a PNG, JPEG, WebP, AVIF or SVG file in `content/site/`. Example: `content/site/logo.svg`. */
		logo: field(siteFile(LOGO_EXTENSIONS).optional(), {
			hint: 'Logo, optional: eine PNG-, JPEG-, WebP-, AVIF- oder SVG-Datei in content/site/.',
			example: 'content/site/logo.svg',
		}),
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
		/** Who represents the body legally, e.g. the board or the Bürgermeisterin. */
		representative: field(text, { hint: 'Wer die Stelle rechtlich vertritt, z. B. der Vorstand oder die Bürgermeisterin.' }),
		/** Register court and number; required for `ev` (Vereinsregister) and `gmbh`/`ggmbh` (Handelsregister). */
		register: field(
			z
				.strictObject({
					/** The register court, e.g. `Amtsgericht Berlin-Charlottenburg`. */
					court: field(text, { hint: 'Registergericht, z. B. Amtsgericht Berlin-Charlottenburg.' }),
					/** The register number, e.g. `VR 4711 B`. */
					number: field(text, { hint: 'Registernummer, z. B. VR 4711 B.' }),
				})
				.optional(),
			{ hint: 'Registergericht und -nummer; Pflicht für ev (Vereinsregister) und gmbh/ggmbh (Handelsregister).' },
		),
		/** The supervisory authority; required for public bodies (`koerperschaft`, `anstalt`, `behoerde`). */
		supervisoryAuthority: field(text.optional(), {
			hint: 'Zuständige Aufsichtsbehörde; Pflicht für koerperschaft, anstalt und behoerde.',
		}),
		/** The VAT id (USt-IdNr., § 27a UStG), only where the body has one. Example: `DE123456789`. */
		vatId: field(vatId.optional(), {
			hint: 'Umsatzsteuer-Identifikationsnummer nach § 27a UStG, nur wenn vorhanden.',
			example: 'DE123456789',
		}),
		/** Who is responsible for the content (§ 18 Abs. 2 MStV), with address if it differs. */
		contentResponsible: field(text, { hint: 'Inhaltlich verantwortlich nach § 18 Abs. 2 MStV.' }),
		/** Mailbox of the data protection officer. */
		dataProtectionOfficer: field(z.email(), { hint: 'Postfach der oder des Datenschutzbeauftragten.' }),
	})
	.superRefine((op, ctx) => {
		const form = LEGAL_FORMS[op.legalForm];
		if ('register' in form && !op.register)
			addIssue(
				ctx,
				['legalForm'],
				say(
					`Fehlende Angabe \`operator.register\` für die Rechtsform \`${op.legalForm}\`; erwartet: Registergericht und Registernummer im ${form.register} (§ 5 Abs. 1 Nr. 4 DDG) – \`register: { court: …, number: … }\` ergänzen`,
					`Missing \`operator.register\` for the legal form \`${op.legalForm}\`, expected the register court and number in the ${form.register} (§ 5(1) no. 4 DDG) – add \`register: { court: …, number: … }\``,
				),
			);
		if (form.publicBody && !op.supervisoryAuthority)
			addIssue(
				ctx,
				['legalForm'],
				say(
					`Fehlende Angabe \`operator.supervisoryAuthority\` für die Rechtsform \`${op.legalForm}\`; erwartet: die zuständige Aufsichtsbehörde (§ 5 Abs. 1 Nr. 3 DDG) – \`supervisoryAuthority: …\` ergänzen`,
					`Missing \`operator.supervisoryAuthority\` for the legal form \`${op.legalForm}\`, expected the supervisory authority (§ 5(1) no. 3 DDG) – add \`supervisoryAuthority: …\``,
				),
			);
	});

/**
 * Kinds of host an instance can be served from (`docs/hosting.md` has a
 * section for each): `github-pages`, `gitlab-pages` (GitLab.com, openCoDE or
 * another GitLab), a web server of one's own with the ready files of
 * `templates/hosting/` (`nginx`, `apache`, `iis`), or `other`.
 */
export const HOSTING_KINDS = ['github-pages', 'gitlab-pages', 'nginx', 'apache', 'iis', 'other'] as const;

/** The hosting provider, named in the privacy notice as processor (Art. 28 DSGVO). */
export const hostingSchema = z.strictObject({
	/** The provider's name, e.g. `Kommunales Rechenzentrum Musterland` or the operator itself. */
	name: field(text, { hint: 'Name des Hosting-Anbieters, z. B. das kommunale Rechenzentrum oder der Betreiber selbst.' }),
	/** Its postal address, in one line. Optional. */
	address: field(text.optional(), { hint: 'Anschrift in einer Zeile. Optional.' }),
	/** Days the web server keeps its logs; `0`: it keeps none. */
	logRetentionDays: field(z.int().min(0).max(366), {
		hint: 'Wie viele Tage der Webserver Protokolle aufbewahrt; 0: keine.',
		example: '7',
	}),
	/**
	 * What serves the site, one of `HOSTING_KINDS`. Optional; with it the build
	 * warns when peers are configured but the host cannot let other libraries
	 * read this one's search index (`gitlab-pages` sends no
	 * `Access-Control-Allow-Origin`). Example: `nginx`.
	 */
	kind: field(z.enum(HOSTING_KINDS).optional(), {
		hint: 'Was die Website ausliefert: github-pages, gitlab-pages, nginx, apache, iis oder other. Optional; der Build warnt, wenn der Host anderen Bibliotheken das Durchsuchen nicht erlaubt (docs/hosting.md).',
		example: 'nginx',
	}),
});
