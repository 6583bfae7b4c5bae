/**
 * Checks who signed a paper: each co-signatory once, and never the lead body,
 * which stands behind the paper as `lead` already. A co-signatory counted
 * twice would inflate the counts readers see ("N Kommunen in M Ländern").
 */
import type { Diagnostic } from '../report/diagnostics.ts';
import { rule } from '../report/rules.ts';
import { say } from '../report/messages.ts';
import type { ParsedDocument } from '../read/read-document.ts';

/** Checks the co-signatories of every position paper in `documents`. */
export function checkCosignatories(documents: readonly ParsedDocument[]): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const doc of documents) {
		if (doc.kind !== 'positions') continue;
		const lead = doc.data.lead;
		const cosignatories = Array.isArray(doc.data.cosignatories)
			? (doc.data.cosignatories as { organization?: unknown }[])
			: [];
		const first = new Map<string, number>();
		cosignatories.forEach((entry, i) => {
			const ref = entry.organization;
			if (typeof ref !== 'string') return;
			const place = { file: doc.file, ...doc.locate(['cosignatories', i, 'organization']) };
			if (ref === lead) {
				out.push({
					...place,
					...rule('lead-cosignatory'),
					message: say(
						`Die federführende Stelle \`${ref}\` steht unter ihren eigenen Mitzeichnern; erwartet: nur andere Organisationen – den Eintrag \`cosignatories[${i}]\` entfernen, die Federführung steht in \`lead\``,
						`Unexpected lead body \`${ref}\` among its own co-signatories, expected only other organizations – remove \`cosignatories[${i}]\`; the lead body is named in \`lead\``,
					),
				});
			}
			const earlier = first.get(ref);
			if (earlier !== undefined) {
				out.push({
					...place,
					...rule('duplicate-cosignatory'),
					message: say(
						`\`${ref}\` zeichnet doppelt mit (schon in \`cosignatories[${earlier}]\`); erwartet: jede Organisation einmal – einen der Einträge entfernen`,
						`Unexpected co-signatory \`${ref}\` twice (already in \`cosignatories[${earlier}]\`), expected each organization once – remove one of the entries`,
					),
				});
			} else first.set(ref, i);
		});
	}
	return out;
}
