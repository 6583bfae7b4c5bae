/**
 * Addresses that last: every address of the manifest (and, with `--base`,
 * every address the base published) is served or redirected; a served
 * lasting address missing from the manifest is named, so that
 * `npm run addresses` adds it before the document could vanish unnoticed.
 */
import { posix } from 'node:path';
import type { UiLanguage } from '../../i18n/languages.ts';
import { DOCUMENT_KINDS, documentKinds } from '../../schemas/kinds.ts';
import { SLUG_PATTERN } from '../../schemas/primitives.ts';
import { REDIRECT_KINDS, type RedirectKind } from '../../schemas/redirect.ts';
import type { LibraryIndex } from '../library/library-index.ts';
import type { Registries } from '../registries/load-registries.ts';
import { readRegistryText, type SizeBound } from '../registries/registry-source.ts';
import { formatBytes, formatExcess } from '../validate/report/content-problems.ts';
import { href, SECTIONS } from '../routes/routes.ts';
import type { SiteRoute } from '../routes/site-routes.ts';
import type { ParsedDocument } from '../validate/read/read-document.ts';
import type { Diagnostic } from '../validate/report/diagnostics.ts';
import { say } from '../validate/report/messages.ts';
import { rule } from '../validate/report/rules.ts';
import { checkRedirectTargets } from './check-redirects.ts';
import { isLasting, MANIFEST_FILE, parseManifest, type ManifestEntry } from './manifest.ts';
import { redirectedAddresses } from './redirects.ts';

/** What the address checks see. */
export interface AddressInput {
	root: string;
	documents: readonly ParsedDocument[];
	index: LibraryIndex;
	routes: readonly SiteRoute[];
	registries: Registries;
	today: string;
}

/**
 * The kind and id an address names, when it is the page of a redirectable id:
 * `/en/positions/x/history/` → positions, x. Undefined for any other path,
 * also one whose id segment is no id a redirect could name (`%E0%A4`,
 * `Alt`, `..`): a hand-edited list may hold anything.
 */
export function idOfAddress(path: string): { kind: RedirectKind; id: string } | undefined {
	const segments = path.split('/').filter(Boolean);
	const lang: UiLanguage = segments[0] === 'en' ? 'en' : 'de';
	if (lang === 'en') segments.shift();
	const kind = REDIRECT_KINDS.find((k) => SECTIONS[k][lang] === segments[0]);
	const id = segments[1];
	return kind && id && SLUG_PATTERN.test(id) ? { kind, id } : undefined;
}

/** How to keep an address: a redirect entry, in YAML, for the message. */
function howToRedirect(path: string, today: string): { de: string; en: string } {
	const named = idOfAddress(path);
	const kind = named?.kind ?? 'positions';
	const id = say(named?.id ?? '<alte-id>', named?.id ?? '<old-id>');
	return say(
		`eine Umleitung in \`content/redirects.yaml\` eintragen, z. B. \`- { kind: ${kind}, from: ${id.de}, to: <neue-id> }\`, oder für ein zurückgezogenes Dokument \`- { kind: ${kind}, from: ${id.de}, withdrawn: { date: ${today}, reason: { de: …, en: … } } }\``,
		`add a redirect to \`content/redirects.yaml\`, e.g. \`- { kind: ${kind}, from: ${id.en}, to: <new-id> }\`, or for a withdrawn document \`- { kind: ${kind}, from: ${id.en}, withdrawn: { date: ${today}, reason: { de: …, en: … } } }\``,
	);
}

/** A published address that would break. */
export function lostAddress(file: string, line: number, path: string, today: string, base?: string): Diagnostic {
	const fix = howToRedirect(path, today);
	const where = base ? say(` (veröffentlicht auf \`${base}\`)`, ` (published on \`${base}\`)`) : say('', '');
	return {
		file,
		line,
		column: 1,
		...rule('address-lost'),
		message: say(
			`Die Adresse \`${path}\`${where.de} führt ins Leere: sie wird weder bedient noch umgeleitet. Das Dokument wiederherstellen oder ${fix.de}`,
			`Unexpected broken address \`${path}\`${where.en}, expected it served or redirected: restore the document or ${fix.en}`,
		),
	};
}

