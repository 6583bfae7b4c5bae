/**
 * Whether a text is well-formed XML, read by sax in strict mode: the check a
 * feed reader makes before it reads anything (fast-xml-parser, which the
 * tests read entries with, no longer validates).
 */
import sax from 'sax';

/** `true`, or the parser's first error message. */
export function wellFormed(xml: string): true | string {
	const parser = sax.parser(true);
	let error: string | undefined;
	parser.onerror = (e) => {
		error ??= e.message.split('\n')[0];
		throw e;
	};
	try {
		parser.write(xml).close();
	} catch {
		// error holds the message
	}
	return error ?? true;
}
