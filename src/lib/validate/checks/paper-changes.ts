/**
 * What changed in a position paper between two readings, as far as a change
 * note must tell it: the text of its body and its demands (wording,
 * addressee, status). Co-signatures, dates and links to other documents are
 * not listed: they are recorded elsewhere or change without changing what
 * the paper says.
 */
import { say, type Localized } from '../report/messages.ts';

/** What of a paper one change note must cover. */
export interface PaperReading {
	/** The body as the renderer receives it. */
	body: string;
	/** The front matter, as read (a base version may no longer pass today's schema). */
	data: Record<string, unknown>;
}

/** How many changes a message lists before it says "and more". */
const LISTED = 3;

/** The body with runs of white space made one space: rewrapping lines changes no word a reader sees. */
const words = (body: string) => body.replace(/\s+/g, ' ').trim();

/** A demand's fields that a change note must cover, each as text (absent ones as ''). */
function demandsOf(data: Record<string, unknown>): { text: string; addressee: string; status: string }[] {
	const list = Array.isArray(data['demands']) ? (data['demands'] as unknown[]) : [];
	const field = (demand: unknown, key: string) => {
		const value = (demand as Record<string, unknown> | null)?.[key];
		return typeof value === 'string' ? value : '';
	};
	return list.map((d) => ({
		text: words(field(d, 'text')),
		addressee: field(d, 'addressee'),
		status: field(d, 'status'),
	}));
}

/**
 * The changes from `before` to `after` that need a change note, in reading
 * order, each in German and English (`Text`, `Forderung 2: Stand \`open\` →
 * \`met\``); empty when the paper says what it said.
 */
export function paperChanges(before: PaperReading, after: PaperReading): Localized[] {
	const out: Localized[] = [];
	if (words(before.body) !== words(after.body)) out.push(say('Text', 'text'));
	const old = demandsOf(before.data);
	const now = demandsOf(after.data);
	for (let i = 0; i < Math.max(old.length, now.length); i++) {
		const [was, is] = [old[i], now[i]];
		const n = i + 1;
		if (!was) out.push(say(`Forderung ${n} neu`, `demand ${n} added`));
		else if (!is) out.push(say(`Forderung ${n} entfällt`, `demand ${n} removed`));
		else {
			if (was.text !== is.text) out.push(say(`Forderung ${n}: Wortlaut`, `demand ${n}: wording`));
			if (was.addressee !== is.addressee)
				out.push(
					say(
						`Forderung ${n}: Adressat \`${was.addressee}\` → \`${is.addressee}\``,
						`demand ${n}: addressee \`${was.addressee}\` → \`${is.addressee}\``,
					),
				);
			if (was.status !== is.status)
				out.push(
					say(
						`Forderung ${n}: Stand \`${was.status}\` → \`${is.status}\``,
						`demand ${n}: status \`${was.status}\` → \`${is.status}\``,
					),
				);
		}
	}
	return out;
}

/** The changes as one list for a message: the first few, then how many more. */
export function listChanges(changes: readonly Localized[]): Localized {
	const shown = changes.slice(0, LISTED);
	const more = changes.length - shown.length;
	return say(
		shown.map((c) => c.de).join('; ') + (more > 0 ? `; ${more} weitere` : ''),
		shown.map((c) => c.en).join('; ') + (more > 0 ? `; ${more} more` : ''),
	);
}

/** Change notes as comparable keys: a note is new if the base has none with the same date, type and words. */
export function noteKeys(data: Record<string, unknown>): string[] {
	const list = Array.isArray(data['changes']) ? (data['changes'] as unknown[]) : [];
	return list.map((note) => {
		const n = (note ?? {}) as Record<string, unknown>;
		return JSON.stringify([n['date'], n['type'], typeof n['note'] === 'string' ? words(n['note']) : n['note']]);
	});
}
