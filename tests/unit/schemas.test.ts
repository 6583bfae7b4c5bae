import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseWithDiagnostics } from '../../src/lib/validate/report/diagnostics.ts';
import { describeIssue } from '../../src/lib/validate/report/messages.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { positionSchema } from '../../src/schemas/position.ts';
import { organizationSchema } from '../../src/schemas/registry.ts';

/** The messages a contributor would read for `input` (English unless asked), one per issue. */
function messages(schema: z.ZodType, input: unknown, lang: 'de' | 'en' = 'en') {
	const result = parseWithDiagnostics(schema, input, 'test.md', () => ({ line: 1, column: 1 }));
	return result.success ? [] : result.diagnostics.map((d) => d.message[lang]);
}

const common = {
	title: 'Kommunale Wärmeplanung',
	summary: 'Eine Zusammenfassung.',
	published: '2024-03-01',
	topics: ['energie'],
	sources: [{ title: 'Wärmeplanungsgesetz', url: 'https://www.gesetze-im-internet.de/wpg/' }],
	example: true,
};

const position = {
	...common,
	status: 'adopted',
	dates: { drafted: '2024-01-10', adopted: '2024-02-20' },
	lead: 'staedtetag',
	adoptedBy: 'Präsidium',
	addressees: ['level:bund'],
	cosignatories: [
		{
			organization: 'ags:07312000',
			date: '2024-03-01',
			decision: { body: 'Stadtrat', date: '2024-02-26', reference: '0123/2024' },
		},
	],
	demands: [{ text: 'Dauerhafte Finanzierung', addressee: 'level:bund', status: 'open', since: '2024-02-20' }],
};

describe('position schema', () => {
	it('accepts a complete adopted paper and fills defaults', () => {
		const result = positionSchema.parse(position);
		expect(result.related).toEqual([]);
		expect(result.lang).toBe('de');
	});

	it('accepts YAML timestamps and normalises them to days', () => {
		const result = positionSchema.parse({ ...position, published: new Date('2024-03-01T00:00:00Z') });
		expect(result.published).toBe('2024-03-01');
	});

	it('rejects an unknown status, naming the allowed ones, in German and English', () => {
		expect(messages(positionSchema, { ...position, status: 'angenommen' }, 'de')).toMatchInlineSnapshot(`
			[
			  "Unerwarteter Wert \`angenommen\` für \`status\`, erlaubt: „Entwurf“ (\`draft\`), „In Mitzeichnung“ (\`consultation\`), „Beschlossen“ (\`adopted\`), „Ersetzt“ (\`superseded\`), „Zurückgezogen“ (\`withdrawn\`)",
			]
		`);
		expect(messages(positionSchema, { ...position, status: 'angenommen' })).toMatchInlineSnapshot(`
			[
			  "Unexpected status \`angenommen\`, expected one of “Draft” (\`draft\`), “Open for co-signature” (\`consultation\`), “Adopted” (\`adopted\`), “Replaced” (\`superseded\`), “Withdrawn” (\`withdrawn\`)",
			]
		`);
	});

	it('rejects an unknown key, naming it', () => {
		expect(messages(positionSchema, { ...position, stauts: 'adopted' })).toMatchInlineSnapshot(`
			[
			  "Unexpected key \`stauts\` – did you mean \`status\`?",
			]
		`);
	});

	it('requires the dates each lifecycle state needs', () => {
		expect(messages(positionSchema, { ...position, status: 'consultation', dates: { drafted: '2024-01-10' } }))
			.toMatchInlineSnapshot(`
			[
			  "Missing \`dates.consultationStart\`, expected the first day of the consultation for status \`consultation\`",
			  "Missing \`dates.consultationEnd\`, expected the last day of the consultation for status \`consultation\`",
			]
		`);
		expect(messages(positionSchema, { ...position, status: 'withdrawn' })).toMatchInlineSnapshot(`
			[
			  "Missing \`dates.withdrawn\`, expected the day of withdrawal for status \`withdrawn\`",
			  "Missing \`withdrawalReason\`, expected why the paper was withdrawn",
			]
		`);
		expect(messages(positionSchema, { ...position, adoptedBy: undefined })).toMatchInlineSnapshot(`
			[
			  "Missing \`adoptedBy\`, expected the body that adopted the paper for status \`adopted\`",
			]
		`);
	});

	it('rejects incoherent dates', () => {
		expect(messages(positionSchema, { ...position, dates: { drafted: '2024-03-10', adopted: '2024-02-20' } }))
			.toMatchInlineSnapshot(`
			[
			  "Unexpected \`dates.adopted\` 2024-02-20 before \`drafted\` 2024-03-10, expected adoption after drafting",
			]
		`);
		expect(
			messages(positionSchema, {
				...position,
				status: 'consultation',
				dates: { drafted: '2024-01-01', consultationStart: '2024-02-01', consultationEnd: '2024-01-15' },
			}),
		).toMatchInlineSnapshot(`
			[
			  "Unexpected \`dates.consultationEnd\` 2024-01-15 before \`consultationStart\` 2024-02-01, expected the consultation to end after it starts",
			]
		`);
	});

	it('rejects malformed dates, references and demand statuses', () => {
		expect(
			messages(positionSchema, {
				...position,
				published: '1.3.2024',
				lead: 'Deutscher Städtetag',
				demands: [{ ...position.demands[0], status: 'erledigt' }],
			}),
		).toMatchInlineSnapshot(`
			[
			  "Unexpected \`1.3.2024\` in \`published\`, expected a date as \`YYYY-MM-DD\`, e.g. \`2026-03-01\`",
			  "Unexpected \`Deutscher Städtetag\` in \`lead\`, expected an organization id such as \`staedtetag\`, \`ags:\` with 5 or 8 digits, or a Land code such as \`BY\`",
			  "Unexpected status \`erledigt\`, expected one of “Open” (\`open\`), “In progress” (\`in-progress\`), “Partly met” (\`partly-met\`), “Met” (\`met\`), “Rejected” (\`rejected\`)",
			]
		`);
	});

	it('requires sources on examples', () => {
		expect(messages(positionSchema, { ...position, sources: [] })).toMatchInlineSnapshot(`
			[
			  "Unexpected example without \`sources\`, expected at least one public source for its facts",
			]
		`);
	});
});

