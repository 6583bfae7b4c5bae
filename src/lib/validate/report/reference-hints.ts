/**
 * What a reference expects, worded for each audience: on the command line
 * where to look the value up in the repository, in the web form the lists
 * the site shows. The reference check and the schema messages both read it.
 */
import { say, type Localized } from '../../../schemas/localized.ts';
import type { Audience } from './field-words.ts';

/** What a reference points at. */
export type ReferenceTarget = 'topic' | 'crisis' | 'measure' | 'organization' | 'addressee' | 'document' | 'position';

/** What each kind of reference expects, for messages on the command line: where to look the value up. */
const CLI_HINTS: Record<ReferenceTarget, Localized> = {
	topic: say(
		'eine Themen-Id aus `content/registry/topics.yaml` (oder dort ergänzen)',
		'a topic id from `content/registry/topics.yaml` (or add it there)',
	),
	crisis: say(
		'eine Krisen-Id aus `content/registry/crises.yaml` (oder dort ergänzen)',
		'a crisis id from `content/registry/crises.yaml` (or add it there)',
	),
	measure: say(
		'eine Maßnahmen-Id aus `content/registry/measures.yaml` (oder dort ergänzen)',
		'a measure id from `content/registry/measures.yaml` (or add it there)',
	),
	organization: say(
		'eine Organisations-Id aus `content/registry/organizations/`, `ags:` mit einem Schlüssel aus dem Gemeindeverzeichnis oder ein Länderkürzel',
		'an organization id from `content/registry/organizations/`, `ags:` with a key from the municipal register, or a Land code',
	),
	addressee: say(
		'`level:bund`, `level:land`, `level:kommune`, `level:eu` oder eine Organisation',
		'`level:bund`, `level:land`, `level:kommune`, `level:eu`, or an organization',
	),
	document: say(
		'die Id (der Dateiname) eines anderen Dokuments in `content/`',
		'the id (file name) of another document in `content/`',
	),
	position: say(
		'die Id (der Dateiname) eines anderen Positionspapiers in `content/positions/`',
		'the id (file name) of another position paper in `content/positions/`',
	),
};

/** What each kind of reference expects, for the web form: the lists people see on the site, not repository paths. */
const FORM_HINTS: Record<ReferenceTarget, Localized> = {
	topic: say('ein Thema aus dem Verzeichnis der Themen', 'a topic from the list of topics'),
	crisis: say('eine Krise aus dem Verzeichnis der Krisen', 'a crisis from the list of crises'),
	measure: say('eine Maßnahme aus dem Verzeichnis der Maßnahmen', 'a measure from the list of measures'),
	organization: say(
		'eine Organisation aus dem Verzeichnis der Organisationen (Namen eintippen und auswählen)',
		'an organization from the list of organizations (type its name and pick it)',
	),
	addressee: say(
		'eine Ebene (Bund, Länder, Kommunen, Europäische Union) oder eine Organisation aus dem Verzeichnis der Organisationen',
		'a level (federal, Länder, municipalities, European Union) or an organization from the list of organizations',
	),
	document: say('die Id eines Dokuments der Bibliothek', 'the id of a document of the library'),
	position: say('die Id eines Positionspapiers der Bibliothek', 'the id of a position paper of the library'),
};

/** What each kind of reference expects, for each audience: where to look it up, or the list the site shows. */
export const REFERENCE_HINTS: Record<Audience, Record<ReferenceTarget, Localized>> = {
	cli: CLI_HINTS,
	form: FORM_HINTS,
};
