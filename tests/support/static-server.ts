/**
 * Serves a built site on loopback for tests, the way a plain static host
 * would: files from the folder, `404.html` with status 404 for anything else.
 * (`astro preview` allows one server per project, which would clash with a
 * developer's running `npm start`.)
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** How to serve. */
export interface ServeOptions {
	/**
	 * Send `Access-Control-Allow-Origin: *` with every file, as a peer's host
	 * must (peer libraries merge each other's search index across origins).
	 * Default `true`; the benchmark turns it off, so that the bytes it counts
	 * are those of a plain host.
	 */
	cors?: boolean;
	/**
	 * The path the folder is served under, as a host serves a library under a
	 * sub-path: `/bibliothek/` serves `dir/x` at `/bibliothek/x`, and answers
	 * anything outside it with a plain 404 (the host's, not the library's).
	 * Default `/`.
	 */
	prefix?: string;
}

/** Starts a server for `dir` on a free loopback port; resolves to its base URL and a stop function. */
export async function serveStatic(
	dir: string,
	options: ServeOptions = {},
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
	const cors = options.cors ?? true;
	const files = sirv(dir, {
		dev: true,
		etag: false,
		...(cors ? { setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*') } : {}),
	});
	// Read when asked for, so that a server started before the build serves the built page.
	const notFound = () => readFileSync(join(dir, '404.html'));
	const prefix = options.prefix ?? '/';
	const server = createServer((req, res) => {
		if (!(req.url ?? '/').startsWith(prefix)) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('Not found on this host\n');
			return;
		}
		req.url = `/${(req.url ?? '/').slice(prefix.length)}`;
		files(req, res, () => {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(notFound());
		});
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}`,
		server,
		// A stopped server keeps no connection open: a browser's idle or pending one would hold `close` up.
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
