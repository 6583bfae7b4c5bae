/**
 * The legal forms an operator can have, and what each one must state in the
 * Impressum (§ 5 Abs. 1 DDG): a registered body its register court and
 * number (Nr. 4), a public body the authority that supervises it (Nr. 3).
 * The labels shown on the page live in `src/i18n/*` as `legalForm.<id>`.
 */

/** What a legal form requires beyond name, address, contact and representative. */
export interface LegalForm {
	/** The register the body is entered in, if any: its court and number are then required. */
	register?: 'Vereinsregister' | 'Handelsregister';
	/** Whether the body is public: its supervisory authority is then required. */
	publicBody: boolean;
}

export const LEGAL_FORMS = {
	/** Eingetragener Verein (e.V.), the usual form of a municipal association under private law. */
	ev: { register: 'Vereinsregister', publicBody: false },
	/** Gesellschaft mit beschränkter Haftung, e.g. a municipal IT service provider. */
	gmbh: { register: 'Handelsregister', publicBody: false },
	/** Gemeinnützige GmbH. */
	ggmbh: { register: 'Handelsregister', publicBody: false },
	/** Körperschaft des öffentlichen Rechts, e.g. a Gemeinde, a Kreis or a Zweckverband. */
	koerperschaft: { publicBody: true },
	/** Anstalt des öffentlichen Rechts, e.g. a kommunales Rechenzentrum. */
	anstalt: { publicBody: true },
	/** Behörde, e.g. a ministry or a Landesamt. */
	behoerde: { publicBody: true },
} as const satisfies Record<string, LegalForm>;

/** The id of a legal form, as `operator.legalForm` names it. */
export type LegalFormId = keyof typeof LEGAL_FORMS;

/** Every legal form id, in the order of the table. */
export const LEGAL_FORM_IDS = Object.keys(LEGAL_FORMS) as [LegalFormId, ...LegalFormId[]];
