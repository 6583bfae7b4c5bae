/**
 * The benchmark's table: one row of medians per corpus size, with milliseconds
 * per document next to each duration so that linear scaling (a flat ms/doc)
 * is visible at a glance. It is a Markdown table, aligned for the terminal.
 */

/** The medians of one corpus size; `null` where a figure does not exist (yet). */
export interface TableRow {
	docs: number;
	pages: number | null;
	validateMs: number | null;
	validateRssBytes: number | null;
	buildMs: number | null;
	buildRssBytes: number | null;
	distBytes: number | null;
	documentPageBytes: number | null;
	searchIndexBytes: number | null;
	firstQueryBytes: number | null;
	/** Median milliseconds from typing a query to its first result, index warm, the typing pause left out (`first-query.ts`). */
	typedMs: number | null;
}

/** Shown for a figure that does not exist, such as the search index before there is search. */
export const NOT_AVAILABLE = 'n/a';

/** `1234567` → `1,234,567`. */
export function formatCount(value: number | null): string {
	return value === null ? NOT_AVAILABLE : Math.round(value).toLocaleString('en-US');
}

/** Bytes in binary units: `512 B`, `40.0 KB`, `1.5 MB`, `2.75 GB` (1 KB = 1024 B). */
export function formatBytes(value: number | null): string {
	if (value === null) return NOT_AVAILABLE;
	if (value < 1024) return `${value} B`;
	if (value < 1024 ** 2) return `${(value / 1024).toFixed(1)} KB`;
	if (value < 1024 ** 3) return `${(value / 1024 ** 2).toFixed(1)} MB`;
	return `${(value / 1024 ** 3).toFixed(2)} GB`;
}

/** A duration: `850 ms` below a second, else seconds with one decimal (`184.2 s`). */
export function formatDuration(ms: number | null): string {
	if (ms === null) return NOT_AVAILABLE;
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Milliseconds per document, with two decimals below 10. */
export function formatPerDoc(ms: number | null, docs: number): string {
	if (ms === null || docs === 0) return NOT_AVAILABLE;
	const per = ms / docs;
	return per < 10 ? per.toFixed(2) : per.toFixed(1);
}

/** A Markdown table with every column padded; numbers are right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
	const widths = headers.map((header, i) => Math.max(header.length, 3, ...rows.map((row) => row[i]?.length ?? 0)));
	const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padStart(widths[i]!)).join(' | ')} |`;
	const rule = `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`;
	return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** The column headers of the benchmark table. */
export const BENCH_HEADERS = [
	'docs',
	'pages',
	'validate',
	'ms/doc',
	'val. RSS',
	'build',
	'ms/doc',
	'build RSS',
	'dist',
	'doc page',
	'search index',
	'1st query',
	'typed→result',
] as const;

/** The benchmark table for one or more corpus sizes. */
export function benchTable(rows: readonly TableRow[]): string {
	return formatTable(
		BENCH_HEADERS,
		rows.map((row) => [
			formatCount(row.docs),
			formatCount(row.pages),
			formatDuration(row.validateMs),
			formatPerDoc(row.validateMs, row.docs),
			formatBytes(row.validateRssBytes),
			formatDuration(row.buildMs),
			formatPerDoc(row.buildMs, row.docs),
			formatBytes(row.buildRssBytes),
			formatBytes(row.distBytes),
			formatBytes(row.documentPageBytes),
			formatBytes(row.searchIndexBytes),
			formatBytes(row.firstQueryBytes),
			formatDuration(row.typedMs),
		]),
	);
}
