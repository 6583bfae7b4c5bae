/**
 * The text of the page in Leichte Sprache: the operator's own
 * (`easyLanguage.sections` in `site.config.yaml`), or the default the
 * software ships. The default follows the rules of the Netzwerk Leichte
 * Sprache (short sentences, one statement each, long words split with a
 * hyphen), but nobody of the target group has checked it: the page says so
 * until the operator sets `easyLanguage.checked: true`.
 */
import type { SiteConfig } from '../../schemas/site-config.ts';

/** One section of the page: a heading and short paragraphs. */
export interface EasyLanguageSection {
	heading: string;
	paragraphs: string[];
}

/** The default text, filled with the operator's name and mailboxes. */
export function defaultEasyLanguage(config: SiteConfig): EasyLanguageSection[] {
	const { operator, accessibility } = config;
	return [
		{
			heading: `Was ist ${config.name}?`,
			paragraphs: [
				`${config.name} ist eine Internet-Seite.`,
				'Hier stehen Texte von Städten, Gemeinden und Kreisen.',
				'Die Texte sind für das Land und für den Bund.',
				'In den Texten steht: Das wollen die Städte und Gemeinden. Das haben sie gelernt.',
			],
		},
		{
			heading: 'Wer macht diese Internet-Seite?',
			paragraphs: [
				`Die Internet-Seite macht: ${operator.name}.`,
				`Die Adresse ist: ${operator.street}, ${operator.postalCode} ${operator.city}.`,
			],
		},
		{
			heading: 'Was finden Sie hier?',
			paragraphs: [
				'Positions-Papiere: Das fordern die Städte und Gemeinden.',
				'Erfahrungs-Berichte: Das hat eine Stadt in einer Krise gemacht.',
				'Leit-Fäden: So setzt man ein Gesetz vom Bund in der Gemeinde um.',
				'Oben auf jeder Seite ist eine Suche. Dort können Sie ein Wort eingeben.',
			],
		},
		{
			heading: 'Sie haben ein Problem mit der Internet-Seite?',
			paragraphs: [
				'Vielleicht können Sie etwas nicht lesen. Oder etwas funktioniert nicht.',
				`Dann schreiben Sie eine E-Mail an: ${accessibility.feedbackEmail}`,
				'Wir antworten Ihnen.',
			],
		},
	];
}

/** The sections the page shows. */
export function easyLanguageSections(config: SiteConfig): EasyLanguageSection[] {
	return config.easyLanguage.sections ?? defaultEasyLanguage(config);
}
