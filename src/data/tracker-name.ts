/** The name of a demand tracker page's addressee, as headings, titles and the index show it. */
import type { LandCode } from '../schemas/primitives.ts';
import type { TrackerGroup } from '../lib/library/demand-tracker.ts';
import type { PageContext } from './context.ts';

/** `Bund`, `Europäische Union`, `Die Länder gemeinsam`, `Bayern`, `Kommunen`, or the organization's name. */
export function trackerGroupName(ctx: PageContext, group: Pick<TrackerGroup, 'kind' | 'ref'>): string {
	switch (group.kind) {
		case 'bund':
			return ctx.tr('level.bund');
		case 'eu':
			return ctx.tr('level.eu');
		case 'kommunen':
			return ctx.tr('level.kommune');
		case 'laender':
			return ctx.tr('tracker.laender');
		case 'land':
			return ctx.land(group.ref as LandCode);
		case 'organization':
			return ctx.organization(group.ref!).name;
	}
}
