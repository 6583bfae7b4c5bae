/**
 * The names a co-signature file may have, and what to say of one that has
 * another: the extension to use, the lower-case name to rename to, the forms
 * a signatory's name takes (`signatoryOfFileName`).
 */
import { extname } from 'node:path';
import { COSIGNATURE_EXTENSION, signatoryOfFileName } from '../../schemas/cosignature.ts';
import type { Diagnostic } from '../validate/report/diagnostics.ts';
import { say, type Localized } from '../validate/report/messages.ts';
import { rule } from '../validate/report/rules.ts';

/** The forms a file name may take, for messages. */
export const NAME_FORMS = say(
	'`ags-05911000.yaml` (Gemeinde, 8 Ziffern), `ags-09162.yaml` (Kreis, 5 Ziffern), `land-by.yaml` (ein Land) oder `<registry-id>.yaml` (`staedtetag.yaml`), alles kleingeschrieben',
	'`ags-05911000.yaml` (a Gemeinde, 8 digits), `ags-09162.yaml` (a Kreis, 5 digits), `land-by.yaml` (a Land) or `<registry-id>.yaml` (`staedtetag.yaml`), all in lower case',
);

/** A problem of rule `cosignature-file` with a file as a whole. */
export const problem = (file: string, message: Localized): Diagnostic => ({
	file,
	line: 1,
	column: 1,
	...rule('cosignature-file'),
	message,
});

/** The message for a file in a paper's folder whose name is not a co-signature's, or `undefined` for a good name. */
export function nameProblem(file: string, name: string): Diagnostic | undefined {
	const extension = extname(name);
	const base = name.slice(0, name.length - extension.length);
	const fixed = `${base.toLowerCase()}${COSIGNATURE_EXTENSION}`;
	const fixable = signatoryOfFileName(base.toLowerCase()) !== undefined;
	if (extension !== COSIGNATURE_EXTENSION && ['.yaml', '.yml'].includes(extension.toLowerCase()))
		return problem(
			file,
			fixable
				? say(
						`Unerwartete Dateiendung \`${extension}\`, erwartet: \`${COSIGNATURE_EXTENSION}\` in Kleinbuchstaben – sonst wird die Mitzeichnung nicht gezählt. Datei in \`${fixed}\` umbenennen`,
						`Unexpected file extension \`${extension}\`, expected \`${COSIGNATURE_EXTENSION}\` in lower case – otherwise the co-signature is not counted; rename the file to \`${fixed}\``,
					)
				: say(
						`Unerwartete Dateiendung \`${extension}\` und unerwarteter Name \`${base}\`; erwartet: ${NAME_FORMS.de}`,
						`Unexpected file extension \`${extension}\` and name \`${base}\`, expected ${NAME_FORMS.en}`,
					),
		);
	if (extension !== COSIGNATURE_EXTENSION) return undefined;
	if (signatoryOfFileName(base) !== undefined) return undefined;
	return problem(
		file,
		fixable
			? say(
					`Unerwarteter Dateiname \`${name}\` mit Großbuchstaben, erwartet: ${NAME_FORMS.de} – Datei in \`${fixed}\` umbenennen`,
					`Unexpected file name \`${name}\` with upper-case letters, expected ${NAME_FORMS.en} – rename the file to \`${fixed}\``,
				)
			: say(
					`Unerwarteter Dateiname \`${name}\`; erwartet: der Mitzeichner als ${NAME_FORMS.de}`,
					`Unexpected file name \`${name}\`, expected the signatory as ${NAME_FORMS.en}`,
				),
	);
}
