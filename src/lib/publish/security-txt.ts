/**
 * `/.well-known/security.txt` (RFC 9116): where to report a vulnerability of
 * this instance, written from `site.config.yaml` when the site is built.
 */
import type { SiteConfig } from '../../schemas/site-config.ts';
import { addMonths } from '../iso-day.ts';
import { basePath, withBase } from '../routes/base.ts';

/**
 * Where the file lives on every instance (RFC 9116, section 3), below the
 * base; clients look for it at the root of the host only, so a library under a
 * sub-path has the host publish it there (`docs/hosting.md`).
 */
export const SECURITY_TXT_PATH = '/.well-known/security.txt';

/** How long a published file stays valid: a year from the build, so that a library not rebuilt for a year says so. */
const VALID_MONTHS = 12;

/** A contact as an RFC 9116 URI: a mailbox becomes `mailto:`, an `https:` address stays as it is. */
const contactUri = (contact: string) => (contact.startsWith('https:') ? contact : `mailto:${contact}`);

/**
 * The file's text for an instance built on `today` (`YYYY-MM-DD`, the build
 * date, so that the same sources and date give the same file). `Expires` is
 * the same day a year later, at midnight UTC; without `security.contact` the
 * operator's mailbox is the contact.
 *
 * @example
 * securityTxt(config, '2026-11-27')
 * // 'Contact: mailto:sicherheit@example.org\nExpires: 2027-11-27T00:00:00Z\nPreferred-Languages: de, en\nCanonical: https://…/.well-known/security.txt\n'
 */
export function securityTxt(config: Pick<SiteConfig, 'url' | 'operator' | 'security'>, today: string): string {
	const contacts = config.security?.contact ?? [config.operator.email];
	const lines = [
		`# Sicherheitslücken dieser Bibliothek melden / reporting a vulnerability of this library`,
		...contacts.map((contact) => `Contact: ${contactUri(contact)}`),
		`Expires: ${addMonths(today, VALID_MONTHS)}T00:00:00Z`,
		'Preferred-Languages: de, en',
		`Canonical: ${new URL(withBase(SECURITY_TXT_PATH, basePath(config.url)), config.url).href}`,
		...(config.security?.policy ? [`Policy: ${config.security.policy}`] : []),
	];
	return `${lines.join('\n')}\n`;
}
