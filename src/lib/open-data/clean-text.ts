/**
 * Text for files that other programs parse — feeds, calendars, the open-data
 * catalogue: XML 1.0 allows no control characters but tab, line feed and
 * carriage return, no lone surrogates and not U+FFFE/U+FFFF, and a feed
 * reader refuses the whole file for one of them. Validation does not forbid
 * them in titles (a pasted title can carry a stray U+0008); the writers
 * drop them here, so that any title yields a valid file.
 */

/* eslint-disable no-control-regex -- these are the characters it removes */
const NOT_IN_XML =
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

/** `text` without the characters XML 1.0 does not allow. */
export function cleanText(text: string): string {
	return text.replace(NOT_IN_XML, '');
}

/** Whether `text` has a character XML 1.0 does not allow. */
export function hasCharacterOutsideXml(text: string): boolean {
	NOT_IN_XML.lastIndex = 0;
	const found = NOT_IN_XML.test(text);
	NOT_IN_XML.lastIndex = 0;
	return found;
}
