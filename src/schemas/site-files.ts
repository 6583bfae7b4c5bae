/**
 * Files of the operator that the site publishes (logo, sign-language video,
 * its captions). They live in one folder of the repository,
 * `content/site/`, directly, with a plain lower-case name: a path that
 * could lead out of the repository, into another folder or through a link
 * cannot be written. Their content is checked when the site is built and by
 * `npm run validate` (`src/lib/operator/site-files.ts`).
 */
import { z } from 'zod';
import { addIssue, say } from './localized.ts';

/** The folder of the operator's files, relative to the repository root. */
export const SITE_FILES_DIRECTORY = 'content/site';

const SITE_FILE_PATTERN = /^content\/site\/[a-z0-9][a-z0-9-]*\.[a-z0-9]+$/;

/** A file in `content/site/` with one of `extensions` (lower case, with dot). Example: `content/site/logo.svg`. */
export function siteFile(extensions: readonly string[]) {
	const list = extensions.map((e) => `\`${e}\``).join(', ');
	return z.string().superRefine((path, ctx) => {
		if (!SITE_FILE_PATTERN.test(path)) {
			addIssue(
				ctx,
				[],
				say(
					`Unerwarteter Dateipfad \`${path}\`; erwartet: eine Datei direkt in \`${SITE_FILES_DIRECTORY}/\` mit einem Namen aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. \`${SITE_FILES_DIRECTORY}/logo${extensions[0]}\` – die Datei dorthin legen und den Pfad so angeben`,
					`Unexpected file path \`${path}\`, expected a file directly in \`${SITE_FILES_DIRECTORY}/\` named with lower-case letters, digits and hyphens, e.g. \`${SITE_FILES_DIRECTORY}/logo${extensions[0]}\` – put the file there and give its path so`,
				),
			);
			return;
		}
		const extension = path.slice(path.lastIndexOf('.'));
		if (!extensions.includes(extension))
			addIssue(
				ctx,
				[],
				say(
					`Unerwartete Dateiart \`${extension}\` von \`${path}\`; erwartet: ${list}`,
					`Unexpected file type \`${extension}\` of \`${path}\`, expected one of ${list}`,
				),
			);
	});
}
