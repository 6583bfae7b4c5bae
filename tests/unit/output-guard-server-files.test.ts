/**
 * The server configuration files of a build: exactly the ready file of
 * `templates/hosting/` for `hosting.kind`, at the root, and no other file
 * that a web server would read as its configuration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverFiles } from '../../src/lib/hosting/server-files.ts';
import { checkServerFiles } from '../../src/lib/publish/output-guard-server-files.ts';

const template = (path: string) => readFileSync(join('templates/hosting', path), 'utf8');

/** The findings for a build of `files` (name → text) with `kind`. */
function check(kind: Parameters<typeof serverFiles>[0], files: Record<string, string>) {
	return checkServerFiles(Object.keys(files), serverFiles(kind), (file) => files[file]!, template);
}

describe('server files of the build', () => {
	it('are the ready web.config for IIS and .htaccess for Apache, and none for the other kinds', () => {
		expect(serverFiles('iis')).toEqual([{ name: 'web.config', template: 'iis/web.config' }]);
		expect(serverFiles('apache')).toEqual([{ name: '.htaccess', template: 'apache/.htaccess' }]);
		for (const kind of ['nginx', 'github-pages', 'gitlab-pages', 'other', undefined] as const)
			expect(serverFiles(kind), String(kind)).toEqual([]);
	});

	it('pass when the build holds exactly the ready file', () => {
		expect(check('iis', { 'index.html': '', 'web.config': template('iis/web.config') })).toEqual([]);
		expect(check('apache', { '.htaccess': template('apache/.htaccess') })).toEqual([]);
		expect(check(undefined, { 'index.html': '', 'api/catalog.json': '{}' })).toEqual([]);
	});

	it('fail on a changed copy, a missing one, one for another kind, and any such name deeper down', () => {
		expect(check('iis', { 'web.config': `${template('iis/web.config')}<!-- -->` })).toEqual([
			{ page: '/web.config', element: 'web.config', problem: 'not the ready file templates/hosting/iis/web.config' },
		]);
		expect(check('iis', { 'index.html': '' })).toEqual([
			{ page: '/web.config', element: 'web.config', problem: 'the server file for this hosting.kind is missing' },
		]);
		expect(
			check('nginx', {
				'.htaccess': template('apache/.htaccess'),
				'positionen/x/web.config': '<configuration/>',
				_headers: '/*\n  X-Frame-Options: ALLOW',
				'positionen/x/.user.ini': 'auto_prepend_file=x',
			}).map((f) => f.page),
		).toEqual(['/.htaccess', '/positionen/x/web.config', '/_headers', '/positionen/x/.user.ini']);
		expect(
			check('apache', { '.htaccess': template('apache/.htaccess'), 'positionen/.htaccess': 'Options +ExecCGI' }),
		).toEqual([
			{
				page: '/positionen/.htaccess',
				element: '.htaccess',
				problem: 'a web server configuration file the build does not write for this hosting.kind',
			},
		]);
	});
});
