/**
 * The last two steps of a build — the search index and the output guard —
 * can run after Astro's process has ended: `scripts/build.ts` (what `npm run
 * build` and `dreiklang build` run) starts `astro build` with an IPC channel
 * and a token of its own in `DREIKLANG_AFTER_ASTRO`, takes the output folder
 * over when Astro is done, and runs both steps in its own, fresh process. At
 * 10,000 documents Astro still holds some 3.4 GB when its pages are written,
 * and Pagefind needs 4 GB of its own: in one process, the two added up.
 *
 * The steps are left out of Astro's process only when the build command has
 * answered, over that channel and with its token, that it takes them over. A
 * plain `astro build` — also one whose environment (a shell, a `.env` file,
 * which Vite copies into `process.env`) names the variable — has no such
 * channel, or no answer, and does both steps itself: nothing is published
 * unguarded. Each build has its own channel, so builds side by side cannot
 * take each other's folders.
 */

/** The variable `scripts/build.ts` sets, with a random token, for the `astro build` it starts. */
export const AFTER_ASTRO = 'DREIKLANG_AFTER_ASTRO';

/** What Astro's process sends when its part is done, and what the build command answers. */
export interface Handover {
	type: 'dreiklang:handover';
	token: string;
	dir: string;
}
export interface TakenOver {
	type: 'dreiklang:taken-over';
	token: string;
}

/** How long Astro's process waits for the answer before it does both steps itself. */
const ANSWER_MS = 10_000;

let asked: Promise<boolean> | undefined;

/**
 * Whether the build command takes over the search index and the page check
 * of the built site in `dir`; asked once per build, by the first step.
 */
export function handOver(dir: string): Promise<boolean> {
	asked ??= ask(dir);
	return asked;
}

/** Called by the last step: a later build in the same process asks again. */
export function forgetHandover(): void {
	asked = undefined;
}

function ask(dir: string): Promise<boolean> {
	const token = process.env[AFTER_ASTRO];
	const send = process.send?.bind(process);
	if (!token || !send || !process.connected) return Promise.resolve(false);
	return new Promise((resolve) => {
		const done = (taken: boolean) => {
			clearTimeout(timer);
			process.off('message', listen);
			// The channel must not keep Astro's process alive once it is done.
			process.channel?.unref();
			resolve(taken);
		};
		const listen = (message: unknown) => {
			const answer = message as Partial<TakenOver> | null;
			if (answer?.type === 'dreiklang:taken-over' && answer.token === token) done(true);
		};
		const timer = setTimeout(() => done(false), ANSWER_MS);
		process.on('message', listen);
		const handover: Handover = { type: 'dreiklang:handover', token, dir };
		send(handover, (error: Error | null) => {
			if (error) done(false);
		});
	});
}
