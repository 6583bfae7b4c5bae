/**
 * The site configuration as an operator writes it: what a legal form
 * requires in the Impressum, and that placeholders pass only on a
 * demonstration instance. Messages are pinned in both languages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseWithDiagnostics } from '../../src/lib/validate/report/diagnostics.ts';
import { siteConfigSchema } from '../../src/schemas/site-config.ts';
import { placeholderIn } from '../../src/schemas/placeholders.ts';

/** This repository's configuration: a demonstration with placeholders. */
const demo = parse(readFileSync('site.config.yaml', 'utf8')) as Record<string, any>;

/** A configuration without any placeholder, as a real operator (an e. V.) would write it. */
const live = {
	...demo,
	demo: false,
	url: 'https://bibliothek.staedtetag-nord.de',
	operator: {
		name: 'Städtetag Nord e. V.',
		legalForm: 'ev',
		street: 'Hafenstraße 7',
		postalCode: '24103',
		city: 'Kiel',
		email: 'info@staedtetag-nord.de',
		phone: '+49 431 98765-0',
		representative: 'Der Vorstand, vertreten durch die Präsidentin Jana Beispielhaft',
		register: { court: 'Amtsgericht Kiel', number: 'VR 4711 KI' },
		contentResponsible: 'Jana Beispielhaft, Hafenstraße 7, 24103 Kiel',
		dataProtectionOfficer: 'datenschutz@staedtetag-nord.de',
	},
	hosting: { name: 'Dataport AöR', address: 'Altenholzer Straße 10–14, 24161 Altenholz', logRetentionDays: 7 },
	accessibility: { ...demo.accessibility, feedbackEmail: 'barrierefreiheit@staedtetag-nord.de' },
	security: { contact: ['sicherheit@staedtetag-nord.de'] },
	repository: { host: 'github', url: 'https://github.com/staedtetag-nord/bibliothek', branch: 'main' },
};

/** The messages for `config`, as `file:line:col`-less text in `lang`, one per issue. */
function messages(config: unknown, lang: 'de' | 'en' = 'en') {
	const result = parseWithDiagnostics(siteConfigSchema, config, 'site.config.yaml', () => ({ line: 1, column: 1 }));
	return result.success ? [] : result.diagnostics.map((d) => d.message[lang]);
}

describe('the site configuration', () => {
	it('of this repository is a demonstration: it has placeholders and says so with `demo: true`', () => {
		expect(demo.demo).toBe(true);
		expect(messages(demo)).toEqual([]);
		expect(messages({ ...demo, demo: undefined }).length).toBeGreaterThan(5);
	});

	it('of a real operator passes without `demo`', () => {
		expect(messages(live)).toEqual([]);
	});
});

describe('placeholders', () => {
	it('fail without `demo: true`, naming the field and the fix, in German and English', () => {
		const config = { ...demo, demo: false };
		expect(messages(config, 'en').slice(0, 3)).toMatchInlineSnapshot(`
			[
			  "Unexpected placeholder \`Dreiklang-Demonstrationsinstanz (Platzhalter)\` in \`operator.name\` (a text marked as placeholder), expected the operator's real details – fill them in, or set \`demo: true\` if this is a demonstration instance",
			  "Unexpected placeholder \`Musterstraße 1\` in \`operator.street\` (a sample name or address), expected the operator's real details – fill them in, or set \`demo: true\` if this is a demonstration instance",
			  "Unexpected placeholder \`12345\` in \`operator.postalCode\` (an example postal code), expected the operator's real details – fill them in, or set \`demo: true\` if this is a demonstration instance",
			]
		`);
		expect(messages(config, 'de').slice(0, 1)).toMatchInlineSnapshot(`
			[
			  "Unerwarteter Platzhalter \`Dreiklang-Demonstrationsinstanz (Platzhalter)\` in \`operator.name\` (ein als Platzhalter markierter Text); erwartet: die echte Angabe des Betreibers – sie eintragen, oder \`demo: true\` setzen, wenn dies eine Demonstrationsinstanz ist",
			]
		`);
	});

	it('are found in every field, not only the operator', () => {
		const withPeer = { ...live, peers: [{ name: 'Bibliothek B', url: 'https://dreiklang.example.org' }] };
		expect(messages(withPeer)).toMatchInlineSnapshot(`
			[
			  "Unexpected placeholder \`https://dreiklang.example.org\` in \`peers.0.url\` (an example address), expected the operator's real details – fill them in, or set \`demo: true\` if this is a demonstration instance",
			]
		`);
	});

	it('are the sample values of German forms and reserved example domains', () => {
		const found = (value: string) => placeholderIn(value)?.name.en;
		expect(
			[
				'Musterstraße 1',
				'Max Mustermann',
				'12345',
				'kontakt@example.org',
				'https://x.example/',
				'Name (Platzhalter)',
				'+49 30 123456-0',
				'VR 12345',
				'DE123456789',
			].map(found),
		).toMatchInlineSnapshot(`
			[
			  "a sample name or address",
			  "a sample name or address",
			  "an example postal code",
			  "an example address",
			  "an example address",
			  "a text marked as placeholder",
			  "an example telephone number",
			  "an example register number",
			  "an example VAT id",
			]
		`);
		// Wherever they stand in a sentence, and as abbreviated.
		expect(
			[
				'Schreiben Sie an kontakt@example.org.',
				'(kontakt@example.org)',
				'Website: example.org',
				'a@example.org, b@staedtetag-nord.de',
				'https://www.example.org./impressum',
				'„kontakt@example.org“',
				'Musterstr. 1',
				'Musterallee 3',
			].map(found),
		).toEqual([
			'an example address',
			'an example address',
			'an example address',
			'an example address',
			'an example address',
			'an example address',
			'a sample name or address',
			'a sample name or address',
		]);
		// Real values that merely resemble them stay.
		expect(
			[
				'Musterring-Apotheke',
				'Hafenstraße 7',
				'24103',
				'info@staedtetag-nord.de',
				'Beispielhaft',
				'examples.org',
				'myexample.org',
				'https://example.org.uk/',
			].map(found),
		).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
	});
});

