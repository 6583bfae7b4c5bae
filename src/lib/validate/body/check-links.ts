/**
 * The second half of a body's check, once every document is known: the links
 * a body holds must lead somewhere.
 */
import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Diagnostic } from '../report/diagnostics.ts';
import { say, type Localized } from '../report/messages.ts';
import { rule } from '../report/rules.ts';
import type { BodyContext, LinkReference } from './check-body.ts';
import { isOtherHost } from './check-tree.ts';
import { ATTACHMENT_EXTENSIONS, resolveDocumentFile } from './document-files.ts';

/**
 * Resolves the links `scanBody` found: internal paths must be pages of the
 * site (and their fragments ids on the page), relative links files of the
 * document, and fragments of the document itself ids in its body.
 */
export function checkLinks(
	links: readonly LinkReference[],
	ownIds: ReadonlySet<string>,
	context: BodyContext,
): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const { url, line, column, endLine, endColumn } of links) {
		const report = (message: Localized) =>
			out.push({
				file: context.file,
				line,
				column,
				...(endLine !== undefined && { endLine, endColumn }),
				...rule('link'),
				message,
			});
		if (isOtherHost(url) || /^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
		const [target = '', fragment] = url.split('#', 2) as [string, string | undefined];
		const path = target.split('?')[0]!;
		if (path === '') {
			if (fragment && !ownIds.has(decodeFragment(fragment))) {
				report(
					say(
						`Die Sprungmarke \`#${fragment}\` gibt es in diesem Dokument nicht; erwartet: die Id einer Überschrift wie \`#${[...ownIds][0] ?? 'abschnitt'}\``,
						`Unexpected fragment \`#${fragment}\`, expected the id of a heading of this document such as \`#${[...ownIds][0] ?? 'section'}\``,
					),
				);
			}
			continue;
		}
		if (path.startsWith('/')) {
			const page = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
			if (!context.pathExists(page) && !existsSync(join(context.root, 'public', normalize(page)))) {
				report(
					say(
						`Interner Link \`${url}\` führt ins Leere; erwartet: eine bestehende Seite dieser Website`,
						`Unexpected broken link \`${url}\`, expected an existing page of this site`,
					),
				);
				continue;
			}
			if (!fragment) continue;
			// Only a document's own headings are known before the build; other pages are linked as a whole.
			const ids = context.idsOf?.(page);
			if (!ids)
				report(
					say(
						`Sprungmarken sind nur in Links auf Dokumente möglich; \`#${fragment}\` entfernen und \`${page}\` verlinken`,
						`Unexpected fragment \`#${fragment}\` on a page that is not a document, expected a link to \`${page}\` alone`,
					),
				);
			else if (!ids.has(decodeFragment(fragment)))
				report(
					say(
						`Die Sprungmarke \`#${fragment}\` gibt es im Dokument \`${page}\` nicht`,
						`Unexpected fragment \`#${fragment}\`, expected the id of a heading of \`${page}\``,
					),
				);
			continue;
		}
		if (/\.mdx?$/i.test(path)) {
			report(
				say(
					`Relativer Link \`${url}\` auf eine Dokumentdatei; auf der Website führt er ins Leere. Erwartet: die Adresse der Seite, etwa \`/positionen/<id>/\``,
					`Unexpected relative link \`${url}\` to a document file, which is broken on the site, expected the page's address such as \`/positionen/<id>/\``,
				),
			);
			continue;
		}
		// The whole address: the build publishes the file only as it is written, without `?…`.
		const { problem } = resolveDocumentFile(target, context, ATTACHMENT_EXTENSIONS);
		if (problem) report(say(`Relativer Link \`${url}\`: ${problem.de}`, `Relative link \`${url}\`: ${problem.en}`));
		else if (fragment)
			report(
				say(
					`Relativer Link \`${url}\` mit Sprungmarke; erwartet: die Datei ohne \`#…\``,
					`Unexpected fragment in relative link \`${url}\`, expected the file alone`,
				),
			);
	}
	return out;
}

const decodeFragment = (fragment: string) => {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
};