const lesson = {
	...common,
	topics: ['kultur'],
	crisis: 'covid-19',
	phase: 'response',
	period: { from: '2020-03-20', until: '2020-06-30' },
	organization: 'ags:07312000',
	outcome: 'failure',
	transferability: { rating: 'high', conditions: ['Streaming-Technik vorhanden'] },
	contact: { role: 'Referat Kultur', email: 'kultur@example.org' },
	reuse: [{ organization: 'ags:06411000', date: '2020-05-01', note: 'Format übernommen' }],
};

describe('lesson schema', () => {
	it('accepts a complete lesson, failures included', () => {
		expect(lessonSchema.parse(lesson).outcome).toBe('failure');
	});

	it('rejects unknown outcomes and phases, a private contact without mailbox, and a period that ends before it starts', () => {
		expect(
			messages(lessonSchema, {
				...lesson,
				outcome: 'gut',
				phase: 'während',
				contact: { role: 'Frau Muster', email: 'keine' },
				period: { from: '2020-06-01', until: '2020-05-01' },
			}),
		).toMatchInlineSnapshot(`
			[
			  "Unexpected phase \`während\`, expected one of “Prevention” (\`prevention\`), “Preparedness” (\`preparedness\`), “Response” (\`response\`), “Recovery” (\`recovery\`)",
			  "Unexpected outcome \`gut\`, expected one of “Success” (\`success\`), “Mixed” (\`mixed\`), “Failure” (\`failure\`)",
			  "Unexpected \`keine\` in \`contact.email\`, expected an office mailbox such as \`digital@stadt.example\`",
			]
		`);
	});

	it('requires conditions for the transferability rating', () => {
		expect(messages(lessonSchema, { ...lesson, transferability: { rating: 'mittel', conditions: [] } }))
			.toMatchInlineSnapshot(`
				[
				  "Unexpected rating \`mittel\`, expected one of “High” (\`high\`), “Medium” (\`medium\`), “Low” (\`low\`) – did you mean “Medium” (\`medium\`)?",
				  "Unexpected empty \`transferability.conditions\`, expected at least 1 entry",
				]
			`);
	});
});

const guide = {
	...common,
	measure: 'waermeplanungsgesetz',
	legalBasis: [{ citation: '§ 4 WPG', url: 'https://www.gesetze-im-internet.de/wpg/__4.html' }],
	responsible: [{ body: 'level:kommune', task: 'Wärmeplan erstellen' }],
	baseline: { model: 'Wärmeplan', deadline: '2028-06-30' },
	laender: { BW: { deadline: '2023-12-31', law: 'KlimaG BW' } },
	reviewed: '2026-01-15',
};

