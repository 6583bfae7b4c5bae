/**
 * Building blocks shared by every schema: identifiers, dates, URLs and the
 * reference formats a document may use to point at an organization.
 */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { addIssue, say } from './localized.ts';

/** The 16 Länder by their two-letter code (ISO 3166-2 without `DE-`). */
export const LAND_CODES = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type LandCode = (typeof LAND_CODES)[number];

/** A Land by its two-letter code, e.g. `BY`. */
export const landCode = z.enum(LAND_CODES);

/** Pattern of ids: lower-case ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Pattern of organization references: `ags:` + 8 or 5 digits, a Land code, or a registry id. */
export const ORGANIZATION_REF_PATTERN = /^(?:ags:\d{8}|ags:\d{5}|[A-Z]{2}|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
/** Pattern of German postal codes. */
export const POSTAL_CODE_PATTERN = /^\d{5}$/;

/**
 * An identifier: lower-case ASCII words joined by hyphens, as in file names
 * (ä→ae, ö→oe, ü→ue, ß→ss). Example: `grundsteuer-bundesmodell`.
 */
export const slug = z.string().regex(SLUG_PATTERN);

/**
 * A calendar day. YAML turns an unquoted `2024-01-31` into a timestamp; both
 * forms are accepted and normalised to the string `YYYY-MM-DD`, which sorts
 * and compares correctly as text.
 */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
	z.iso.date(),
);

/** An absolute `https:` or `http:` address. */
export const webUrl = z.url({ protocol: /^https?$/ });

/**
 * The address of a decision, as a maintainer checks it before confirming a
 * co-signature: a web address written as it is, in visible ASCII (a host in
 * another script stands in its `xn--` form, so that `ulm.de` in Cyrillic
 * letters cannot pass for the real one), and without a user name or password,
 * which would let `https://ratsinfo.ulm.de@other.example/` read as Ulm's.
 */
export const decisionUrl = webUrl.superRefine((value, ctx) => {
	const ascii = /^[\x21-\x7e]+$/.test(value);
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return; // `webUrl` says what is wrong.
	}
	const credentials = url.username !== '' || url.password !== '';
	if (!ascii)
		addIssue(
			ctx,
			[],
			say(
				'Leerzeichen oder Zeichen außerhalb von ASCII in der Adresse; erwartet: die Adresse, wie sie im Browser steht, ein Name in anderer Schrift in seiner `xn--`-Form',
				'Unexpected space or non-ASCII character in the address, expected the address as the browser shows it, a host in another script in its `xn--` form',
			),
		);
	else if (credentials)
		addIssue(
			ctx,
			[],
			say(
				'Benutzername oder Passwort vor `@` in der Adresse; erwartet: die Adresse der Seite ohne Anmeldedaten – der Teil vor `@` lässt eine fremde Adresse wie die der Stadt aussehen',
				'Unexpected user name or password before `@` in the address, expected the page address without credentials – the part before `@` makes another host look like the body’s',
			),
		);
});

/** A non-empty line of text (leading and trailing space removed). */
export const text = z.string().trim().min(1);

/**
 * Control, direction and invisible characters. In a title, a name or a
 * co-signature's words a direction override or a line break could rearrange
 * what a reader sees — on the page, in a feed, a calendar, a citation file or
 * the digest's text, each of which reads a line break as structure — and
 * hidden text would read differently in the pull request than on the page.
 */
// eslint-disable-next-line no-control-regex -- control and invisible characters are what this refuses
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}]/u;

/**
 * One line of visible text of at most `max` characters: a title, a name, a
 * summary. The limit keeps every file that repeats the text (feeds,
 * calendars, citations) bounded: a citation processor takes time that grows
 * faster than the square of a title full of quotes.
 */
export const visibleLine = (max: number) =>
	text.max(max).superRefine((value, ctx) => {
		const hidden = HIDDEN.exec(value);
		if (!hidden) return;
		const code = `U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
		addIssue(
			ctx,
			[],
			say(
				`Unsichtbares oder steuerndes Zeichen ${code} im Text; erwartet: nur sichtbare Zeichen in einer Zeile – das Zeichen löschen`,
				`Unexpected invisible or control character ${code}, expected only visible characters on one line – delete the character`,
			),
		);
	});

/** A text in German and English, as registries label their entries. */
export const bilingual = z.strictObject({
	/** The German text. */
	de: text,
	/** The English text. */
	en: text,
});

/**
 * A reference to an organization: an entry of the organization registry by id
 * (`staedtetag`), a Gemeinde (`ags:` + 8 digits, e.g. `ags:07312000`), a Kreis
 * (`ags:` + 5 digits, e.g. `ags:06411`) or a Land as a body (`BY`). Whether it
 * resolves is checked against the registries, not here.
 */
export const organizationRef = z.string().regex(ORGANIZATION_REF_PATTERN);

/** The levels of the German state, plus the EU as an addressee. */
export const LEVELS = ['bund', 'land', 'kommune', 'eu'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Whom a paper or demand addresses: a whole level (`level:bund`,
 * `level:land`, `level:kommune`, `level:eu`) or one organization.
 */
export const addresseeRef = z.union([
	z.enum(LEVELS.map((level) => `level:${level}` as const) as [`level:${Level}`, ...`level:${Level}`[]]),
	organizationRef,
]);

/** A source that backs the facts of a document. */
export const source = z.strictObject({
	/** What the source is, e.g. `Grundsteuer-Reformgesetz vom 26.11.2019 (BGBl. I S. 1794)`. */
	title: field(text, {
		label: say('Titel der Quelle', 'Title of the source'),
		hint: 'Was die Quelle ist.',
		example: 'Statistisches Bundesamt, Gemeindeverzeichnis (GV-ISys)',
	}),
	/** Where to read it. */
	url: field(webUrl, { label: say('Adresse (URL)', 'Address (URL)'), hint: 'Wo man sie lesen kann.', example: 'https://www.destatis.de/' }),
});

/** A legal provision with a link to its text. */
export const legalCitation = z.strictObject({
	/** The provision as lawyers cite it, e.g. `§ 24 Abs. 4 SGB VIII`. */
	citation: field(text, {
		label: say('Vorschrift', 'Provision'),
		hint: 'Die Vorschrift, wie man sie zitiert, z. B. § 24 Abs. 4 SGB VIII.',
	}),
	/** The official text, e.g. on gesetze-im-internet.de. */
	url: field(webUrl, {
		label: say('Adresse des Gesetzestexts', 'Address of the legal text'),
		hint: 'Der amtliche Text, z. B. auf gesetze-im-internet.de.',
	}),
});
