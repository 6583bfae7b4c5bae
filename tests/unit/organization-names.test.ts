/**
 * Kreise and Gemeinden of the same bare name must be told apart wherever they
 * are named: on organization pages, in co-signatory lists, in search labels
 * and in the contribution form's suggestions.
 */
import { describe, expect, it } from 'vitest';
import { buildReferenceData, findOrganizations } from '../../src/lib/contribute/reference-data.ts';
import { loadRegistries } from '../../src/lib/registries/load-registries.ts';
import { kreisName, placeName } from '../../src/lib/registries/organization-names.ts';
import { resolveOrganization } from '../../src/lib/registries/organizations.ts';
import { laenderByName } from '../../src/lib/library/labels.ts';
import { dictionaries } from '../../src/i18n/t.ts';

const { registries } = loadRegistries(process.cwd());
const { register } = registries;
const full = (ags: string) => placeName(register, ags)?.full;

describe('names of Kreise and Gemeinden', () => {
	it('tell the three Kaiserslautern apart', () => {
		expect(full('07335')).toBe('Landkreis Kaiserslautern (Rheinland-Pfalz)');
		expect(full('07312')).toBe('Kaiserslautern, kreisfreie Stadt (Rheinland-Pfalz)');
		expect(full('07312000')).toBe('Kaiserslautern, Stadt (kreisfreie Stadt, Rheinland-Pfalz)');
	});

	it('tell the Kreis Recklinghausen from the town', () => {
		expect(full('05562')).toBe('Kreis Recklinghausen (Nordrhein-Westfalen)');
		expect(full('05562032')).toBe('Recklinghausen, Stadt (Kreis Recklinghausen, Nordrhein-Westfalen)');
		expect(placeName(register, '05562032')?.withinLand).toBe('Recklinghausen, Stadt (Kreis Recklinghausen)');
	});

	it('say the type once, as the register spells it', () => {
		expect(kreisName({ name: 'Rhein-Sieg-Kreis', art: 'kreis' })).toBe('Rhein-Sieg-Kreis');
		expect(full('05334')).toBe('Städteregion Aachen (Nordrhein-Westfalen)');
		expect(full('03241')).toBe('Region Hannover (Niedersachsen)');
		expect(full('10041')).toBe('Regionalverband Saarbrücken (Saarland)');
		expect(full('08111')).toBe('Stuttgart, Stadtkreis (Baden-Württemberg)');
		expect(full('09163')).toBe('Rosenheim (kreisfreie Stadt, Bayern)');
		expect(full('09187')).toBe('Landkreis Rosenheim (Bayern)');
		// A city-state is not followed by itself.
		expect(full('02000')).toBe('Hamburg, Freie und Hansestadt (kreisfreie Stadt)');
		expect(full('99999')).toBeUndefined();
	});

	it('are the names organizations resolve to, with the AGS', () => {
		expect(resolveOrganization('ags:07335', registries.organizations, register)).toMatchObject({
			name: 'Landkreis Kaiserslautern (Rheinland-Pfalz)',
			withinLand: 'Landkreis Kaiserslautern',
			ags: '07335',
		});
	});

	it('are the form’s suggestions', () => {
		const data = buildReferenceData(registries, []);
		// The bodies of that name first, then the Gemeinden of the Landkreis.
		expect(
			findOrganizations(data, 'Kaiserslautern')
				.slice(0, 3)
				.map(([, name]) => name),
		).toEqual([
			'Kaiserslautern, kreisfreie Stadt (Rheinland-Pfalz)',
			'Kaiserslautern, Stadt (kreisfreie Stadt, Rheinland-Pfalz)',
			'Landkreis Kaiserslautern (Rheinland-Pfalz)',
		]);
		expect(findOrganizations(data, 'Landkreis Kaiserslautern')[0]).toEqual([
			'ags:07335',
			'Landkreis Kaiserslautern (Rheinland-Pfalz)',
		]);
	});

	it('list the Länder by name, not by official key', () => {
		const order = laenderByName(registries);
		expect([order[0], order.at(-1)]).toEqual(['BW', 'TH']);
		// The register starts with Schleswig-Holstein (01); by name it comes after the Sachsen.
		expect(order.indexOf('SH')).toBe(order.indexOf('ST') + 1);
	});
});

describe('types of the municipal register', () => {
	// Organization pages name the type of every Kreis and Gemeinde a document cites; a type without a
	// label would stop the build at the first page of such a body.
	it('each have a label in both dictionaries', () => {
		const types = new Set([...register.kreise.values(), ...register.gemeinden.values()].map((place) => place.art));
		const missing = [...types].flatMap((art) =>
			(['de', 'en'] as const)
				.filter((lang) => !(`org.art.${art}` in dictionaries[lang]))
				.map((lang) => `${lang}: ${art}`),
		);
		expect(missing).toEqual([]);
	});
});