describe('guide schema', () => {
	it('accepts a guide and defaults the review interval to 12 months', () => {
		expect(guideSchema.parse(guide).reviewIntervalMonths).toBe(12);
	});

	it('rejects an unknown Land, an unknown matrix field and a missing legal basis', () => {
		expect(
			messages(guideSchema, {
				...guide,
				legalBasis: [],
				laender: { XY: { model: 'x' }, BY: { modell: 'Flächenmodell' } },
			}),
		).toMatchInlineSnapshot(`
			[
			  "Unexpected empty \`legalBasis\`, expected at least 1 entry",
			  "Unexpected key \`laender.BY.modell\` – did you mean \`laender.BY.model\`?",
			  "Unexpected Land \`laender.XY\`, expected a two-letter code such as \`BY\` or \`NW\`",
			]
		`);
	});
});

describe('organization registry schema', () => {
	it('requires the Land of a body at Land level', () => {
		expect(
			messages(organizationSchema, {
				id: 'staedtetag-bw',
				name: 'Städtetag Baden-Württemberg',
				level: 'land',
				type: 'association',
				url: 'https://www.staedtetag-bw.de',
			}),
		).toMatchInlineSnapshot(`
			[
			  "Missing \`land\`, expected the Land code of a body at Land level",
			]
		`);
	});
});

/** The messages the web form shows for `input`, in both languages. */
function formMessages(schema: z.ZodType, input: unknown) {
	const result = schema.safeParse(input, { reportInput: true });
	return result.success
		? []
		: result.error.issues.map((issue) => {
				const message = describeIssue(issue, { audience: 'form', schema });
				return `${message.de} | ${message.en}`;
			});
}

