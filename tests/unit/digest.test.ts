/**
 * "Neu in der Bibliothek" as an operator pastes it into a circular: the
 * week's new and changed documents and the consultations that end soon,
 * as plain text whose layout no title can break.
 */
import { describe, expect, it } from 'vitest';
import { buildDigest, DIGEST_LIMIT, digestText, type DigestWords } from '../../src/lib/follow/digest.ts';
import { addDays } from '../../src/lib/iso-day.ts';
import type { DocumentSummary } from '../../src/lib/library/summaries.ts';

const summary = (id: string, title = id): DocumentSummary => ({
	id,
	kind: 'positions',
	title,
	summary: '',
	date: '2026-01-01',
	lang: 'de',
	example: false,
	status: 'adopted',
	topics: [],
	laender: [],
});
const words: DigestWords = {
	heading: 'Neu in der Bibliothek',
	week: 'Woche',
	added: 'Neu',
	changed: 'Geändert',
	closing: 'Mitzeichnung endet bald',
	none: 'Nichts.',
	footer: 'Ende',
	more: (count) => `und ${count} weitere`,
};

describe('digest', () => {
	it('takes the seven days up to the build, and consultations ending in the two weeks after it', () => {
		const dates: Record<string, { published: string; changed: string }> = {
			old: { published: '2026-01-01', changed: '2026-01-01' },
			fresh: { published: '2026-12-03', changed: '2026-12-03' },
			edge: { published: '2026-11-27', changed: '2026-11-27' },
			before: { published: '2026-11-26', changed: '2026-11-26' },
			edited: { published: '2025-05-05', changed: '2026-12-01' },
			edited2: { published: '2025-05-05', changed: '2026-12-02' },
		};
		const ids = Object.keys(dates);
		const consultations = [
			{ summary: summary('ended'), until: '2026-12-02' },
			{ summary: summary('soon'), until: '2026-12-17' },
			{ summary: summary('later'), until: '2026-12-18' },
		];
		const digest = buildDigest(
			'2026-12-03',
			ids.map((id) => summary(id)),
			(id) => dates[id]!,
			consultations,
		);
		expect(digest.from).toBe('2026-11-27');
		expect(digest.added.map((s) => s.id)).toEqual(['fresh', 'edge']);
		expect(digest.changed.map((s) => s.id)).toEqual(['edited2', 'edited']);
		expect(digest.closing.map((c) => c.summary.id)).toEqual(['soon']);
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
	});

	it('writes one entry of two lines per document, whatever its title carries', () => {
		const text = digestText(words, {
			added: [
				{ title: 'Erstes\nPapier\r\n- Fake\u2028entry\u0007', about: 'Positionspapier', url: 'https://x.example/a/' },
			],
			changed: [],
			closing: [{ title: 'Zweites', about: 'bis 17. Dezember', url: 'https://x.example/b/' }],
		});
		expect(text).toBe(
			[
				'Neu in der Bibliothek',
				'Woche',
				'',
				'Neu',
				'',
				'- Erstes Papier - Fake entry (Positionspapier)',
				'  https://x.example/a/',
				'',
				'Geändert',
				'',
				'  Nichts.',
				'',
				'Mitzeichnung endet bald',
				'',
				'- Zweites (bis 17. Dezember)',
				'  https://x.example/b/',
				'',
				'Ende',
				'',
			].join('\n'),
		);
	});

	it(`names ${DIGEST_LIMIT} documents per section and counts the rest`, () => {
		const many = Array.from({ length: DIGEST_LIMIT + 5 }, (_, i) => ({
			title: `Dokument ${i}`,
			about: 'Positionspapier',
			url: `https://x.example/${i}/`,
		}));
		const text = digestText(words, { added: many, changed: [], closing: [] });
		expect(text.match(/^- /gm)).toHaveLength(DIGEST_LIMIT);
		expect(text).toContain(`- Dokument ${DIGEST_LIMIT - 1} (`);
		expect(text).not.toContain(`- Dokument ${DIGEST_LIMIT} (`);
		expect(text).toContain('  und 5 weitere\n');
	});
});
