/** Runs axe-core in a page with the WCAG 2.1 A and AA rules; one place for every browser test. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A/AA violations axe finds on the page as it is now, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const result = await (
			window as unknown as {
				axe: {
					run: (
						ctx: Document,
						opts: object,
					) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
		});
		return result.violations.map(
			(v) =>
				`${v.id}: ${v.help} (${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')})`,
		);
	});
}
