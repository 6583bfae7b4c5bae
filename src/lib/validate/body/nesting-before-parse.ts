/**
 * How deep a body nests before it is parsed: quote and list markers at the
 * start of a line (`> > 1. - x`), and open brackets. The parser's time grows
 * faster than the size of such input (50,000 list markers on one line: 45 s)
 * and very deep brackets overflow its stack, so they are refused unparsed.
 */
export function nestingBeforeParse(text: string): { depth: number; line: number } {
	let deepest = { depth: 0, line: 1 };
	let brackets = 0;
	let line = 1;
	let lineStart = true;
	let markers = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\n') {
			// A blank line ends a paragraph, and with it any brackets left open in prose.
			if (lineStart && markers === 0) brackets = 0;
			line++;
			lineStart = true;
			markers = 0;
			continue;
		}
		if (lineStart) {
			if (c === ' ' || c === '\t') continue;
			let end = i;
			if (c === '>') end = i + 1;
			else if ((c === '-' || c === '*' || c === '+') && /[ \t]/.test(text[i + 1] ?? '')) end = i + 1;
			else if (c >= '0' && c <= '9') {
				let j = i;
				while (j < text.length && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
				if ((text[j] === '.' || text[j] === ')') && /[ \t]/.test(text[j + 1] ?? '')) end = j + 1;
			}
			if (end > i) {
				markers++;
				if (markers > deepest.depth) deepest = { depth: markers, line };
				i = end - 1;
				continue;
			}
			lineStart = false;
		}
		if (c === '(' || c === '[' || c === '{') {
			brackets++;
			if (brackets > deepest.depth) deepest = { depth: brackets, line };
		} else if ((c === ')' || c === ']' || c === '}') && brackets > 0) brackets--;
	}
	return deepest;
}
