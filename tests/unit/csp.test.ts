import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	contentSecurityPolicy,
	cspHash,
	SECURITY_HEADERS,
	TABLE_ALIGNMENT_STYLES,
} from '../../src/lib/publish/content-security-policy.ts';

describe('contentSecurityPolicy', () => {
	it('allows only the site itself without peers', () => {
		const policy = contentSecurityPolicy({ peers: [] });
		expect(policy.directives).toEqual([
			"default-src 'self'",
			"connect-src 'self'",
			"form-action 'self'",
			"object-src 'none'",
			"frame-src 'none'",
			"base-uri 'none'",
		]);
		expect(policy.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		// Nothing inline beyond what Astro hashes: no 'unsafe-inline', no 'unsafe-eval', no wildcard, no other host.
		expect(JSON.stringify(policy)).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
	});

	it("lets the search page fetch each peer's index by its origin, once, and nothing else from there", () => {
		const policy = contentSecurityPolicy({
			peers: [
				{ name: 'B', url: 'https://b.example/bibliothek/' },
				{ name: 'B2', url: 'https://b.example/zweite' },
				{ name: 'C', url: 'http://127.0.0.1:4000' },
			],
		});
		expect(policy.directives).toContain("connect-src 'self' https://b.example http://127.0.0.1:4000");
		expect(policy.scriptDirective.resources).not.toContain('https://b.example');
		expect(policy.directives.filter((d) => d.includes('b.example'))).toHaveLength(1);
	});

	it('allows exactly the style attributes of aligned tables, by hash', () => {
		const { styleDirective } = contentSecurityPolicy({ peers: [] });
		expect(styleDirective.resources).toEqual(["'self'", { resource: "'unsafe-hashes'", kind: 'attribute' }]);
		expect(styleDirective.hashes).toEqual(
			TABLE_ALIGNMENT_STYLES.map((style) => ({ hash: cspHash(style), kind: 'attribute' })),
		);
		// The value browsers compute for `style="text-align: center"`.
		expect(cspHash('text-align: center')).toBe('sha256-Y9v1MZrln1N8aPBY5lmpxYKwFkcp/nyBMMEnn7WFjuw=');
	});
});

describe('the hosting documentation', () => {
	it('gives every security header exactly as the code does', () => {
		const doc = readFileSync('docs/hosting.md', 'utf8');
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(doc).toContain(`${name}: ${value}`);
	});
});
