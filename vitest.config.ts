import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 240_000,
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Each rule's fixtures: what must pass, what must fail and with which message.
			{ test: { name: 'rules', include: ['tests/rules/**/*.test.ts'] } },
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					// The site is built once, then tested as files and in a real browser.
					globalSetup: ['tests/site/global-setup.ts'],
					// One browser at a time on two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
