/**
 * `docs/rules.md`, where every diagnostic's `url` leads: one section per rule
 * of the table, in table order, whose examples and messages are cut from
 * that rule's own fixtures, and the file as `scripts/rules-doc.ts` writes it.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/lib/validate/index.ts';
import { fixtureText, renderRulesDoc } from '../../scripts/rules-doc.ts';
import { REPOSITORY } from '../support/temp-library.ts';

const DOC = readFileSync(join(REPOSITORY, 'docs/rules.md'), 'utf8');

/** The `## ` sections of a Markdown text (headings inside fenced code are not headings), with their fenced blocks. */
function sections(markdown: string): { heading: string; text: string; blocks: string[] }[] {
	const out: { heading: string; text: string; blocks: string[] }[] = [];
	let fence: string | undefined;
	let block: string[] = [];
	for (const line of markdown.split('\n')) {
		const current = out.at(-1);
		if (fence === undefined) {
			const opening = /^(`{3,})/.exec(line);
			if (opening) {
				fence = opening[1];
				block = [];
			} else if (line.startsWith('## ')) {
				out.push({ heading: line.slice(3), text: '', blocks: [] });
				continue;
			}
		} else if (line === fence) {
			fence = undefined;
			current?.blocks.push(block.join('\n'));
		} else {
			block.push(line);
		}
		if (current) current.text += `${line}\n`;
	}
	return out;
}

/** The texts of every file under a rule's fixture folder, snapshots included (links are not followed). */
function fixtureTexts(rule: string): string[] {
	const out: string[] = [];
	const walk = (path: string) => {
		const stat = lstatSync(path);
		if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
		else if (stat.isFile()) {
			const text = fixtureText(path);
			if (text !== undefined) out.push(text);
		}
	};
	walk(join(REPOSITORY, 'tests/fixtures/rules', rule));
	return out;
}

describe('docs/rules.md', () => {
	const found = sections(DOC);

	it('has one section per rule of the table, in table order, each headed by the rule id (its GitHub anchor)', () => {
		expect(found.map((s) => s.heading)).toEqual(RULE_IDS);
	});

	it.each(found.map((s) => [s.heading, s] as const))(
		'shows examples and messages of %s taken from its fixtures',
		(rule, section) => {
			expect(section.text).toContain('**Wrong**');
			expect(section.text).toContain('**Right**');
			expect(section.text).toContain('**Message**');
			// The English and the German message, each naming the rule.
			expect(section.blocks.filter((b) => b.endsWith(`  [${rule}]`)).length).toBeGreaterThanOrEqual(2);
			const texts = fixtureTexts(rule);
			for (const block of section.blocks)
				expect(
					texts.some((t) => t.includes(block)),
					`block not in the fixtures of ${rule}:\n${block}`,
				).toBe(true);
		},
	);

	it('is what `node scripts/rules-doc.ts` writes', () => {
		expect(DOC === renderRulesDoc(), 'docs/rules.md is out of date: run `node scripts/rules-doc.ts`').toBe(true);
	});
});
