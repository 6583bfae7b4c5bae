/**
 * Checks of the redirects registry: each old id redirected once, no chain
 * (a → b → c: point a at c), no loop, no redirect from an id that still
 * exists, none to an id that does not.
 */
import type { Redirect } from '../../schemas/redirect.ts';
import type { Diagnostic, Locate } from '../validate/report/diagnostics.ts';
import { say } from '../validate/report/messages.ts';
import { rule } from '../validate/report/rules.ts';

/** The redirects as loaded, with the places of their entries. */
export interface RedirectList {
	list: Redirect[];
	/** The file they were read from, relative to the root. */
	file: string;
	/** Where an entry's field is; undefined when the file is absent. */
	locate?: Locate | undefined;
}

const key = (r: { kind: string; from: string }) => `${r.kind}/${r.from}`;

/**
 * Ids of a chain or loop a message names before it stops with `…`: each
 * entry's walk is bounded, so that a file of 20,000 chained entries (1 MiB)
 * is checked in linear time, not cubic (4,000 took 33 s), with short messages.
 */
const MAX_SHOWN_STEPS = 8;

function problem(redirects: RedirectList, i: number, field: string, de: string, en: string): Diagnostic {
	const place = redirects.locate?.([i, field]) ?? { line: 1, column: 1 };
	return { file: redirects.file, ...place, ...rule('redirect'), message: say(de, en) };
}

/** Twice the same old id, chains and loops: what the file alone shows. */
export function checkRedirectChains(redirects: RedirectList): Diagnostic[] {
	const out: Diagnostic[] = [];
	const byFrom = new Map<string, Redirect>();
	redirects.list.forEach((r, i) => {
		if (byFrom.has(key(r)))
			out.push(
				problem(
					redirects,
					i,
					'from',
					`Die Id \`${r.from}\` (${r.kind}) wird zweimal umgeleitet; jede alte Id nur einmal umleiten`,
					`Unexpected second redirect of \`${r.from}\` (${r.kind}), expected each old id redirected once`,
				),
			);
		else byFrom.set(key(r), r);
	});
	redirects.list.forEach((r, i) => {
		if (r.to === undefined) return;
		const ids = [r.from, r.to];
		const seen = new Set(ids);
		let loop = r.to === r.from;
		let withdrawn = false;
		let cut = false;
		for (let next = byFrom.get(key({ kind: r.kind, from: r.to })); next && !loop;) {
			if (next.to === undefined) {
				withdrawn = true;
				break;
			}
			// A chain is wrong at its second step already; beyond a few, the walk (and the message) would only grow.
			if (ids.length > MAX_SHOWN_STEPS) {
				cut = true;
				break;
			}
			loop = seen.has(next.to);
			ids.push(next.to);
			seen.add(next.to);
			next = byFrom.get(key({ kind: r.kind, from: next.to }));
		}
		const path = `${ids.join('` → `')}${cut ? '` → `…' : ''}`;
		const last = ids.at(-1)!;
		if (loop)
			out.push(
				problem(
					redirects,
					i,
					'to',
					`Ringumleitung \`${path}\`: sie führt nie zu einem Dokument; \`${r.from}\` auf ein bestehendes Dokument zeigen lassen`,
					`Unexpected redirect loop \`${path}\`, which never reaches a document; expected \`${r.from}\` to point at an existing one`,
				),
			);
		else if (withdrawn)
			out.push(
				problem(
					redirects,
					i,
					'to',
					`\`${path}\` führt zu einem zurückgezogenen Dokument; \`${r.from}\` ebenfalls als \`withdrawn\` eintragen`,
					`Unexpected redirect \`${path}\` to a withdrawn document, expected \`${r.from}\` marked \`withdrawn\` as well`,
				),
			);
		else if (ids.length > 2)
			out.push(
				problem(
					redirects,
					i,
					'to',
					`Umleitungskette \`${path}\`; \`${r.from}\` direkt auf das Ende zeigen lassen${cut ? '' : `: \`to: ${last}\``}`,
					`Unexpected redirect chain \`${path}\`, expected \`${r.from}\` to point at its end directly${cut ? '' : `: \`to: ${last}\``}`,
				),
			);
	});
	return out;
}

/**
 * Redirects against what exists: `exists(kind, id)` says whether the site has
 * the id now. An old id that still exists would be shadowed; a new one that
 * does not leads nowhere. Redirects in a chain or loop are left to `checkRedirectChains`.
 */
export function checkRedirectTargets(
	redirects: RedirectList,
	exists: (kind: Redirect['kind'], id: string) => boolean,
): Diagnostic[] {
	const from = new Set(redirects.list.map(key));
	return redirects.list.flatMap((r, i) => {
		const out: Diagnostic[] = [];
		if (exists(r.kind, r.from))
			out.push(
				problem(
					redirects,
					i,
					'from',
					`\`${r.from}\` (${r.kind}) besteht noch und kann nicht umgeleitet werden; den Eintrag löschen oder das Dokument entfernen`,
					`Unexpected redirect from \`${r.from}\` (${r.kind}), which still exists; expected the entry removed, or the document`,
				),
			);
		if (r.to !== undefined && !exists(r.kind, r.to) && !from.has(key({ kind: r.kind, from: r.to })))
			out.push(
				problem(
					redirects,
					i,
					'to',
					`Das Ziel \`${r.to}\` (${r.kind}) gibt es nicht; eine bestehende Id derselben Art angeben oder \`withdrawn\` mit Datum und Grund`,
					`Unexpected target \`${r.to}\` (${r.kind}), which does not exist; expected an existing id of the same kind, or \`withdrawn\` with a date and a reason`,
				),
			);
		return out;
	});
}
