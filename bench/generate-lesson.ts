/**
 * Front matter of a synthetic lesson learned: a crisis from the registry, a
 * period inside it, the reporting Gemeinde or Kreis, outcome, conditions for
 * reuse, a functional mailbox, and an adoption ledger.
 */
import { OUTCOMES, PHASES, TRANSFERABILITY } from '../src/schemas/lesson.ts';
import { toIso } from './dates.ts';
import { organization, sharedFields, type GenerateContext, type PlannedDocument } from './document-fields.ts';
import { action, sentence, slugify } from './german-text.ts';
import { CONTACT_ROLES } from './vocabulary.ts';

/** A mailbox domain from an organization's name: `Kiel, Landeshauptstadt` → `kiel-landeshauptstadt.example`. */
function mailDomain(name: string): string {
	return `${slugify(name).slice(0, 40).replace(/-+$/, '') || 'kommune'}.example`;
}

/** The front matter of one lesson. */
export function lessonFrontMatter(ctx: GenerateContext, plan: PlannedDocument) {
	const { rng, pools, today } = ctx;
	const crisis = rng.pick(pools.crises);
	const lastFrom = Math.min(crisis.end ?? today, today);
	const from = rng.int(crisis.start, Math.max(crisis.start, lastFrom));
	const until = from + rng.int(7, 720);
	const published = Math.min(today, from + rng.int(30, 900));
	const reporter = organization(ctx, { gemeinde: 5, kreis: 3.5, association: 1, land: 0.5 });
	const [role, mailbox] = rng.pick(CONTACT_ROLES);
	const reuse = Array.from({ length: rng.chance(0.55) ? 0 : rng.int(1, 4) }, () => ({
		organization: organization(ctx, { gemeinde: 3, kreis: 2 }, [reporter]),
		date: toIso(rng.int(from, today)),
		note: sentence(rng),
	}));
	return {
		...sharedFields(ctx, plan, published),
		crisis: crisis.id,
		phase: rng.pick(PHASES),
		period: { from: toIso(from), ...(until <= today && rng.chance(0.8) ? { until: toIso(until) } : {}) },
		organization: reporter,
		...(rng.chance(0.3) ? { measure: rng.pick(pools.measures).id } : {}),
		outcome: rng.weighted({ [OUTCOMES[0]]: 5, [OUTCOMES[1]]: 3.5, [OUTCOMES[2]]: 1.5 }),
		transferability: {
			rating: rng.pick(TRANSFERABILITY),
			conditions: Array.from({ length: rng.int(1, 3) }, () => action(rng)),
		},
		contact: { role, email: `${mailbox}@${mailDomain(pools.nameOf(reporter))}` },
		reuse,
	};
}
