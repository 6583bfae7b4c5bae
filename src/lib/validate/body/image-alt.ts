/**
 * Whether an image says what it shows (BITV 2.0, WCAG 1.1.1): a blind reader
 * hears the alternative text instead of seeing the image. Missing text, a
 * word that only says "image", or the file's name tell them nothing.
 */
import { say, type Localized } from '../report/messages.ts';

/** Alternative texts that name no content, German and English, compared lower-cased and trimmed. */
const MEANINGLESS_ALT_TEXTS: ReadonlySet<string> = new Set([
	'bild',
	'foto',
	'grafik',
	'abbildung',
	'image',
	'picture',
	'photo',
	'graphic',
	'img',
	'screenshot',
]);

/** The file name at the end of an address: `./karte/karte.png` → `karte.png`. */
const fileName = (src: string) => src.split(/[?#]/)[0]!.split('/').pop()!.toLowerCase();

/** Why the alternative text `alt` of the image at `src` does not say what it shows, or nothing. */
export function altTextProblem(alt: string | undefined, src: string): Localized | undefined {
	const text = (alt ?? '').trim().replace(/\s+/g, ' ');
	if (text === '')
		return say(
			'Bild ohne Alternativtext; erwartet: ein Text, der sagt, was das Bild zeigt, wie `![Sirene auf dem Dach der Grundschule](…)`',
			'Unexpected image without alternative text, expected a text saying what it shows, such as `![Siren on the school roof](…)`',
		);
	const lower = text.toLowerCase().replace(/[.:!]+$/, '');
	if (MEANINGLESS_ALT_TEXTS.has(lower) || (fileName(src) !== '' && lower === fileName(src)))
		return say(
			`Alternativtext „${text.slice(0, 40)}“ sagt nicht, was das Bild zeigt; erwartet: eine Beschreibung wie \`![Sirene auf dem Dach der Grundschule](…)\``,
			`Unexpected alternative text “${text.slice(0, 40)}”, expected a text saying what the image shows, such as \`![Siren on the school roof](…)\``,
		);
	return undefined;
}
