/**
 * The contribution form checks references with the validator's rule
 * (`unresolvedReferences`), on the compact data of `/api/register.json`: what
 * the form lets through, the build accepts, and what it refuses is named.
 */
import { describe, expect, it } from 'vitest';
import { checkFormReferences, type ReferenceData } from '../../src/lib/contribute/reference-data.ts';

const data: ReferenceData = {
	topics: ['finanzen'],
	crises: ['hochwasser-2021'],
	measures: ['wohngeld-plus'],
	documents: ['kommunale-waermeplanung'],
	organizations: [
		['staedtetag', 'Deutscher Städtetag (DST)'],
		['BY', 'Bayern'],
		['ags:07312000', 'Kaiserslautern, Stadt'],
	],
};

describe('references in the contribution form', () => {
	it('accepts levels and known organizations as addressees, and known topics and documents', () => {
		const problems = checkFormReferences(
			'positions',
			{
				lead: 'staedtetag',
				topics: ['finanzen'],
				addressees: ['level:bund', 'BY'],
				demands: [{ addressee: 'level:kommune' }],
				cosignatories: [{ organization: 'ags:07312000' }],
				related: ['kommunale-waermeplanung'],
				supersedes: 'kommunale-waermeplanung',
			},
			data,
		);
		expect(problems).toEqual([]);
	});

	it('names every reference that does not resolve, at its path, in document order', () => {
		const problems = checkFormReferences(
			'lessons',
			{
				topics: ['finanzen', 'steuern'],
				crisis: 'flut',
				organization: 'staedtetag',
				reuse: [{ organization: 'ags:99999999' }],
			},
			data,
		);
		expect(problems.map((p) => [p.path.join('.'), p.message.en])).toMatchInlineSnapshot(`
			[
			  [
			    "topics.1",
			    "Unknown \`steuern\` in \`topics[1]\`, expected a topic from the list of topics",
			  ],
			  [
			    "crisis",
			    "Unknown \`flut\` in \`crisis\`, expected a crisis from the list of crises",
			  ],
			  [
			    "reuse.0.organization",
			    "Unknown \`ags:99999999\` in \`reuse[0].organization\`, expected an organization from the list of organizations (type its name and pick it)",
			  ],
			]
		`);
	});

	it('speaks of the lists the site shows, never of repository paths, and names the value meant, in German and English', () => {
		const problems = checkFormReferences(
			'positions',
			{ lead: 'stadtetag', addressees: ['Bayern'], cosignatories: [{ organization: 'Kaiserslautern' }] },
			data,
		);
		expect(problems.flatMap((p) => [p.message.de, p.message.en])).toMatchInlineSnapshot(`
			[
			  "Unbekannter Verweis \`stadtetag\` in \`lead\`, erwartet: eine Organisation aus dem Verzeichnis der Organisationen (Namen eintippen und auswählen) – meinten Sie \`staedtetag\` (Deutscher Städtetag)?",
			  "Unknown \`stadtetag\` in \`lead\`, expected an organization from the list of organizations (type its name and pick it) – did you mean \`staedtetag\` (Deutscher Städtetag)?",
			  "\`Kaiserslautern\` in \`cosignatories[0].organization\` ist ein Name; hier gehört die Id hin – meinten Sie \`ags:07312000\` (Kaiserslautern, Stadt)?",
			  "Unexpected name \`Kaiserslautern\` in \`cosignatories[0].organization\`, expected an id – did you mean \`ags:07312000\` (Kaiserslautern, Stadt)?",
			  "\`Bayern\` in \`addressees[0]\` ist ein Name; hier gehört die Id hin – meinten Sie \`BY\` (Bayern)?",
			  "Unexpected name \`Bayern\` in \`addressees[0]\`, expected an id – did you mean \`BY\` (Bayern)?",
			]
		`);
		expect(problems.map((p) => p.message.de).join('\n')).not.toContain('content/');
	});
});
