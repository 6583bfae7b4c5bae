/**
 * Schema of a co-signature file: `content/cosignatures/<paper-id>/<signatory>.yaml`.
 *
 * One file per body and paper, named after the body's reference, so that no
 * two pull requests touch one file and a body cannot sign one paper twice:
 * `ags-05911000.yaml` (a Gemeinde), `ags-09162.yaml` (a Kreis), `land-by.yaml`
 * (a Land as a body), `staedtetag.yaml` (an entry of the organization
 * registry). The build merges them into the paper's co-signatories.
 */
import { z } from 'zod';
import { field } from './field-meta.ts';
import { addIssue, say } from './localized.ts';
import { decisionUrl, isoDate, LAND_CODES, visibleLine, type LandCode } from './primitives.ts';

/** The folder of co-signature files, one subfolder per paper. */
export const COSIGNATURES_DIRECTORY = 'content/cosignatures';
/** The one extension of a co-signature file. */
export const COSIGNATURE_EXTENSION = '.yaml';

/**
 * Mail domains anyone can register a private mailbox at. An office mailbox of a
 * public body lies on the body's own domain; these never do. Lower case.
 */
export const FREEMAIL_DOMAINS: readonly string[] = [
	'aol.com',
	'freenet.de',
	'gmail.com',
	'gmx.at',
	'gmx.de',
	'gmx.net',
	'googlemail.com',
	'hotmail.com',
	'hotmail.de',
	'icloud.com',
	'live.com',
	'live.de',
	'mail.de',
	'me.com',
	'outlook.com',
	'outlook.de',
	'posteo.de',
	'protonmail.com',
	'proton.me',
	't-online.de',
	'web.de',
	'yahoo.com',
	'yahoo.de',
];

/** An office mailbox (Funktionspostfach): an address on the body's own domain, not at a free mail provider. */
export const officeMailbox = z.email().superRefine((value, ctx) => {
	const domain = value.slice(value.lastIndexOf('@') + 1).toLowerCase();
	if (FREEMAIL_DOMAINS.includes(domain))
		addIssue(
			ctx,
			[],
			say(
				`\`${domain}\` ist ein privater Mail-Anbieter; erwartet: ein Funktionspostfach der Verwaltung auf ihrer eigenen Domain, z. B. poststelle@stadt.example`,
				`Unexpected private mail provider \`${domain}\`, expected an office mailbox on the body's own domain, e.g. poststelle@city.example`,
			),
		);
});

/**
 * Whether every bracket of `value` closes one it opened, so that the text
 * stays inside the site's own brackets: `Ausschuss für Umwelt (AUK)`, not
 * `Rat). Bestätigt durch … (`. Angle and curly brackets have no use there.
 */
function nested(value: string): boolean {
	let depth = 0;
	for (const c of value) {
		if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if ('{}<>'.includes(c)) return false;
		if (depth < 0) return false;
	}
	return depth === 0;
}

/**
 * One short line of a co-signature file: at most `max` characters, without
 * control or invisible characters, and with brackets only in pairs where `plain`: the
 * site shows the decision's body and reference inside brackets, and a closing
 * bracket in them would let the file's own words follow as if the site said
 * them (`0815/2026). Bestätigt durch die Redaktion …`).
 */
const line = (max: number, plain = false) =>
	plain
		? visibleLine(max).superRefine((value, ctx) => {
				if (!nested(value))
					addIssue(
						ctx,
						[],
						say(
							'Eine Klammer schließt, die der Text nicht geöffnet hat (oder `{}`, `<>`); erwartet: nur der Name des Gremiums oder die Nummer der Drucksache, jede Klammer auch geschlossen, z. B. `Ausschuss für Umwelt (AUK)`',
							"Unexpected bracket that the text did not open (or `{}`, `<>`), expected only the body's name or the reference number, each bracket closed again, e.g. `Ausschuss für Umwelt (AUK)`",
						),
					);
			})
		: visibleLine(max);

/** The council or board decision behind a co-signature file: body, date, and a reference number or a link (or both). */
export const cosignatureDecisionSchema = z
	.strictObject({
		/** The body that decided, e.g. `Stadtrat`, `Kreistag`, `Präsidium`. */
		body: field(line(120, true), { label: say('Gremium', 'Body'), hint: 'Beschließendes Gremium.', example: 'Stadtrat' }),
		/** The day of the decision. */
		date: field(isoDate, { label: say('Datum des Beschlusses', 'Date of the decision'), hint: 'Tag des Beschlusses.' }),
		/** Its reference, such as a Drucksache number. */
		reference: field(line(80, true).optional(), {
			label: say('Drucksache oder Aktenzeichen', 'Reference number'),
			hint: 'Nummer der Drucksache oder das Aktenzeichen.',
			example: '0123/2026',
		}),
		/** The decision's page in the council information system (Ratsinformationssystem). */
		url: field(decisionUrl.optional(), {
			label: say('Link zum Beschluss', 'Link to the decision'),
			hint: 'Seite des Beschlusses im Ratsinformationssystem.',
			example: 'https://ratsinfo.stadt.example/vo0050.asp?__kvonr=1234',
		}),
	})
	.superRefine((data, ctx) => {
		if (!data.reference && !data.url)
			addIssue(
				ctx,
				['reference'],
				say(
					'Fehlende Angabe zum Beschluss, erwartet: die Nummer der Drucksache (`reference`) oder ein Link zum Beschluss (`url`)',
					'Missing reference of the decision, expected its Drucksache number (`reference`) or a link to it (`url`)',
				),
			);
	});

