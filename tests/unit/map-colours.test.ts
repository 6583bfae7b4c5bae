/**
 * The colours of the map of the Länder (`src/styles/map.css`): every step's
 * fill, and the highlight under the pointer, keep 3:1 against the border
 * between the lands (WCAG 1.4.11), so that each Land's shape can be seen
 * whatever its neighbour's colour; and the steps get darker with the count.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAP_STEPS } from '../../src/lib/library/land-counts.ts';

const css = (file: string) => readFileSync(new URL(`../../src/styles/${file}`, import.meta.url), 'utf8');
const property = (text: string, name: string) => {
	const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(text)?.[1];
	if (!value) throw new Error(`No colour --${name}`);
	return value;
};

/** Relative luminance of an sRGB colour `#rrggbb` (WCAG 2.1). */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
};

describe('the colours of the map', () => {
	const map = css('map.css');
	const global = css('global.css');
	const border = property(global, 'text');
	const steps = Array.from({ length: MAP_STEPS + 1 }, (_, step) => property(map, `map-step-${step}`));

	it('uses the text colour for the border between the lands', () => {
		expect(map).toContain('--map-border: var(--text);');
	});

	it.each(steps.map((colour, step) => [step, colour]))('keeps step %i (%s) at 3:1 against the border', (_, colour) => {
		expect(contrast(colour as string, border)).toBeGreaterThanOrEqual(3);
	});

	it('keeps the highlight under the pointer at 3:1 against the border', () => {
		expect(contrast(property(global, 'focus'), border)).toBeGreaterThanOrEqual(3);
	});

	it('gets darker with every step', () => {
		const lightness = steps.map(luminance);
		for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1]!);
	});
});
