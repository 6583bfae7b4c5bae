/**
 * The "Mitzeichnen" form without the page: its fields, derived from the
 * co-signature schema plus the one thing the file name carries (the body that
 * signs), and the check of what was entered — the schema, the signatory
 * against the registries, and `checkCosignature` against the paper — in the
 * words the CLI uses for the same problems, worded for the form. Pure: the
 * page script (`src/scripts/cosign.ts`) and the unit tests both call it.
 */
import { z } from 'zod';
import {
	cosignatureSchema,
	cosignaturePath,
	type Cosignature,
	type CosignatureInput,
} from '../../schemas/cosignature.ts';
import { field } from '../../schemas/field-meta.ts';
import { say } from '../../schemas/localized.ts';
import { organizationRef } from '../../schemas/primitives.ts';
import { collectValues } from '../contribute/collect-values.ts';
import { formFields, type FormField } from '../contribute/form-model.ts';
import { checkFormSignatory, type ReferenceData, type ReferenceProblem } from '../contribute/reference-data.ts';
import { describeIssue, formatPath } from '../validate/report/messages.ts';
import { checkCosignature, type PaperFacts } from './check-cosignature.ts';

/**
 * The body that signs. Not a field of the file — the file is named after it
 * (`ags-08421000.yaml`) — but entered like one, so that the form asks for it
 * with the same control and words as any other organization.
 */
export const signatoryFormSchema = z.strictObject({
	/** The body's reference: `ags:08421000`, `BY`, `staedtetag`. */
	signatory: field(organizationRef, {
		label: say('Mitzeichnende Stelle', 'Signing body'),
		hint: 'Die Kommune, der Kreis, das Land oder der Verband, der mitzeichnet.',
	}),
});

/** The fields of the form, in order: the body, then the file's fields (without the maintainers' `verified`). */
export const cosignFormFields = (): FormField[] => [
	...formFields(signatoryFormSchema),
	...formFields(cosignatureSchema, ['verified']),
];

/** The outcome of a check: the problems, or the file's data and where it goes. */
export type CosignFormResult =
	{ ok: false; problems: ReferenceProblem[] } | { ok: true; signatory: string; data: CosignatureInput; path: string };

/**
 * Checks the form's `entries` (`FormData` as pairs) for `paper` on `today`
 * (`YYYY-MM-DD`, in UTC as the pipeline counts it): every problem in one round, each named
 * once, at the field it belongs to.
 */
export function checkCosignForm(
	entries: readonly [string, string][],
	paper: PaperFacts,
	refs: ReferenceData,
	today: string,
): CosignFormResult {
	const fields = cosignFormFields();
	const values = collectValues(fields, entries);
	const { signatory: rawSignatory, ...entered } = values;
	// The decision and the contact are required groups: left empty, each of their fields is named as missing
	// ("Fehlendes Feld „Gremium“"), not the group as "eine Gruppe von Feldern".
	const data: Record<string, unknown> = {
		...entered,
		decision: entered.decision ?? {},
		contact: entered.contact ?? {},
	};
	const problems: ReferenceProblem[] = [];
	const who = signatoryFormSchema.safeParse({ signatory: rawSignatory }, { reportInput: true });
	const what = cosignatureSchema.safeParse(data, { reportInput: true });
	const schemaProblems = (result: typeof who | typeof what, schema: z.ZodType): ReferenceProblem[] =>
		result.success
			? []
			: result.error.issues.map((issue) => ({
					path: issue.path as (string | number)[],
					message: describeIssue(issue, { audience: 'form', schema }),
				}));
	const signatory = who.success ? who.data.signatory : undefined;
	// In the order of the form: the body first, then the file's fields.
	problems.push(...schemaProblems(who, signatoryFormSchema));
	if (signatory) problems.push(...checkFormSignatory(signatory, refs));
	problems.push(...schemaProblems(what, cosignatureSchema));
	const named = new Set(problems.map((p) => formatPath(p.path)));
	// Also while the schema refuses something, so that one round shows every problem: the check reads only dates that are strings.
	const unchecked = data as Pick<Cosignature, 'date' | 'decision'>;
	for (const problem of checkCosignature(signatory ?? '', paper.id, unchecked, paper, today)) {
		// The lead's own signature, or a second one, is a matter of the body chosen: say it there.
		const path = problem.path.length === 0 ? ['signatory'] : problem.path;
		// A date the schema refused already is named once, by the schema.
		if (!named.has(formatPath(path))) problems.push({ path, message: problem.message });
	}
	if (problems.length > 0 || !signatory || !what.success) return { ok: false, problems };
	return { ok: true, signatory, data: data as CosignatureInput, path: cosignaturePath(paper.id, signatory) };
}
