/**
 * The texts of a position paper's versions for the history page's form that
 * compares any two of them: written at build time as one JSON file per paper
 * (`versionsHref`), fetched by the page's script only when a reader uses the
 * form, and diffed there with the same `paperDiff` the static diff pages use.
 * It holds exactly the versions that have text: a redacted version (whose
 * text the per-build history never keeps) and a deletion are not in it.
 */
import type { DocumentHistory, DocumentVersion, PaperText } from './document-history.ts';

/** Fewest versions with text for which the form is offered: with two, the one static diff already shows everything. */
export const COMPARE_MIN_VERSIONS = 3;

/** One version in the file. */
export interface VersionText extends PaperText {
	/** The short commit, the version's name in diff addresses and in the form. */
	short: string;
	/** The day of the version, `YYYY-MM-DD`. */
	date: string;
}

/** The file: a paper's versions with text, oldest first. */
export interface VersionTexts {
	versions: VersionText[];
}

/** The versions the form offers, oldest first: those with text (not redacted, not deleted). */
export function comparableVersions(history: DocumentHistory | undefined): DocumentVersion[] {
	return (history?.versions ?? []).filter((v) => v.text && !v.redacted).reverse();
}

/** Whether a paper's history page offers the form (and a versions file is built for it). */
export function offersComparison(history: DocumentHistory | undefined): boolean {
	return comparableVersions(history).length >= COMPARE_MIN_VERSIONS;
}

/** The content of a paper's versions file. */
export function versionTexts(history: DocumentHistory | undefined): VersionTexts {
	return {
		versions: comparableVersions(history).map((v) => ({
			short: v.short,
			date: v.date,
			body: v.text!.body,
			demands: v.text!.demands.map((d) => ({ text: d.text, status: d.status })),
		})),
	};
}
