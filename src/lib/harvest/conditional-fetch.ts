/**
 * One GET of a source's file, conditional on what the last harvest stored
 * (`If-None-Match`, `If-Modified-Since`), so that a harvest with nothing
 * changed upstream costs one `304 Not Modified` per file. Bounded in time
 * and size, redirects refused: a source that is down, slow, huge or elsewhere
 * yields a problem, never an exception.
 */
import { say, type Localized } from '../validate/report/messages.ts';

/** The validators of a stored copy, as the source sent them. */
export interface Validators {
	etag?: string | undefined;
	lastModified?: string | undefined;
}

/** What one request gave. */
export type FetchOutcome =
	| { state: 'changed'; text: string; validators: Validators }
	| { state: 'unchanged' }
	| { state: 'failed'; problem: Localized };

/** Limits of one request. */
export interface FetchLimits {
	/** Milliseconds for the whole request, body included. */
	timeoutMs: number;
	/** Bytes of the body at most. */
	maxBytes: number;
}

/** Reads a body up to `maxBytes`; `undefined` when it is longer, `null` when it is not UTF-8. */
async function boundedText(response: Response, maxBytes: number): Promise<string | undefined | null> {
	const declared = Number(response.headers.get('content-length'));
	if (declared > maxBytes) return undefined;
	if (!response.body) return '';
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of response.body) {
		size += chunk.byteLength;
		if (size > maxBytes) return undefined;
		chunks.push(chunk);
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
	} catch {
		return null;
	}
}

/** GETs `url` conditionally. */
export async function conditionalFetch(
	url: string,
	stored: Validators | undefined,
	limits: FetchLimits,
): Promise<FetchOutcome> {
	const headers: Record<string, string> = { accept: 'application/json' };
	if (stored?.etag) headers['if-none-match'] = stored.etag;
	if (stored?.lastModified) headers['if-modified-since'] = stored.lastModified;
	try {
		const response = await fetch(url, { headers, redirect: 'error', signal: AbortSignal.timeout(limits.timeoutMs) });
		if (response.status === 304) {
			await response.body?.cancel();
			return stored
				? { state: 'unchanged' }
				: {
						state: 'failed',
						problem: say('Antwort 304 ohne gespeicherte Fassung', 'answered 304 without a stored copy'),
					};
		}
		if (response.status !== 200) {
			await response.body?.cancel();
			return { state: 'failed', problem: say(`Antwort HTTP ${response.status}`, `answered HTTP ${response.status}`) };
		}
		const text = await boundedText(response, limits.maxBytes);
		if (text === undefined)
			return {
				state: 'failed',
				problem: say(`größer als ${limits.maxBytes} Bytes`, `larger than ${limits.maxBytes} bytes`),
			};
		if (text === null) return { state: 'failed', problem: say('kein UTF-8', 'not UTF-8') };
		return {
			state: 'changed',
			text,
			validators: {
				etag: response.headers.get('etag') ?? undefined,
				lastModified: response.headers.get('last-modified') ?? undefined,
			},
		};
	} catch (error) {
		const name = error instanceof Error ? error.name : '';
		const seconds = limits.timeoutMs / 1000;
		if (name === 'TimeoutError' || name === 'AbortError')
			return { state: 'failed', problem: say(`keine Antwort binnen ${seconds} s`, `no answer within ${seconds} s`) };
		return { state: 'failed', problem: describeCause((error as { cause?: unknown }).cause) };
	}
}

/** A network error in a few words: refused, reset, a redirect (never followed). */
function describeCause(cause: unknown): Localized {
	const { code, message } = (cause && typeof cause === 'object' ? cause : {}) as { code?: unknown; message?: unknown };
	if (typeof message === 'string' && /redirect/i.test(message))
		return say('leitet auf eine andere Adresse um (wird nicht verfolgt)', 'redirects elsewhere (not followed)');
	const detail = typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code) ? ` (${code})` : '';
	return say(`nicht erreichbar${detail}`, `unreachable${detail}`);
}
