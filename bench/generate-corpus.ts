/**
 * Generates a synthetic library of any size that passes the project's own
 * validation: 40 % position papers, 40 % lessons, 20 % guides, German bodies of
 * 400–900 words, references into the real registries, supersession chains,
 * related documents, guides with full Länder matrices and papers with hundreds
 * of co-signatories. The same seed and day give the same corpus.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Registries } from '../src/lib/registries/load-registries.ts';
import { href } from '../src/lib/routes/routes.ts';
import { DOCUMENT_KINDS, documentKinds, type DocumentKind } from '../src/schemas/kinds.ts';
import { toDay } from './dates.ts';
import type { GenerateContext, PlannedDocument } from './document-fields.ts';
import { body, countWords, slugify, title } from './german-text.ts';
import type { CorpusHistory } from './commit-corpus.ts';
import { documentVersions } from './document-versions.ts';
import { guideFrontMatter, type GuidePlan } from './generate-guide.ts';
import { lessonFrontMatter } from './generate-lesson.ts';
import { positionFrontMatter, type PositionPlan } from './generate-position.ts';
import { Random } from './prng.ts';
import { referencePools } from './reference-pools.ts';

/** How a corpus is drawn. */
export interface CorpusOptions {
	/** Number of documents, all kinds together. */
	docs: number;
	/** Today, `YYYY-MM-DD`: no date that must have passed is generated after it. */
	today: string;
	/** Seed of the random source. Default: `dreiklang`. */
	seed?: string;
}

/** One generated file. */
export interface GeneratedDocument {
	kind: DocumentKind;
	id: string;
	/** The whole file: front matter and Markdown body. */
	text: string;
	/** The file's versions in the benchmark's git history, oldest first; the last is `text`. */
	versions: string[];
	words: number;
}

/** What was generated, for the report. */
export interface CorpusSummary {
	counts: Record<DocumentKind, number>;
	ids: Record<DocumentKind, string[]>;
	/** Body words, all documents together. */
	words: number;
}

/** Documents per kind: 40 % papers, 40 % lessons, the rest guides. */
export function kindCounts(docs: number): Record<DocumentKind, number> {
	const positions = Math.round(docs * 0.4);
	const lessons = Math.round(docs * 0.4);
	return { positions, lessons, guides: docs - positions - lessons };
}

/** Status, supersession and date window of every paper; chains run oldest to newest. */
function planPositions(rng: Random, plans: PlannedDocument[], today: number): PositionPlan[] {
	const out: PositionPlan[] = [];
	while (out.length < plans.length) {
		const left = plans.length - out.length;
		const first = out.length === 0;
		// The second paper always opens a chain, so that even a tiny corpus has one.
		if (!first && left >= 2 && (out.length === 1 || rng.chance(0.1))) {
			const length = Math.min(left, rng.chance(0.3) ? 3 : 2);
			const start = today - rng.int(1500, 3300);
			const segment = Math.floor((today - 30 - start) / length);
			for (let k = 0; k < length; k++) {
				const last = k === length - 1;
				const status = last ? rng.weighted({ adopted: 8, consultation: 1, draft: 1 } as const) : 'superseded';
				const from = start + k * segment;
				const plan = plans[out.length]!;
				out.push({
					...plan,
					status,
					window: [from, last && status !== 'adopted' ? today : from + segment - 1],
					manySigners: false,
					...(k > 0 ? { supersedes: out.at(-1)!.id } : {}),
				});
			}
			continue;
		}
		const status = first
			? 'adopted'
			: rng.weighted({ adopted: 6, consultation: 1.2, draft: 1, withdrawn: 0.8 } as const);
		const start =
			status === 'draft' ? today - 240 : status === 'consultation' ? today - 200 : today - rng.int(60, 3300);
		const end = status === 'draft' || status === 'consultation' ? today : Math.min(today, start + rng.int(60, 500));
		out.push({
			...plans[out.length]!,
			status,
			window: [start, end],
			manySigners: status !== 'draft' && (first || rng.chance(0.02)),
		});
	}
	return out;
}

