/**
 * `astro dev`: every saved document, registry or co-signature file checks the library
 * again, and its problems are shown where the person editing looks — in the
 * terminal and in the browser's error overlay, each with its place and rule.
 * A broken library never stops the server: the pages keep what Astro last
 * read, and the overlay says what is wrong until it is fixed.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../lib/build-date.ts';
import { validateLibraryParallel, type Diagnostic, type MessageLanguage } from '../lib/validate/index.ts';
import { classifyChange, describeCheck, overlayError, type ContentChange } from '../lib/validate/run/dev-feedback.ts';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** The module that loads the library for the pages once (`src/data/library.ts`). */
const LIBRARY_MODULE = fileURLToPath(new URL('../data/library.ts', import.meta.url));

/** Saves that come this close together (an editor writing a file in steps, a `git checkout`) are checked once. */
const SETTLE_MS = 60;

/**
 * Makes the pages load the library again on their next request: the module
 * that holds it, and every module that imported it, are evaluated anew. Pages
 * read the registries when they load the library, and Astro refreshes only
 * its content store on a save.
 */
function forgetLibrary(server: DevServer): void {
	const timestamp = Date.now();
	for (const environment of Object.values(server.environments)) {
		const runner =
			'runner' in environment
				? (environment.runner as {
						evaluatedModules: { getModuleById(id: string): unknown; invalidateModule(node: never): void };
					})
				: undefined;
		if (!runner) continue;
		const invalidated = new Set<NonNullable<ReturnType<typeof environment.moduleGraph.getModuleById>>>();
		for (const module of environment.moduleGraph.getModulesByFile(LIBRARY_MODULE) ?? [])
			environment.moduleGraph.invalidateModule(module, invalidated, timestamp, true);
		for (const module of invalidated) {
			const evaluated = module.id ? runner.evaluatedModules.getModuleById(module.id) : undefined;
			if (evaluated) runner.evaluatedModules.invalidateModule(evaluated as never);
		}
	}
}

/** What the dev server needs to know to give feedback. */
export interface DevFeedbackOptions {
	server: DevServer;
	logger: AstroIntegrationLogger;
	root: string;
	lang: MessageLanguage;
	/** The errors of the check made when the server started. */
	errors: Diagnostic[];
}

/** Watches the library of a dev server and reports on every change. */
export function watchLibrary({ server, logger, root, lang, errors: initial }: DevFeedbackOptions): void {
	const hot = server.environments.client.hot;
	let errors = initial;
	const pending = new Map<string, ContentChange>();
	let timer: ReturnType<typeof setTimeout> | undefined;
	let checking = false;

	const showErrors = () => {
		// Marked as ready for Astro's overlay, which would otherwise render the
		// message once more; it is escaped and formatted already.
		const payload = {
			type: 'error' as const,
			err: overlayError(root, errors, lang),
			__isEnhancedAstroErrorPayload: true,
		};
		hot.send(payload);
	};
	// A page opened (or reloaded) while the library is broken shows why at once.
	hot.on('vite:client:connect', () => {
		if (errors.length > 0 && !checking && pending.size === 0) showErrors();
	});

	async function check(): Promise<void> {
		if (checking) return; // the running check picks up what came meanwhile
		checking = true;
		try {
			while (pending.size > 0) {
				const changes = [...pending.values()];
				pending.clear();
				try {
					const report = await validateLibraryParallel(root, { today: buildDate() });
					const feedback = describeCheck(report, changes, lang);
					for (const line of feedback.lines) logger[line.level](line.text);
					const fixed = errors.length > 0 && feedback.errors.length === 0;
					errors = feedback.errors;
					if (errors.length > 0) showErrors();
					// A reload clears the overlay, and shows what the registries and co-signature
					// files now say: Astro reloads by itself only for the documents it reads.
					else if (fixed || changes.some((c) => c.kind !== 'document')) {
						forgetLibrary(server);
						hot.send({ type: 'full-reload', path: '*' });
					}
				} catch (error) {
					// The check itself failed (a bug, a file gone mid-read): say so and keep serving.
					logger.error(error instanceof Error ? error.message : String(error));
				}
			}
		} finally {
			checking = false;
		}
	}

	const changed = (path: string) => {
		const change = classifyChange(root, path);
		if (!change) return;
		// At once, so that whatever reload follows – Astro's own after a content
		// change, or ours – renders the library as it is now.
		forgetLibrary(server);
		pending.set(change.file, change);
		clearTimeout(timer);
		timer = setTimeout(() => void check(), SETTLE_MS);
	};
	server.watcher.on('change', changed);
	server.watcher.on('add', changed);
	server.watcher.on('unlink', changed);
}
