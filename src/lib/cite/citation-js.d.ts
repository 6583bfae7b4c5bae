/**
 * The part of citation-js this project calls: the output formatters its
 * plugins register (`plugin-csl`: `bibliography`, `data`; `plugin-bibtex`:
 * `bibtex`; `plugin-ris`: `ris`). The packages ship no types.
 */
declare module '@citation-js/core' {
	export const plugins: {
		output: {
			format(name: string, data: readonly object[], options?: Record<string, unknown>): string;
		};
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
