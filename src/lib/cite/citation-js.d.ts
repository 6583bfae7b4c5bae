/**
 * The part of citation-js this project calls: the output formatters its
 * plugins register (`plugin-csl`: `bibliography`, `data`; `plugin-bibtex`:
 * `bibtex`; `plugin-ris`: `ris`). The packages ship no types.
 */
declare module '@citation-js/core' {
	/** Reads any input citation-js knows (CSL-JSON, BibTeX, RIS …) into CSL-JSON items: `new Cite(text).data`. */
	export class Cite {
		constructor(input: unknown);
		data: Record<string, unknown>[];
	}
	export const plugins: {
		output: {
			format(name: string, data: readonly object[], options?: Record<string, unknown>): string;
		};
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