describe('messages for people who cannot use codes', () => {
	it('names values by label and code on the command line, in German and English', () => {
		expect([
			...messages(positionSchema, { ...position, status: 'adoptd' }, 'de'),
			...messages(positionSchema, { ...position, status: 'adoptd' }, 'en'),
		]).toMatchInlineSnapshot(`
			[
			  "Unerwarteter Wert \`adoptd\` für \`status\`, erlaubt: „Entwurf“ (\`draft\`), „In Mitzeichnung“ (\`consultation\`), „Beschlossen“ (\`adopted\`), „Ersetzt“ (\`superseded\`), „Zurückgezogen“ (\`withdrawn\`) – meinten Sie „Beschlossen“ (\`adopted\`)?",
			  "Unexpected status \`adoptd\`, expected one of “Draft” (\`draft\`), “Open for co-signature” (\`consultation\`), “Adopted” (\`adopted\`), “Replaced” (\`superseded\`), “Withdrawn” (\`withdrawn\`) – did you mean “Adopted” (\`adopted\`)?",
			]
		`);
	});

	it('names values and registries by the labels and lists the site shows, in the form', () => {
		const { lead: _lead, ...withoutLead } = position;
		expect(formMessages(positionSchema, { ...withoutLead, status: 'angenommen' })).toMatchInlineSnapshot(`
			[
			  "Unerwarteter Wert \`angenommen\` für \`status\`, erlaubt: „Entwurf“, „In Mitzeichnung“, „Beschlossen“, „Ersetzt“, „Zurückgezogen“ | Unexpected status \`angenommen\`, expected one of “Draft”, “Open for co-signature”, “Adopted”, “Replaced”, “Withdrawn”",
			  "Fehlendes Feld \`lead\`, erwartet: eine Organisation aus dem Verzeichnis der Organisationen (Namen eintippen und auswählen) | Missing \`lead\`, expected an organization from the list of organizations (type its name and pick it)",
			]
		`);
		expect(formMessages(positionSchema, { ...position, lead: 'Deutscher Städtetag' })).toMatchInlineSnapshot(`
			[
			  "Ungültiger Wert \`Deutscher Städtetag\` in \`lead\`, erwartet: eine Organisation aus dem Verzeichnis der Organisationen (Namen eintippen und auswählen) | Unexpected \`Deutscher Städtetag\` in \`lead\`, expected an organization from the list of organizations (type its name and pick it)",
			]
		`);
	});

	it('says what kind of value a missing field expects, with an example', () => {
		const { published: _published, lead: _lead, ...rest } = position;
		expect([...messages(positionSchema, rest, 'de'), ...messages(positionSchema, rest, 'en')]).toMatchInlineSnapshot(`
			[
			  "Fehlendes Feld \`published\`, erwartet: ein Datum als \`JJJJ-MM-TT\`, z. B. \`2026-03-01\`",
			  "Fehlendes Feld \`lead\`, erwartet: eine Organisations-Id wie \`staedtetag\`, \`ags:\` mit 5 oder 8 Ziffern oder ein Länderkürzel wie \`BY\`",
			  "Missing \`published\`, expected a date as \`YYYY-MM-DD\`, e.g. \`2026-03-01\`",
			  "Missing \`lead\`, expected an organization id such as \`staedtetag\`, \`ags:\` with 5 or 8 digits, or a Land code such as \`BY\`",
			]
		`);
	});

	it('names a day that does not exist, in the right format', () => {
		const on = (day: string) => messages(positionSchema, { ...position, published: day }, 'de')[0];
		expect([on('2027-02-30'), on('2026-04-31'), on('2027-02-29'), on('2027-13-01')]).toMatchInlineSnapshot(`
			[
			  "Den 30. Februar 2027 gibt es nicht (\`2027-02-30\` in \`published\`); erwartet: ein Tag des Kalenders als \`JJJJ-MM-TT\` – Tag und Monat prüfen",
			  "Den 31. April 2026 gibt es nicht (\`2026-04-31\` in \`published\`); erwartet: ein Tag des Kalenders als \`JJJJ-MM-TT\` – Tag und Monat prüfen",
			  "Den 29. Februar 2027 gibt es nicht (\`2027-02-29\` in \`published\`); erwartet: ein Tag des Kalenders als \`JJJJ-MM-TT\` – Tag und Monat prüfen",
			  "Einen Monat 13 gibt es nicht (\`2027-13-01\` in \`published\`); erwartet: ein Tag des Kalenders als \`JJJJ-MM-TT\` – Tag und Monat prüfen",
			]
		`);
		expect(messages(positionSchema, { ...position, published: '2027-02-30' }, 'en')).toMatchInlineSnapshot(`
			[
			  "There is no 30 February 2027 (\`2027-02-30\` in \`published\`); expected a calendar day as \`YYYY-MM-DD\` – check the day and month",
			]
		`);
		// 29 February of a leap year is a day.
		expect(messages(positionSchema, { ...position, published: '2028-02-29' })).toEqual([]);
	});

	it('tells that an optional field left empty can be filled in or deleted, without accepting it', () => {
		const empty = {
			...position,
			adoptedBy: 'Präsidium',
			dates: { ...position.dates, withdrawn: null },
			supersedes: '',
		};
		expect([...messages(positionSchema, empty, 'de'), ...messages(positionSchema, empty, 'en')]).toMatchInlineSnapshot(`
			[
			  "Leeres Feld \`dates.withdrawn\` – optional: ausfüllen oder Zeile löschen",
			  "Leeres Feld \`supersedes\` – optional: ausfüllen oder Zeile löschen",
			  "Empty \`dates.withdrawn\` – optional: fill it in or delete the line",
			  "Empty \`supersedes\` – optional: fill it in or delete the line",
			]
		`);
	});

	it('tells what belongs in a required field left empty, as the scaffolder writes it', () => {
		const empty = { ...position, lead: '', topics: null, status: '' };
		expect(messages(positionSchema, empty, 'de')).toMatchInlineSnapshot(`
			[
			  "Leeres Feld \`topics\` – bitte ausfüllen; erwartet: eine Liste, je Eintrag eine Themen-Id aus \`content/registry/topics.yaml\` (oder dort ergänzen)",
			  "Leeres Feld \`status\` – bitte ausfüllen; erwartet: einer der Werte „Entwurf“ (\`draft\`), „In Mitzeichnung“ (\`consultation\`), „Beschlossen“ (\`adopted\`), „Ersetzt“ (\`superseded\`), „Zurückgezogen“ (\`withdrawn\`)",
			  "Leeres Feld \`lead\` – bitte ausfüllen; erwartet: eine Organisations-Id wie \`staedtetag\`, \`ags:\` mit 5 oder 8 Ziffern oder ein Länderkürzel wie \`BY\`",
			]
		`);
		expect(messages(positionSchema, empty, 'en')).toMatchInlineSnapshot(`
			[
			  "Empty \`topics\` – fill it in; expected a list, each entry a topic id from \`content/registry/topics.yaml\` (or add it there)",
			  "Empty \`status\` – fill it in; expected one of “Draft” (\`draft\`), “Open for co-signature” (\`consultation\`), “Adopted” (\`adopted\`), “Replaced” (\`superseded\`), “Withdrawn” (\`withdrawn\`)",
			  "Empty \`lead\` – fill it in; expected an organization id such as \`staedtetag\`, \`ags:\` with 5 or 8 digits, or a Land code such as \`BY\`",
			]
		`);
	});

	it('names the field a misspelt key means, as one message instead of two', () => {
		const { summary, ...rest } = position;
		expect([
			...messages(positionSchema, { ...rest, sumary: summary }, 'de'),
			...messages(positionSchema, { ...rest, sumary: summary }, 'en'),
		]).toMatchInlineSnapshot(`
			[
			  "Unbekanntes Feld \`sumary\` – meinten Sie \`summary\`?",
			  "Unexpected key \`sumary\` – did you mean \`summary\`?",
			]
		`);
	});
});
