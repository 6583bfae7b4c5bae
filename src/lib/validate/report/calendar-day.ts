/**
 * Why a date in the right format is still no date: „Den 30. Februar 2027
 * gibt es nicht“. The schema only says "not a date"; a contributor who wrote
 * `JJJJ-MM-TT` correctly needs to hear which day does not exist.
 */
import { say, type Localized } from '../../../schemas/localized.ts';

const MONTHS: Localized[] = [
	say('Januar', 'January'),
	say('Februar', 'February'),
	say('März', 'March'),
	say('April', 'April'),
	say('Mai', 'May'),
	say('Juni', 'June'),
	say('Juli', 'July'),
	say('August', 'August'),
	say('September', 'September'),
	say('Oktober', 'October'),
	say('November', 'November'),
	say('Dezember', 'December'),
];

/** Days of a month in the Gregorian calendar, for every year from 0000 on (JavaScript dates move 0000–0099 to 1900–1999). */
function daysIn(year: number, month: number): number {
	if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return leap ? 29 : 28;
}

/**
 * Why a text in the form `JJJJ-MM-TT` is no day of the calendar: „Den 30.
 * Februar 2027 gibt es nicht“; `undefined` if it is one, or not in that form.
 */
export function impossibleDay(input: unknown): Localized | undefined {
	const match = typeof input === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(input) : null;
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12) return say(`Einen Monat ${month} gibt es nicht`, `There is no month ${month}`);
	const days = daysIn(year, month);
	if (day >= 1 && day <= days) return undefined;
	const name = MONTHS[month - 1]!;
	return say(`Den ${day}. ${name.de} ${match[1]} gibt es nicht`, `There is no ${day} ${name.en} ${match[1]}`);
}
