/**
 * What a new document's front matter says about each field, in German. The
 * fields themselves, their order, whether they are optional and which values
 * they allow all come from the zod schemas; this table only adds the words a
 * contributor needs. A field without a hint, or a hint without a field, stops
 * the scaffolder (and its unit test), so the two cannot drift apart.
 */
import type { GuideInput } from '../../schemas/guide.ts';
import type { DocumentKind } from '../../schemas/kinds.ts';
import type { LessonInput } from '../../schemas/lesson.ts';
import type { PositionInput } from '../../schemas/position.ts';

/** What a new document starts from. */
export interface SkeletonContext {
	/** The title as the contributor typed it. */
	title: string;
	/** Today as `YYYY-MM-DD`. */
	today: string;
}

/** The German words for one field. */
export interface FieldHint {
	/** What to fill in, as one short German sentence. */
	readonly hint: string;
	/**
	 * Prefix of the interface strings in `src/i18n/de.json` that name the
	 * allowed values in German, e.g. `status` for `status.draft` → „Entwurf“.
	 */
	readonly labels?: string;
	/**
	 * A valid example: for a text field the value shown in a list's commented
	 * example, for a list of texts one entry, for a record an example key.
	 */
	readonly example?: string;
	/** The value a new document starts with instead of an empty `""`. */
	readonly start?: (context: SkeletonContext) => string;
	/** Hints for the fields of an object, of a list's entries or of a record's values. */
	readonly fields?: FieldHints;
}

/** Hints by field name. */
export type FieldHints = Readonly<Record<string, FieldHint>>;

/** One hint for every top-level field of a kind, checked by the type system. */
type HintsFor<Input> = { readonly [Key in keyof Required<Input>]: FieldHint };

const today = ({ today }: SkeletonContext) => today;

/** The fields every kind shares (`src/schemas/document.ts`). */
const documentHints = {
	title: { hint: 'Titel, wie er auf der Seite und in Listen erscheint.', start: ({ title }) => title },
	summary: { hint: 'Ein bis zwei Sätze für Listen, Suchergebnisse und die Seitenbeschreibung.' },
	published: { hint: 'Tag der Veröffentlichung in dieser Bibliothek.', start: today },
	topics: { hint: 'Themen: IDs aus content/registry/topics.yaml, mindestens eine.', example: 'digitalstrategie' },
	related: { hint: 'Verwandte Dokumente jeder Art: ihr Dateiname ohne Endung.', example: 'grundsteuerreform-umsetzung' },
	sources: {
		hint: 'Öffentliche Quellen für die Fakten im Text. Pflicht, wenn example: true.',
		fields: {
			title: { hint: 'Was die Quelle ist.', example: 'Statistisches Bundesamt, Gemeindeverzeichnis (GV-ISys)' },
			url: { hint: 'Wo man sie lesen kann.', example: 'https://www.destatis.de/' },
		},
	},
	lang: { hint: 'Sprache des Textes: de = Deutsch, en = Englisch.' },
	example: { hint: 'true nur für Beispiel- oder Demonstrationsinhalte: die Seite zeigt dann einen Hinweis, und sources ist Pflicht.' },
} satisfies FieldHints;

/** Hints of a position paper (`src/schemas/position.ts`). */
const positionHints: HintsFor<PositionInput> = {
	...documentHints,
	status: { hint: 'Stand des Papiers; ein neues beginnt als draft.', labels: 'status', start: () => 'draft' },
	dates: {
		hint: 'Daten des Ablaufs; welche nötig sind, hängt von status ab.',
		fields: {
			drafted: { hint: 'Beginn der Erarbeitung.', start: today },
			consultationStart: { hint: 'Erster Tag der Mitzeichnung (nötig bei status: consultation).' },
			consultationEnd: { hint: 'Letzter Tag für Mitzeichnungen und Anmerkungen (nötig mit consultationStart).' },
			adopted: { hint: 'Tag des Beschlusses (nötig bei adopted und superseded).' },
			withdrawn: { hint: 'Tag der Rücknahme (nötig bei withdrawn).' },
		},
	},
	lead: { hint: 'Federführende Organisation.' },
	adoptedBy: { hint: 'Gremium, das beschlossen hat, z. B. Präsidium (nötig bei adopted und superseded).' },
	withdrawalReason: { hint: 'Warum das Papier zurückgezogen wurde (nötig bei withdrawn).' },
	cosignatories: {
		hint: 'Mitzeichnende Organisationen, je mit Datum und, falls bekannt, Beschluss.',
		fields: {
			organization: { hint: 'Wer mitzeichnet.', example: 'ags:07312000' },
			date: { hint: 'Tag der Mitzeichnung.' },
			decision: {
				hint: 'Beschluss dahinter.',
				fields: {
					body: { hint: 'Beschließendes Gremium.', example: 'Stadtrat' },
					date: { hint: 'Tag des Beschlusses.' },
					reference: { hint: 'Aktenzeichen oder Drucksache.', example: '0123/2026' },
				},
			},
		},
	},
	addressees: { hint: 'An wen sich das Papier richtet, mindestens ein Eintrag.' },
	demands: {
		hint: 'Die Forderungen in der Reihenfolge des Papiers, je mit Stand.',
		fields: {
			text: { hint: 'Die Forderung in einem Satz.', example: 'Der Bund beteiligt sich dauerhaft an den Kosten.' },
			addressee: { hint: 'An wen sie sich richtet.', example: 'level:bund' },
			status: { hint: 'Was aus ihr wurde.', labels: 'demand' },
			since: { hint: 'Tag der letzten Änderung des Stands.' },
			note: { hint: 'Was geschah, z. B. das Gesetz, das sie erfüllt.', example: 'Noch keine Reaktion.' },
		},
	},
	supersedes: { hint: 'Dateiname (ohne Endung) des älteren Papiers, das dieses ersetzt.' },
};

