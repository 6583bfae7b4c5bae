/**
 * The map of the Länder as data: the counts it colours by (per Land, and per
 * Land for one topic), the colour steps and their legend, the rounding of
 * the outlines, and the map file the pages draw from.
 */
import germany from '@svg-maps/germany';
import { describe, expect, it } from 'vitest';
import { landCounts, mapSteps, stepOf } from '../../src/lib/library/land-counts.ts';
import type { DocumentSummary } from '../../src/lib/library/summaries.ts';
import {
	laenderSprite,
	landShapes,
	MAP_VIEW_BOX,
	spriteHref,
	type MapSource,
} from '../../src/lib/map/laender-sprite.ts';
import { readPath, roundPath } from '../../src/lib/map/round-path.ts';
import { checkSpriteFile } from '../../src/lib/publish/output-guard-svg.ts';
import { LAND_CODES, type LandCode } from '../../src/schemas/primitives.ts';

const summary = (id: string, laender: LandCode[], topics: string[] = []) =>
	({ id, kind: 'lessons', title: id, laender, topics }) as unknown as DocumentSummary;

describe('landCounts', () => {
	const summaries = [
		summary('a', ['BY', 'BW'], ['energie']),
		summary('b', ['BY'], ['finanzen']),
		summary('c', [], ['energie']),
		summary('d', ['BY', 'HB'], ['energie', 'finanzen']),
	];

	it('counts the documents that concern each Land, zero for the others', () => {
		const counts = landCounts(summaries);
		expect([...counts.keys()]).toEqual([...LAND_CODES]);
		expect(Object.fromEntries([...counts].filter(([, n]) => n > 0))).toEqual({ BW: 1, BY: 3, HB: 1 });
		expect(counts.get('SL')).toBe(0);
	});

	it("counts a topic's documents per Land when given the topic's documents", () => {
		const energie = summaries.filter((s) => s.topics.includes('energie'));
		expect(Object.fromEntries([...landCounts(energie)].filter(([, n]) => n > 0))).toEqual({ BW: 1, BY: 2, HB: 1 });
	});

	it('gives every Land zero for an empty library', () => {
		expect([...landCounts([]).values()].every((n) => n === 0)).toBe(true);
	});
});

describe('mapSteps and stepOf', () => {
	it('splits the counts into up to four ranges above "none", the largest count darkest', () => {
		expect(mapSteps(8)).toEqual([
			{ step: 0, from: 0, to: 0 },
			{ step: 1, from: 1, to: 2 },
			{ step: 2, from: 3, to: 4 },
			{ step: 3, from: 5, to: 6 },
			{ step: 4, from: 7, to: 8 },
		]);
		expect(mapSteps(2)).toEqual([
			{ step: 0, from: 0, to: 0 },
			{ step: 2, from: 1, to: 1 },
			{ step: 4, from: 2, to: 2 },
		]);
		expect(mapSteps(0)).toEqual([{ step: 0, from: 0, to: 0 }]);
	});

	it('leaves no count between the ranges, and puts each in its step', () => {
		for (const max of [1, 3, 5, 7, 10, 99, 1000]) {
			const steps = mapSteps(max);
			expect(steps.at(-1)).toEqual(expect.objectContaining({ step: 4, to: max }));
			for (let i = 1; i < steps.length; i++) expect(steps[i]!.from).toBe(steps[i - 1]!.to + 1);
			expect(stepOf(max, steps)).toBe(4);
			expect(stepOf(0, steps)).toBe(0);
		}
		expect(stepOf(4, mapSteps(8))).toBe(2);
	});
});

describe('roundPath', () => {
	it('reads relative and absolute lines into absolute points, a move after `z` from the subpath start', () => {
		expect(readPath('m 1,1 2,0 0,2 z m 1,1 1,0 0,1 z')).toEqual([
			[
				[1, 1],
				[3, 1],
				[3, 3],
			],
			[
				[2, 2],
				[3, 2],
				[3, 3],
			],
		]);
		expect(readPath('M 1 1 H 4 V 5 L 0 5 Z')).toEqual([
			[
				[1, 1],
				[4, 1],
				[4, 5],
				[0, 5],
			],
		]);
	});

	it('refuses curves and stray numbers instead of drawing something else', () => {
		expect(() => readPath('m 0,0 c 1,1 2,2 3,3 z')).toThrow('Unexpected path command `c`');
		expect(() => readPath('1 2 3')).toThrow('expected a command');
		expect(() => readPath('m 1')).toThrow('Expected a number');
	});

	it('rounds the absolute points, so that the errors of a long border do not add up', () => {
		// A thousand steps of 0.4 end at 400; rounding each step would end at 0.
		const long = `m 0,0 ${Array.from({ length: 1000 }, () => '0.4,0').join(' ')} 0,5 z`;
		expect(readPath(roundPath(long, 0))[0]!.at(-1)).toEqual([400, 5]);
		expect(roundPath('m 1.4,1.4 2.2,0 0,2.2 z', 0)).toBe('m1 1 3 0 0 3z');
		expect(roundPath('m 1.44,1.46 2.2,0 0,2.2 z', 1)).toBe('m1.4 1.5 2.2 0 0 2.2z');
	});

	it('drops points that rounding merges, and islands smaller than the rounding', () => {
		expect(roundPath('m 0,0 0.1,0 0.1,0 10,0 0,10 z m 50,50 0.2,0 0,0.2 z', 0)).toBe('m0 0 10 0 0 10z');
	});

	it('moves no point of the real map by more than 0.71 units (half a unit each way)', () => {
		for (const { id, path } of (germany as unknown as MapSource).locations) {
			// Each point the map file draws is a point of the source, rounded: nothing drifts along a border.
			const near = new Set(
				readPath(path)
					.flat()
					.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`),
			);
			const drawn = readPath(roundPath(path, 0)).flat();
			expect(drawn.length, id).toBeGreaterThan(50);
			expect(
				drawn.filter(([x, y]) => !near.has(`${x},${y}`)),
				id,
			).toEqual([]);
		}
	});
});

describe('the map file', () => {
	const sprite = laenderSprite();

	it('has one rounded outline per Land, a third of the bytes of the source', () => {
		const shapes = landShapes();
		expect([...shapes.keys()]).toEqual([...LAND_CODES]);
		const source = (germany as unknown as MapSource).locations.reduce((sum, l) => sum + l.path.length, 0);
		expect(sprite.length).toBeLessThan(source / 2);
		expect(sprite.match(/<path id="[a-z]{2}" d="[\d mz-]+"\/>/g)).toHaveLength(16);
		expect(sprite.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MAP_VIEW_BOX}">`)).toBe(true);
		expect(spriteHref('BY')).toBe('/karte/laender.svg#by');
	});

	it('passes the check of built files', () => {
		expect(checkSpriteFile('/karte/laender.svg', sprite)).toEqual([]);
	});

	it('fails the build on a source without a Land, with one too many, or with a bad viewBox', () => {
		const source = germany as unknown as MapSource;
		expect(() => landShapes({ ...source, locations: source.locations.slice(1) })).toThrow(
			'The map has no shape for BW',
		);
		expect(() =>
			landShapes({ ...source, locations: [...source.locations, { id: 'xx', path: 'm0 0 1 0 0 1z' }] }),
		).toThrow('Unexpected map shape xx');
		expect(() => laenderSprite({ ...source, viewBox: '0 0 586 793"><script>' })).toThrow('Unexpected map viewBox');
	});
});