describe('the legal form', () => {
	it('of an e. V. or a GmbH requires the register entry', () => {
		const { register: _, ...operator } = live.operator;
		expect(messages({ ...live, operator })).toMatchInlineSnapshot(`
			[
			  "Missing \`operator.register\` for the legal form \`ev\`, expected the register court and number in the Vereinsregister (§ 5(1) no. 4 DDG) – add \`register: { court: …, number: … }\`",
			]
		`);
		expect(messages({ ...live, operator: { ...operator, legalForm: 'gmbh' } }, 'de')).toMatchInlineSnapshot(`
			[
			  "Fehlende Angabe \`operator.register\` für die Rechtsform \`gmbh\`; erwartet: Registergericht und Registernummer im Handelsregister (§ 5 Abs. 1 Nr. 4 DDG) – \`register: { court: …, number: … }\` ergänzen",
			]
		`);
	});

	it('of a public body requires its supervisory authority, and no register', () => {
		const { register: _, ...operator } = live.operator;
		const behoerde = { ...operator, legalForm: 'behoerde' };
		expect(messages({ ...live, operator: behoerde })).toMatchInlineSnapshot(`
			[
			  "Missing \`operator.supervisoryAuthority\` for the legal form \`behoerde\`, expected the supervisory authority (§ 5(1) no. 3 DDG) – add \`supervisoryAuthority: …\`",
			]
		`);
		expect(messages({ ...live, operator: behoerde }, 'de')).toMatchInlineSnapshot(`
			[
			  "Fehlende Angabe \`operator.supervisoryAuthority\` für die Rechtsform \`behoerde\`; erwartet: die zuständige Aufsichtsbehörde (§ 5 Abs. 1 Nr. 3 DDG) – \`supervisoryAuthority: …\` ergänzen",
			]
		`);
		expect(
			messages({
				...live,
				operator: { ...behoerde, supervisoryAuthority: 'Innenministerium des Landes Schleswig-Holstein' },
			}),
		).toEqual([]);
	});

	it('is one of the known forms, and a VAT id is optional but well-formed', () => {
		expect(messages({ ...live, operator: { ...live.operator, legalForm: 'verein' } })).toMatchInlineSnapshot(`
			[
			  "Unexpected legalForm \`verein\`, expected one of \`ev\`, \`gmbh\`, \`ggmbh\`, \`koerperschaft\`, \`anstalt\`, \`behoerde\`",
			]
		`);
		expect(messages({ ...live, operator: { ...live.operator, vatId: 'DE 12' } })).toMatchInlineSnapshot(`
			[
			  "Unexpected VAT id \`DE 12\`, expected \`DE\` and nine digits without spaces, e.g. \`DE123456789\` – correct it, or leave the field out if the body has none",
			]
		`);
		expect(messages({ ...live, operator: { ...live.operator, vatId: 'DE812345678' } })).toEqual([]);
	});
});

describe('the accessibility statement', () => {
	it('lists known barriers unless the site is fully compliant', () => {
		const accessibility = { ...live.accessibility, conformity: 'partial', knownBarriers: [] };
		expect(messages({ ...live, accessibility })).toMatchInlineSnapshot(`
			[
			  "Missing \`accessibility.knownBarriers\` with \`conformity: partial\`, expected the barriers known (BITV 2.0 § 7) – list them under \`knownBarriers\` or set \`conformity: full\`",
			]
		`);
		expect(messages({ ...live, accessibility: { ...accessibility, conformity: 'full' } })).toEqual([]);
	});
});

describe('operator files', () => {
	it('lie directly in content/site/, and cannot lead out of it', () => {
		const logo = (path: string) => messages({ ...live, operator: { ...live.operator, logo: path } });
		expect(logo('content/site/logo.svg')).toEqual([]);
		expect(logo('../../etc/passwd.png')).toMatchInlineSnapshot(`
			[
			  "Unexpected file path \`../../etc/passwd.png\`, expected a file directly in \`content/site/\` named with lower-case letters, digits and hyphens, e.g. \`content/site/logo.png\` – put the file there and give its path so",
			]
		`);
		expect(logo('content/site/logo.gif')).toMatchInlineSnapshot(`
			[
			  "Unexpected file type \`.gif\` of \`content/site/logo.gif\`, expected one of \`.png\`, \`.jpg\`, \`.jpeg\`, \`.webp\`, \`.avif\`, \`.svg\`",
			]
		`);
		expect(logo('content/site/unter/logo.png')).toHaveLength(1);
		expect(logo('/etc/logo.png')).toHaveLength(1);
	});
});
