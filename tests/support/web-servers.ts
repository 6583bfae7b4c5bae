/**
 * Debian's nginx and Apache httpd, started as the current user on a free
 * loopback port with their own configuration, pid and log files in a
 * temporary folder, serving a built site with the ready files of
 * `templates/hosting/`. Not the system services: nothing is installed or
 * changed outside the temporary folder, and the server stops with the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A server that serves the site. */
export interface WebServer {
	url: string;
	close: () => Promise<void>;
}

/** The servers this helper runs. */
export type ServerName = 'nginx' | 'apache';

const BINARIES: Record<ServerName, { path: string; debianPackage: string }> = {
	nginx: { path: process.env.NGINX_PATH ?? '/usr/sbin/nginx', debianPackage: 'nginx' },
	apache: { path: process.env.APACHE_PATH ?? '/usr/sbin/apache2', debianPackage: 'apache2' },
};

/** Where Debian's apache2 keeps its modules. */
const APACHE_MODULES = '/usr/lib/apache2/modules';
/** The path the ready files give for the published folder, replaced by the real one. */
const TEMPLATE_DIST = '/srv/dreiklang/dist';

/** A free loopback port (free a moment ago: the server takes it right after). */
async function freePort(): Promise<number> {
	const probe = createServer().listen(0, '127.0.0.1');
	await once(probe, 'listening');
	const { port } = probe.address() as { port: number };
	await new Promise((done) => probe.close(done));
	return port;
}

/** Fails with what to install when a server is missing: these tests must not silently pass without one. */
function binary(name: ServerName): string {
	const { path, debianPackage } = BINARIES[name];
	if (!existsSync(path))
		throw new Error(
			`${name} is missing (${path}): the hosting tests serve the site with it. Install Debian's package: apt-get install ${debianPackage} (.ci/run does), then stop its system service.`,
		);
	return path;
}

/** Waits until `url` answers; fails with the server's log when it does not within 10 s. */
async function answering(url: string, child: ChildProcess, log: () => string): Promise<void> {
	const until = Date.now() + 10_000;
	while (Date.now() < until) {
		if (child.exitCode !== null) break;
		try {
			await fetch(url, { method: 'HEAD' });
			return;
		} catch {
			await new Promise((done) => setTimeout(done, 100));
		}
	}
	child.kill();
	throw new Error(`The server at ${url} did not start:\n${log()}`);
}

async function start(command: string, args: string[], port: number, folder: string, log: string): Promise<WebServer> {
	const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const url = `http://127.0.0.1:${port}`;
	await answering(url, child, () => `${output}${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
	return {
		url,
		close: async () => {
			if (child.exitCode === null) {
				child.kill('SIGTERM');
				await once(child, 'exit');
			}
			rmSync(folder, { recursive: true, force: true });
		},
	};
}

/**
 * A copy of `dist` in the server's own folder, which every user may read: a
 * server started as root reads the site as an unprivileged user, who may not
 * enter the checkout (a clone in a folder of `mktemp -d` is the owner's only).
 */
function readableCopy(dist: string, folder: string): string {
	chmodSync(folder, 0o755);
	const published = join(folder, 'site');
	cpSync(resolve(dist), published, { recursive: true });
	return published;
}

/** Serves `dist` with nginx and `templates/hosting/nginx/dreiklang.conf`. */
export async function serveWithNginx(dist: string, { templates = 'templates/hosting' } = {}): Promise<WebServer> {
	const nginx = binary('nginx');
	const folder = mkdtempSync(join(tmpdir(), 'dreiklang-nginx-'));
	const published = readableCopy(dist, folder);
	const port = await freePort();
	// The site file as shipped, with the published folder and a loopback port filled in.
	const site = readFileSync(join(templates, 'nginx/dreiklang.conf'), 'utf8')
		.replaceAll(TEMPLATE_DIST, published)
		.replace(/^\tlisten 80;$/m, `\tlisten 127.0.0.1:${port};`)
		.replace(/^\tlisten \[::\]:80;\n/m, '');
	writeFileSync(join(folder, 'dreiklang.conf'), site);
	symlinkSync('/etc/nginx/mime.types', join(folder, 'mime.types'));
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
		.map((kind) => `${kind}_temp_path ${folder}/${kind};`)
		.join('\n\t');
	writeFileSync(
		join(folder, 'nginx.conf'),
		`daemon off;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
events { worker_connections 64; }
http {
	access_log off;
	${temp}
	include dreiklang.conf;
}
`,
	);
	return start(nginx, ['-p', folder, '-c', join(folder, 'nginx.conf')], port, folder, join(folder, 'error.log'));
}

/**
 * Serves `dist` with Apache httpd: `vhost` uses `templates/hosting/apache/dreiklang.conf`,
 * which includes the `.htaccess` beside it; `htaccess` serves `dist` with nothing but the
 * `.htaccess` the build put into it (`hosting.kind: apache`), as on shared hosting.
 */
export async function serveWithApache(
	dist: string,
	{ mode = 'vhost', templates = 'templates/hosting' }: { mode?: 'vhost' | 'htaccess'; templates?: string } = {},
): Promise<WebServer> {
	const apache = binary('apache');
	const folder = mkdtempSync(join(tmpdir(), 'dreiklang-apache-'));
	const published = readableCopy(dist, folder);
	const port = await freePort();
	const htaccess = resolve(templates, 'apache/.htaccess');
	let site: string;
	if (mode === 'vhost') {
		site = readFileSync(join(templates, 'apache/dreiklang.conf'), 'utf8')
			.replaceAll(TEMPLATE_DIST, published)
			.replaceAll('/etc/apache2/dreiklang.htaccess', htaccess)
			.replace('<VirtualHost *:80>', `<VirtualHost 127.0.0.1:${port}>`);
	} else {
		if (!existsSync(join(published, '.htaccess'))) throw new Error(`${resolve(dist)} has no .htaccess`);
		site = `<VirtualHost 127.0.0.1:${port}>
	DocumentRoot ${published}
	<Directory ${published}>
		AllowOverride FileInfo Indexes
		Require all granted
	</Directory>
</VirtualHost>
`;
	}
	writeFileSync(join(folder, 'dreiklang.conf'), site);
	const modules = ['mpm_event', 'authz_core', 'mime', 'headers', 'dir', 'alias', 'rewrite']
		.map((module) => `LoadModule ${module}_module ${APACHE_MODULES}/mod_${module}.so`)
		.join('\n');
	// Started as root (as in CI), httpd serves as an unprivileged user; otherwise as the current one.
	const user = process.getuid?.() === 0 ? 'User nobody\nGroup nogroup\n' : '';
	writeFileSync(
		join(folder, 'httpd.conf'),
		`ServerRoot ${folder}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${folder}/httpd.pid
DefaultRuntimeDir ${folder}
Mutex file:${folder}
ErrorLog ${folder}/error.log
LogLevel warn
${modules}
TypesConfig /etc/mime.types
${user}Include ${folder}/dreiklang.conf
`,
	);
	return start(apache, ['-f', join(folder, 'httpd.conf'), '-D', 'FOREGROUND'], port, folder, join(folder, 'error.log'));
}
