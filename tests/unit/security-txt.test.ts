import { describe, expect, it } from 'vitest';
import { securityTxt } from '../../src/lib/publish/security-txt.ts';
import { siteConfigSchema } from '../../src/schemas/site-config.ts';

const operator = { email: 'kontakt@example.org' } as Parameters<typeof securityTxt>[0]['operator'];

describe('securityTxt', () => {
	it('writes the RFC 9116 fields, valid for a year from the build date', () => {
		expect(
			securityTxt(
				{
					url: 'https://bibliothek.example',
					operator,
					security: {
						contact: ['sicherheit@example.org', 'https://bibliothek.example/melden'],
						policy: 'https://bibliothek.example/SECURITY.md',
					},
				},
				'2026-11-27',
			),
		).toBe(
			[
				'# Sicherheitslücken dieser Bibliothek melden / reporting a vulnerability of this library',
				'Contact: mailto:sicherheit@example.org',
				'Contact: https://bibliothek.example/melden',
				'Expires: 2027-11-27T00:00:00Z',
				'Preferred-Languages: de, en',
				'Canonical: https://bibliothek.example/.well-known/security.txt',
				'Policy: https://bibliothek.example/SECURITY.md',
				'',
			].join('\n'),
		);
	});

	it("falls back to the operator's mailbox and clamps 29 February", () => {
		const text = securityTxt({ url: 'https://bibliothek.example/', operator, security: undefined }, '2028-02-29');
		expect(text).toContain('Contact: mailto:kontakt@example.org\n');
		expect(text).toContain('Expires: 2029-02-28T00:00:00Z\n');
		expect(text).not.toContain('Policy:');
	});
});

describe('site.config.yaml security', () => {
	const base = siteConfigSchema.shape.security;
	it('takes mailboxes and https addresses, and refuses anything else by name', () => {
		expect(base.safeParse({ contact: ['sicherheit@example.org', 'https://example.org/melden'] }).success).toBe(true);
		expect(base.safeParse(undefined).success).toBe(true);
		expect(base.safeParse({ contact: [] }).success).toBe(false);
		expect(base.safeParse({ contact: ['http://example.org/melden'] }).success).toBe(false);
		const unknown = base.safeParse({ contact: ['a@example.org'], email: 'b@example.org' });
		expect(unknown.success).toBe(false);
		expect(JSON.stringify(unknown.error?.issues)).toContain('email');
	});
});
