/**
 * German text of realistic length and structure for synthetic documents:
 * sentences from declined administrative phrases, paragraphs, bullet and
 * numbered lists, h2 sections with the headings each kind really uses.
 */
import { slugify as slugifyTitle } from '../src/lib/scaffold/slugify.ts';
import type { DocumentKind } from '../src/schemas/kinds.ts';
import type { Random } from './prng.ts';
import { ADVERBIALS, HEADINGS, OBJECTS, OPENERS, SUBJECTS, TITLE_ACTIONS, TITLE_HEADS, VERBS } from './vocabulary.ts';

/** Legal provisions as they are cited in running text. */
const CITATIONS = [
	'§ 25 Abs. 3 GrStG',
	'§ 24 Abs. 4 SGB VIII',
	'§ 4 WPG',
	'§ 1a OZG',
	'Art. 28 Abs. 2 GG',
	'Art. 104a GG',
	'§ 2 ZSKG',
	'§ 27 WoGG',
] as const;

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter (a subject moved behind the verb). */
function decapitalize(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * An id from German words, as `npm run new` makes them, but never shortened:
 * `Wärmeplanung für Große Städte` → `waermeplanung-fuer-grosse-staedte`.
 */
export function slugify(text: string): string {
	return slugifyTitle(text, Number.POSITIVE_INFINITY);
}

/** Counts the words of a text as a reader would (markdown markers excluded). */
export function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}§][\p{L}\p{N}.,'’-]*/gu)?.length ?? 0;
}

/** Formats a number the German way: `12.345`. */
function germanNumber(value: number): string {
	return value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** One sentence, from one of several clause patterns. */
export function sentence(rng: Random): string {
	const subject = rng.pick(SUBJECTS);
	const [verb, infinitive] = rng.pick(VERBS);
	const object = rng.chance(0.08) ? `**${rng.pick(OBJECTS)}**` : rng.pick(OBJECTS);
	const adverbial = rng.pick(ADVERBIALS);
	switch (rng.int(0, 6)) {
		case 0:
			return `${subject} ${verb} ${object} ${adverbial}.`;
		case 1:
			return `${capitalize(adverbial)} ${verb} ${decapitalize(subject)} ${object}.`;
		case 2:
			return `${rng.pick(OPENERS)} ${verb} ${decapitalize(subject)} ${object} ${adverbial}.`;
		case 3:
			return `${subject} ${verb} ${object}, weil ${decapitalize(rng.pick(SUBJECTS))} ${rng.pick(OBJECTS)} ${rng.pick(ADVERBIALS)} ${rng.pick(VERBS)[0]}.`;
		case 4:
			return `${subject} ${verb} ${object}, damit ${decapitalize(rng.pick(SUBJECTS))} ${rng.pick(OBJECTS)} ${adverbial} ${infinitive} kann.`;
		case 5:
			return `${rng.pick(OPENERS)} betrifft das rund ${germanNumber(rng.int(12, 2400))} Kommunen mit zusammen ${germanNumber(rng.int(20, 9000) * 1000)} Einwohnerinnen und Einwohnern.`;
		default: {
			const citation = rng.pick(CITATIONS);
			const cited = rng.chance(0.3)
				? `[${citation}](https://www.gesetze-im-internet.de/${slugify(citation.split(' ').at(-1)!)}/)`
				: citation;
			return `Für ${rng.pick(OBJECTS)} gilt ${cited}; ${decapitalize(subject)} ${verb} ${object} ${adverbial}.`;
		}
	}
}

/** A paragraph of `min`–`max` sentences. */
export function paragraph(rng: Random, min = 3, max = 6): string {
	return Array.from({ length: rng.int(min, max) }, () => sentence(rng)).join(' ');
}

/** An infinitive phrase, e.g. for list items: `Den Förderantrag im Rahmen … prüfen`. */
export function action(rng: Random): string {
	return capitalize(`${rng.pick(OBJECTS)} ${rng.pick(ADVERBIALS)} ${rng.pick(VERBS)[1]}`);
}

/** A bullet list, or a numbered list of steps with bold leads. */
function list(rng: Random, numbered: boolean): string {
	const items = Array.from({ length: rng.int(3, 6) }, (_, i) =>
		numbered ? `${i + 1}. **${action(rng)}.** ${sentence(rng)} ${sentence(rng)}` : `- ${action(rng)}.`,
	);
	return items.join('\n');
}

/** A title: `Kommunale Wärmeplanung: Finanzierung dauerhaft sichern`. */
export function title(rng: Random): string {
	return `${rng.pick(TITLE_HEADS)}: ${rng.pick(TITLE_ACTIONS)}`;
}

/** A summary of one or two sentences. */
export function summary(rng: Random): string {
	return rng.chance(0.5) ? sentence(rng) : `${sentence(rng)} ${sentence(rng)}`;
}

/** A link to another page of the site, for "see also" paragraphs. */
export interface SiteLink {
	title: string;
	/** An absolute site path such as `/positionen/x/`. */
	href: string;
}

/**
 * A Markdown body of about `targetWords` words: 3–6 h2 sections in the order
 * the kind uses them, each with paragraphs and, now and then, a list or an h3;
 * `seeAlso` links close the last section, as internal links the validator checks.
 */
export function body(rng: Random, kind: DocumentKind, targetWords: number, seeAlso: readonly SiteLink[] = []): string {
	const all = HEADINGS[kind];
	const sectionCount = rng.int(3, all.length);
	const chosen = new Set(rng.sample(all.slice(1), sectionCount - 1));
	const headings = all.filter((heading, i) => i === 0 || chosen.has(heading));
	const perSection = targetWords / headings.length;
	const blocks: string[] = [];
	let words = 0;
	headings.forEach((heading, index) => {
		blocks.push(`## ${heading}`);
		const goal = perSection * (index + 1);
		let blocksInSection = 0;
		while (words < goal || blocksInSection === 0) {
			let block: string;
			if (blocksInSection > 0 && rng.chance(0.2)) block = list(rng, kind === 'guides' && rng.chance(0.6));
			else if (blocksInSection > 1 && rng.chance(0.08)) block = `### ${rng.pick(TITLE_HEADS)}\n\n${paragraph(rng)}`;
			else block = paragraph(rng);
			blocks.push(block);
			words += countWords(block);
			blocksInSection++;
		}
	});
	if (seeAlso.length > 0)
		blocks.push(`Siehe auch: ${seeAlso.map((link) => `[${link.title}](${link.href})`).join(', ')}.`);
	return `${blocks.join('\n\n')}\n`;
}
