/**
 * Names and wording as a reader meets them on the built pages, in both
 * languages: counts in the right grammatical number, Kreise named with their
 * type and Land, levels headed as levels, the banner of a superseded paper
 * before the example notice, no paper of a chain repeated as related, a home
 * page heading that says what the page is, and the Länder by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/t.ts';
import { compareText } from '../../src/lib/collate.ts';
import { href, languageRoot } from '../../src/lib/routes/routes.ts';

const page = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');
/** What a reader reads: the text without tags, spaces collapsed. */
const text = (html: string) =>
	html
		.replace(/<script[\s\S]*?<\/script>|<template[\s\S]*?<\/template>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ');
const allPages = (dir = 'dist'): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? allPages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
	);
const h1 = (html: string) => text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!).trim();

describe('counts', () => {
	// The slips readers reported, and their kin: a singular count with a plural noun, zero counts spelled out.
	const slips = [
		/(?<![\d.,])1 (Dokumente|Kommunen|Ländern|Länder folgen|mitzeichnende Stellen|Mitzeichnende,|weitere\b)/,
		/(?<![\d.,])1 (documents|municipalities|states|co-signatories)\b/,
		/\b0 (Kommunen|Ländern|municipalities|states)\b/,
		/\bAlle 1 |\bShow all 1\b(?![\d.,])/,
	];

	it('agree with their nouns on every page', () => {
		for (const file of allPages()) {
			const read = text(readFileSync(file, 'utf8'));
			for (const slip of slips) expect(read, file).not.toMatch(slip);
		}
	});

	it.each(UI_LANGUAGES)('say one document in the hub index (%s)', (lang) => {
		// A topic with one document exists in the example library.
		expect(text(page(href(lang, 'topics')))).toContain(`(${t(lang)('hub.count', { count: 1 })})`);
	});

	it.each(UI_LANGUAGES)('say one co-signatory, and leave out the Kommunen when none signed (%s)', (lang) => {
		const read = text(page(href(lang, 'positions', 'deutschlandticket-oepnv-finanzierung-2024')));
		expect(read).toContain(`${t(lang)('position.cosignatories.total', { count: 1 })} `);
		expect(read).not.toContain(t(lang)('position.cosignatories.kommunen', { count: 0 }));
	});
});

describe('names of Kreise and Gemeinden', () => {
	it.each(UI_LANGUAGES)('name the Kreis with its type, Land and AGS on its page (%s)', (lang) => {
		const html = page(href(lang, 'organizations', 'ags-05562'));
		expect(h1(html)).toBe('Kreis Recklinghausen (Nordrhein-Westfalen)');
		expect(html).toMatch(new RegExp(`<dt>${t(lang)('org.ags').replace(/[()]/g, '\\$&')}</dt><dd>05562</dd>`));
		expect(text(html)).toContain(`${t(lang)('level.heading.kommune')} · ${t(lang)('org.art.kreis')}`);
		expect(h1(page(href(lang, 'organizations', 'ags-05562032')))).toBe(
			'Recklinghausen, Stadt (Kreis Recklinghausen, Nordrhein-Westfalen)',
		);
	});

	it.each(UI_LANGUAGES)('tell the Kreis from the town in a co-signatory list (%s)', (lang) => {
		const html = page(href(lang, 'positions', 'altschulden-aktionsbuendnis-2023'));
		// Below the heading of their Land, the Land goes without saying.
		expect(html).toContain('>Kreis Recklinghausen</a>');
		expect(html).toContain('>Recklinghausen, Stadt (Kreis Recklinghausen)</a>');
		expect(html).not.toContain('>Recklinghausen</a>');
	});
});

describe('headings and order', () => {
	it.each(UI_LANGUAGES)('head co-signatories by level, not "Länder" above an association (%s)', (lang) => {
		const html = page(href(lang, 'positions', 'deutschlandticket-oepnv-finanzierung-2024'));
		expect(html).toContain(`<h3 id="cosignatories-land">${t(lang)('level.heading.land')}</h3>`);
		expect(html).not.toContain(`<h3 id="cosignatories-land">${t(lang)('level.land')}</h3>`);
	});

	it.each(UI_LANGUAGES)('put the superseded banner before the example notice (%s)', (lang) => {
		const html = page(href(lang, 'positions', 'deutschlandticket-aufrechterhaltung-2023'));
		const banner = html.indexOf('notice--warning');
		const example = html.indexOf('notice--example');
		expect(banner).toBeGreaterThan(-1);
		expect(example).toBeGreaterThan(banner);
	});

	it.each(UI_LANGUAGES)('do not repeat the papers of a chain as related documents (%s)', (lang) => {
		// All three Deutschlandticket papers are one chain and relate only to each other.
		for (const id of ['deutschlandticket-zukunftsperspektive-2023', 'deutschlandticket-aufrechterhaltung-2023']) {
			const html = page(href(lang, 'positions', id));
			expect(html).toContain('id="chain"');
			expect(html).not.toContain('id="doc-related"');
		}
	});

	it.each(UI_LANGUAGES)('name the language of a document in the interface language (%s)', (lang) => {
		const read = text(page(href(lang, 'positions', 'altschulden-aktionsbuendnis-2023')));
		expect(read).toContain(`${t(lang)('doc.language')} ${t(lang)('doclang.de')}`);
		if (lang === 'en') expect(read).not.toContain('Language of the document Deutsch');
	});

	it.each(UI_LANGUAGES)('give the home page a heading of its own, not the site name (%s)', (lang) => {
		const html = page(languageRoot(lang));
		const siteName = /^name:\s*(.+)$/m.exec(readFileSync('site.config.yaml', 'utf8'))![1]!.replace(/^["']|["']$/g, '');
		expect(h1(html)).toBe(t(lang)('home.heading'));
		expect(h1(html)).not.toBe(siteName);
	});

	it.each(UI_LANGUAGES)('list the Länder by name (%s)', (lang: UiLanguage) => {
		const names = (html: string, prefix: string) =>
			[...html.matchAll(new RegExp(`<a href="${prefix}([a-z]{2})/">([^<]+)</a>`, 'g'))].map((m) => m[2]!);
		const laender = href(lang, 'laender');
		for (const html of [page(languageRoot(lang)), page(laender)]) {
			const listed = names(html, laender);
			expect(listed.length).toBeGreaterThanOrEqual(16);
			expect(listed.slice(0, 16)).toEqual([...listed.slice(0, 16)].sort(compareText('de')));
			expect(listed[0]).toBe('Baden-Württemberg');
		}
	});
});
