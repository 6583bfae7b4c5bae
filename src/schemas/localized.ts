/**
 * Texts in both languages of the library, and the way schemas attach them to
 * their own issues. The schemas hold no wording of their own beyond these
 * refinement texts; `src/lib/validate/report/messages.ts` words every other
 * issue from its structure.
 */
import type { z } from 'zod';

/** A text in both languages of the library. */
export interface Localized {
	de: string;
	en: string;
}
export type MessageLanguage = keyof Localized;
/** The languages messages are written in; German is the default. */
export const MESSAGE_LANGUAGES: readonly MessageLanguage[] = ['de', 'en'];

/** Builds a localized message. */
export const say = (de: string, en: string): Localized => ({ de, en });

/**
 * Adds a custom issue with its text in both languages, for the rules schemas
 * check beyond single fields (dates a status needs, coherent periods, …).
 */
export function addIssue(ctx: z.RefinementCtx, path: PropertyKey[], message: Localized): void {
	ctx.addIssue({ code: 'custom', path, message: message.en, params: { message } });
}
