/**
 * Checks the history of each demand of a paper: its steps follow each other
 * in time, and the last one is the demand's current `status` and `since`,
 * so that the timeline on the paper and the tracker's "open since" tell the
 * same story as the status beside them. (A step after today is `future-date`,
 * checked with the other dates in `lifecycle-dates.ts`.)
 */
import type { Position } from '../../../schemas/position.ts';
import type { Diagnostic } from '../report/diagnostics.ts';
import { rule } from '../report/rules.ts';
import { say } from '../report/messages.ts';
import type { ParsedDocument } from '../read/read-document.ts';

type Demand = Position['demands'][number];

/** Checks the demand histories of every position paper in `documents`. */
export function checkDemandHistory(documents: readonly ParsedDocument[]): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const doc of documents) {
		if (doc.kind !== 'positions') continue;
		(doc.data.demands as Demand[]).forEach((demand, i) => {
			const steps = demand.history ?? [];
			const at = (path: (string | number)[]) => ({ file: doc.file, ...doc.locate(['demands', i, ...path]) });
			for (let j = 1; j < steps.length; j++) {
				const [before, step] = [steps[j - 1]!, steps[j]!];
				if (step.since >= before.since) continue;
				out.push({
					...at(['history', j, 'since']),
					...rule('demand-history'),
					message: say(
						`\`demands[${i}].history[${j}].since\` ${step.since} liegt vor dem vorigen Schritt (${before.since}); erwartet: die Schritte des Verlaufs, ältester zuerst – die Einträge nach ihrem Datum ordnen`,
						`Unexpected \`demands[${i}].history[${j}].since\` ${step.since} before the previous step (${before.since}), expected the steps of the history oldest first – order the entries by their date`,
					),
				});
			}
			const last = steps.at(-1);
			if (!last || (last.status === demand.status && last.since === demand.since)) return;
			const j = steps.length - 1;
			out.push({
				...at(['history', j]),
				...rule('demand-history'),
				message: say(
					`Der letzte Schritt \`demands[${i}].history[${j}]\` (\`${last.status}\` seit ${last.since}) widerspricht dem Stand der Forderung (\`${demand.status}\` seit ${demand.since}); erwartet: der letzte Schritt gleicht \`status\` und \`since\` – einen Schritt \`{ status: ${demand.status}, since: ${demand.since} }\` anfügen oder \`status\` und \`since\` nachtragen`,
					`Unexpected last step \`demands[${i}].history[${j}]\` (\`${last.status}\` since ${last.since}) that disagrees with the demand's status (\`${demand.status}\` since ${demand.since}), expected the last step to equal \`status\` and \`since\` – append a step \`{ status: ${demand.status}, since: ${demand.since} }\` or update \`status\` and \`since\``,
				),
			});
		});
	}
	return out;
}
