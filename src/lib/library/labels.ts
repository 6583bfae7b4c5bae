/**
 * Names of registry entries in the reader's language, looked up in one place.
 */
import type { UiLanguage } from '../../i18n/languages.ts';
import type { LandCode } from '../../schemas/primitives.ts';
import type { Registries } from '../registries/load-registries.ts';
import { compareText } from '../collate.ts';

/** Label of a topic, crisis or measure; falls back to the id. */
export function registryLabel(
	registries: Registries,
	kind: 'topics' | 'crises' | 'measures',
	id: string,
	lang: UiLanguage,
): string {
	return registries[kind].get(id)?.label[lang] ?? id;
}

/**
 * The Länder in the order readers look them up: by name, in the project's
 * collation (the register lists them by official key, Schleswig-Holstein first).
 */
export function laenderByName(registries: Pick<Registries, 'register'>): LandCode[] {
	const compare = compareText('de');
	return [...registries.register.laender.values()].sort((a, b) => compare(a.name, b.name)).map((land) => land.code);
}

/** Name of a Land: `Bayern`. */
export function landName(registries: Registries, code: LandCode): string {
	return registries.register.laender.get(code)?.name ?? code;
}
