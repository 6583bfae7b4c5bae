/** The interface languages. German is the default and lives at `/`; English at `/en/`. */
export const UI_LANGUAGES = ['de', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