/** A maintainer's confirmation that the body really signed (for example by a call to its office). */
export const verificationSchema = z.strictObject({
	/** Who confirmed it: a maintainer of this library, by name or role. */
	by: field(line(120), { label: say('Bestätigt durch', 'Confirmed by'), hint: 'Wer in der Redaktion bestätigt hat.' }),
	/** The day of the confirmation. */
	date: field(isoDate, { label: say('Bestätigt am', 'Confirmed on'), hint: 'Tag der Bestätigung.' }),
	/** How it was confirmed, e.g. `Rückruf bei der Poststelle`. Optional. */
	how: field(line(200).optional(), { label: say('Wie bestätigt', 'How it was confirmed'), hint: 'Zum Beispiel Rückruf.' }),
});

/** The contents of one co-signature file. */
export const cosignatureSchema = z.strictObject({
	/** The day the body signed. */
	date: field(isoDate, { label: say('Mitgezeichnet am', 'Signed on'), hint: 'Tag der Mitzeichnung.', start: 'today' }),
	/** The decision behind the signature. */
	decision: field(cosignatureDecisionSchema, {
		label: say('Beschluss', 'Decision'),
		hint: 'Gremium, Datum und Drucksache oder Link des Beschlusses.',
	}),
	/** For the maintainers only, never shown on the site: a role and an office mailbox. */
	contact: field(
		z.strictObject({
			/** The office, e.g. `Büro des Oberbürgermeisters`. */
			role: field(line(120), { label: say('Stelle', 'Office'), hint: 'Stelle oder Amt, kein Name.', example: 'Hauptamt' }),
			/** The office mailbox. */
			email: field(officeMailbox, {
				label: say('Funktionspostfach', 'Office mailbox'),
				hint: 'Funktionspostfach, z. B. hauptamt@stadt.example.',
				example: 'hauptamt@stadt.example',
			}),
		}),
		{
			label: say('Kontakt für die Redaktion', 'Contact for the maintainers'),
			hint: 'Nicht auf der Website, aber öffentlich im Repository.',
		},
	),
	/** Added by a maintainer who confirmed the signature. Optional. */
	verified: field(verificationSchema.optional(), {
		label: say('Bestätigung durch die Redaktion', "Maintainers' confirmation"),
		hint: 'Nur die Redaktion trägt das ein.',
	}),
}).superRefine((data, ctx) => {
	// The contact is never shown; repeated in a field the site shows, it would be.
	const email = data.contact.email.toLowerCase();
	const shown: [PropertyKey[], string | undefined][] = [
		[['decision', 'body'], data.decision.body],
		[['decision', 'reference'], data.decision.reference],
		[['decision', 'url'], data.decision.url && decodedUrl(data.decision.url)],
		[['verified', 'by'], data.verified?.by],
		[['verified', 'how'], data.verified?.how],
	];
	for (const [path, value] of shown)
		if (value?.toLowerCase().includes(email))
			addIssue(
				ctx,
				path,
				say(
					`Das Funktionspostfach \`${data.contact.email}\` steht in einem Feld, das die Website zeigt; erwartet: das Postfach nur unter \`contact.email\`, das nicht angezeigt wird – es hier löschen`,
					`Unexpected office mailbox \`${data.contact.email}\` in a field the site shows, expected it only in \`contact.email\`, which is not shown – delete it here`,
				),
			);
});

/** `url` with its percent escapes decoded, as far as they decode. */
function decodedUrl(url: string): string {
	try {
		return decodeURIComponent(url);
	} catch {
		return url;
	}
}

/** A co-signature file as written. */
export type CosignatureInput = z.input<typeof cosignatureSchema>;
/** A co-signature file after validation. */
export type Cosignature = z.output<typeof cosignatureSchema>;

const AGS_FILE = /^ags-(\d{8}|\d{5})$/;
const LAND_FILE = /^land-([a-z]{2})$/;
const REGISTRY_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The file name (without extension) of a signatory's reference:
 * `ags:05911000` → `ags-05911000`, `BY` → `land-by`, `staedtetag` → `staedtetag`.
 */
export function signatoryFileName(ref: string): string {
	if (ref.startsWith('ags:')) return `ags-${ref.slice(4)}`;
	if ((LAND_CODES as readonly string[]).includes(ref)) return `land-${ref.toLowerCase()}`;
	return ref;
}

/**
 * The reference a file name stands for, the inverse of `signatoryFileName`;
 * `undefined` for a name that is none (upper case, spaces, `ags-123`).
 * Registry ids of the forms `ags-<digits>` and `land-<code>` are reserved for these.
 */
export function signatoryOfFileName(name: string): string | undefined {
	const ags = AGS_FILE.exec(name);
	if (ags) return `ags:${ags[1]}`;
	const land = LAND_FILE.exec(name);
	if (land) {
		const code = land[1]!.toUpperCase();
		return (LAND_CODES as readonly string[]).includes(code) ? (code as LandCode) : undefined;
	}
	if (name.startsWith('ags-')) return undefined;
	return REGISTRY_FILE.test(name) ? name : undefined;
}

/** The repository path of a body's co-signature of a paper: `content/cosignatures/<paper>/ags-05911000.yaml`. */
export function cosignaturePath(paperId: string, ref: string): string {
	return `${COSIGNATURES_DIRECTORY}/${paperId}/${signatoryFileName(ref)}${COSIGNATURE_EXTENSION}`;
}