/** Titles, ids and related documents of the whole corpus, before any front matter. */
function planCorpus(rng: Random, docs: number): Record<DocumentKind, PlannedDocument[]> {
	const counts = kindCounts(docs);
	const plans = {} as Record<DocumentKind, PlannedDocument[]>;
	let n = 0;
	for (const kind of DOCUMENT_KINDS) {
		plans[kind] = Array.from({ length: counts[kind] }, () => {
			const t = title(rng);
			return { kind, id: `${slugify(t)}-${++n}`, title: t, related: [] };
		});
	}
	const all = DOCUMENT_KINDS.flatMap((kind) => plans[kind].map((p) => p.id));
	for (const plan of DOCUMENT_KINDS.flatMap((kind) => plans[kind])) {
		if (rng.chance(0.35)) continue;
		plan.related = rng
			.sample(all, rng.int(1, 4) + 1)
			.filter((id) => id !== plan.id)
			.slice(0, 4);
	}
	return plans;
}

function toMarkdown(frontMatter: object, markdown: string): string {
	return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${markdown}`;
}

/** Yields every document of a corpus, one at a time, so that 10,000 need not sit in memory. */
export function* generateDocuments(registries: Registries, options: CorpusOptions): Generator<GeneratedDocument> {
	const rng = new Random(`${options.seed ?? 'dreiklang'}:${options.docs}`);
	const ctx: GenerateContext = { rng, pools: referencePools(registries), today: toDay(options.today) };
	const plans = planCorpus(rng, options.docs);
	const byId = new Map(DOCUMENT_KINDS.flatMap((kind) => plans[kind].map((plan) => [plan.id, plan] as const)));
	const emit = (kind: DocumentKind, id: string, frontMatter: object): GeneratedDocument => {
		// Half the documents link to their first related documents from the text, as authors do.
		const seeAlso = rng.chance(0.5)
			? byId
					.get(id)!
					.related.slice(0, 2)
					.map((other) => byId.get(other)!)
					.map((p) => ({ title: p.title, href: href('de', p.kind, p.id) }))
			: [];
		const markdown = body(rng, kind, rng.int(400, 900), seeAlso);
		const versions = documentVersions(frontMatter as Record<string, unknown>, markdown, options.today).map((v) =>
			toMarkdown(v.frontMatter, v.markdown),
		);
		return { kind, id, text: versions.at(-1)!, versions, words: countWords(markdown) };
	};
	for (const plan of planPositions(rng, plans.positions, ctx.today))
		yield emit('positions', plan.id, positionFrontMatter(ctx, plan));
	for (const plan of plans.lessons) yield emit('lessons', plan.id, lessonFrontMatter(ctx, plan));
	for (const [i, plan] of plans.guides.entries()) {
		const guide: GuidePlan = { ...plan, fullMatrix: i === 0 || rng.chance(0.3) };
		yield emit('guides', plan.id, guideFrontMatter(ctx, guide));
	}
}

/**
 * Writes a corpus into `root/content/{positions,lessons,guides}/` and says
 * what it wrote; with `history`, hands it every document's versions to commit.
 */
export function writeCorpus(
	root: string,
	registries: Registries,
	options: CorpusOptions,
	history?: CorpusHistory,
): CorpusSummary {
	const summary: CorpusSummary = {
		counts: { positions: 0, lessons: 0, guides: 0 },
		ids: { positions: [], lessons: [], guides: [] },
		words: 0,
	};
	for (const kind of DOCUMENT_KINDS) mkdirSync(join(root, documentKinds[kind].directory), { recursive: true });
	for (const doc of generateDocuments(registries, options)) {
		const path = `${documentKinds[doc.kind].directory}/${doc.id}.md`;
		writeFileSync(join(root, path), doc.text);
		history?.add(path, doc.versions);
		summary.counts[doc.kind]++;
		summary.ids[doc.kind].push(doc.id);
		summary.words += doc.words;
	}
	return summary;
}