/** Hints of a lesson learned (`src/schemas/lesson.ts`). */
const lessonHints: HintsFor<LessonInput> = {
	...documentHints,
	crisis: { hint: 'Die Krise: ID aus content/registry/crises.yaml.' },
	phase: { hint: 'Phase des Krisenmanagements, in die die Maßnahme fällt.', labels: 'phase' },
	period: {
		hint: 'Zeitraum der Maßnahme.',
		fields: {
			from: { hint: 'Erster Tag.' },
			until: { hint: 'Letzter Tag; weglassen, solange sie läuft.' },
		},
	},
	organization: { hint: 'Die Organisation, die berichtet.' },
	measure: { hint: 'Zugehörige Bundesmaßnahme: ID aus content/registry/measures.yaml.' },
	outcome: { hint: 'Wie es ausging. Auch ein Scheitern ist ein wertvoller Bericht.', labels: 'outcome' },
	transferability: {
		hint: 'Wie leicht andere es übernehmen können.',
		fields: {
			rating: { hint: 'Einschätzung.', labels: 'rating' },
			conditions: { hint: 'Voraussetzungen, z. B. Größe der Kommune oder IT; mindestens eine.' },
		},
	},
	contact: {
		hint: 'Funktionaler Kontakt: eine Stelle und ihr Funktionspostfach, keine Privatperson.',
		fields: {
			role: { hint: 'Stelle oder Amt, z. B. Referat Digitalisierung.' },
			email: { hint: 'Funktionspostfach, z. B. digital@stadt.example.' },
		},
	},
	reuse: {
		hint: 'Wer den Ansatz später übernommen hat.',
		fields: {
			organization: { hint: 'Wer ihn übernommen hat.', example: 'ags:06411000' },
			date: { hint: 'Seit wann.' },
			note: { hint: 'Was übernommen oder geändert wurde.', example: 'Übernahme mit eigener Redaktion.' },
		},
	},
};

/** The columns of the Länder matrix, shared by `baseline` and each Land. */
const matrixHints = {
	model: { hint: 'Modell oder Ansatz.', example: 'Flächenmodell' },
	law: { hint: 'Maßgebliches Gesetz.', example: 'Bayerisches Grundsteuergesetz (BayGrStG)' },
	authority: { hint: 'Zuständige Stelle.', example: 'Finanzamt' },
	deadline: { hint: 'Geltende Frist.' },
	note: { hint: 'Was man sonst wissen muss.', example: 'Nur Grundstücks- und Gebäudeflächen zählen.' },
} satisfies FieldHints;

/** Hints of an implementation guide (`src/schemas/guide.ts`). */
const guideHints: HintsFor<GuideInput> = {
	...documentHints,
	measure: { hint: 'Die Bundesmaßnahme: ID aus content/registry/measures.yaml.' },
	legalBasis: {
		hint: 'Rechtsgrundlagen mit Fundstelle, mindestens eine.',
		fields: {
			citation: { hint: 'Die Vorschrift, wie man sie zitiert, z. B. § 24 Abs. 4 SGB VIII.' },
			url: { hint: 'Der amtliche Text, z. B. auf gesetze-im-internet.de.' },
		},
	},
	responsible: {
		hint: 'Wer wofür zuständig ist, mindestens ein Eintrag.',
		fields: {
			body: { hint: 'Ebene oder Organisation.' },
			task: { hint: 'Wofür sie zuständig ist.' },
		},
	},
	deadlines: {
		hint: 'Fristen, die überall gelten.',
		fields: {
			date: { hint: 'Der Tag.' },
			description: { hint: 'Was bis dahin geschehen muss.', example: 'Erklärung zur Feststellung des Grundsteuerwerts abgeben.' },
		},
	},
	funding: {
		hint: 'Förderprogramme.',
		fields: {
			name: { hint: 'Name des Programms.', example: 'Kommunalrichtlinie' },
			description: { hint: 'Was es fördert und wer antragsberechtigt ist.', example: 'Zuschüsse des Bundes für Klimaschutz in Kommunen.' },
			url: { hint: 'Weitere Informationen.', example: 'https://www.klimaschutz.de/de/foerderung/foerderprogramme/kommunalrichtlinie' },
		},
	},
	baseline: { hint: 'Was bundesweit gilt, solange ein Land nichts anderes regelt.', fields: matrixHints },
	laender: {
		hint: 'Je Land nur, was von baseline abweicht; alles andere gilt wie dort.',
		example: 'BY',
		fields: {
			...matrixHints,
			url: { hint: 'Wo die Abweichung des Landes nachzulesen ist.', example: 'https://www.gesetze-bayern.de/Content/Document/BayGrStG' },
		},
	},
	reviewed: { hint: 'Tag, an dem der Leitfaden zuletzt mit der Rechtslage abgeglichen wurde.', start: today },
	reviewIntervalMonths: { hint: 'Monate bis zur nächsten Prüfung.' },
};

/** The hints of each kind. */
export const FIELD_HINTS: Readonly<Record<DocumentKind, FieldHints>> = {
	positions: positionHints,
	lessons: lessonHints,
	guides: guideHints,
};
