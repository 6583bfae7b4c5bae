/**
 * Names of registry entries in the reader's language, looked up in one place.
 */
import type { UiLanguage } from '../../i18n/languages.ts';
import type { LandCode } from '../../schemas/primitives.ts';
import type { Registries } from '../registries/load-registries.ts';

/** Label of a topic, crisis or measure; falls back to the id. */
export function registryLabel(
	registries: Registries,
	kind: 'topics' | 'crises' | 'measures',
	id: string,
	lang: UiLanguage,
): string {
	return registries[kind].get(id)?.label[lang] ?? id;
}

/** Name of a Land: `Bayern`. */
export function landName(registries: Registries, code: LandCode): string {
	return registries.register.laender.get(code)?.name ?? code;
}
