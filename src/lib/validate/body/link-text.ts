/**
 * Whether a link's text says where it leads (BITV 2.0, WCAG 2.4.4). Screen
 * reader users often move from link to link or list all links of a page; a
 * list of "hier", "mehr", "hier" tells them nothing, and a link without text
 * is read as its address or not at all.
 */
import { say, type Localized } from '../report/messages.ts';

/**
 * Link texts that name no target, German and English, compared after
 * trimming, lower-casing and dropping surrounding punctuation.
 */
export const MEANINGLESS_LINK_TEXTS: ReadonlySet<string> = new Set([
	'hier',
	'hier klicken',
	'klicken sie hier',
	'bitte hier klicken',
	'siehe hier',
	'mehr',
	'mehr dazu',
	'mehr lesen',
	'mehr erfahren',
	'mehr infos',
	'mehr informationen',
	'weiter',
	'weiterlesen',
	'weitere informationen',
	'link',
	'dieser link',
	'details',
	'here',
	'click here',
	'more',
	'read more',
	'learn more',
	'more info',
	'this link',
]);

const EDGES = /^[\s"'„“”‚‘’«»‹›([→>-]+|[\s"'„“”‚‘’«»‹›)\].,:;!?…→>-]+$/g;

/** A link text as it is compared: lower case, single spaces, no surrounding quotes, brackets or punctuation. */
export const normalizeLinkText = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(EDGES, '');

/** An address written as text: `https://…`, `www.…`, or an e-mail address. */
const ADDRESS = /^(?:https?:\/\/\S+|www\.\S+|[^\s@]+@[^\s@]+\.[a-z]{2,})$/i;

/** An address reduced to what a reader compares: decoded, no scheme, no `www.`, no trailing slash. */
function bare(address: string): string {
	let decoded = address.trim();
	try {
		decoded = decodeURI(decoded); // the renderer percent-encodes the address, not the text
	} catch {
		// a malformed escape stays as written
	}
	return decoded
		.toLowerCase()
		.replace(/^(?:https?:\/\/|mailto:|tel:)/, '')
		.replace(/^www\./, '')
		.replace(/\/+$/, '');
}

const shorten = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/**
 * Why the text of a link to `href` does not say where it leads, or nothing.
 * An address as text is accepted when it is the link's own target or the site
 * of it (`www.bund.de` for `https://www.bund.de/…`, an e-mail address for its
 * `mailto:`): it names where the link goes, as autolinks do. An address that
 * is not the target misleads and is refused.
 */
export function linkTextProblem(text: string, href: string, hasImage: boolean): Localized | undefined {
	const normalized = normalizeLinkText(text);
	const target = shorten(href, 50);
	if (normalized === '')
		return hasImage
			? say(
					`Link ohne Text: das Bild darin hat keinen Alternativtext, ein Vorleseprogramm nennt nur die Adresse. Im Alternativtext sagen, wohin der Link führt: \`[![Hitzeaktionsplan der Stadt Köln](bild.png)](${target})\``,
					`Unexpected link without text: its image has no alternative text, so a screen reader reads the address. Expected an alternative text saying where the link leads: \`[![Heat action plan of Cologne](image.png)](${target})\``,
				)
			: say(
					`Link ohne Text: ein Vorleseprogramm nennt nur die Adresse. Sagen, wohin der Link führt: \`[Hitzeaktionsplan der Stadt Köln](${target})\``,
					`Unexpected link without text: a screen reader reads the address. Expected words saying where it leads: \`[Heat action plan of Cologne](${target})\``,
				);
	if (MEANINGLESS_LINK_TEXTS.has(normalized)) {
		const shown = shorten(text.trim().replace(/\s+/g, ' '), 40);
		return say(
			`Linktext „${shown}“ sagt nicht, wohin der Link führt; wer von Link zu Link springt, hört nur „${shown}“. Das Ziel nennen: \`[Hitzeaktionsplan der Stadt Köln](${target})\` statt \`[${shown}](${target})\``,
			`Unexpected link text “${shown}”, expected words saying where the link leads – who moves from link to link hears only “${shown}”: \`[Heat action plan of Cologne](${target})\` instead of \`[${shown}](${target})\``,
		);
	}
	if (ADDRESS.test(normalized) && !bare(href).startsWith(bare(normalized))) {
		const shown = shorten(text.trim(), 50);
		return say(
			`Linktext \`${shown}\` ist eine andere Adresse als das Ziel \`${target}\`; wer dem Text folgt, landet woanders. Die Zieladresse selbst oder Worte schreiben, die das Ziel nennen`,
			`Unexpected link text \`${shown}\`, an address other than its target \`${target}\`: expected the target's own address or words naming it`,
		);
	}
	return undefined;
}
