/**
 * `npm run addresses`: adds every lasting address the site serves now to
 * `content/addresses.txt` and never removes one (see
 * `src/lib/addresses/manifest.ts`). Run it after adding a document, and
 * commit the list with the change; the build itself writes nothing into `content/`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDate } from '../src/lib/build-date.ts';
import { appendAddresses, lastingAddresses, MANIFEST_FILE } from '../src/lib/addresses/manifest.ts';
import { buildRoutes } from '../src/lib/routes/site-routes.ts';
import { validateLibraryParallel } from '../src/lib/validate/index.ts';

const root = process.cwd();
const report = await validateLibraryParallel(root, { today: buildDate() });
const path = join(root, MANIFEST_FILE);
let before: string | undefined;
try {
	before = readFileSync(path, 'utf8');
} catch {
	before = undefined;
}
const { text, added } = appendAddresses(before, lastingAddresses(buildRoutes(report.index, report.registries)));
if (text !== before) writeFileSync(path, text);
console.log(
	added.length === 0
		? `${MANIFEST_FILE}: keine neuen Adressen / no new addresses.`
		: `${MANIFEST_FILE}: ${added.length} neue Adresse(n) eingetragen / address(es) added:\n${added.map((a) => `  ${a}`).join('\n')}`,
);
