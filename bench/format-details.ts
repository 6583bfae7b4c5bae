/**
 * The lines under the table: per corpus size, where the build spent its time,
 * the largest pages and the slowest to render — where to look first when a
 * figure grows faster than the corpus.
 */
import { formatBytes, formatCount, formatDuration } from './format-table.ts';
import type { SizeResult } from './run-bench.ts';

/** Details of the first run of one size. */
export function formatDetails(size: SizeResult): string {
	const run = size.runs[0];
	if (!run) return '';
	const { output, log } = run;
	const { commit, changes } = size.project;
	const code = commit
		? `commit ${commit.slice(0, 7)}${changes?.length ? ` + ${changes.length} uncommitted change(s)` : ''}`
		: 'not a git checkout';
	const lines = [
		`${formatCount(size.docs)} docs (${size.corpus.counts.positions} papers, ${size.corpus.counts.lessons} lessons, ${size.corpus.counts.guides} guides, ${formatCount(size.corpus.words)} words), ${code}:`,
	];
	const { history } = size;
	lines.push(
		`  history: ${history.commits} commits, ${formatCount(history.versions)} versions of ${formatCount(history.files)} files (committed in ${formatDuration(history.commitMs)}); git log ${formatDuration(history.logMs)}, the ${formatCount(history.paperVersions)} versions of the papers (${formatBytes(history.paperBytes)}) ${formatDuration(history.blobsMs)}`,
	);
	lines.push(`  largest pages: ${output.largestPages.map((f) => `/${f.path} ${formatBytes(f.bytes)}`).join(', ')}`);
	if (output.largestDocumentPage)
		lines.push(
			`  largest document page: /${output.largestDocumentPage.path} ${formatBytes(output.largestDocumentPage.bytes)}`,
		);
	const phases = [
		log.validationMs !== null ? `validation ${formatDuration(log.validationMs)}` : '',
		log.contentSyncMs !== null ? `loading content ${formatDuration(log.contentSyncMs)}` : '',
		log.pagesMs !== null ? `generating pages ${formatDuration(log.pagesMs)}` : '',
		log.searchIndex
			? `search index ${formatDuration(log.searchIndex.ms)} (preparing pages ${formatDuration(log.searchIndex.prepareMs)}, Pagefind ${formatDuration(log.searchIndex.pagefindMs)})`
			: '',
	].filter(Boolean);
	if (phases.length > 0) lines.push(`  build phases: ${phases.join(', ')}`);
	if (log.slowestPages.length > 0)
		lines.push(`  slowest to render: ${log.slowestPages.map((p) => `${p.path} ${formatDuration(p.ms)}`).join(', ')}`);
	if (size.folder) lines.push(`  kept in ${size.folder}`);
	return lines.join('\n');
}
