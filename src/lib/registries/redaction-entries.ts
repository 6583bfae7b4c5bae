/**
 * Checks the redactions registry beyond its schema: every file it names is a
 * document file under `content/`, and no commit is listed twice. A wrong path
 * would leave the version it meant on the site, in silence.
 */
import type { Redaction } from '../../schemas/redaction.ts';
import type { Diagnostic, Locate } from '../validate/report/diagnostics.ts';
import { say } from '../validate/report/messages.ts';
import { rule } from '../validate/report/rules.ts';

const DOCUMENT_FILE = /^content\/(?:positions|lessons|guides)\/[^/].*\.mdx?$/;

/** One located diagnostic per file that is no document path and per commit listed again. */
export function checkRedactions(entries: readonly Redaction[], file: string, locate: Locate): Diagnostic[] {
	const out: Diagnostic[] = [];
	const seen = new Map<string, number>();
	/** The commits seen, by their first 7 characters (every entry has at least 7), so that 10,000 entries stay quick. */
	const byPrefix = new Map<string, string[]>();
	entries.forEach((entry, i) => {
		const key = entry.commit.slice(0, 7);
		const earlier = byPrefix.get(key)?.find((c) => c.startsWith(entry.commit) || entry.commit.startsWith(c));
		if (earlier !== undefined) {
			out.push({
				file,
				...locate([i, 'commit']),
				...rule('redaction'),
				message: say(
					`Der Commit \`${entry.commit}\` steht schon in Zeile ${seen.get(earlier)}; jeden Commit einmal eintragen, mit allen betroffenen Dateien unter \`files\``,
					`Unexpected commit \`${entry.commit}\` again (first in line ${seen.get(earlier)}), expected each commit once – list all its files under \`files\``,
				),
			});
		} else {
			seen.set(entry.commit, locate([i, 'commit']).line);
			byPrefix.set(key, [...(byPrefix.get(key) ?? []), entry.commit]);
		}
		(entry.files ?? []).forEach((path, j) => {
			// Matched as written against git's paths: `./`, `//` or `..` would name the file yet match no version.
			if (DOCUMENT_FILE.test(path) && !path.split('/').some((part) => part === '' || part === '.' || part === '..'))
				return;
			out.push({
				file,
				...locate([i, 'files', j]),
				...rule('redaction'),
				message: say(
					`Die Datei \`${path}\` ist kein Dokument; erwartet: ein Pfad ab der Wurzel der Bibliothek wie \`content/positions/papier.md\``,
					`Unexpected file \`${path}\`, expected the path of a document from the library's root, e.g. \`content/positions/paper.md\``,
				),
			});
		});
	});
	return out;
}
