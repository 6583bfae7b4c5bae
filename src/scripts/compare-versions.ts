/**
 * The history page's form that compares any two versions of a position
 * paper. Without script the form stays hidden and the static diff pages are
 * the comparisons there are. With it, the versions file (`versionsHref`) is
 * fetched from this site when the reader first compares, both versions are
 * diffed with the static pages' own `paperDiff` (jsdiff's `diffWords`) and the
 * result is shown below the form, as `DiffView.astro` shows it; a live region
 * says what was shown.
 */
import { paperDiff } from '../lib/history/paper-diff.ts';
import type { VersionText, VersionTexts } from '../lib/history/version-texts.ts';
import { countChanges, fill, renderPaperDiff, type DiffLabels } from './diff-dom.ts';

/** What the page hands the script, in `<script type="application/json" id="compare-data">`. */
export interface CompareData {
	/** The versions file, a path of this site. */
	url: string;
	/** The paper's language where it differs from the page's. */
	lang?: string | undefined;
	/** Each version's day as the page writes it, by short commit. */
	dates: Record<string, string>;
	labels: DiffLabels & {
		/** With `{fromDate}`, `{from}`, `{toDate}`, `{to}`. */
		intro: string;
		loading: string;
		failed: string;
		same: string;
		/** With `{from}`, `{to}`, `{insertions}`, `{deletions}`. */
		result: string;
	};
}

const isVersion = (v: unknown): v is VersionText => {
	const o = v as VersionText;
	return (
		!!o &&
		typeof o.short === 'string' &&
		typeof o.body === 'string' &&
		Array.isArray(o.demands) &&
		o.demands.every((d) => typeof d?.text === 'string' && typeof d?.status === 'string')
	);
};

/** Reads the versions file once; a failed read is tried again at the next comparison. */
function loader(url: string): () => Promise<Map<string, VersionText>> {
	let pending: Promise<Map<string, VersionText>> | undefined;
	return () => {
		pending ??= fetch(url, { credentials: 'same-origin' })
			.then((response) => {
				if (!response.ok) throw new Error(`${response.status}`);
				return response.json() as Promise<VersionTexts>;
			})
			.then(
				({ versions }) => new Map((Array.isArray(versions) ? versions : []).filter(isVersion).map((v) => [v.short, v])),
			)
			.catch((error: unknown) => {
				pending = undefined;
				throw error;
			});
		return pending;
	};
}

/** Shows the form and compares on submit; does nothing on a page without one. */
export function startCompareVersions(): void {
	const block = document.getElementById('compare-data');
	const section = document.querySelector<HTMLElement>('[data-compare]');
	if (!block || !section) return;
	const { url, lang, dates, labels } = JSON.parse(block.textContent ?? '') as CompareData;
	const form = section.querySelector('form')!;
	const from = form.querySelector<HTMLSelectElement>('[data-compare-from]')!;
	const to = form.querySelector<HTMLSelectElement>('[data-compare-to]')!;
	const status = section.querySelector<HTMLElement>('[data-compare-status]')!;
	const result = section.querySelector<HTMLElement>('[data-compare-result]')!;
	const load = loader(url);
	let asked = 0;
	const show = async (turn: number, older: string, newer: string) => {
		try {
			const versions = await load();
			if (turn !== asked) return;
			const a = versions.get(older);
			const b = versions.get(newer);
			if (!a || !b) throw new Error(`no version ${a ? newer : older} in ${url}`);
			const diff = paperDiff(a, b);
			const values = { from: older, to: newer, fromDate: dates[older] ?? a.date, toDate: dates[newer] ?? b.date };
			const intro = document.createElement('p');
			intro.textContent = fill(labels.intro, values);
			result.replaceChildren(intro, renderPaperDiff(diff, labels, { heading: 'h3', lang }));
			status.textContent = fill(labels.result, { ...values, ...countChanges(diff) });
		} catch {
			if (turn === asked) status.textContent = labels.failed;
		}
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const turn = ++asked;
		// The options are oldest first: the earlier one is the older version, whichever select holds it.
		const [older, newer] = [from.selectedIndex, to.selectedIndex]
			.sort((a, b) => a - b)
			.map((i) => from.options[i]!.value);
		result.replaceChildren();
		if (older === newer) {
			status.textContent = labels.same;
			return;
		}
		status.textContent = labels.loading;
		void show(turn, older!, newer!);
	});
	section.hidden = false;
}