/**
 * The bound of the manifest: about 40 bytes an address, five addresses a
 * document (both languages, a co-signatory list) — 32 MiB holds more than
 * 150,000 documents, and the read stays bounded.
 */
const MANIFEST_BOUND: SizeBound = {
	bytes: 32 * 1024 * 1024,
	tooLarge: (size, limit) =>
		say(
			`Die Adressliste ist ${formatExcess(size, limit).de} groß; erwartet: höchstens ${formatBytes(limit).de} – nur Adressen dieser Bibliothek eintragen`,
			`Unexpected size of the list of addresses (${formatExcess(size, limit).en}), expected at most ${formatBytes(limit).en} – list only this library's addresses`,
		),
};

/** The manifest of the library at `root`, or undefined when it has none. */
export function readManifest(root: string): { entries: ManifestEntry[] | undefined; diagnostics: Diagnostic[] } {
	const read = readRegistryText(root, MANIFEST_FILE, MANIFEST_BOUND);
	return { entries: read.text === undefined ? undefined : parseManifest(read.text), diagnostics: read.diagnostics };
}

/** Whether `kind`/`id` exists in the library now. */
function existsIn(index: LibraryIndex, registries: Registries) {
	return (kind: RedirectKind, id: string) =>
		(DOCUMENT_KINDS as readonly string[]).includes(kind)
			? index.byId.get(id)?.kind === kind
			: registries[kind as 'topics' | 'crises' | 'measures'].has(id);
}

/** The addresses that work: served pages and redirected old ones. */
export function workingAddresses(input: Pick<AddressInput, 'routes' | 'registries'>): Set<string> {
	return new Set([...input.routes.map((r) => r.path), ...redirectedAddresses(input.registries.redirects.list)]);
}

/** Checks the redirects against the library, and the manifest against the site. */
export function checkAddresses(input: AddressInput): Diagnostic[] {
	const out = checkRedirectTargets(input.registries.redirects, existsIn(input.index, input.registries));
	const manifest = readManifest(input.root);
	out.push(...manifest.diagnostics);
	// A library without a manifest has not adopted it yet: nothing to keep, nothing to list.
	if (!manifest.entries) return out;
	const working = workingAddresses(input);
	for (const entry of manifest.entries)
		if (!working.has(entry.path)) out.push(lostAddress(MANIFEST_FILE, entry.line, entry.path, input.today));
	const listed = new Set(manifest.entries.map((e) => e.path));
	const missing = new Map<string, string[]>();
	for (const route of input.routes) {
		const { route: view } = route;
		if (!isLasting(view) || listed.has(route.path) || view.view === 'hub') continue;
		const id = (view as { id: string }).id;
		missing.set(id, [...(missing.get(id) ?? []), route.path]);
	}
	for (const doc of input.documents) {
		const paths = missing.get(doc.id);
		if (!paths) continue;
		const list = paths.map((p) => `\`${p}\``).join(', ');
		out.push({
			file: doc.file,
			line: 1,
			column: 1,
			...rule('address-unlisted'),
			message: say(
				`Nicht in \`${MANIFEST_FILE}\` eingetragen: ${list}; \`npm run addresses\` ausführen und die Liste mit einreichen, damit sie bleiben`,
				`Missing ${list} in \`${MANIFEST_FILE}\`, expected every lasting address listed: run \`npm run addresses\` and commit the list with the change, so that they last`,
			),
		});
	}
	return out;
}

/** The addresses of the documents a base has: their pages in both languages, which the base published whether or not its manifest lists them. */
export function baseDocumentAddresses(files: Iterable<string>): Map<string, string> {
	const out = new Map<string, string>();
	for (const file of files) {
		for (const kind of DOCUMENT_KINDS) {
			const dir = documentKinds[kind].directory;
			if (posix.dirname(file) !== dir || !/\.mdx?$/.test(file)) continue;
			const id = posix.basename(file).replace(/\.mdx?$/, '');
			for (const lang of ['de', 'en'] as const) out.set(href(lang, kind, id), file);
		}
	}
	return out;
}
